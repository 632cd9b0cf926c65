"""Benchmark the whole pipeline: stages, scaling, memory, Dask, and references.

    python bench/pipeline_bench.py [--corpus DIR] [--sizes 1 10 100] [--out build/bench.json]

Synthetic corpora are built deterministically from the seed paragraphs at
1x, 10x and 100x the seed corpus (written under build/bench/, never into
seeds/). For each corpus a fresh process times every stage (load, sentences,
sentiment, people, quotes, figures, comparison) and reports its peak
resident memory. In the same run, side by side:

* vaderSentiment's own analyzer alone on the same sentences, and quantulum3
  alone on the same text (when installed: `make bench` installs it), as ratios;
* the largest synthetic corpus with the Dask engine on 2 worker processes
  (cluster started before the clock starts), as a speed-up over one process;
* with --corpus, whole processes: `python -m lib analyze DIR`, in one process
  (--workers 1) and with its default (one process per core), against a
  process that loads the same articles, splits the same sentences and scores
  them with vaderSentiment alone.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def build_synthetic(times: int, dest: Path) -> Path:
    """``times`` x the seed corpus: articles of seed paragraphs in a seeded shuffle."""
    from lib.corpus import load_corpus
    from lib.text import paragraphs

    seeds = load_corpus(ROOT / "seeds")
    paras = list(paragraphs(seeds)["paragraph"])
    per_article = max(1, len(paras) // len(seeds))
    folder = dest / f"synthetic-{times}x"
    if folder.exists() and len(list(folder.glob("*.txt"))) == times * len(seeds):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(times)
    for i in range(times * len(seeds)):
        body = "\n\n".join(rng.sample(paras, per_article))
        (folder / f"{i:06d}.txt").write_text(f"Synthetic article {i}\n\n{body}\n", encoding="utf-8")
    return folder


STAGES = r"""
import json, resource, sys, time
t = {}
t0 = time.perf_counter()
from lib.corpus import load_corpus, load_aliases
from lib.figures import compare_figures, figures_in
from lib.people import canonicalize
from lib.quotes import read_article
from lib.sentiment import score_texts
from lib.text import sentences
t["import"] = time.perf_counter() - t0
def stage(name, fn):
    s = time.perf_counter(); out = fn(); t[name] = time.perf_counter() - s; return out
corpus = stage("load", lambda: load_corpus(sys.argv[1]))
texts = list(corpus.text)
sents = stage("sentences", lambda: sentences(corpus))
stage("sentiment", lambda: score_texts(list(sents.sentence)))
# people and quotes come from one pass per article, as in lib.pipeline (read_article)
quotes = [r["quotes"] for r in stage("people+quotes", lambda: [read_article(x) for x in texts])]
figs = stage("figures", lambda: [figures_in(x, q) for x, q in zip(texts, quotes)])
import pandas as pd
allfigs = pd.concat([f.assign(doc_id=d) for f, d in zip(figs, corpus.doc_id) if len(f)] or [pd.DataFrame()])
stage("comparison", lambda: compare_figures(allfigs))
ref = {}
if "--refs" in sys.argv:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    s = time.perf_counter(); an = SentimentIntensityAnalyzer()
    for x in sents.sentence: an.polarity_scores(x)
    ref["vader_alone"] = time.perf_counter() - s
    try:
        from quantulum3 import parser
        sample = texts if len(texts) <= 400 else texts[:: max(1, len(texts) // 400)]
        s = time.perf_counter()
        for x in sample: parser.parse(x)
        ref["quantulum3_alone"] = (time.perf_counter() - s) * len(texts) / len(sample)
        ref["quantulum3_sampled_articles"] = len(sample)
    except ImportError:
        pass
print(json.dumps({"articles": len(corpus), "mb": sum(len(x.encode()) for x in texts) / 1e6,
                  "sentences": len(sents), "seconds": t, "refs": ref,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

VADER_ALONE = r"""
import sys
from lib.corpus import load_corpus
from lib.text import sentences
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
an = SentimentIntensityAnalyzer()
scores = [an.polarity_scores(s)["compound"] for s in sentences(load_corpus(sys.argv[1])).sentence]
print(len(scores))
"""

DASK = r"""
import json, sys, time
from distributed import Client, LocalCluster
from lib.pipeline import analyze
if __name__ == "__main__":
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl, Client(cl) as c:
        analyze(sys.argv[1], engine="dask", scheduler=c, batch_size=25)  # warm the workers
        s = time.perf_counter(); analyze(sys.argv[1], engine="dask", scheduler=c, batch_size=25)
        d = time.perf_counter() - s
    s = time.perf_counter(); analyze(sys.argv[1], engine="local", workers=1); l = time.perf_counter() - s
    print(json.dumps({"local": l, "dask_2_workers": d}))
"""


def run_json(code: str, *args: str) -> dict:
    out = subprocess.run([PY, "-c", code, *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def timed_process(cmd: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    s = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - s, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="also benchmark a real folder, e.g. ../shared/corpora/bbc")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "bench.json")
    ap.add_argument("--no-dask", action="store_true")
    args = ap.parse_args(argv)
    work = ROOT / "build" / "bench"
    rows = []
    for n in args.sizes:
        folder = build_synthetic(n, work)
        rows.append({"corpus": f"seeds x{n}", **run_json(STAGES, str(folder), "--refs")})
    if args.corpus:
        rows.append({"corpus": str(args.corpus), **run_json(STAGES, str(args.corpus), "--refs")})

    stages = ["load", "sentences", "sentiment", "people+quotes", "figures", "comparison"]
    head = f"{'corpus':<28}{'articles':>9}{'MB':>7}" + "".join(f"{s[:9]:>10}" for s in stages) + \
        f"{'total s':>9}{'art/s':>8}{'peak MB':>9}{'/VADER':>8}{'/quant3':>8}"
    print(head)
    for r in rows:
        total = sum(r["seconds"][s] for s in stages)
        r["total"] = total
        r["articles_per_s"] = r["articles"] / total
        vader = r["refs"].get("vader_alone")
        quant = r["refs"].get("quantulum3_alone")
        r["ratio_vs_vader"] = total / vader if vader else None
        r["ratio_vs_quantulum3"] = total / quant if quant else None
        print(f"{r['corpus'][-28:]:<28}{r['articles']:>9}{r['mb']:>7.2f}"
              + "".join(f"{r['seconds'][s]:>10.2f}" for s in stages)
              + f"{total:>9.2f}{r['articles_per_s']:>8.0f}{r['peak_mb']:>9.0f}"
              + (f"{r['ratio_vs_vader']:>8.2f}" if vader else f"{'-':>8}")
              + (f"{r['ratio_vs_quantulum3']:>8.3f}" if quant else f"{'-':>8}"))
    synth = [r for r in rows if r["corpus"].startswith("seeds x")]
    report: dict = {"rows": rows}
    if len(synth) >= 2:
        small, big = synth[0], synth[-1]
        factor = big["articles"] / small["articles"]
        scale = big["total"] / small["total"]
        report["scaling"] = {"size_factor": factor, "time_factor": scale}
        print(f"\nscaling: {factor:.0f}x the articles took {scale:.1f}x the time (goal: at most {1.1 * factor:.0f}x)")
    for r in rows:
        limit = 3 * r["mb"] + 300
        print(f"memory {r['corpus'][-28:]}: peak {r['peak_mb']:.0f} MB (goal: at most {limit:.0f} MB)")
    if not args.no_dask and synth:
        folder = build_synthetic(args.sizes[-1], work)
        d = run_json(DASK, str(folder))
        d["speedup"] = d["local"] / d["dask_2_workers"]
        report["dask"] = d
        print(f"dask on {folder.name}: local {d['local']:.2f} s, 2 workers {d['dask_2_workers']:.2f} s, "
              f"speed-up {d['speedup']:.2f}x (goal: at least 1.6x)")
    if args.corpus:
        out = work / "analyze-out"
        cmd = [PY, "-m", "lib", "analyze", str(args.corpus), "--out", str(out), "--quiet"]
        one, _ = timed_process(cmd + ["--workers", "1"])
        cores, _ = timed_process(cmd)
        vader, _ = timed_process([PY, "-c", VADER_ALONE, str(args.corpus)])
        report["whole_process"] = {"analyze_one_process_s": one, "analyze_default_s": cores,
                                   "cores": len(os.sched_getaffinity(0)), "vader_alone_s": vader,
                                   "ratio_one_process": one / vader, "ratio_default": cores / vader}
        print(f"whole processes on {args.corpus}: VADER alone {vader:.1f} s (one process); "
              f"analyze in one process {one:.1f} s, ratio {one / vader:.2f}; "
              f"analyze with its default ({report['whole_process']['cores']} processes) {cores:.1f} s, "
              f"ratio {cores / vader:.2f} (goal: at most 2)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
