"""The generated pages of the reader edition, as MyST Markdown for the site builder (Jupyter Book).

They are made from the tables ``python -m lib analyze`` writes (:func:`read_tables`) and the
articles' text (``lib.corpus.load_corpus``), so they exist for any corpus:

* ``articles/<doc_id>.md``: the article, its quotes coloured by speaker and its figures underlined
  (:func:`lib.site.marks.mark_text`), with a legend of its speakers;
* ``people/<name>.md``: every quote of one person, by article, with links back;
* ``articles.md`` and ``people.md``: the lists of both, ``tables.md``: the tables as CSV files.

A page's text is escaped: titles with Markdown backslashes (:func:`md_text`), everything else
inside a raw HTML block with :func:`lib.site.marks.escape`. The article and person pages are
``orphan`` pages: they are reached from the lists and each other, not from the sidebar.
"""
from __future__ import annotations

import posixpath
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import quote as urlquote

import pandas as pd

from .marks import escape, mark_text, number, speaker_colour

#: the tables of ``python -m lib analyze``, as written to its --out folder
TABLE_NAMES = ("articles", "documents", "sentences", "mentions", "quotes", "figures", "comparison")


def read_tables(folder: str | Path, names: Iterable[str] = TABLE_NAMES) -> dict[str, pd.DataFrame]:
    """The CSV tables of ``python -m lib analyze`` in ``folder``, with ids and names read as text
    (a doc_id ``001`` stays ``001``). Missing files are left out."""
    from lib.pipeline import read_table

    return {name: read_table(Path(folder) / f"{name}.csv") for name in names
            if (Path(folder) / f"{name}.csv").exists()}


def md_text(text: object) -> str:
    """Text for a Markdown line, every ASCII punctuation mark backslash-escaped (so no markup,
    HTML or role survives), on one line.

    >>> print(md_text("<b>Tax</b> *cut*"))
    \\<b\\>Tax\\<\\/b\\> \\*cut\\*
    """
    flat = " ".join(str(text).split())
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", flat)


def short_id(doc_id: str, width: int = 16) -> str:
    """A doc_id short enough to name an article that has no title: its last path part, cut.

    >>> short_id("politics/001"), short_id("000_cf7e9a7c1e89b109abcdef")
    ('001', '000_cf7e9a7c1e8…')
    """
    last = str(doc_id).rsplit("/", 1)[-1]
    return last if len(last) <= width else last[: width - 1] + "…"


def article_name(title: object, doc_id: str) -> str:
    """An article's name on the site: its title, else a short id."""
    return " ".join(str(title).split()) if isinstance(title, str) and title.strip() else short_id(doc_id)


def _safe(part: str) -> str:
    """A path part made of letters, digits, ``.``, ``_`` and ``-`` (others become ``_``)."""
    folded = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode()
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", folded).strip("._") or "x"
    return safe[:80]


def page_names(doc_ids: Iterable[str], folder: str = "articles") -> dict[str, str]:
    """Each doc_id's page (a path without ``.html``, ``/`` between folders), unique.

    >>> page_names(["politics/001", "a b", "a_b"])
    {'politics/001': 'articles/politics/001', 'a b': 'articles/a_b', 'a_b': 'articles/a_b-2'}
    """
    out: dict[str, str] = {}
    used: set[str] = set()
    for doc_id in doc_ids:
        base = folder + "/" + "/".join(_safe(p) for p in str(doc_id).split("/"))
        name, n = base, 1
        while name.lower() in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name.lower())
        out[doc_id] = name
    return out


def person_pages(names: Iterable[str]) -> dict[str, str]:
    """Each person's page, ``people/<name>``, unique.

    >>> person_pages(["Recep Tayyip Erdoğan", "Anna Smith"])
    {'Anna Smith': 'people/Anna_Smith', 'Recep Tayyip Erdoğan': 'people/Recep_Tayyip_Erdogan'}
    """
    return page_names(sorted(set(names)), folder="people")


def href(from_page: str, to_page: str, anchor: str = "") -> str:
    """The relative URL from one page to another (page names as :func:`page_names` gives them).

    >>> href("articles/politics/001", "people/Anna_Smith", "q3")
    '../../people/Anna_Smith.html#q3'
    """
    rel = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return urlquote(rel + ".html") + (f"#{urlquote(anchor)}" if anchor else "")


def _page(title: str, body: str, orphan: bool = True) -> str:
    front = "---\norphan: true\n---\n\n" if orphan else ""
    return f"{front}# {md_text(title)}\n\n```{{raw}} html\n{body}\n```\n"


def _records(table: pd.DataFrame | None) -> list[dict]:
    if table is None or not len(table):
        return []
    return table.astype(object).where(table.notna(), None).to_dict("records")


def article_page(page: str, article: Mapping, text: str, quotes: list[dict], figures: list[dict],
                 people: Mapping[str, str], names: Mapping[str, str], pages: Mapping[str, str],
                 tone: float | None = None) -> str:
    """The page of one article: what it holds, a legend of its speakers, then its marked text."""
    doc_id = article["doc_id"]
    facts = [f"{len(quotes)} quote(s)", f"{len(figures)} figure(s)"]
    if tone is not None and tone == tone:
        facts.append(f"mean sentence tone {tone:+.2f}")
    meta = [escape(str(article[k])) for k in ("date", "source") if isinstance(article.get(k), str)]
    copy = article.get("copy_of")
    copy_note = ""
    if isinstance(copy, str) and copy in pages:
        copy_note = (f'<p class="nl-note">This article repeats <a href="{href(page, pages[copy])}">'
                     f"{escape(names.get(copy, copy))}</a> word for word.</p>")
    speakers: dict[str, int] = {}
    for q in quotes:
        speakers[q.get("speaker") or ""] = speakers.get(q.get("speaker") or "", 0) + 1
    legend = "".join(
        f'<li><span class="nl-swatch" style="background:{speaker_colour(s)}"></span>'
        + (f'<a href="{href(page, people[s])}">{escape(s)}</a>' if s in people else escape(s or "no source found"))
        + f" ({n})</li>" for s, n in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0])))
    body = (f'<div class="nl-article" data-doc-id="{escape(doc_id)}">'
            f'<p class="nl-meta">{" · ".join(meta + [escape(", ".join(facts))])} · id <code>{escape(doc_id)}</code></p>'
            f"{copy_note}"
            + (f'<p>Speakers, in the colour of their quotes:</p><ul class="nl-legend">{legend}</ul>' if legend else "")
            + '<p class="nl-help">Hover over a highlighted quote for its speaker, kind and cue, and over an '
              "underlined figure for its value, unit and what it measures.</p>"
            + f'<div class="nl-text">{mark_text(text, quotes, figures)}</div></div>')
    return _page(names.get(doc_id, doc_id), body)


def person_page(page: str, name: str, quotes: list[dict], names: Mapping[str, str], pages: Mapping[str, str]) -> str:
    """The page of one person: every quote, grouped by article in the corpus's order, linked back."""
    by_doc: dict[str, list[dict]] = {}
    for q in quotes:
        by_doc.setdefault(q["doc_id"], []).append(q)
    parts = [f'<p class="nl-meta">{len(quotes)} quote(s) in {len(by_doc)} article(s).</p>']
    for doc_id, rows in by_doc.items():
        link = escape(names.get(doc_id, doc_id))
        parts.append(f'<h2><a href="{href(page, pages[doc_id])}">{link}</a></h2>' if doc_id in pages
                     else f"<h2>{link}</h2>")
        for q in sorted(rows, key=lambda r: int(r.get("start") or 0)):
            anchor = f"q{q['quote_id']}" if q.get("quote_id") is not None else ""
            where = (f' <a href="{href(page, pages[doc_id], anchor)}">in the article</a>' if doc_id in pages else "")
            parts.append(f'<blockquote class="nl-quote" data-speaker="{escape(name)}" '
                         f'style="border-left-color:{speaker_colour(name)}">{escape(str(q.get("quote") or ""))}'
                         f'<footer>{escape(str(q.get("kind") or ""))}, cue “{escape(str(q.get("cue") or "none"))}”, '
                         f'as “{escape(str(q.get("mention") or ""))}”{where}</footer></blockquote>')
    return _page(name, "".join(parts))


def _table(header: list[str], rows: list[list[str]], cls: str = "nl-list") -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def articles_list(articles: pd.DataFrame, pages: Mapping[str, str], names: Mapping[str, str],
                  counts: Mapping[str, Mapping[str, int]], tone: Mapping[str, float]) -> str:
    """The page listing every article: name (linked), date, words, quotes, figures and tone."""
    rows = []
    for a in _records(articles):
        d = a["doc_id"]
        t = tone.get(d)
        rows.append([f'<a href="{href("articles", pages[d])}">{escape(names[d])}</a>',
                     escape(a.get("date") or ""), number(a.get("words")),
                     str(counts.get("quotes", {}).get(d, 0)), str(counts.get("figures", {}).get(d, 0)),
                     "" if t is None or t != t else f"{t:+.2f}"])
    body = (f"<p>{len(rows)} article(s). Each page shows the article's text with every quote coloured by its "
            "speaker and every figure underlined.</p>"
            + _table(["article", "date", "words", "quotes", "figures", "tone"], rows))
    return _page("Articles", body, orphan=False)


def people_list(quotes: pd.DataFrame, people: Mapping[str, str]) -> str:
    """The page listing every quoted person, most quoted first, with their quotes and articles."""
    persons = quotes[quotes["speaker"].isin(list(people))] if len(quotes) else quotes
    stats = (persons.groupby("speaker")["doc_id"].agg(["size", "nunique"]).reset_index()
             .sort_values(["size", "nunique", "speaker"], ascending=[False, False, True]) if len(persons) else None)
    rows = [] if stats is None else [
        [f'<a href="{href("people", people[r.speaker])}">{escape(r.speaker)}</a>', str(r.size), str(r.nunique)]
        for r in stats.itertuples()]
    body = (f"<p>{len(rows)} quoted person(s). Each page gives the person's quotes, article by article, with "
            "links to where they stand in the article.</p>" + _table(["person", "quotes", "articles"], rows))
    return _page("People", body, orphan=False)


def tables_page(files: Iterable[str], folder: str = "tables") -> str:
    """The page linking each table as a CSV file (``folder`` is relative to the site's root)."""
    about = {"articles": "one row per article: title, date, words, copies", "documents": "tone per article",
             "sentences": "every sentence with its tone", "mentions": "every mention of a person",
             "quotes": "every quote: speaker, kind, cue, offsets", "figures": "every figure, normalised",
             "comparison": "groups of figures compared across articles"}
    items = "".join(f'<li><a href="{folder}/{urlquote(f)}" download>{escape(f)}</a>: '
                    f'{escape(about.get(f.rsplit(".", 1)[0], ""))}</li>' for f in files)
    body = ("<p>The tables behind every page, as <code>python -m lib analyze</code> writes them. Offsets "
            "(<code>start</code>, <code>end</code>) point into the article's body text.</p>"
            f'<ul class="nl-downloads">{items}</ul>')
    return _page("Tables to download", body, orphan=False)


def write_pages(src: str | Path, tables: Mapping[str, pd.DataFrame], texts: Mapping[str, str]) -> dict[str, list[str]]:
    """Write every generated page into the book's source folder ``src``. ``texts`` maps doc_id to
    the article's text (``lib.corpus.load_corpus``). Returns the page names by kind: ``lists``
    (in the table of contents), ``articles`` and ``people``."""
    src = Path(src)
    articles = tables["articles"]
    quotes, figures = tables.get("quotes", pd.DataFrame()), tables.get("figures", pd.DataFrame())
    docs = tables.get("documents")
    tone = dict(zip(docs["doc_id"], docs["mean_compound"])) if docs is not None and len(docs) else {}
    pages = page_names(articles["doc_id"])
    names = {d: article_name(t, d) for d, t in zip(articles["doc_id"], articles["title"])}
    persons = quotes.loc[quotes["speaker_type"] == "person", "speaker"].dropna() if len(quotes) else []
    people = person_pages(persons)
    q_by, f_by = _by_doc(quotes), _by_doc(figures)
    for a in _records(articles):
        d = a["doc_id"]
        _write(src / f"{pages[d]}.md", article_page(pages[d], a, texts.get(d, ""), q_by.get(d, []), f_by.get(d, []),
                                                   people, names, pages, tone.get(d)))
    person_quotes: dict[str, list[dict]] = {}
    for rows in q_by.values():
        for q in rows:
            if q.get("speaker") in people:
                person_quotes.setdefault(q["speaker"], []).append(q)
    for name, page in people.items():
        _write(src / f"{page}.md", person_page(page, name, person_quotes.get(name, []), names, pages))
    counts = {k: (t["doc_id"].value_counts().to_dict() if len(t) else {}) for k, t in (("quotes", quotes),
                                                                                       ("figures", figures))}
    _write(src / "articles.md", articles_list(articles, pages, names, counts, tone))
    _write(src / "people.md", people_list(quotes, people))
    _write(src / "tables.md", tables_page(f"{n}.csv" for n in TABLE_NAMES if n in tables))
    return {"lists": ["articles", "people", "tables"], "articles": [pages[d] for d in articles["doc_id"]],
            "people": list(people.values())}


def _by_doc(table: pd.DataFrame) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in _records(table):
        out.setdefault(row["doc_id"], []).append(row)
    return out


def _write(path: Path, text: str) -> None:
    """Write only when the text changed, so that the site builder rebuilds only what changed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
