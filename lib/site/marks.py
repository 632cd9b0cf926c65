"""An article's text as escaped HTML, with its quotes and figures marked where the tables put them.

Every character of the text is escaped (``html.escape``, and backticks as ``&#96;`` so that no
Markdown fence can close around it); the only markup is the one added here:

* a quote is a ``<span class="quote">`` element with ``data-speaker`` (empty when no source was
  found), ``data-kind``, a ``title`` giving speaker, kind and cue, and the speaker's colour;
* a figure is a ``<span class="figure">`` element, underlined by the site's CSS, whose ``title``
  gives its normalised value, unit and what it measures.

A figure inside a quote sits inside the quote's element. Where two quotes overlap, the one that
starts first (the longer at a tie) keeps the shared characters, and a figure that crosses a
quote's edge is split in two, so the elements always nest.
"""
from __future__ import annotations

import html
import math
import zlib
from collections.abc import Iterable, Mapping

#: colours for speakers (light, so that the text stays readable on them); a speaker's colour is
#: fixed by its name, so that it is the same on every page
PALETTE = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fbcfe8", "#a5f3fc", "#fed7aa",
           "#d9f99d", "#e9d5ff", "#c7d2fe", "#99f6e4")
NO_SPEAKER = "#e5e7eb"


def escape(text: str) -> str:
    """HTML-escaped text that no Markdown fence can close around (backticks become ``&#96;``).

    >>> escape('<b>"x"</b> `y`')
    '&lt;b&gt;&quot;x&quot;&lt;/b&gt; &#96;y&#96;'
    """
    return html.escape(text, quote=True).replace("`", "&#96;")


def speaker_colour(speaker: object) -> str:
    """The background colour of a speaker's quotes: one of :data:`PALETTE`, chosen by the name.

    >>> speaker_colour("Anna Smith") == speaker_colour("Anna Smith"), speaker_colour(None)
    (True, '#e5e7eb')
    """
    if not _present(speaker):
        return NO_SPEAKER
    return PALETTE[zlib.crc32(str(speaker).encode("utf-8")) % len(PALETTE)]


def _present(value: object) -> bool:
    """False for None, NaN, pandas' NA and the empty string."""
    if value is None or value == "":
        return False
    try:
        return not (isinstance(value, float) and math.isnan(value)) and str(value) not in ("<NA>", "nan")
    except TypeError:
        return False


def _text(value: object, missing: str = "") -> str:
    return str(value) if _present(value) else missing


def number(value: object, year: bool = False) -> str:
    """A normalised value as a reader writes it: whole numbers without a decimal point and with
    thousands separators, years (``year=True``) without them.

    >>> number(1400.0), number(2007.0, year=True), number(2500000.0), number(0.25), number(None)
    ('1,400', '2007', '2,500,000', '0.25', '')
    """
    if not _present(value):
        return ""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    if x.is_integer():
        return f"{int(x)}" if year else f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1000 else f"{x:.6g}"


def quote_title(row: Mapping) -> str:
    """The tooltip of a quote: speaker, kind and cue.

    >>> quote_title({"speaker": "Anna Smith", "speaker_type": "person", "kind": "direct", "cue": "said"})
    'Speaker: Anna Smith (person) · kind: direct · cue: said'
    """
    who = _text(row.get("speaker"), "no source found")
    what = _text(row.get("speaker_type"))
    return (f"Speaker: {who}" + (f" ({what})" if what else "")
            + f" · kind: {_text(row.get('kind'), 'unknown')} · cue: {_text(row.get('cue'), 'none')}")


def figure_title(row: Mapping) -> str:
    """The tooltip of a figure: its normalised value and unit, what it measures, and who gives it.

    >>> figure_title({"value": 1400.0, "unit": "GBP", "kind": "money", "subject": "maternity pay",
    ...               "qualifier": "up", "speaker": None})
    'Value: 1,400 GBP (money) · measures: maternity pay · qualifier: up'
    """
    year = row.get("kind") == "year"
    value = number(row.get("value"), year)
    low, high = number(row.get("low"), year), number(row.get("high"), year)
    if low and high and low != high:
        value = f"{low} to {high}"
    unit = _text(row.get("unit"))
    parts = [f"Value: {value}{' ' + unit if unit else ''} ({_text(row.get('kind'), 'number')})",
             f"measures: {_text(row.get('subject'), 'not stated')}"]
    for label, key in (("period", "period"), ("qualifier", "qualifier"), ("given by", "speaker")):
        v = row.get(key)
        if _present(v) and not (key == "qualifier" and v == "="):
            parts.append(f"{label}: {number(v, year=True) if key == 'period' else v}")
    return " · ".join(parts)


def _spans(rows: Iterable[Mapping], n: int) -> list[tuple[int, int, Mapping]]:
    out = []
    for row in rows:
        try:
            start, end = max(0, int(row["start"])), min(n, int(row["end"]))
        except (TypeError, ValueError, KeyError):
            continue
        if start < end:
            out.append((start, end, row))
    return sorted(out, key=lambda s: (s[0], -s[1]))


def _cover(spans: list[tuple[int, int, Mapping]], a: int) -> int | None:
    """The index of the first span (in start order) that covers position ``a``."""
    for i, (start, end, _) in enumerate(spans):
        if start > a:
            return None
        if end > a:
            return i
    return None


def mark_text(text: str, quotes: Iterable[Mapping] = (), figures: Iterable[Mapping] = (),
              quote_ids: bool = True) -> str:
    """The article's text, escaped, with each quote and figure in an element of its own.

    >>> t = 'He said "we spent <b>$5m</b>" today.'
    >>> q = [{"start": 9, "end": 28, "speaker": "Anna Smith", "kind": "direct", "cue": "said", "quote_id": 0}]
    >>> f = [{"start": 21, "end": 24, "value": 5e6, "unit": "USD", "kind": "money", "subject": None}]
    >>> print(mark_text(t, q, f))  # doctest: +NORMALIZE_WHITESPACE
    He said &quot;<span class="quote" id="q0" data-speaker="Anna Smith" data-kind="direct"
    title="Speaker: Anna Smith · kind: direct · cue: said" style="background:#...">we spent &lt;b&gt;<span
    class="figure" data-value="5000000" data-unit="USD" title="Value: 5,000,000 USD (money) · measures: not
    stated">$5m</span>&lt;/b&gt;</span>&quot; today.
    """
    qs, fs = _spans(quotes, len(text)), _spans(figures, len(text))
    cuts = sorted({0, len(text)} | {p for s in qs + fs for p in s[:2]})
    out: list[str] = []
    open_q = open_f = None
    started: set[int] = set()
    for a, b in zip(cuts, cuts[1:]):
        q, f = _cover(qs, a), _cover(fs, a)
        if q != open_q:
            out.append(("</span>" if open_f is not None else "") + ("</span>" if open_q is not None else ""))
            open_f = None
            if q is not None:
                out.append(_open_quote(qs[q][2], first=quote_ids and q not in started))
                started.add(q)
            open_q = q
        if f != open_f:
            out.append("</span>" if open_f is not None else "")
            if f is not None:
                out.append(_open_figure(fs[f][2]))
            open_f = f
        out.append(escape(text[a:b]))
    out.append(("</span>" if open_f is not None else "") + ("</span>" if open_q is not None else ""))
    return "".join(out)


def _open_quote(row: Mapping, first: bool) -> str:
    speaker = _text(row.get("speaker"))
    ident = f' id="q{escape(_text(row.get("quote_id")))}"' if first and _present(row.get("quote_id")) else ""
    return (f'<span class="quote"{ident} data-speaker="{escape(speaker)}" data-kind="{escape(_text(row.get("kind")))}"'
            f' title="{escape(quote_title(row))}" style="background:{speaker_colour(speaker)}">')


def _open_figure(row: Mapping) -> str:
    value = row.get("value")
    data_value = f"{float(value):g}" if _present(value) and isinstance(value, (int, float)) else _text(value)
    if _present(value) and isinstance(value, (int, float)) and float(value).is_integer():
        data_value = str(int(value))
    return (f'<span class="figure" data-value="{escape(data_value)}" data-unit="{escape(_text(row.get("unit")))}"'
            f' title="{escape(figure_title(row))}">')
