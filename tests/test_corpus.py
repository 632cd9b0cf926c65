"""The corpus loader: header styles, bad input, and the real corpora."""
import hashlib
import warnings

import pandas as pd
import pytest

from conftest import BBC, SEEDS, write
from lib.corpus import CorpusError, CorpusWarning, find_dateline, load_corpus, parse_article, parse_date
from lib.evaluation.readers import read_gold


def test_seed_ids_dates_titles(seeds):
    assert list(seeds.doc_id) == ["000_cf7e9a7c1e89b109", "001_8ad109bedd0bc8f5", "003_760a91fd4c32f78c"]
    assert list(seeds.columns) == ["doc_id", "date", "title", "source", "text", "path"]
    assert str(seeds.date.dtype) == "datetime64[ns]"
    d = dict(zip(seeds.doc_id.str[:3], seeds.date))
    assert pd.isna(d["000"])
    assert d["001"] == pd.Timestamp("2023-03-16")
    assert d["003"] == pd.Timestamp("2023-09-11")
    t = dict(zip(seeds.doc_id.str[:3], seeds.title))
    assert t["000"] == "Kazakhstan Summit: Erdogan met Putin today"
    assert t["001"] == "Presidents of Kazakhstan and Türkiye hold talks"
    assert t["003"] == ""


def test_seed_bodies(seeds):
    text = dict(zip(seeds.doc_id.str[:3], seeds.text))
    assert text["003"].startswith("In the period of rapidly changing")
    assert text["001"].startswith("ANKARA. KAZINFORM – Kazakh President")
    # 000 repeats its title in the middle of the body: removed.
    assert "Kazakhstan Summit" not in text["000"]
    for body in text.values():
        assert "\n\n\n" not in body and body == body.strip()
        assert all(p.strip() == p and p for p in body.split("\n\n"))
    src = dict(zip(seeds.doc_id.str[:3], seeds.source))
    assert src == {"000": "", "001": "KAZINFORM", "003": ""}


def test_header_styles():
    a = parse_article("Date: 2024-05-02\nTitle: Ministers meet\n\nThe ministers met on Monday.")
    assert (a.date, a.title, a.text) == (pd.Timestamp("2024-05-02"), "Ministers meet", "The ministers met on Monday.")
    b = parse_article("Trade rises\nPublished: 14 March 2024\n\nTrade rose by 5%.")
    assert (b.date, b.title, b.text) == (pd.Timestamp("2024-03-14"), "Trade rises", "Trade rose by 5%.")
    c = parse_article(" date 2017-2-7 Leaders talk\n\nThey talked.")
    assert (c.date, c.title, c.text) == (pd.Timestamp("2017-02-07"), "Leaders talk", "They talked.")
    d = parse_article("Ad sales boost profit\n\nProfits rose.\n\nShares fell.")
    assert (d.date, d.title, d.text) == (None, "Ad sales boost profit", "Profits rose.\n\nShares fell.")
    e = parse_article(" date 2023-09-11 The minister has said that ties grow.\n\nMore text.")
    assert (e.title, e.text) == ("", "The minister has said that ties grow.\n\nMore text.")
    f = parse_article("Just one paragraph that is the whole article.")
    assert (f.title, f.text) == ("", "Just one paragraph that is the whole article.")


def test_hard_wrapped_paragraphs_are_joined():
    a = parse_article("Title\n\nA sentence that is\nwrapped by hand.\n\nNext paragraph.")
    assert a.text == "A sentence that is wrapped by hand.\n\nNext paragraph."


def test_parse_date_variants():
    assert parse_date("2023-03-16") == pd.Timestamp("2023-03-16")
    assert parse_date("March 14, 2024") == pd.Timestamp("2024-03-14")
    assert parse_date("3rd Sept 2021") == pd.Timestamp("2021-09-03")
    assert parse_date("2023-13-45") is None
    assert parse_date("no date here") is None


def test_dateline():
    assert find_dateline("ANKARA. KAZINFORM – Leaders met.") == (0, 20, "KAZINFORM")
    assert find_dateline("ISTANBUL (AA) - Leaders met.")[2] == "AA"
    assert find_dateline("WASHINGTON — Leaders met.")[2] == ""
    assert find_dateline("The well-known - and disputed - claim.") is None


def test_missing_folder_and_no_files(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(FileNotFoundError, match=str(tmp_path)):
        load_corpus(tmp_path)


def test_two_files_with_one_doc_id(tmp_path):
    # ids come from paths without extensions: "a.txt" and "a.md" would be one article twice over
    write(tmp_path, "a.txt", "One\n\nText.\n")
    write(tmp_path, "a.md", "Two\n\nText.\n")
    write(tmp_path, "b.txt", "Three\n\nText.\n")
    assert list(load_corpus(tmp_path).doc_id) == ["a", "b"]  # the default pattern reads .txt only
    with pytest.raises(CorpusError, match=r"a\.md and .*a\.txt both give the article id 'a'"):
        load_corpus(tmp_path, pattern="*")


def test_bom_and_crlf(tmp_path):
    write(tmp_path, "a.txt", b"\xef\xbb\xbfHeadline\r\n\r\nFirst para.\r\nstill first.\r\n\r\nSecond.\r\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        c = load_corpus(tmp_path)
    assert c.loc[0, "title"] == "Headline"
    assert c.loc[0, "text"] == "First para. still first.\n\nSecond."


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_non_utf8_warns_with_file_and_encoding(tmp_path, encoding):
    write(tmp_path, "x.txt", "Prices\n\nIt cost £300 in Zürich.".encode(encoding))
    with pytest.warns(CorpusWarning, match=r"x\.txt.*cp1252"):
        c = load_corpus(tmp_path)
    assert "£300 in Zürich" in c.loc[0, "text"]


def test_empty_file_warns_and_is_skipped(tmp_path):
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "blank.txt", b"  \n\n ")
    write(tmp_path, "ok.txt", "T\n\nBody.")
    with pytest.warns(CorpusWarning) as record:
        c = load_corpus(tmp_path)
    messages = sorted(str(w.message).rsplit("/", 1)[-1] for w in record)
    assert messages == ["blank.txt: empty file; skipped", "empty.txt: empty file; skipped"]
    assert list(c.doc_id) == ["ok"]


def test_binary_file_raises_corpus_error(tmp_path):
    write(tmp_path, "bin.txt", b"PK\x03\x04\x00\x00binary")
    with pytest.raises(CorpusError, match=r"bin\.txt.*NUL"):
        load_corpus(tmp_path)
    assert issubclass(CorpusError, ValueError)


def test_recursive_ids_and_gaps(tmp_path):
    write(tmp_path, "politics/001.txt", "A\n\nB.")
    write(tmp_path, "business/010.txt", "C\n\nD.")
    c = load_corpus(tmp_path)
    assert list(c.doc_id) == ["business/010", "politics/001"]


def _digest(folder):
    return {p: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest()) for p in sorted(folder.rglob("*"))}


def test_loader_never_writes(tmp_path):
    write(tmp_path, "a.txt", "T\n\nBody.")
    before = _digest(SEEDS), _digest(tmp_path)
    load_corpus(SEEDS), load_corpus(tmp_path)
    assert (_digest(SEEDS), _digest(tmp_path)) == before


@pytest.mark.skipif(not BBC.exists(), reason="../shared/corpora/bbc not present")
def test_bbc_loads_completely():
    with pytest.warns(CorpusWarning, match=r"sport/199\.txt"):
        c = load_corpus(BBC)
    assert len(c) == 2225
    assert c.doc_id.iloc[0] == "business/001"
    assert (c.title != "").all()
    assert c.date.isna().all()
    assert "£" in c.set_index("doc_id").loc["sport/199", "text"]


def test_alias_file(tmp_path):
    from lib.corpus import CorpusError, load_aliases

    assert load_aliases(tmp_path).empty  # no file: the text alone is used
    write(tmp_path, "people.csv",
          "# comment\nperson,alias,role\nAda Lovelace, Countess of Lovelace ,mathematician\n,blank\n")
    table = load_aliases(tmp_path)
    assert table.to_dict("records") == [
        {"person": "Ada Lovelace", "alias": "Countess of Lovelace", "role": "mathematician"}]
    bad = write(tmp_path, "bad.csv", "name,other\nx,y\n")
    with pytest.raises(CorpusError, match="bad.csv.*person"):
        load_aliases(bad)
    with pytest.raises(FileNotFoundError):
        load_aliases(tmp_path / "nope.csv")


def test_read_gold_keeps_empty_text_and_reads_numbers(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text("doc_id,start,end,surface,value,unit,qualifier\n001,3,7,1992,1992,,=\n002,,,six,,agreement,\n",
                    encoding="utf-8")
    gold = read_gold(path)
    assert gold["doc_id"].tolist() == ["001", "002"] and gold["surface"].tolist() == ["1992", "six"]
    assert gold["unit"].tolist() == ["", "agreement"] and gold["qualifier"].tolist() == ["=", ""]
    assert gold["value"].iloc[0] == 1992.0 and gold["value"].isna().iloc[1] and gold["start"].isna().iloc[1]


def test_a_folders_people_csv_goes_with_its_corpus(tmp_path):
    from lib.article import aliases_of
    from lib.quotes import extract_quotes

    (tmp_path / "a.txt").write_text('Talks\n\n"We are ready," the mayor said. Jo Bell left.', encoding="utf-8")
    corpus = load_corpus(tmp_path)
    # without the file, "the mayor" is an unnamed source
    assert aliases_of(corpus) is None and extract_quotes(corpus)["speaker_type"].tolist() == ["anonymous"]
    (tmp_path / "people.csv").write_text("person,alias\nJo Bell,the mayor\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert aliases_of(corpus)[["person", "alias"]].values.tolist() == [["Jo Bell", "the mayor"]]
    assert extract_quotes(corpus)["speaker"].tolist() == ["Jo Bell"]
    # an explicit table still wins
    assert aliases_of(corpus, aliases=corpus.iloc[0:0]).empty
