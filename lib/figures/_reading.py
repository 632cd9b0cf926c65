"""Finding and reading every figure in one text (:func:`figures_in`), and in a corpus."""
from __future__ import annotations

import math
import re
import zlib

import numpy as np
import pandas as pd

from ..article import each_article
from ..lexicon import stopwords
from ._entity import figure_entity, revision_word
from ._merging import _inherit_nouns, _merge_ranges, _merge_ratios
from ._patterns import _PHONE, _RANK_CUE_BEFORE, _URL, _starts
from ._phrases import _fig_clause
from ._quantity import _read
from ._record import Figure
from ._sentences import _sentence_index
from ._speakers import _speaker_lookup
from ._subjects import _period, _qualify, _subject, measure_phrase

#: The columns of :func:`figures_in`. ``value`` is the number read (money in units of its currency,
#: the scale applied: "$3m" -> 3000000.0). For a range ("$3-5 billion", "between 5% and 6%",
#: "from 60 to 65 people") ``low`` and ``high`` hold its two ends, and ``value`` is their midpoint, a
#: convenience for sorting and plotting only: a range is no single number, and a reader (or a
#: comparison) that needs the figure must use ``low`` and ``high`` (a row is a range when they differ).
#: For one number ``low`` and ``high`` equal ``value``, except that a bound leaves the open end NaN
#: ("more than 5": high NaN). A change ("rose from 60 to 65") is two figures, not a range. Odds and
#: scores are no range: ``low`` and ``high`` equal ``value`` (see :data:`KINDS`). ``entity`` is whose
#: quantity it is (the nearest name before it in its clause, "" when none); ``revision`` a word near it
#: that says it restates or revises a quantity ("revised", "originally"; "" when none). ``speaker_type``
#: is what the speaker of the quote that holds the figure is (person, organisation, group, anonymous;
#: None when the figure is in no quote or the quotes do not say). ``passage`` is a checksum of the
#: figure's sentence (CRC-32 of its content words in order, lower case, :func:`passage_of`): equal in two
#: articles that print the same sentence, also with a comma or a conjunction changed, whose figures are then
#: one source, not two that agree (:func:`compare_figures`).
COLUMNS = ["start", "end", "surface", "value", "low", "high", "unit", "kind", "qualifier",
           "subject", "period", "speaker", "speaker_type", "entity", "revision", "passage"]
#: The kinds of figures. Quantities:
#:
#: - money: unit an ISO 4217 code ("63 cents" -> 0.63 USD, "¥105" -> JPY, "50 ringgit" -> MYR);
#: - percent: unit "%" or "percentage point";
#: - count: unit the counted noun, singular: the head of the phrase after the number ("300 jobs" ->
#:   job, "6,650 garment workers" -> worker, "10 points" -> point; "heads of state" keeps its "of");
#:   a count without a noun in a list of counts takes the noun of the count before it ("65 flights on
#:   Thursday, 180 on Friday": flight);
#: - measure: a physical quantity, unit a full singular British name read with pint's registry
#:   (lib.figures._units): "120 km/h" -> kilometre per hour, "75 mph" -> mile per hour, "64GB" ->
#:   gigabyte, "3,000 mAh" -> milliampere hour, "300 hp" -> horsepower, "80 square metres" -> square
#:   metre, "2Mbps" -> megabit per second, "the 5,000m" -> metre;
#: - rate: a figure per something, unit "<unit> per <thing>": "$50 a barrel" -> USD per barrel, "75p an
#:   hour" -> GBP per hour, "$1.20 per share" -> USD per share, "5% a year" -> percent per year, "70
#:   million passengers a year" -> passenger per year, "793,000 barrels of oil per day" -> barrel per day;
#: - year (unit "year"; "date" after a month: "May 2001"), duration (unit a unit of time), ordinal
#:   ("the 10th summit"), rank ("fourth largest").
#:
#: Numbers that are no quantity, which :func:`compare_figures` never compares (they stand alone):
#:
#: - date: a day of a month ("16 March", "December 19", "3 May 2004"); value the year when one is
#:   written with it, else the day; unit "date";
KINDS = ("money", "percent", "count", "measure", "rate", "ordinal", "rank", "year", "duration", "date", "name", "age",
         "time", "odds", "score")
QUALIFIERS = ("=", ">", "<", "~", "up", "down", "target")


def figures_in(text: str, quotes: pd.DataFrame | list[dict] | None = None) -> pd.DataFrame:
    """Every figure in one text, one row each (columns :data:`COLUMNS`).

    ``quotes`` is :func:`lib.quotes.quotes_in` output for the same text
    (columns start, end, speaker), or its rows as dicts; a figure inside a
    quote gets its speaker.

    >>> f = figures_in("The minister said six agreements will be signed.")
    >>> f[["surface", "value", "unit", "kind"]].values.tolist()
    [['six', 6.0, 'agreement', 'count']]
    >>> r = figures_in("a $10 billion target").iloc[0]
    >>> float(r["value"]), r["qualifier"]
    (10000000000.0, 'target')
    """
    return figure_table(figure_rows(text, quotes))


def figure_rows(text: str, quotes: pd.DataFrame | list[dict] | None = None) -> list[dict]:
    """:func:`figures_in` as row dicts, for callers that build one table for many texts.

    >>> [r["surface"] for r in figure_rows("Up 5% to $3m.")]
    ['5%', '$3m']
    """
    if not isinstance(text, str) or not text:
        return []
    raw: list[Figure] = []
    pos = 0
    urls = [u.span() for u in _URL.finditer(text)] if ("://" in text or "www." in text) else []
    for m in _starts(text):
        s = m.start()
        if s < pos or (urls and any(a <= s < b for a, b in urls)):
            continue
        if s and text[s - 1] == "+" and (ph := _PHONE.match(text, s)):
            pos = ph.end()  # a phone number: "+1-222-2222/2222"
            continue
        try:
            fig = _read(text, s, pos)
        except (ValueError, OverflowError, IndexError):  # pragma: no cover - defensive
            fig = None
        if fig is None:
            # skip the rest of this token so "1m" does not yield "m"
            continue
        if raw and fig.start < raw[-1].end:
            continue
        raw.append(fig)
        pos = fig.end
    # "top 10" and "No. 1" are ranks
    for fig in raw:
        if fig.kind == "count" and fig.p.digits | fig.p.words:
            tm = _RANK_CUE_BEFORE.search(text[max(0, fig.start - 8):fig.start])
            if tm and (tm.group(1).lower() == "top" or fig.value < 100):
                fig.start -= len(tm.group())
                fig.kind = "rank"
    figs = _merge_ratios(text, _merge_ranges(text, raw))
    speaker_of, speaker_type_of = _speaker_lookup(quotes), _speaker_lookup(quotes, "speaker_type")
    sentence_bounds = _sentence_index(text)
    _inherit_nouns(text, figs, sentence_bounds)
    rows = []
    prev: Figure | None = None
    for fig in figs:
        s, e = fig.start, fig.end
        sent_start, sent_end = sentence_bounds(s, e)
        if prev is not None and prev.sent != (sent_start, sent_end):
            prev = None
        fig.qualifier = _qualify(text, fig, sent_start, sent_end)
        if fig.qualifier in ("up", "down") and fig.kind not in ("percent", "money", "count", "rate", "measure"):
            fig.qualifier = "="
        fig.subject = measure_phrase(_subject(text, fig, sent_start, sent_end, prev))
        fig.period = _period(text, fig, sent_start, sent_end)
        if fig.period is None and prev is not None and fig.subject and fig.subject == prev.subject \
                and fig.kind in ("money", "percent") and fig.start - prev.end < 25:
            fig.period = prev.period  # "$6.3 billion in 2022, up 33%"
        fig.sent = (sent_start, sent_end)
        value = _tidy(fig.value)
        low = _tidy(fig.low) if fig.low is not None else value  # (_tidy(value) is value: it is idempotent)
        high = _tidy(fig.high) if fig.high is not None else value
        q = fig.qualifier
        if fig.low is None and fig.high is None:
            if q == ">":
                high = math.nan
            elif q == "<":
                low = math.nan
        rows.append({
            "start": s, "end": e, "surface": text[s:e], "value": value,
            "low": float(low), "high": float(high), "unit": fig.unit or "", "kind": fig.kind,
            "qualifier": q, "subject": fig.subject or "", "period": fig.period,
            "speaker": speaker_of(s, e), "speaker_type": speaker_type_of(s, e),
            "entity": figure_entity(_fig_clause(text, fig, sent_start)),
            "revision": revision_word(text, s, e, sent_start, sent_end),
            "passage": passage_of(text, sent_start, sent_end),
        })
        if fig.kind != "year":
            prev = fig
    return rows


def passage_of(text: str, start: int, end: int) -> int:
    """A checksum of the content words of ``text[start:end]`` in order (lower case; punctuation and stop
    words such as "and" left out): the same in every article that prints the same sentence, also when an
    editor changed a comma or a conjunction.

    >>> passage_of("Sales rose  5%, and profit fell.", 0, 32) == passage_of("sales rose 5%; profit fell", 0, 26)
    True
    """
    words = _WORD.findall(text[start:end].lower())
    return zlib.crc32(" ".join(w for w in words if w not in stopwords()).encode("utf-8"))


_WORD = re.compile(r"[^\W_]+(?:[.,'’%-][^\W_]+)*%?")


def figure_table(rows: list[dict]) -> pd.DataFrame:
    """The figures table (:data:`COLUMNS`, dtypes :data:`_DTYPES`, text columns object) from row dicts.

    Building a small DataFrame column by column through pandas' public
    constructor costs more than finding the figures, so the columns are
    made as typed arrays and handed over in one block (the public
    constructor remains the fallback). An empty table is a copy of a
    ready-made one.
    """
    if not rows:
        return _EMPTY.copy()
    n = len(rows)
    arrays = []
    for c in COLUMNS:
        values = [r[c] for r in rows]
        dtype = _DTYPES.get(c)
        if dtype == "Int64":
            missing = np.array([v is None or v is pd.NA for v in values], dtype=bool)
            ints = np.array([0 if m else int(v) for v, m in zip(values, missing, strict=False)], dtype=np.int64)
            arrays.append(pd.arrays.IntegerArray(ints, missing))
        elif dtype:
            arrays.append(np.array(values, dtype=dtype))
        else:
            a = np.empty(n, dtype=object)
            a[:] = values
            arrays.append(a)
    try:
        return pd.DataFrame._from_arrays(arrays, columns=_COLUMN_INDEX, index=pd.RangeIndex(n),
                                         verify_integrity=False)
    except (AttributeError, TypeError):  # pragma: no cover - another pandas version
        return pd.DataFrame({c: (a if _DTYPES.get(c) else pd.Series(a, dtype=object))
                             for c, a in zip(COLUMNS, arrays, strict=False)})


def _tidy(v: float) -> float:
    """Round away binary noise from scaling: 16.4 * 1e6 -> 16400000.0."""
    v = float(v)
    if v.is_integer() and -1e12 < v < 1e12:  # at most 12 digits: nothing to round (the common case)
        return v
    return float(f"{v:.12g}") if math.isfinite(v) else v


_DTYPES = {"start": "int64", "end": "int64", "value": "float64", "low": "float64", "high": "float64",
           "period": "Int64", "passage": "int64"}
_COLUMN_INDEX = pd.Index(COLUMNS)
_EMPTY = pd.DataFrame({c: pd.Series(dtype=_DTYPES.get(c, object)) for c in COLUMNS})


def extract_figures(corpus: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Figures of every article: :func:`figures_in` per article, doc_id first.

    When ``quotes`` is None, :func:`lib.quotes.extract_quotes` is called to
    find speakers.

    >>> from lib.corpus import corpus_from_texts
    >>> extract_figures(corpus_from_texts({"a": "T\\n\\nIt cost £300m."}))[["doc_id", "value", "unit"]].values.tolist()
    [['a', 300000000.0, 'GBP']]
    """
    if quotes is None:
        from lib.quotes import extract_quotes  # imported only when needed

        quotes = extract_quotes(corpus)
    by_doc = {}
    if quotes is not None and len(quotes) and "doc_id" in quotes:
        by_doc = {d: g for d, g in quotes.groupby("doc_id", sort=False)}
    rows: list[dict] = []
    docs: list = []
    for doc_id, view in each_article(corpus):
        found = figure_rows(view.text, by_doc.get(doc_id))
        rows += found
        docs += [doc_id] * len(found)
    out = figure_table(rows)
    out.insert(0, "doc_id", docs)
    return out


def figure_sentences(corpus: pd.DataFrame, figures: pd.DataFrame) -> pd.Series:
    """The sentence (from :func:`lib.text.sentence_spans`) around each figure, aligned with ``figures``."""
    from lib.text import sentence_spans

    spans = {d: sentence_spans(t) for d, t in zip(corpus["doc_id"], corpus["text"], strict=False)}
    out = []
    for r in figures.itertuples():
        sent = ""
        for s, e, t in spans.get(r.doc_id, []):
            if s <= r.start < e:
                sent = t
                break
        out.append(sent)
    return pd.Series(out, index=figures.index, name="sentence")


#: Tokens that :func:`figures_in` by design does not read as figures (see the
#: module's tests: dates, addresses, phone numbers and names such as "COVID-19"),
#: with the name :func:`score_peer_cases` reports them under.
NOT_FIGURE_TOKENS = (
    ("date", re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")),
    ("address or version number", re.compile(r"\d{1,3}(?:\.\d{1,3}){3,}")),
    ("phone number", re.compile(r"\+\d{1,3}(?:[-/ .]\d{2,4}){2,}")),
    ("name with a number", re.compile(r"[A-Z][A-Z0-9]*-\d+")),
)
