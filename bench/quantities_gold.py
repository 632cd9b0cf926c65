"""Value F1 and value + unit F1 of figures_in and quantulum3 on hand-annotated BBC sentences.

    .venv/bin/python bench/quantities_gold.py [--gold FILE ...] [--sentences FILE] [--corpus DIR] [--failures HALF]

The gold defaults to tests/gold/quantities_bbc.csv (the two readers' annotations merged; see
tests/gold/README.md): the columns of the quantity guide (id, start, end, surface, kind, value, low,
high, unit, note; offsets relative to the sentence). The 240 sentences, those without a number to
mark too, are cut from the BBC corpus (--corpus, default ../shared/corpora/bbc) at the offsets of
tests/gold/quantity_sentences.csv (id, doc_id, sent_start, sent_end, half; offsets only, no text);
with --sentences, they are read from a JSON Lines file (id, doc_id, start, end, sentence, half).
Scores are printed for the tune and the report half separately (tune on the tune half; report the
report half) by lib.evaluation.figures.score_quantities, for figures_in and for quantulum3
(bench-only dependency: requirements-bench.txt) on the same sentences with the same scorer.
quantulum3's units are mapped only as far as needed to speak the guide's vocabulary: currency names
to ISO codes (cents and pence to a hundredth), "percentage" to percent, "dimensionless" to no unit.
--failures tune prints the tune sentences where figures_in and the gold differ.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pandas as pd

from lib.evaluation.figures import (
    GOLD_QUANTITY_KINDS,
    PREDICTED_QUANTITY_KINDS,
    canonical_unit,
    quantity_predictions,
    score_quantities,
)
from lib.evaluation.readers import gold_halves, read_gold, read_jsonl
from lib.numbers import currency_code

ROOT = Path(__file__).resolve().parents[1]
OURS = PREDICTED_QUANTITY_KINDS
_SUBUNITS = {"cent": ("USD", 0.01), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01)}


def quantulum_reader():
    """A reader with figures_in's columns (start, end, value, unit, kind) that runs quantulum3."""
    from quantulum3 import parser as qparser  # bench-only dependency

    warnings.simplefilter("ignore")

    def read(sentence: str) -> pd.DataFrame:
        rows = []
        for q in qparser.parse(sentence):
            name, value = q.unit.name, float(q.value)
            kind, unit = "measure", name
            if name in _SUBUNITS:
                unit, factor = _SUBUNITS[name]
                kind, value = "money", value * factor
            elif currency_code(name) or (q.unit.entity and q.unit.entity.name == "currency"):
                kind, unit = "money", currency_code(name) or name
            elif name == "percentage":
                kind, unit = "percent", "percent"
            elif name == "dimensionless":
                kind, unit = "count", ""
            rows.append({"start": q.span[0], "end": q.span[1], "value": value, "unit": unit, "kind": kind})
        return pd.DataFrame(rows, columns=["start", "end", "value", "unit", "kind"])

    return read


def _args(argv: list[str]) -> tuple[Path | None, list[Path], Path, str | None]:
    def values(flag: str) -> list[str]:
        out, on = [], False
        for a in argv:
            if a.startswith("--"):
                on = a == flag
            elif on:
                out.append(a)
        return out

    sents = values("--sentences")
    golds = [Path(g) for g in values("--gold")] or [ROOT / "tests/gold/quantities_bbc.csv"]
    corpus = values("--corpus")
    fails = values("--failures")
    return (Path(sents[0]) if sents else None, golds,
            Path(corpus[0]) if corpus else ROOT.parent / "shared/corpora/bbc", fails[0] if fails else None)


def _sentences(path: Path | None, corpus_dir: Path) -> pd.DataFrame:
    """The sentences (id, sentence, half): from a JSON Lines file, or cut from the corpus at the offsets
    of tests/gold/quantity_sentences.csv."""
    if path is not None:
        return pd.DataFrame(read_jsonl(path))
    from lib.corpus import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = dict(zip(*(load_corpus(corpus_dir)[c] for c in ("doc_id", "text")), strict=True))
    first = pd.read_csv(ROOT / "tests/gold/quantity_sentences.csv")
    return pd.DataFrame({"id": first["id"], "half": first["half"],
                         "sentence": [text[d][int(a):int(b)] for d, a, b in
                                      zip(first["doc_id"], first["sent_start"], first["sent_end"], strict=True)]})


def _failures(pred: pd.DataFrame, gold: pd.DataFrame, sents: pd.DataFrame) -> None:
    """Print, per sentence, gold quantities and predictions whose value or unit differ."""
    text = dict(zip(sents["id"], sents["sentence"], strict=True))
    for sid in sents["id"]:
        g = gold[gold["id"] == sid]
        p = pred[pred["id"] == sid]
        gs = sorted((r.start, r.value, canonical_unit(r.unit)) for r in g.itertuples() if r.kind in GOLD_QUANTITY_KINDS)
        ps = sorted((r.start, r.value, canonical_unit(r.unit)) for r in p.itertuples() if r.kind in OURS)
        if [t[1:] for t in gs] != [t[1:] for t in ps]:
            print(f"\n[{sid}] {text[sid]}")
            print("   gold:", [(text[sid][int(r.start):int(r.end)], r.kind, r.value, r.unit) for r in g.itertuples()])
            print("   ours:", [(text[sid][int(r.start):int(r.end)], r.kind, r.value, r.unit) for r in p.itertuples()])


def main(argv: list[str]) -> None:
    sentences, golds, corpus_dir, failures = _args(argv)
    golds = [g for g in golds if g.exists()]
    if not golds:
        sys.exit("no gold found: give --gold FILE (and --sentences FILE for a reader's file)")
    gold_of = {path: read_gold(path).assign(id=lambda g: pd.to_numeric(g["id"])) for path in golds}
    sents = _sentences(sentences, corpus_dir)
    readers = {"figures_in": None}
    try:
        readers["quantulum3"] = quantulum_reader()
    except ImportError:
        print("quantulum3 is not installed (pip install -r requirements-bench.txt): figures_in only")
    preds = {name: quantity_predictions(sents, reader) for name, reader in readers.items()}
    rows = []
    for path, gold in gold_of.items():
        for half, names in gold_halves(sents["half"]).items():
            ids = set(sents.loc[sents["half"].isin(names), "id"])
            g = gold[gold["id"].isin(ids)]
            for name, pred in preds.items():
                s = score_quantities(pred[pred["id"].isin(ids)], g)
                rows.append({"gold": path.name, "half": half, "system": name, "gold quantities": s["gold"],
                             "predicted": s["predicted"], "value P": s["value"]["precision"],
                             "value R": s["value"]["recall"], "value F1": s["value"]["f1"],
                             "value+unit F1": s["value_unit"]["f1"]})
            if failures == half:
                _failures(preds["figures_in"][preds["figures_in"]["id"].isin(ids)], g, sents[sents["id"].isin(ids)])
    pd.set_option("display.width", 160)
    print(pd.DataFrame(rows).to_string(index=False, float_format=lambda x: f"{x:.3f}"))


if __name__ == "__main__":
    main(sys.argv[1:])
