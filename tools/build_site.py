"""Render the executed notebooks and the generated pages as a static, offline site with Jupyter Book.

    python tools/build_site.py --out build/html --corpus seeds notebooks/*.ipynb

The site is a Jupyter Book 1 (Sphinx, sphinx-book-theme, MyST-NB) that executes nothing: it
renders the outputs stored in the notebooks. Its pages:

* ``index.html``: the key findings computed from the corpus (``lib.findings``), the notebooks in
  order with their one-line summaries, and the first chart;
* one page per notebook (``00-corpus.html`` …): every code cell hidden behind a "Show code"
  toggle (the ``hide-input`` tag, added to copies of the notebooks in the build folder) and a
  "Show all code" button for the page (``site_static/newslens.js``), charts
  with alt text written from the tables (``lib.site.alt``);
* ``articles/<doc_id>.html`` for every article and ``people/<name>.html`` for every quoted person
  (``lib.site.pages``), and the lists ``articles.html``, ``people.html``, ``tables.html``;
* ``tables/*.csv``: the tables of ``python -m lib analyze``, linked for download.

The book's sources (the notebooks' copies, the generated Markdown, ``_config.yml`` and
``_toc.yml``) are written beside OUT, to ``.OUT-book/`` (``build/.html-book/`` for build/html);
Sphinx keeps its state there too, so a second build only re-renders what changed. Nothing is
downloaded: the theme's files are installed with it, and no page names another host.
"""
from __future__ import annotations

import argparse
import base64
import copy
import re
import shutil
import sys
from pathlib import Path

import nbformat

STATIC = Path(__file__).resolve().parent / "site_static"
STATIC_FILES = ("newslens.css", "newslens.js")  # the site's style, and its "Show all code" button
OFFLINE_UNWANTED = ("sphinx_thebe", "sphinx.ext.intersphinx")
GENERATED = ("articles/", "people/")  # the folders of the generated pages (lib.site.pages)

# papermill puts a banner cell with this tag at the top of a notebook that failed.
ERROR_BANNER_TAG = "papermill-error-cell-tag"


def notebook_summary(nb) -> tuple[str, str]:
    """Title (first heading) and summary (first paragraph after it)."""
    for cell in nb.cells:
        if cell.cell_type != "markdown" or ERROR_BANNER_TAG in cell.metadata.get("tags", []):
            continue
        lines = cell.source.strip().splitlines()
        title = re.sub(r"^#+\s*", "", lines[0]).strip() if lines else ""
        body = [ln for ln in lines[1:] if ln.strip() and not ln.startswith("#")]
        summary = body[0].strip() if body else ""
        return title, summary
    return "", ""


def first_png(nb) -> str | None:
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/png" in data:
                return data["image/png"]
    return None


def index_chart(nbs) -> str | None:
    """The chart shown on the index page: the first one tagged ``index-chart``,
    else the first chart of the first notebook that has one."""
    for nb in nbs:
        for cell in nb.cells:
            if "index-chart" in cell.metadata.get("tags", []):
                for out in cell.get("outputs", []):
                    if "image/png" in out.get("data", {}):
                        return out["data"]["image/png"]
    for nb in nbs:
        png = first_png(nb)
        if png:
            return png
    return None


def failed_cell(nb) -> int | None:
    """The execution count of the first cell whose output is an error, else None."""
    for cell in nb.cells:
        if any(out.get("output_type") == "error" for out in cell.get("outputs", [])):
            return cell.get("execution_count") or 0
    return None


def reader_copy(nb, name: str, tables: dict) -> nbformat.NotebookNode:
    """The notebook as the reader edition shows it: every code cell's input hidden behind a toggle
    (``hide-input``), and each chart given alt text written from the tables."""
    from lib.site.alt import chart_alt

    nb = copy.deepcopy(nb)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        tags = list(cell.metadata.get("tags", []))
        if "hide-input" not in tags:
            cell.metadata["tags"] = tags + ["hide-input"]
        if any("image/png" in out.get("data", {}) for out in cell.get("outputs", [])):
            alt = chart_alt(cell.source, tables, notebook=name, cell=i)
            cell.metadata.setdefault("mystnb", {}).setdefault("image", {})["alt"] = alt
    return nb


def config_yaml(title: str) -> str:
    """The book's _config.yml: render stored outputs only, no math parsing ("$5 and $6" is money),
    nothing loaded from another host, the site's CSS and code toggles."""
    return f"""title: {json_str(title)}
author: newslens
copyright: ""
only_build_toc_files: false
exclude_patterns: [_build, .doctrees, "**.ipynb_checkpoints"]
execute:
  execute_notebooks: "off"
parse:
  myst_enable_extensions: [colon_fence]
html:
  use_repository_button: false
  use_issues_button: false
  use_edit_page_button: false
  use_multitoc_numbering: false
  home_page_in_navbar: true
launch_buttons:
  thebe: false
repository:
  url: ""
sphinx:
  config:
    html_show_sourcelink: false
    html_copy_source: false
    html_last_updated_fmt: null
    nb_merge_streams: true
    suppress_warnings: [myst.header, mystnb.unknown_mime_type, toc.not_readable]
    html_theme_options:
      show_toc_level: 2
      use_download_button: false
      use_fullscreen_button: false
      use_repository_button: false
      search_bar_text: "Search the report…"
"""


def json_str(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def toc_yaml(notebooks: list[str], lists: list[str]) -> str:
    lines = ["format: jb-book", "root: index", "parts:", "- caption: The notebooks", "  chapters:"]
    lines += [f"  - file: {n}" for n in notebooks]
    if lists:
        lines += ["- caption: Read the articles", "  chapters:"] + [f"  - file: {n}" for n in lists]
    return "\n".join(lines) + "\n"


def index_page(items: list[tuple[str, str, str, str]], corpus_label: str, findings: list[str] | None,
               chart: bool) -> str:
    """The landing page (MyST): the key findings, the notebooks in order, the first chart.
    Every text that comes from the corpus or a notebook is escaped inside a raw HTML block."""
    from lib.site.marks import escape

    found = ""
    if findings:
        found = ("<h2>Key findings</h2><ul class=\"nl-findings\">"
                 + "".join(f"<li>{escape(f)}</li>" for f in findings) + "</ul>")
    lis = "".join(
        f'<li><a href="{escape(n)}.html">{escape(t)}</a><br>'
        + (f'<strong class="nl-err">{escape(e)}</strong>' if e else "")
        + f'<span class="nl-summary">{escape(s)}</span></li>' for n, t, s, e in items)
    body = (f"<p>Every number on this page is computed from the articles in <code>{escape(corpus_label)}</code> "
            "by the notebooks' own library, and the notebooks below show how. Read them in order, or read "
            'the <a href="articles.html">articles</a> with their quotes and figures marked, and what each '
            '<a href="people.html">person</a> said.</p>'
            f'{found}<h2>The notebooks</h2><ol class="nl-notebooks">{lis}</ol>')
    img = "\n```{image} overview.png\n:alt: The tone of each article (the first chart of the notebooks)\n```\n"
    return f"# News article analysis\n\n```{{raw}} html\n{body}\n```\n{img if chart else ''}"


def write_if_changed(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not path.exists() or path.read_bytes() != raw:
        path.write_bytes(raw)


def analyse(corpus: Path, tables: Path, progress=None) -> dict:
    """Run ``python -m lib analyze``'s pipeline on the corpus into ``tables`` (CSV files);
    returns the summary tables that the key findings are written from."""
    from lib.pipeline import write_analysis

    return write_analysis(corpus, tables, progress=progress)


def article_texts(corpus: Path) -> dict[str, str]:
    from lib.corpus import load_corpus

    loaded = load_corpus(corpus)
    return dict(zip(loaded["doc_id"], loaded["text"]))


def _prune(src: Path, keep: set[str]) -> None:
    """Remove generated pages of an earlier build that this one did not write."""
    for folder in ("articles", "people"):
        for md in sorted((src / folder).rglob("*.md")) if (src / folder).exists() else []:
            if md.relative_to(src).with_suffix("").as_posix() not in keep:
                md.unlink()


def build(out: Path, notebooks: list[Path], corpus_label: str = "seeds/", findings: list[str] | None = None,
          corpus: Path | None = None, tables: Path | None = None, jobs: int | None = None) -> Path:
    """Build the site into ``out``; returns ``out/index.html``. With ``corpus``, the corpus is
    analysed into ``out/tables`` (unless ``tables`` names a folder already holding its tables),
    the key findings are computed from it (unless given), and the article and person pages are made."""
    from lib.findings import key_findings
    from lib.site.pages import read_tables, write_pages

    out = Path(out)
    src = book_folder(out) / "src"
    if corpus is not None and tables is None:
        tables = out / "tables"
        summary = analyse(corpus, tables)
        findings = key_findings(summary) if findings is None else findings
    tabs = read_tables(tables) if tables is not None else {}
    items, nbs = [], []
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        nbs.append(nb)
        title, summary = notebook_summary(nb)
        failed = failed_cell(nb)
        note = ("" if failed is None else
                f"Stopped with an error at cell [{failed}] on this corpus; the page shows the error. ")
        items.append((path.stem, title or path.stem, summary, note))
        write_if_changed(src / path.name, nbformat.writes(reader_copy(nb, path.stem, tabs)))
    for old in src.glob("*.ipynb"):
        if old.name not in {p.name for p in notebooks}:
            old.unlink()
    chart = index_chart(nbs)
    if chart:
        write_if_changed(src / "overview.png", base64.b64decode(chart))
    lists: list[str] = []
    if tabs and corpus is not None:
        pages = write_pages(src, tabs, article_texts(corpus))
        _prune(src, set(pages["articles"]) | set(pages["people"]))
        lists = pages["lists"]
        if tables.resolve() != (out / "tables").resolve():
            shutil.copytree(tables, out / "tables", dirs_exist_ok=True)
    else:
        _prune(src, set())
        for name in ("articles", "people", "tables"):
            (src / f"{name}.md").unlink(missing_ok=True)
    write_if_changed(src / "index.md", index_page(items, corpus_label, findings, chart is not None))
    write_if_changed(src / "_config.yml", config_yaml("News article analysis"))
    write_if_changed(src / "_toc.yml", toc_yaml([p.stem for p in notebooks], lists))
    static = {name: (STATIC / name).read_text(encoding="utf-8") for name in STATIC_FILES}
    for name, text in static.items():
        write_if_changed(src / "_static" / name, text)
    run_sphinx(src, out, jobs)
    for name, text in static.items():  # Sphinx 7.4 does not overwrite a static file that changed
        write_if_changed(out / "_static" / name, text)
    return out / "index.html"


def book_folder(out: Path) -> Path:
    """Where the book's sources and Sphinx's state are kept: beside ``out`` (``build/.html-book`` for
    ``build/html``), since Sphinx wants its sources outside the folder it writes."""
    out = Path(out).resolve()
    return out.parent / f".{out.name}-book"


def run_sphinx(src: Path, out: Path, jobs: int | None = None) -> None:
    """Jupyter Book's Sphinx build of ``src`` into ``out`` (quiet; warnings on stderr), in a process of
    its own: Sphinx and the theme change module-level state (docutils' registries, the theme's
    template paths), so two builds in one process would not be alike."""
    import subprocess

    code = "import sys, build_site; sys.exit(build_site.sphinx_main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, str(src.resolve()), str(out.resolve()), str(jobs or 1)],
                          cwd=Path(__file__).resolve().parent)
    if done.returncode:
        raise RuntimeError(f"the site builder (Sphinx) stopped with status {done.returncode}")


def _memoise_stemmer() -> None:
    """The search index stems every word of every page (the articles' text too, so that the search box
    finds them); a word's stem is computed once instead of each time (a quarter of the build on BBC)."""
    from sphinx.search.en import SearchEnglish

    stem = SearchEnglish.stem
    stems: dict[str, str] = {}

    def memo(self, word: str) -> str:
        if word not in stems:
            stems[word] = stem(self, word)
        return stems[word]

    SearchEnglish.stem = memo


def _share_generated_pages_sidebar() -> None:
    """The sidebar of an article or person page is the book's table of contents with no entry marked
    current (those pages are not in it), so it is the same for every such page of one folder: it is
    built once per folder instead of once per page (a fifth of the build on BBC)."""
    from pydata_sphinx_theme import toctree

    add = toctree.add_toctree_functions
    shared: dict[tuple, str] = {}

    def add_shared(app, pagename, templatename, context, doctree):
        add(app, pagename, templatename, context, doctree)
        if not pagename.startswith(GENERATED):
            return
        folder, make = pagename.rsplit("/", 1)[0], context["generate_toctree_html"]

        def generate(kind, startdepth=1, show_nav_level=1, **kwargs):
            key = (folder, kind, startdepth, show_nav_level, tuple(sorted(kwargs.items())))
            if key not in shared:
                shared[key] = str(make(kind, startdepth=startdepth, show_nav_level=show_nav_level, **kwargs))
            return shared[key]

        context["generate_toctree_html"] = generate

    toctree.add_toctree_functions = add_shared


def sphinx_main(argv: list[str]) -> int:
    """The Sphinx build itself: ``SRC OUT JOBS`` (run by :func:`run_sphinx`)."""
    import myst_nb.sphinx_ext
    import sphinx.builders.html
    from jupyter_book.config import get_default_sphinx_config
    from jupyter_book.sphinx import build_sphinx

    src, out, jobs = Path(argv[0]), Path(argv[1]), int(argv[2])
    # MyST-NB writes the outputs' images to OUT/../jupyter_execute; keep them with the book's sources
    myst_nb.sphinx_ext.OUTPUT_FOLDER = str(book_folder(out) / "jupyter_execute")
    _memoise_stemmer()
    _share_generated_pages_sidebar()
    # Sphinx 7.4 adds "?v=<checksum>" to a stylesheet's or script's link only when the file is already in
    # OUT/_static as the page is written: pages of a first build would differ from the same pages rebuilt.
    # The site is read from disk; no link carries the query.
    sphinx.builders.html._file_checksum = lambda outdir, filename: ""
    # sphinx_thebe names a script on unpkg.com, intersphinx fetches inventories: neither is wanted offline
    extensions = [e for e in get_default_sphinx_config()["extensions"] if e not in OFFLINE_UNWANTED]
    overrides = {"external_toc_path": "_toc.yml", "latex_individualpages": False, "extensions": extensions}
    status = build_sphinx(src, out, doctreedir=book_folder(out) / "doctrees", path_config=src / "_config.yml",
                          noconfig=True, confoverrides=overrides, quiet=True, jobs=jobs)
    return 0 if status == 0 else 1


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="build/html", type=Path)
    ap.add_argument("--label", default=None, help="how the landing page names the corpus (default: --corpus)")
    ap.add_argument("--corpus", type=Path, help="analyse this folder: key findings, article and person pages")
    ap.add_argument("--tables", type=Path, help="its tables, already written by python -m lib analyze")
    ap.add_argument("--jobs", type=int, default=None, help="Sphinx processes (default 1)")
    ap.add_argument("--readme-chart", type=Path, help="also save the index chart here (PNG)")
    ap.add_argument("notebooks", nargs="+", type=Path)
    args = ap.parse_args(argv)
    label = args.label or (f"{args.corpus}/" if args.corpus else "seeds/")
    index = build(args.out, args.notebooks, label, corpus=args.corpus, tables=args.tables, jobs=args.jobs)
    if args.readme_chart:
        chart = index_chart([nbformat.read(p, as_version=4) for p in args.notebooks])
        if chart:
            data = base64.b64decode(chart)
            if not args.readme_chart.exists() or args.readme_chart.read_bytes() != data:
                args.readme_chart.parent.mkdir(parents=True, exist_ok=True)
                args.readme_chart.write_bytes(data)
    print(f"wrote {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
