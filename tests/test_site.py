"""The rendered site: article text is escaped, pages need nothing from a CDN."""
import sys

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import build_site  # noqa: E402

EVIL = 'Officials said <script>alert("x")</script> and <img src=x onerror=alert(1)> loudly.'


def test_index_escapes_findings_and_titles(tmp_path):
    nb = new_notebook(cells=[new_markdown_cell("# 01 · <b>Bold</b> title\nSummary with <script>bad()</script>.")])
    path = tmp_path / "01-x.ipynb"
    nbformat.write(nb, path)
    index = build_site.build(tmp_path / "site", [path], corpus_label="<img src=x onerror=alert(1)>",
                             findings=[EVIL])
    page = index.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page and "<script>bad" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "onerror=alert(1)&gt;" in page


def test_notebook_pages_escape_article_text(tmp_path):
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
    # offline: no script or stylesheet is fetched from another host
    assert 'src="http' not in page and "src='http" not in page
    assert 'rel="stylesheet" href="http' not in page
