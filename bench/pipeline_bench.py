"""Benchmark the whole pipeline: stages, scaling, memory, Dask, and references.

    python bench/pipeline_bench.py [--corpus DIR] [--sizes 1 10 100] [--out build/bench.json]

Synthetic corpora are built deterministically from the seed paragraphs at
1x, 10x and 100x the seed corpus (written under build/bench/, never into
seeds/). For each corpus a fresh process times every stage (load; sentences,
people and quotes in one pass; sentiment; figures) and then the whole
pipeline (lib.pipeline.analyze in one process); each timing is the best of
three runs for the synthetic corpora and one run for --corpus. The peak
resident memory is that of `python -m lib analyze --workers 1` on the folder. In the same run,
side by side:

* vaderSentiment's own analyzer alone on the same sentences, and quantulum3
  alone on the same text (when installed: `make bench` installs it), as ratios;
* the largest synthetic corpus with the Dask engine on 2 worker processes
  (lib.pipeline.local_cluster, started before the clock starts), as a speed-up
  over one process: both are run in turns (--dask-runs times each), and the
  median of the pairs' ratios is reported, since a shared VM's speed drifts
  by tens of percent within a minute;
* with --corpus, whole processes: `python -m lib analyze DIR`, in one process
  (--workers 1) and with its default (one process per core; its memory is that of
  all its processes together), against a
  process that loads the same articles, splits the same sentences and scores
  them with vaderSentiment alone.

The programs run in fresh processes are functions of this file (stage_timings, dask_against_one_process,
vader_alone), started as `python bench/pipeline_bench.py --child stages|dask|vader-alone DIR`.
"""
from __future__ import annotations

import argparse
import json
import os
import random
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


def stage_timings(folder: str, refs: bool = False, runs: int = 1) -> dict:
    """Seconds for each stage of lib.pipeline.analyze_articles on ``folder``, then for the whole of
    lib.pipeline.analyze; with ``refs``, vaderSentiment alone and quantulum3 alone (when installed) on
    the same sentences and texts. Run in a fresh process (``--child stages``), so that "import" is the
    cost of importing lib."""
    t: dict[str, float] = {}
    t0 = time.perf_counter()
    from lib.corpus import load_corpus
    from lib.figures import figure_rows
    from lib.pipeline import analyze, analyze_articles
    from lib.quotes import read_article_rows
    from lib.sentiment import score_texts

    t["import"] = time.perf_counter() - t0
    # one-off set-up (lexicons, data files, compiled patterns) outside the stages
    analyze_articles([{"doc_id": "warm-up", "text": 'Warm up.\n\nMr Jo Bell said: "It cost $5m."'}])
    t["warm-up"] = time.perf_counter() - t0 - t["import"]

    # every timing below is the best of `runs` runs: small corpora take a few hundredths of a second, which
    # one stall of a shared VM can multiply
    def stage(name, fn):
        for _ in range(runs):
            s = time.perf_counter()
            out = fn()
            took = time.perf_counter() - s
            t[name] = min(t.get(name, took), took)
        return out

    # the stages of lib.pipeline.analyze_articles one by one: sentences, people and quotes come
    # from one pass per article (read_article_rows)
    corpus = stage("load", lambda: load_corpus(folder))
    texts = list(corpus.text)
    found = stage("read", lambda: [read_article_rows(x) for x in texts])
    sents = [s for f in found for _, _, _, s in f["sentences"]]
    stage("sentiment", lambda: score_texts(sents))
    # (found is passed as a default, not closed over, so that `del` frees it before the whole pipeline runs)
    stage("figures", lambda found=found: [figure_rows(x, f["quotes"]) for x, f in zip(texts, found)])
    del found
    # then the whole pipeline in this process, from the folder: the stages above, building the
    # tables, and the cross-article steps (names merged, figures compared, article summaries)
    stage("analyze", lambda: analyze(folder, workers=1))
    t["tables+combine"] = t["analyze"] - t["load"] - t["read"] - t["sentiment"] - t["figures"]
    return {"articles": len(corpus), "mb": sum(len(x.encode()) for x in texts) / 1e6,
            "sentences": len(sents), "seconds": t, "refs": reference_timings(texts, sents) if refs else {}}


def reference_timings(texts: list[str], sents: list[str]) -> dict:
    """vaderSentiment's analyzer alone on ``sents``; quantulum3 alone on ``texts`` (at most 400 of them,
    scaled up to all), when installed."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    ref = {}
    s = time.perf_counter()
    an = SentimentIntensityAnalyzer()
    for x in sents:
        an.polarity_scores(x)
    ref["vader_alone"] = time.perf_counter() - s
    try:
        from quantulum3 import parser
    except ImportError:
        return ref
    sample = texts if len(texts) <= 400 else texts[:: max(1, len(texts) // 400)]
    s = time.perf_counter()
    for x in sample:
        parser.parse(x)
    ref["quantulum3_alone"] = (time.perf_counter() - s) * len(texts) / len(sample)
    ref["quantulum3_sampled_articles"] = len(sample)
    return ref


def vader_alone(folder: str) -> int:
    """What a process that only scores sentences does: load the articles, split the same sentences, score
    each with vaderSentiment alone. Run as a whole process (``--child vader-alone``) and timed from outside."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from lib.corpus import load_corpus
    from lib.text import sentences

    an = SentimentIntensityAnalyzer()
    scores = [an.polarity_scores(s)["compound"] for s in sentences(load_corpus(folder)).sentence]
    return len(scores)


def _local(folder: str, workers: int) -> float:
    from lib.pipeline import analyze

    s = time.perf_counter()
    analyze(folder, engine="local", workers=workers)
    return time.perf_counter() - s


def dask_against_one_process(folder: str, runs: int) -> dict:
    """The Dask engine on 2 worker processes against one process, timed in turns.

    One process: a plain spawned process with no cluster in it. Dask: the
    cluster analyze() starts on its own (lib.pipeline.local_cluster), started
    before the clock; its scheduler lives in this process. Each is warmed up
    once, then they run in turns, so that each pair of runs shares the
    machine's speed of the moment; the speed-up is the median of the pairs'
    ratios. The local engine's 2 forked processes run in the same turns (in
    the plain process), as a measure of what 2 processes gain on this
    machine without Dask.
    """
    import multiprocessing
    import statistics
    from concurrent.futures import ProcessPoolExecutor

    from distributed import Client

    from lib.pipeline import analyze, local_cluster

    local, dask, forked = [], [], []
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn) as pool, local_cluster(2) as cl, Client(cl) as c:
        def plain(workers: int) -> float:
            return pool.submit(_local, folder, workers).result()

        plain(1)
        plain(2)
        analyze(folder, engine="dask", scheduler=c)
        for _ in range(runs):
            local.append(plain(1))
            s = time.perf_counter()
            analyze(folder, engine="dask", scheduler=c)
            dask.append(time.perf_counter() - s)
            forked.append(plain(2))
    return {"local": local, "dask_2_workers": dask, "local_2_processes": forked,
            "speedup": statistics.median(a / b for a, b in zip(local, dask)),
            "speedup_local_2_processes": statistics.median(a / b for a, b in zip(local, forked))}


def child(argv: list[str]) -> int:
    """``--child stages|dask|vader-alone ...``: one of the programs above in this fresh process; prints
    its result (JSON for stages and dask) on the last line."""
    ap = argparse.ArgumentParser(prog="pipeline_bench.py --child")
    ap.add_argument("program", choices=["stages", "dask", "vader-alone"])
    ap.add_argument("folder")
    ap.add_argument("--refs", action="store_true")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    if args.program == "stages":
        print(json.dumps(stage_timings(args.folder, refs=args.refs, runs=args.repeat)))
    elif args.program == "dask":
        print(json.dumps(dask_against_one_process(args.folder, args.runs)))
    else:
        print(vader_alone(args.folder))
    return 0


def child_command(*args: str) -> list[str]:
    """The command line that runs ``child(args)`` in a fresh process."""
    return [PY, str(Path(__file__).resolve()), "--child", *args]


def run_json(*args: str) -> dict:
    """Run ``child(args)`` in a fresh process; its JSON result."""
    out = subprocess.run(child_command(*args), cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def timed_process(cmd: list[str]) -> tuple[float, float]:
    """Wall time and peak resident memory (MB) of one child process (its own, not its children's)."""
    s = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - s
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return seconds, usage.ru_maxrss / 1024


def tree_process(cmd: list[str]) -> tuple[float, float]:
    """Wall time and peak memory (MB) of a process and its children together: the sum of their
    resident sizes, sampled every 0.1 s (an upper bound: pages the processes share count once each)."""
    import psutil

    s = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
    root, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.1)
    seconds = time.perf_counter() - s
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return seconds, peak / 2**20


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        return child(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="also benchmark a real folder, e.g. ../shared/corpora/bbc")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "bench.json")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--dask-runs", type=int, default=7, help="timed runs of each engine on the largest corpus")
    args = ap.parse_args(argv)
    work = ROOT / "build" / "bench"
    rows = []
    corpora = [(f"seeds x{n}", build_synthetic(n, work)) for n in args.sizes]
    if args.corpus:
        corpora.append((str(args.corpus), args.corpus))
    for name, folder in corpora:
        repeat = "1" if name == str(args.corpus) else "3"
        row = {"corpus": name, **run_json("stages", str(folder), "--refs", "--repeat", repeat)}
        # peak memory of the command line run as one process, as a user runs it
        row["whole_s"], row["peak_mb"] = timed_process(
            [PY, "-m", "lib", "analyze", str(folder), "--out", str(work / "analyze-out"), "--quiet", "--workers", "1"])
        rows.append(row)

    stages = ["load", "read", "sentiment", "figures", "tables+combine"]
    head = f"{'corpus':<28}{'articles':>9}{'MB':>7}" + "".join(f"{s[:9]:>10}" for s in stages) + \
        f"{'analyze':>9}{'art/s':>8}{'peak MB':>9}{'/VADER':>8}{'/quant3':>8}"
    print("seconds per stage, in one process (read = sentences, people and quotes in one pass per article)")
    print(head)
    for r in rows:
        total = r["seconds"]["analyze"]
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
        scale = big["seconds"]["analyze"] / small["seconds"]["analyze"]
        report["scaling"] = {"size_factor": factor, "time_factor": scale}
        print(f"\nscaling: {factor:.0f}x the articles took {scale:.1f}x the time (goal: at most {1.1 * factor:.0f}x)")
    for r in rows:
        limit = 3 * r["mb"] + 300
        print(f"memory {r['corpus'][-28:]}: peak {r['peak_mb']:.0f} MB for `python -m lib analyze --workers 1` "
              f"(goal: at most {limit:.0f} MB)")
    if not args.no_dask and synth:
        folder = build_synthetic(args.sizes[-1], work)
        d = run_json("dask", str(folder), "--runs", str(args.dask_runs))
        report["dask"] = d
        print(f"dask on {folder.name}, {args.dask_runs} runs of each engine in turns: one process "
              f"{' '.join(f'{x:.2f}' for x in d['local'])} s; 2 Dask workers "
              f"{' '.join(f'{x:.2f}' for x in d['dask_2_workers'])} s; median speed-up of a pair of runs "
              f"{d['speedup']:.2f}x (goal: at least 1.6x); the local engine's 2 processes in the same turns "
              f"{' '.join(f'{x:.2f}' for x in d['local_2_processes'])} s, {d['speedup_local_2_processes']:.2f}x")
    if args.corpus:
        out = work / "analyze-out"
        cmd = [PY, "-m", "lib", "analyze", str(args.corpus), "--out", str(out), "--quiet"]
        one, _ = timed_process(cmd + ["--workers", "1"])
        cores, cores_mb = tree_process(cmd)
        vader, _ = timed_process(child_command("vader-alone", str(args.corpus)))
        report["whole_process"] = {"analyze_one_process_s": one, "analyze_default_s": cores,
                                   "cores": len(os.sched_getaffinity(0)), "vader_alone_s": vader,
                                   "analyze_default_peak_mb": cores_mb,
                                   "ratio_one_process": one / vader, "ratio_default": cores / vader}
        print(f"whole processes on {args.corpus}: VADER alone {vader:.1f} s (one process); "
              f"analyze in one process {one:.1f} s, ratio {one / vader:.2f}; "
              f"analyze with its default ({report['whole_process']['cores']} processes) {cores:.1f} s, "
              f"ratio {cores / vader:.2f} (goal: at most 2); its processes together peaked at {cores_mb:.0f} MB")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
