"""The pipeline and the command line: same tables from both engines, clear errors."""
import os

import pandas as pd
import pytest

from conftest import SEEDS, write
from lib.__main__ import main
from lib.pipeline import TABLES, analyze, batches, iter_parts, local_workers, write_analysis


@pytest.fixture(scope="module")
def local():
    return analyze(SEEDS)


def test_tables_and_offsets(local, seeds):
    assert list(local) == list(TABLES)
    assert list(local["articles"].doc_id) == list(seeds.doc_id)
    text = dict(zip(seeds.doc_id, seeds.text))
    for name in ("sentences", "quotes", "figures", "mentions"):
        table = local[name]
        assert len(table), name
        for r in table.itertuples():
            assert 0 <= r.start < r.end <= len(text[r.doc_id]), (name, r)
    assert all(text[r.doc_id][r.start:r.end] == r.sentence for r in local["sentences"].itertuples())


def test_batching_does_not_change_results(local):
    again = analyze(SEEDS, batch_size=1)
    for name in TABLES:
        pd.testing.assert_frame_equal(local[name], again[name], check_dtype=False)


def test_dask_engine_gives_identical_tables(local):
    pytest.importorskip("distributed")
    dask = analyze(SEEDS, engine="dask", workers=2, batch_size=1)
    for name in TABLES:
        pd.testing.assert_frame_equal(local[name], dask[name], check_dtype=False)


def test_local_worker_processes_give_identical_tables(local, seeds):
    # two processes and one batch per article: same tables, same dtypes, corpus order kept
    for source, here in ((SEEDS, local), (seeds, analyze(seeds, workers=1))):
        parallel = analyze(source, workers=2, batch_size=1)
        for name in TABLES:
            pd.testing.assert_frame_equal(here[name], parallel[name], check_exact=True)


def test_spawned_worker_processes_give_identical_tables(local, monkeypatch):
    # what macOS and Windows do: workers start a fresh interpreter and import lib
    monkeypatch.setattr("sys.platform", "darwin")
    spawned = analyze(SEEDS, workers=2, batch_size=1)
    for name in TABLES:
        pd.testing.assert_frame_equal(local[name], spawned[name], check_exact=True)


def test_local_workers_default(seeds):
    assert local_workers(SEEDS, None) == 1  # a corpus of one batch stays in this process
    assert local_workers(seeds, 3) == 3
    assert local_workers(seeds, None, batch_size=1) in (1, len(os.sched_getaffinity(0)))
    with pytest.raises(ValueError, match="workers"):
        local_workers(SEEDS, 0)


def test_batches():
    assert list(batches(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(batches([], 3)) == []


def test_unknown_engine():
    with pytest.raises(ValueError, match="engine"):
        analyze(SEEDS, engine="spark")


def test_cli_analyze_writes_tables(tmp_path, capsys):
    assert main(["analyze", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    for name in TABLES:
        assert (tmp_path / "out" / f"{name}.csv").exists()
    out = capsys.readouterr().out
    assert "3 article(s)" in out


def test_cli_bad_folder(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "missing" in capsys.readouterr().err
    write(tmp_path / "bin", "a.txt", b"\x00\x01binary")
    write(tmp_path / "bin", "b.txt", "Title\n\nText.\n")
    for workers in ("1", "2"):  # a file read in a worker process is named just the same
        assert main(["analyze", str(tmp_path / "bin"), "--out", str(tmp_path / "o"), "--workers", workers]) == 2
        assert "a.txt" in capsys.readouterr().err


def test_cli_bad_file_with_the_dask_engine(tmp_path, capfd):
    # the error reaches the command line as with the local engine, without the workers' own log of it
    write(tmp_path / "bin", "a.txt", b"\x00\x01binary")
    write(tmp_path / "bin", "b.txt", "Title\n\nText.\n")
    assert main(["analyze", str(tmp_path / "bin"), "--out", str(tmp_path / "o"), "--engine", "dask",
                 "--workers", "2"]) == 2
    err = capfd.readouterr().err
    assert "a.txt" in err and "NUL" in err
    assert "Compute Failed" not in err and "CancelledError" not in err


def test_cli_sweep(tmp_path, capsys):
    write(tmp_path, "a.txt", "Title\n\nHe said: \"Prices rose 5% to $3 billion.\"\n")
    write(tmp_path, "b.txt", "")
    assert main(["sweep", str(tmp_path), "--quiet"]) == 0
    assert "2 file(s), 0 failed" in capsys.readouterr().out


def test_local_cluster_settings():
    # our own cluster: no profiler (there is no dashboard), glibc's own malloc trim threshold, and event loops
    # that wake seldom
    pytest.importorskip("distributed")
    import os

    import dask
    from distributed import Client

    from lib.pipeline import local_cluster

    with local_cluster(2) as cluster, Client(cluster) as client:
        seen = client.run(lambda: (dask.config.get("distributed.worker.profile.enabled"),
                                   os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS"),
                                   dask.config.get("distributed.admin.tick.interval"),
                                   dask.config.get("distributed.worker.memory.monitor-interval")))
        scheduler_tick = client.run_on_scheduler(lambda dask_scheduler: dask_scheduler._tick_interval)
    assert len(seen) == 2
    assert set(seen.values()) == {(False, None, "1", "1s", "1s")}  # Dask's other worker settings are kept
    assert scheduler_tick == 1.0
    assert dask.config.get("distributed.admin.tick.interval") == "20ms"  # the caller's configuration is untouched


def test_copies_are_marked_and_not_compared_again(tmp_path, capsys):
    story = ("Bank profits\n\nShares in Rank Deluxe rose in Soho. Jo Bell, the chief executive of Rank Deluxe, said it "
             "made a pre-tax profit of $2m in Soho. It grew.\n")
    write(tmp_path, "a.txt", story)
    write(tmp_path, "b.txt", story.replace("\n\n", "\n\n  "))  # the same words, other spacing
    write(tmp_path, "c.txt", story.replace("Bank profits", "Profits at the bank"))  # only the headline differs
    write(tmp_path, "d.txt", story.replace("grew", "shrank"))
    out = analyze(tmp_path)
    assert out["articles"]["copy_of"].tolist() == ["", "a", "a", ""]
    assert out["articles"]["text_key"].nunique() == 2
    profit = out["comparison"][out["comparison"]["subject"].str.contains("profit")]
    # d retells a with one word changed: another version of one story, not a second source
    assert sorted(map(tuple, profit["doc_ids"])) == [("a",), ("b",), ("c",), ("d",)]
    assert "version of a" in profit[profit["doc_ids"].map(tuple) == ("d",)]["rule"].iloc[0]
    assert main(["analyze", str(tmp_path), "--out", str(tmp_path.with_name(tmp_path.name + "-out")), "--quiet"]) == 0
    printed = capsys.readouterr().out
    assert "2 articles repeat an earlier article word for word" in printed
    # the quote in a and its two copies counts once
    assert len(out["quotes"]) == 4
    assert "Most quoted person: Jo Bell, 2 quotes in 2 articles (copies of articles left out)" in printed


def test_tables_spell_each_person_alike(tmp_path):
    # the speakers alone hold one full name ending in "Abbott", the mentions two: a surname alone stays a surname
    # in every table, and a given name alone ("Sir John") is never a surname of somebody else
    write(tmp_path, "a.txt", 'Trade\n\nGreg Abbott said: "Tariffs will rise by 5%."\n')
    write(tmp_path, "b.txt", "Drama\n\nA new series by Paul Abbott starred Elton John.\n")
    write(tmp_path, "c.txt", 'Votes\n\nMs Abbott said: "We need 20 more seats." Sir John said: "It cost $2m."\n')
    from lib.corpus import load_corpus
    from lib.people import mentions
    from lib.quotes import extract_quotes

    tables = analyze(tmp_path, workers=1)
    quotes, ments = tables["quotes"], tables["mentions"]
    spoken = dict(zip(quotes["quote"], quotes["speaker"]))
    assert spoken["Tariffs will rise by 5%."] == "Greg Abbott"
    assert spoken["We need 20 more seats."] == "Abbott"
    assert spoken["It cost $2m."] == "John"
    assert set(zip(quotes["doc_id"], quotes["speaker"])) <= set(zip(ments["doc_id"], ments["person"]))
    assert tables["figures"].set_index("surface")["speaker"]["$2m"] == "John"
    # the notebooks' own calls agree with the pipeline
    corpus = load_corpus(tmp_path)
    assert extract_quotes(corpus)["speaker"].tolist() == quotes["speaker"].tolist()
    assert mentions(corpus)["person"].tolist() == ments["person"].tolist()


def _same_files(tables: dict, folder) -> None:
    """The CSV files in ``folder`` are byte for byte the tables written whole."""
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{name}.csv" for name in TABLES)
    for name in TABLES:
        assert (folder / f"{name}.csv").read_text(encoding="utf-8") == tables[name].to_csv(index=False), name


def test_write_analysis_writes_the_tables_of_analyze(local, tmp_path):
    from lib.findings import key_findings

    # one batch per article, in this process and in two: the parts give the files the whole tables give
    for workers in (1, 2):
        summary = write_analysis(SEEDS, tmp_path / f"w{workers}", workers=workers, batch_size=1)
        _same_files(local, tmp_path / f"w{workers}")  # and no temporary folder is left behind
        assert key_findings(summary) == key_findings(local)
        assert len(summary["sentences"]) == len(local["sentences"])
        # the summary keeps only what the findings need: the comparison's single figures as a status alone
        single = summary["comparison"]["status"] == "single"
        assert single.sum() == (local["comparison"]["status"] == "single").sum()
        assert summary["comparison"].loc[single, "subject"].isna().all()


def test_write_analysis_merges_names_and_marks_copies_across_batches(tmp_path):
    # the cross-article steps (names, copies, comparison) see every batch, not only their own
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", 'Trade\n\nGreg Abbott said: "Tariffs will rise by 5% to $3 billion this year."\n')
    write(corpus, "b.txt", "Drama\n\nA series by Paul Abbott starred Elton John.\n")
    write(corpus, "c.txt", 'Votes\n\nMs Abbott said: "We need 20 more seats." Sir John said: "It cost $2m."\n')
    write(corpus, "d.txt", 'Trade\n\nGreg Abbott said: "Tariffs will rise by 5% to $3 billion this year."\n')
    write(corpus, "e.txt", "Empty quotes\n\nNothing was said here.\n")
    whole = analyze(corpus, workers=1)
    assert whole["articles"]["copy_of"].tolist() == ["", "", "", "a", ""]
    write_analysis(corpus, tmp_path / "out", workers=1, batch_size=1)
    _same_files(whole, tmp_path / "out")


def test_parts_come_in_doc_id_order(tmp_path):
    # files sort by path ("a/x" before "a-b/x"), tables by doc_id ("a-b/x" before "a/x"): the batches follow the
    # doc_ids, so that written one after the other they give the sorted tables
    write(tmp_path / "a", "x.txt", 'One\n\nJo Bell said: "Sales rose 4%."\n')
    write(tmp_path / "a-b", "x.txt", 'Two\n\nJo Bell said: "Sales rose 5%."\n')
    write(tmp_path, "x-1.txt", 'Three\n\nJo Bell said: "Sales rose 6%."\n')
    write(tmp_path, "x.txt", 'Four\n\nJo Bell said: "Sales rose 7%."\n')
    ids = [p["articles"]["doc_id"].iloc[0] for p in iter_parts(tmp_path, workers=1, batch_size=1)]
    assert ids == sorted(ids) == ["a-b/x", "a/x", "x", "x-1"]
    out = tmp_path.with_name(tmp_path.name + "-out")  # beside the corpus: never inside it
    write_analysis(tmp_path, out, workers=2, batch_size=1)
    _same_files(analyze(tmp_path), out)


def test_write_analysis_that_fails_leaves_the_folder_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_analysis(SEEDS, out, workers=1)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = []

    def fail_second(articles, aliases=None):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return analyze_articles(articles, aliases)

    from lib.pipeline import analyze_articles
    monkeypatch.setattr("lib.pipeline._engines.analyze_articles", fail_second)  # where the engines look it up
    from lib.corpus import load_corpus
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_analysis(load_corpus(SEEDS), out, workers=1, batch_size=1)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no partial file or folder


def test_write_analysis_with_the_dask_engine(local, tmp_path):
    pytest.importorskip("distributed")
    write_analysis(SEEDS, tmp_path / "out", engine="dask", workers=2, batch_size=1)
    _same_files(local, tmp_path / "out")


def test_cli_warnings_name_the_file_only(tmp_path, capfd):
    write(tmp_path / "c", "a.txt", "Caf\xe9 news\n\nThe caf\xe9 said prices rose 5%.\n".encode("cp1252"))
    for workers in ("1", "2"):
        assert main(["analyze", str(tmp_path / "c"), "--out", str(tmp_path / "o"), "--quiet",
                     "--workers", workers]) == 0
        err = capfd.readouterr().err
        assert f"warning: {tmp_path / 'c' / 'a.txt'}: not valid UTF-8" in err
        assert not any(f in err for f in ("pipeline.py", "pipeline/_", "corpus.py"))


def test_cli_never_writes_into_the_corpus(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Title\n\nText.\n")
    before = sorted(p.relative_to(corpus) for p in corpus.rglob("*"))
    for out in (corpus, corpus / "tables", corpus / "." / "sub" / ".." / "x"):
        assert main(["analyze", str(corpus), "--out", str(out), "--quiet"]) == 2
        assert "inside the corpus folder" in capsys.readouterr().err
    assert sorted(p.relative_to(corpus) for p in corpus.rglob("*")) == before
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "tables"), "--quiet"]) == 0


def test_a_surname_alone_joins_a_full_name_of_one_article_only_in_the_same_story(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Film\n\nThe film by Wayne Wang opened in Cannes. Critics in Cannes loved it, and Wang said "
                           "he was glad.\n")
    write(corpus, "b.txt", "Bank\n\nShares in Shanghai rose. The bank in Shanghai grew, and Mr Wang said profits rose. "
                           "Later Mr Wang said more.\n")
    write(corpus, "c.txt", "Advice\n\nThe advice on Iraq came from Peter Goldsmith. Critics of the war in Iraq asked "
                           "Goldsmith to publish it.\n")
    write(corpus, "d.txt", "Row\n\nThe row over Iraq grew as Lord Goldsmith said the war was legal. Lord Goldsmith "
                           "said Iraq was a threat.\n")
    tables = analyze(corpus, workers=1)
    people = tables["mentions"].groupby("doc_id")["person"].agg(lambda s: sorted(set(s))).to_dict()
    assert people["b"] == ["Wang"]  # a bank's Mr Wang is not the film director of another article
    assert people["d"] == ["Peter Goldsmith"]  # the two articles share the main names Iraq and Goldsmith
    assert set(tables["quotes"].loc[tables["quotes"]["doc_id"] == "d", "speaker"]) == {"Peter Goldsmith"}
    write_analysis(corpus, tmp_path / "out", workers=1, batch_size=1)
    _same_files(tables, tmp_path / "out")
    from lib.corpus import load_corpus
    from lib.people import mentions
    from lib.quotes import extract_quotes
    loaded = load_corpus(corpus)
    assert mentions(loaded)["person"].tolist() == tables["mentions"]["person"].tolist()
    assert extract_quotes(loaded)["speaker"].tolist() == tables["quotes"]["speaker"].tolist()


def test_analyze_writes_parquet_with_ids_as_text(tmp_path):
    """`python -m lib analyze --format parquet|both`: the same tables as Parquet files (pyarrow)."""
    import pandas as pd

    from lib.__main__ import main
    from lib.pipeline import TABLES, read_table

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "001.txt").write_text('Tax rise\n\n"We will win," Anna Smith said. It cost $5m in 2004.\n',
                                    encoding="utf-8")
    assert main(["analyze", str(folder), "--out", str(tmp_path / "both"), "--format", "both", "--quiet"]) == 0
    assert main(["analyze", str(folder), "--out", str(tmp_path / "pq"), "--format", "parquet", "--quiet"]) == 0
    assert sorted(p.stem for p in (tmp_path / "pq").glob("*.parquet")) == sorted(TABLES)
    assert not list((tmp_path / "pq").glob("*.csv"))
    for name in TABLES:
        csv = read_table(tmp_path / "both" / f"{name}.csv")
        pq = pd.read_parquet(tmp_path / "pq" / f"{name}.parquet")
        assert list(pq.columns) == list(csv.columns) and len(pq) == len(csv), name
    quotes = pd.read_parquet(tmp_path / "pq" / "quotes.parquet")
    assert quotes["doc_id"].tolist() == ["001"] and quotes["speaker"].tolist() == ["Anna Smith"]
