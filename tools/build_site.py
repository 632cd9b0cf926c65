"""Render executed notebooks to a static, offline HTML site with an index page.

    python tools/build_site.py --out build/html notebooks/*.ipynb

Each notebook becomes OUT/<name>.html (no CDN scripts). OUT/index.html lists
the notebooks in order with the one-line summary from each notebook's first
markdown cell, and shows the first chart of the first notebook.
"""
from __future__ import annotations

import argparse
import base64
import html
import re
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

TEMPLATES = Path(__file__).resolve().parent / "templates"


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


def export(nb, exporter: HTMLExporter, title: str = "Notebook") -> str:
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


def corpus_findings(corpus: Path) -> list[str]:
    """Key findings computed from the corpus by the same library the notebooks use."""
    from lib.findings import key_findings
    from lib.pipeline import analyze

    return key_findings(analyze(corpus))


def build(out: Path, notebooks: list[Path], corpus_label: str = "seeds/",
          findings: list[str] | None = None) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES)])
    exporter.embed_images = True
    items = []
    nbs = []
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        nbs.append(nb)
        name = path.stem + ".html"
        title, summary = notebook_summary(nb)
        (out / name).write_text(export(nb, exporter, title or path.stem), encoding="utf-8")
        failed = failed_cell(nb)
        note = ("" if failed is None else
                f"Stopped with an error at cell [{failed}] on this corpus; the page shows the error. ")
        items.append((name, title or path.stem, summary, note))
    chart = index_chart(nbs)
    lis = "\n".join(
        f'<li><a href="{html.escape(n)}">{html.escape(t)}</a><br>'
        + (f'<strong class="err">{html.escape(e)}</strong>' if e else "")
        + f'<span class="s">{html.escape(s)}</span></li>'
        for n, t, s, e in items
    )
    img = (
        f'<figure><img alt="Key chart of the analysis" src="data:image/png;base64,{chart}"></figure>'
        if chart
        else ""
    )
    found = ""
    if findings:
        found = "<h2>Key findings</h2>\n<ul class=\"findings\">\n" + "\n".join(
            f"<li>{html.escape(f)}</li>" for f in findings) + "\n</ul>\n"
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>News article analysis</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; color: #222; }}
li {{ margin-bottom: 0.8em; }} .findings li {{ margin-bottom: 0.3em; }}
.s {{ color: #555; }} .err {{ color: #b00; }} img {{ max-width: 100%; }}
</style></head>
<body>
<h1>News article analysis</h1>
<p>Every number on this page is computed from the articles in <code>{html.escape(corpus_label)}</code>
by the notebooks' own library, and the notebooks below show how. Read them in order.</p>
{found}<h2>The notebooks</h2>
<ol>
{lis}
</ol>
{img}
</body></html>
"""
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="build/html", type=Path)
    ap.add_argument("--label", default="seeds/")
    ap.add_argument("--corpus", type=Path, help="compute the key findings from this folder")
    ap.add_argument("--readme-chart", type=Path, help="also save the index chart here (PNG)")
    ap.add_argument("notebooks", nargs="+", type=Path)
    args = ap.parse_args(argv)
    findings = corpus_findings(args.corpus) if args.corpus else None
    index = build(args.out, args.notebooks, args.label, findings)
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
