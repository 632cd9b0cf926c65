"""Reading articles: the quote rows of one article from its shared view, the public entry points
(:func:`quotes_in`, :func:`read_article`, :func:`read_article_rows`) and :func:`extract_quotes` for a corpus."""
from __future__ import annotations

import pandas as pd

from ..article import ArticleView, aliases_of, each_article
from ..people import MENTION_COLUMNS, corpus_main_names, mention_rows, respell, spelling_map
from ..text import SENTENCE_COLUMNS
from ._marked import _block_quotes, _marked
from ._mixed import _mixed_reports
from ._reported import _reported
from ._rows import quote_table
from ._sources import name_sources

__all__ = ["quotes_in", "read_article", "read_article_rows", "extract_quotes"]


def _doc(text: str | ArticleView, aliases: pd.DataFrame | None) -> ArticleView:
    """The article's shared view with the people mentioned in it set (found here when not yet set)."""
    doc = text if isinstance(text, ArticleView) else ArticleView(text)
    if doc.mentions is None:
        doc.set_mentions(mention_rows(doc.text, aliases, exclude=[(s, e) for s, e, _, _ in doc.marks],
                                      sentences=doc.sents))
    return doc


def _continue_reported_speakers(doc: ArticleView, rows: list[dict]) -> None:
    """A direct quote with no attribution of its own that follows reported speech in the same or the
    next paragraph continues its speaker: "Mr Cook told the programme it was not fair to blame the
    public. “They are turned off by the way we do politics.”" (rows in text order; changed in place).

    The reported speech is nearer than any direct quote :func:`_marked` continued from, so it wins.
    """
    previous = None
    for r in rows:
        if (previous is not None and previous["kind"] in ("indirect", "unmarked") and previous["speaker"]
                and previous["speaker_type"] == "person"
                and r["kind"] == "direct" and r["cue_start"] < 0 and (r["mention_start"] < 0 or r.get("continues"))
                and previous["end"] <= r["start"] and doc.text.count("\n\n", previous["end"], r["start"]) <= 1
                and not doc.text[doc.sentence_at(r["start"])[0]:r["start"]].strip(" \"“«‘'")):
            r["speaker"], r["speaker_type"] = previous["speaker"], previous["speaker_type"]
            r.update(mention=previous["mention"], mention_start=previous["mention_start"],
                     mention_end=previous["mention_end"], continues=True)
        if previous is None or r["start"] >= previous["end"]:
            previous = r


def _inherit_from_enclosing_report(rows: list[dict]) -> None:
    """A partial quote without a source inside reported speech that has one is that speaker's words:
    "Mr Hague, 43, told the paper he would find politics too "boring"" (rows changed in place); so is a
    quotation that looked direct but stands inside the reported content ("…will meet his rule "with a
    margin to spare", according to …"). One the same words attribute has the report's source: 'She added
    the pair "brought a real warmth"' after "a spokeswoman said" (not a woman "she" might stand for)."""
    reports = [r for r in rows if r["kind"] in ("indirect", "unmarked") and r["speaker"]]
    for r in rows:
        if r["kind"] not in ("partial", "direct"):
            continue
        around = [p for p in reports if p["start"] <= r["start"] and r["end"] <= p["end"] + 1
                  and (not r["speaker"] or p["mention_start"] == r["mention_start"] >= 0)]
        if around:
            outer, sourced = around[-1], bool(r["speaker"])
            r.update({k: outer[k] for k in ("speaker", "speaker_type", "mention", "mention_start", "mention_end")})
            if not sourced:
                r["kind"] = "partial"  # (a quotation inside reported content is a fragment of it)


def _quote_rows(doc: ArticleView) -> list[dict]:
    """The quote rows of one article (dicts with :data:`QUOTE_COLUMNS`), in text order."""
    marked = _marked(doc)
    rows = marked + _reported(doc, marked) + _mixed_reports(doc, marked)
    rows += _block_quotes(doc, rows)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    name_sources(rows, doc.mentions, doc.text, doc.sents)
    _continue_reported_speakers(doc, rows)
    _inherit_from_enclosing_report(rows)
    for i, r in enumerate(rows):
        r["quote_id"] = i
    return rows


def read_article_rows(text: str | ArticleView, aliases: pd.DataFrame | None = None) -> dict[str, list]:
    """:func:`read_article` as plain rows, for callers that build one table for many articles.

    ``text`` is the article's text or its :class:`lib.article.ArticleView`
    (whose mentions are found here unless already set).
    quotes: dicts with :data:`QUOTE_COLUMNS`; mentions: (start, end,
    mention, person, kind) tuples; sentences: (sent_id, start, end,
    sentence) tuples.
    """
    doc = _doc(text, aliases)
    return {"quotes": _quote_rows(doc), "mentions": doc.mentions,
            "sentences": [(i, a, b, t) for i, (a, b, t) in enumerate(doc.sents)]}


def read_article(text: str | ArticleView, aliases: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Quotes, mentions and sentences of one article from a single pass over it.

    The same tables as :func:`quotes_in`, :func:`lib.people.mentions_in`
    and :func:`lib.text.sentences_in`, without splitting sentences or
    finding people twice. ``text`` may be an :class:`lib.article.ArticleView`.

    >>> sorted(read_article('Mayor Jo Bell said: "We are ready."'))
    ['mentions', 'quotes', 'sentences']
    """
    rows = read_article_rows(text, aliases)
    return {"quotes": quote_table(rows["quotes"]),
            "mentions": pd.DataFrame(rows["mentions"], columns=MENTION_COLUMNS),
            "sentences": pd.DataFrame(rows["sentences"], columns=SENTENCE_COLUMNS)}


def quotes_in(text: str | ArticleView, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every quote in one article: one row per quote.

    Columns: quote_id, start, end (offsets of the quoted words; for a quote
    over several paragraphs, from the first word to the last), quote (the
    words, marks removed, paragraphs joined), kind (direct, partial,
    unmarked, indirect), speaker (the person, organisation, group or unnamed
    source, or None when the text names none), speaker_type (person,
    organisation, group, anonymous; see :mod:`lib.quotes._sources`), mention (the words
    that name the speaker, e.g. "he"), mention_start, mention_end (where
    those words are; -1 when there are none), cue (the reporting verb or
    "According to"), cue_start, cue_end (-1 when there is no cue).
    ``text`` may be an :class:`lib.article.ArticleView` of the article.
    """
    return quote_table(_quote_rows(_doc(text, aliases)))


def extract_quotes(corpus: pd.DataFrame, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`quotes_in` for every article, doc_id first, speakers merged across articles.

    Speakers are merged with the names of everyone the articles mention, as
    :func:`lib.people.mentions` merges them, so both tables spell each person alike.
    ``aliases`` default to the folder's people.csv that :func:`lib.corpus.load_corpus`
    attached (:func:`lib.article.aliases_of`).
    """
    aliases = aliases_of(corpus, aliases)
    rows: list[dict] = []
    docs: list[str] = []
    people: list[str] = []
    people_docs: list[str] = []
    for doc_id, view in each_article(corpus):
        found = read_article_rows(view, aliases)
        rows += found["quotes"]
        docs += [doc_id] * len(found["quotes"])
        people += [r[3] for r in found["mentions"]]
        people_docs += [doc_id] * len(found["mentions"])
    table = quote_table(rows)
    table.insert(0, "doc_id", docs)
    # the one cross-article name merge (lib.people.spelling_map), as lib.people.mentions and the pipeline use it
    spelling = spelling_map(people_docs, people, corpus_main_names(corpus), aliases, names=table["speaker"])
    return respell(table, "speaker", spelling)
