"""Run figures_in on other projects' test cases and report pass rates per category.

    .venv/bin/python bench/figures_peer.py [PEER_DIR] [--failures CATEGORY] [--speed]

PEER_DIR defaults to ../shared/peer-tests. Suites: quantulum3 (quantities.json,
101 sentences) and Microsoft Recognizers-Text English specs (CurrencyModel,
PercentModel, NumberModel, OrdinalModel, NumberRangeModel).

What "pass" means (see lib.evaluation.figures.score_peer_cases): a gold item passes when a
figure from figures_in overlaps its character span and has the same value
(money: the same currency too, cents/pence converted; percent: kind percent;
ordinal: kind ordinal or rank; range: the same two ends, or the same bound with
qualifier > / <). Items that are not figures are left out: Recognizers' relative
ordinals ("next", "last") and items without an amount (a currency name such as
"dollar", a bare "percent" whose value the spec gives as null). Items inside a
token that lib.figures documents and tests as not a figure (a date "5/17/2018",
an address "192.168.1.2", a phone number, a name such as "SCP-173"; see
lib.figures.NOT_FIGURE_TOKENS) are listed under the category "excluded" and not
counted. Every other gold item counts, including the cases that the Recognizers
ports themselves mark NotSupported. "recall" = items passed / items; "extra" =
figures of that category that match no gold item (false positives); a case
passes when all its items of the category pass and it has no extra.

--speed runs quantulum3 (bench-only dependency: requirements-bench.txt) and
figures_in side by side in this process on the same texts: the quantulum3
sentences plus 2,000 BBC business sentences, then 150 whole BBC business
articles. Each tool runs three times in alternation on each set; the best time
of each is compared, and the ratio quantulum3 / figures_in is printed.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

from lib.evaluation.figures import peer_summary, score_peer_cases
from lib.evaluation.readers import load_peer_suites
from lib.figures import figures_in

ROOT = Path(__file__).resolve().parents[1]


def run(peer: Path) -> pd.DataFrame:
    scored = pd.concat([score_peer_cases(s, cases) for s, cases in load_peer_suites(peer).items()], ignore_index=True)
    return scored


def speed(peer: Path) -> None:
    import warnings

    from quantulum3 import parser as qparser  # bench-only dependency

    from lib.corpus import load_corpus
    from lib.text import sentences

    warnings.simplefilter("ignore")
    texts = [c["req"] for c in load_peer_suites(peer)["quantulum3"]]
    sets = {}
    bbc = peer.parent / "corpora" / "bbc" / "business"
    if bbc.exists():
        corpus = load_corpus(bbc)
        sets[f"{len(texts) + 2000} sentences"] = texts + sentences(corpus).sentence.tolist()[:2000]
        sets["150 articles"] = corpus.text.tolist()[:150]
    else:
        sets[f"{len(texts)} sentences"] = texts
    qparser.parse("warm up 5 km")
    figures_in("warm up $5")

    def timed(fn, items) -> tuple[float, int]:
        t = time.perf_counter()
        n = sum(len(fn(x)) for x in items)
        return time.perf_counter() - t, n

    print()
    for name, items in sets.items():
        tq = tf = float("inf")
        for _ in range(3):  # alternate, keep the best of three for each
            t, nq = timed(qparser.parse, items)
            tq = min(tq, t)
            t, nf = timed(figures_in, items)
            tf = min(tf, t)
        print(f"speed on {name}: quantulum3 {tq:.2f}s ({nq} quantities), "
              f"figures_in {tf:.2f}s ({nf} figures); figures_in is {tq / tf:.1f}x faster")


def main(argv: list[str]) -> None:
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--failures")]
    peer = Path(args[0]) if args else ROOT.parent / "shared" / "peer-tests"
    scored = run(peer)
    summary = peer_summary(scored)
    pd.set_option("display.width", 160)
    print(summary.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    main_cats = summary[summary["category"].isin(["money", "percent", "number"])]
    print("\nmoney + percent + plain numbers, all suites: "
          f"{main_cats['found'].sum()}/{main_cats['items'].sum()} items "
          f"({main_cats['found'].sum() / main_cats['items'].sum():.1%}), extra {main_cats['extra'].sum()}")
    if "--failures" in argv:
        cat = argv[argv.index("--failures") + 1] if argv.index("--failures") + 1 < len(argv) else None
        bad = scored[~scored["passed"] & (scored["category"] == cat if cat else True)]
        for r in bad.itertuples():
            print(f"[{r.suite}/{r.category}] {r.note:<14} gold={r.gold!r:<30} | {r.text[:110]!r}")
    if "--speed" in argv:
        speed(peer)


if __name__ == "__main__":
    main(sys.argv[1:])
