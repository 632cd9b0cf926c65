"""The rendered site (Jupyter Book): key findings from the data, code folded, article text escaped,
nothing from another host, the article and person pages (lib.site), a browser check that sees the
charts and sideways scrolling, and the whole suite run on a one-article folder."""
import base64
import hashlib
import io
import os
import re
import shutil

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import browser_check  # tools/ is on sys.path through pytest's pythonpath (pyproject.toml)
import build_site
import run_on_corpus
from conftest import ROOT, SEEDS
from lib.corpus import corpus_from_texts
from lib.findings import key_findings
from lib.pipeline import analyze

EVIL = 'Officials said <script>alert("x")</script> and <img src=x onerror=alert(1)> loudly.'
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))


# --- key findings --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_results():
    return analyze(SEEDS)


def test_key_findings_are_computed_from_the_tables(seed_results):
    found = key_findings(seed_results)
    docs = seed_results["documents"].dropna(subset=["mean_compound"]).sort_values("mean_compound")
    quotes = seed_results["quotes"]
    top_speaker = quotes["speaker"].value_counts().index[0]
    n_top = int(quotes["speaker"].value_counts().iloc[0])
    text = "\n".join(found)
    n_articles, n_sentences = len(seed_results["articles"]), len(seed_results["sentences"])
    assert found[0].startswith(f"{n_articles} article(s), {n_sentences} sentences")
    assert any(f.startswith("Most positive article: " + docs["doc_id"].iloc[-1]) for f in found)
    assert any(f.startswith("Most negative article: " + docs["doc_id"].iloc[0]) for f in found)
    assert f"Most quoted person: {top_speaker}, {n_top} quotes" in text
    comp = seed_results["comparison"]
    for status in ("agree", "differ"):
        for subject in comp.loc[comp["status"] == status, "subject"].head(2):
            assert f"Figures that {status}, {subject}: " in text
    # values as written in the articles, not in scientific notation
    assert "e+0" not in text and not re.search(r"\bnan\b", text, re.I)


def test_key_findings_on_one_article_and_on_nothing_to_compare():
    one = analyze(corpus_from_texts({"only": "A title\n\nThe weather was mild on Monday."}))
    found = key_findings(one)
    assert found[0].startswith("1 article(s), 1 sentences, 0 quotes")
    assert not any(f.startswith(("Most positive", "Most negative")) for f in found)
    assert any(f.startswith("Tone of only (A title): mean sentence score") for f in found)
    assert "No quotes were found." in found
    assert "No figures were found." in found


def test_key_findings_tie_and_lone_figures():
    text = ('A title\n\n"We will win," Anna Smith said. "We will lose," John Brown said. '
            "The budget is $5 million.")
    found = key_findings(analyze(corpus_from_texts({"t": text})))
    assert any("Most quoted person: Anna Smith, 1 quote in 1 article (tied with John Brown)." == f for f in found)
    assert any(f.startswith("No two of the ") or f.startswith("No figures") for f in found)


def test_differences_between_articles_are_listed_before_copies_of_one_story():
    from lib.findings import _articles_disagree, _ranked_groups

    copies = {"group": 1, "doc_ids": ["a", "a", "b", "b"], "values": [68.0, 56.0, 56.0, 68.0],
              "members": [("a", 0), ("a", 9), ("b", 0), ("b", 9)]}
    between = {"group": 2, "doc_ids": ["c", "c", "d"], "values": [5.0, 6.0, 5.0],
               "members": [("c", 0), ("c", 9), ("d", 0)]}
    within = {"group": 3, "doc_ids": ["e", "e"], "values": [1.0, 2.0], "members": [("e", 0), ("e", 9)]}
    assert not _articles_disagree(pd.Series(copies)) and _articles_disagree(pd.Series(between))
    assert not _articles_disagree(pd.Series(within))
    comp = pd.DataFrame([copies, between, within])
    assert _ranked_groups(comp, widest=False)["group"].tolist() == [2, 3, 1]


def test_group_listing_shows_each_article_first():
    from lib.findings import _members

    figures = pd.DataFrame({"doc_id": ["c", "c", "c", "d"], "start": [0, 9, 20, 0],
                            "surface": ["$5m", "$6m", "$7m", "$8m"], "qualifier": ["="] * 4, "speaker": [None] * 4})
    group = pd.Series({"members": [("c", 0), ("c", 9), ("c", 20), ("d", 0)], "values": [5e6, 6e6, 7e6, 8e6]})
    assert _members(group, figures) == ["$5m (c)", "$8m (d)", "$6m (c)", "$7m (c)"]


# --- the landing page and the notebook pages (Jupyter Book) ---------------------------------------

def _book(tmp_path, cells, name="01-x", **kw):
    nb = new_notebook(cells=cells)
    path = tmp_path / f"{name}.ipynb"
    nbformat.write(nb, path)
    return build_site.build(tmp_path / "site", [path], **kw)


def test_index_escapes_findings_and_titles(tmp_path):
    index = _book(tmp_path, [new_markdown_cell("# 01 · <b>Bold</b> title\nSummary with <script>bad()</script>.")],
                  corpus_label="<img src=x onerror=alert(1)>", findings=[EVIL])
    page = index.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page and "<script>bad" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "onerror=alert(1)&gt;" in page
    assert "Key findings" in page


def test_index_links_notebooks_in_order_and_flags_a_failed_one(tmp_path):
    paths = []
    for name, title in (("00-a", "00 · First"), ("01-b", "01 · Second"), ("02-c", "02 · Third")):
        nb = new_notebook(cells=[new_markdown_cell(f"# {title}\nWhat it does.")])
        if name == "01-b":  # what papermill leaves behind when a cell raises
            banner = new_markdown_cell('<span style="color:red">An Exception was encountered</span>')
            banner.metadata["tags"] = ["papermill-error-cell-tag"]
            bad = new_code_cell("1/0", execution_count=4)
            bad.outputs = [new_output("error", ename="ZeroDivisionError", evalue="division by zero", traceback=[])]
            nb.cells = [banner] + nb.cells + [bad]
        path = tmp_path / f"{name}.ipynb"
        nbformat.write(nb, path)
        paths.append(path)
    index = build_site.build(tmp_path / "site", paths, findings=["x"])
    page = index.read_text(encoding="utf-8")
    body = page[page.index('class="nl-notebooks"'):]
    hrefs = [body.index(f'href="{p.stem}.html"') for p in paths]
    assert hrefs == sorted(hrefs)
    assert "01 · Second</a>" in body and "An Exception" not in body
    assert "Stopped with an error at cell [4]" in page
    assert page.count("Stopped with an error") == 1
    second = (tmp_path / "site" / "01-b.html").read_text(encoding="utf-8")
    assert "<title>01 · Second" in second
    # the book's navigation: a sidebar with every notebook, and previous/next links
    assert 'href="00-a.html"' in second and 'href="02-c.html"' in second
    assert 'class="left-prev"' in second and 'class="right-next"' in second


def test_notebook_pages_escape_article_text_and_hide_code(tmp_path):
    code = (
        "from lib.corpus import corpus_from_texts\n"
        f"corpus = corpus_from_texts({{'evil': 'Title\\n\\n' + {EVIL!r}}})\n"
        "print(corpus.text[0])\n"
        "corpus[['doc_id', 'text']]"
    )
    nb = new_notebook(cells=[new_markdown_cell("# 09 · Test\nEscaping."), new_code_cell(code)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    path = tmp_path / "09-test.ipynb"
    nbformat.write(nb, path)
    build_site.build(tmp_path / "site", [path])
    page = (tmp_path / "site" / "09-test.html").read_text(encoding="utf-8")
    assert page.count("&lt;script&gt;alert") >= 2  # printed text and the table cell
    assert '<script>alert("x")' not in page and "<img src=x onerror" not in page
    _offline(page, "09-test.html")
    # the code is folded behind a toggle; its output is shown
    inputs = page.count('<div class="cell_input')
    assert inputs == 1 and page.count('<details class="admonition hide above-input">') == inputs
    assert "Show code cell source" in page


def _offline(html: str, name: str) -> None:
    """No script, stylesheet or image is fetched from another host."""
    for pattern in (r'<script[^>]+src="(https?:)?//', r'<link[^>]+href="(https?:)?//[^"]*"[^>]*stylesheet',
                    r'rel="stylesheet"[^>]+href="(https?:)?//', r'<img[^>]+src="(https?:)?//', r"@import url\(http"):
        assert not re.search(pattern, html), (name, pattern)
    assert "unpkg.com" not in html and "cdn.jsdelivr" not in html, name


def test_committed_notebooks_render_as_a_reader_edition(tmp_path):
    """The committed notebooks with the seeds' tables: code folded in every cell, charts with alt text
    written from the data, nothing from another host, years and ids as text."""
    index = build_site.build(tmp_path / "site", NOTEBOOKS, corpus=SEEDS)
    site = index.parent
    for nb_path in NOTEBOOKS:
        html = (site / (nb_path.stem + ".html")).read_text(encoding="utf-8")
        _offline(html, nb_path.name)
        n_code = sum(c.cell_type == "code" for c in nbformat.read(nb_path, as_version=4).cells)
        assert html.count('<div class="cell_input') == n_code, nb_path.name
        assert html.count('<details class="admonition hide above-input">') == n_code, nb_path.name
        assert '<script src="_static/newslens.js"></script>' in html  # the "Show all code" button
        alts = re.findall(r'<img alt="([^"]*)"', html)
        assert alts, nb_path.name
        assert all(a and "No description" not in a and "Chart drawn by" not in a for a in alts), alts
    tone = (site / "01-sentiment.html").read_text(encoding="utf-8")
    assert "mean compound score of each article" in tone and "Kazakhstan Summit: Erdogan met Putin today" in tone
    # the lists and the downloads belong to the book
    for name in ("articles", "people", "tables"):
        assert 'class="right-next"' in (site / f"{name}.html").read_text(encoding="utf-8") or name == "tables"
    tables = (site / "tables.html").read_text(encoding="utf-8")
    assert 'href="tables/quotes.csv"' in tables and (site / "tables" / "quotes.csv").exists()
    assert "Key findings" in index.read_text(encoding="utf-8")


def test_site_builds_byte_for_byte_the_same_twice(tmp_path):
    a = build_site.build(tmp_path / "a", NOTEBOOKS[:1], corpus=SEEDS).parent
    b = build_site.build(tmp_path / "b", NOTEBOOKS[:1], corpus=SEEDS).parent
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for f in files:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f
    again = build_site.build(tmp_path / "a", NOTEBOOKS[:1], corpus=SEEDS).parent
    for f in files:
        assert (again / f).read_bytes() == (b / f).read_bytes(), f


# --- the generated pages: articles, people (lib.site) ---------------------------------------------

def test_mark_text_escapes_and_nests_quotes_and_figures():
    from lib.site import mark_text

    text = 'Tax <b>rose</b> by £5m, "we <i>paid</i> £5m to £7m" said Anna Smith & co. `end`'
    q0 = text.index('"') + 1
    quotes = [{"start": q0, "end": text.index('" said'), "speaker": "Anna Smith", "speaker_type": "person",
               "kind": "direct", "cue": "said", "quote_id": 7},
              {"start": q0 + 4, "end": q0 + 12, "speaker": "Other One", "kind": "partial", "cue": None, "quote_id": 8}]
    f1 = text.index("£5m")
    figures = [{"start": f1, "end": f1 + 3, "value": 5e6, "unit": "GBP", "kind": "money", "subject": "tax"},
               # a range that runs past the quote's end is split at it
               {"start": text.index("£7m"), "end": text.index(" said") + 2, "value": 7e6, "unit": "GBP",
                "kind": "money", "subject": None}]
    html = mark_text(text, quotes, figures)
    assert "<b>" not in html and "&lt;b&gt;rose&lt;/b&gt;" in html and "&amp; co." in html
    assert "`" not in html and "&#96;end&#96;" in html
    assert html.count('data-speaker="Anna Smith"') == 1 and 'id="q7"' in html
    assert "Other One" not in html  # the overlapping quote loses the shared characters to the first
    assert 'title="Speaker: Anna Smith (person) · kind: direct · cue: said"' in html
    assert 'title="Value: 5,000,000 GBP (money) · measures: tax"' in html
    assert html.count('class="figure"') == 3
    # elements nest: every span closes in order
    depth = 0
    for tag in re.findall(r"<(/?)span", html):
        depth += -1 if tag else 1
        assert depth >= 0
    assert depth == 0
    # the text itself is unchanged
    assert re.sub(r"<[^>]+>", "", html) == mark_text(text)


def test_every_article_gets_a_page_and_every_quoted_person_one(tmp_path):
    from lib.site.pages import read_tables, write_pages

    texts = {"politics/001": "Tax rise\n\n" + EVIL + ' "We will win," Anna Smith said. The cost was $5m.',
             "002": "Another\n\nNothing quoted here.", "003": "\n\nNo title here."}
    from lib.corpus import corpus_from_texts
    from lib.pipeline import write_analysis

    corpus = corpus_from_texts(texts)
    write_analysis(corpus, tmp_path / "tables")
    tables = read_tables(tmp_path / "tables")
    assert tables["articles"]["doc_id"].tolist()[:2] == ["002", "003"]  # ids stay text
    pages = write_pages(tmp_path / "src", tables, dict(zip(corpus.doc_id, corpus.text)))
    assert sorted(pages["articles"]) == ["articles/002", "articles/003", "articles/politics/001"]
    assert pages["people"] == ["people/Anna_Smith"]
    art = (tmp_path / "src" / "articles" / "politics" / "001.md").read_text(encoding="utf-8")
    assert "<script>alert" not in art and "&lt;script&gt;alert" in art and "&lt;img src=x onerror=alert(" in art
    assert 'data-speaker="Anna Smith"' in art and 'href="../../people/Anna_Smith.html"' in art
    assert 'class="figure"' in art and "orphan: true" in art
    person = (tmp_path / "src" / "people" / "Anna_Smith.md").read_text(encoding="utf-8")
    assert re.search(r'href="../articles/politics/001.html#q\d+"', person) and "We will win" in person
    listing = (tmp_path / "src" / "articles.md").read_text(encoding="utf-8")
    assert "Tax rise</a>" in listing and ">003</a>" in listing  # a short id where there is no title


def test_chart_alt_text_is_written_from_the_tables(seed_results):
    from lib.site.alt import DESCRIBE, chart_alt

    tables = {k: v for k, v in seed_results.items()}
    for name in DESCRIBE:
        alt = chart_alt(f"{name}(x)", tables)
        assert alt and not alt.startswith("Chart drawn by"), name
    assert "3 article(s)" in chart_alt("plot_article_tone(docs)", tables)
    assert chart_alt("plot_compared(c)", {}) == "Chart drawn by plot_compared in notebook  (cell 0)."


# --- the browser check (Selenium; make browser-test) -----------------------------------------------

def _png(blank: bool) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(3, 2))
    if blank:
        ax.set_axis_off()
    else:
        ax.plot([0, 1, 2], [2, 0, 1])
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def _site_with_chart(folder, blank: bool, wide: bool = False):
    nb = new_notebook(cells=[new_markdown_cell("# 00 · Chart\nOne chart."), new_code_cell("plot_lengths(x)")])
    nb.cells[1].outputs = [new_output("display_data", data={"image/png": _png(blank), "text/plain": "<Figure>"}),
                           new_output("stream", name="stdout", text=EVIL + "\n")]
    if wide:
        nb.cells.append(new_markdown_cell('<div style="overflow-x:auto"><div style="width:2000px">wide</div></div>'))
    path = folder / "00-chart.ipynb"
    nbformat.write(nb, path)
    return build_site.build(folder / "site", [path], findings=[EVIL]).parent


# `make test` (CI) stays free of the browser: these run under `make browser-test`, which sets
# NEWSLENS_BROWSER_TESTS=1 after installing Debian's chromium and chromium-driver.
needs_chromium = pytest.mark.skipif(
    os.environ.get("NEWSLENS_BROWSER_TESTS") != "1" or not (shutil.which("chromedriver") and shutil.which("chromium")),
    reason="browser tests run under `make browser-test` (Debian packages chromium and chromium-driver)")


@needs_chromium
def test_browser_check_passes_on_a_good_site(tmp_path, capsys):
    site = _site_with_chart(tmp_path, blank=False)
    assert browser_check.main([str(site), "--shots", str(tmp_path / "shots")]) == 0
    assert (tmp_path / "shots" / "index.png").stat().st_size > 1000
    assert (tmp_path / "shots" / "00-chart.png").stat().st_size > 1000
    assert (tmp_path / "shots" / "00-chart--code-open.png").stat().st_size > 1000
    assert "browser check: ok" in capsys.readouterr().out


@needs_chromium
def test_browser_check_finds_a_blank_chart_and_sideways_scrolling(tmp_path, capsys):
    site = _site_with_chart(tmp_path, blank=True, wide=True)
    assert browser_check.main([str(site), "--shots", str(tmp_path / "shots")]) == 1
    err = capsys.readouterr().err
    assert "is blank" in err and "scroll sideways at 800 px" in err


# --- the suite on your own articles ----------------------------------------------------------------

def test_findings_progress_bar_counts_articles(capsys, tmp_path):
    found = run_on_corpus.findings_with_progress(SEEDS, 3, tmp_path / "tables")
    err = capsys.readouterr().err
    assert "Key findings" in err and "3/3" in err and "article" in err
    assert found[0].startswith("3 article(s)") and (tmp_path / "tables" / "quotes.csv").exists()


def test_run_on_a_folder_with_one_article(tmp_path):
    """`make report CORPUS=… OUT=…` on one article: every notebook runs without an error, the
    committed notebooks are not touched, and the article's markup is shown as text."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "only.txt").write_text(
        "Council website defaced\n\n"
        f"The council said on Monday that its website showed {EVIL}\n\n"
        '"We removed the code within two hours," council spokesman John Brown said. '
        "Repairs cost about £20,000.\n", encoding="utf-8")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in NOTEBOOKS}
    out = tmp_path / "site"
    status = run_on_corpus.main(["--corpus", str(folder), "--out", str(out)] + [str(p) for p in NOTEBOOKS])
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in NOTEBOOKS} == before
    errors = []
    for p in NOTEBOOKS:
        nb = nbformat.read(out / "notebooks" / p.name, as_version=4)
        errors += [f"{p.name}: {o.ename}: {o.evalue}" for c in nb.cells for o in c.get("outputs", [])
                   if o.get("output_type") == "error"]
        assert str(folder) in nb.cells[[i for i, c in enumerate(nb.cells)
                                        if "injected-parameters" in c.metadata.get("tags", [])][0]].source
    assert not errors, errors
    assert status == 0
    pages = [out / "index.html", out / "articles" / "only.html", out / "people" / "John_Brown.html"]
    for page in pages + [out / (p.stem + ".html") for p in NOTEBOOKS]:
        html = page.read_text(encoding="utf-8")
        assert '<script>alert("x")' not in html and "<img src=x onerror" not in html, page.name
    assert "1 article(s), " in (out / "index.html").read_text(encoding="utf-8")
    article = (out / "articles" / "only.html").read_text(encoding="utf-8")
    assert 'data-speaker="John Brown"' in article and "Council website defaced" in article
    assert {p.name for p in (out / "tables").glob("*.csv")} >= {"articles.csv", "quotes.csv", "figures.csv"}
