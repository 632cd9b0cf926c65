"""Charts and text displays for notebook 02 (quotes). Plot functions draw a new figure and return it.

>>> import matplotlib; matplotlib.use("Agg")
>>> from lib.corpus import corpus_from_texts
>>> from lib.quotes import extract_quotes, quotes_per_speaker
>>> q = extract_quotes(corpus_from_texts(['"We will win the vote," Anna Smith said.']))
>>> fig = plot_quotes_per_speaker(quotes_per_speaker(q), figsize=(8, 2))
>>> mark_spans("He said yes.", [(8, 11, "[", "]"), (0, 2, "<", ">")])
'<He> said [yes].'
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.people import PRONOUNS, fold
from lib.quotes import KINDS, quotes_in
from lib.text import paragraph_spans

from ._common import KIND_COLOURS, message_figure, new_axes, short_label

__all__ = ["KIND_COLOURS", "Example", "pick_example", "mark_spans", "markup_quotes", "plot_quotes_per_speaker"]

MARKED = ("direct", "partial")


@dataclass
class Example:
    """A paragraph chosen to show the method: its article, offsets, the quote that decided it, and why."""

    doc_id: str
    text: str
    start: int           # the paragraph
    end: int
    context_start: int   # start of the paragraph before it (pronouns look back), or ``start``
    quote: pd.Series     # the quotes_in row that made the paragraph the example
    reason: str


def _is_pronoun(mention) -> bool:
    return isinstance(mention, str) and fold(mention.strip()) in PRONOUNS


def pick_example(corpus: pd.DataFrame, aliases: pd.DataFrame | None = None) -> Example | None:
    """The first paragraph of the corpus (articles in order) worth explaining step by step.

    Preferred: a quote in quote marks attributed through a pronoun ("…," he
    said), because it shows every step including pronoun resolution. If the
    corpus has none, the first quote in quote marks that has a reporting
    verb; then the first quote of any kind with a reporting verb. None when
    the corpus has no attributed quote at all. The paragraph is the one that
    holds the reporting verb (for a quote over several paragraphs, the last).
    """
    tables = [(d, t, quotes_in(t, aliases)) for d, t in zip(corpus["doc_id"], corpus["text"], strict=True)]
    tests = [
        (lambda r: r["kind"] in MARKED and r["cue_start"] >= 0 and _is_pronoun(r["mention"]),
         "a quote in quote marks attributed through a pronoun"),
        (lambda r: r["kind"] in MARKED and r["cue_start"] >= 0,
         "no quote in quote marks is attributed through a pronoun here; the first quote in quote marks "
         "with a reporting verb"),
        (lambda r: r["cue_start"] >= 0,
         "no quote in quote marks has a reporting verb here; the first reported quote"),
    ]
    for test, reason in tests:
        for doc_id, text, q in tables:
            for _, row in q.iterrows():
                if not test(row):
                    continue
                anchor = int(row["cue_start"])
                paras = paragraph_spans(text)
                i = next((k for k, (a, b) in enumerate(paras) if a <= anchor < b), None)
                if i is None:
                    continue
                start, end = paras[i]
                context = paras[i - 1][0] if i > 0 else start
                return Example(doc_id, text, start, end, context, row, reason)
    return None


def mark_spans(text: str, spans: list[tuple[int, int, str, str]], offset: int = 0) -> str:
    """``text`` with an opening and a closing tag around each span.

    ``spans`` are ``(start, end, open_tag, close_tag)`` with offsets into the
    text that ``text`` was cut from, starting at ``offset``. Spans may nest;
    a span that is not inside ``text`` is ignored.
    """
    inserts: list[tuple[tuple[int, int, int], str]] = []
    for s, e, o, c in spans:
        s, e = s - offset, e - offset
        if 0 <= s <= e <= len(text):
            # at one position: closings before openings; an outer span opens first and closes last
            inserts.append(((s, 1, -e), o))
            inserts.append(((e, 0, -s), c))
    out, pos = [], 0
    for key, tag in sorted(inserts, key=lambda t: t[0]):
        out.append(text[pos:key[0]])
        out.append(tag)
        pos = key[0]
    out.append(text[pos:])
    return "".join(out)


def markup_quotes(text: str, quotes: pd.DataFrame, start: int, end: int) -> str:
    """``text[start:end]`` with its quotes marked: ⟦quoted words⟧, ‹cue› and [mention → speaker].

    ``quotes`` are :func:`lib.quotes.quotes_in` rows of ``text``; the ones
    that touch the stretch are marked, a quote running past it is cut at its ends.

    >>> t = '"We will win," she said.'
    >>> q = pd.DataFrame([{"start": 1, "end": 12, "speaker": None, "mention": "she", "mention_start": 15,
    ...                    "mention_end": 18, "cue_start": 19, "cue_end": 23}])
    >>> markup_quotes(t, q, 0, len(t))
    '"⟦We will win⟧," [she → nobody] ‹said›.'
    """
    spans = []
    for _, r in quotes[(quotes["start"] < end) & (quotes["end"] > start)].iterrows():
        spans.append((max(r["start"], start), min(r["end"], end), "⟦", "⟧"))
        if r["cue_start"] >= 0:
            spans.append((r["cue_start"], r["cue_end"], "‹", "›"))
        if r["mention_start"] >= 0:
            speaker = r["speaker"] if isinstance(r["speaker"], str) else "nobody"
            spans.append((r["mention_start"], r["mention_end"], "[", f" → {speaker}]"))
    return mark_spans(text[start:end], spans, offset=start)


def plot_quotes_per_speaker(per_speaker: pd.DataFrame, max_rows: int = 20, figsize: tuple[float, float] = (10, 4)):
    """Quotes (by kind) and quoted words per speaker and article, as horizontal bars.

    ``per_speaker`` is :func:`lib.quotes.quotes_per_speaker` output (doc_id,
    speaker, quotes, words and one column per kind). Left: the number of
    quotes, stacked by kind; right: how many words were quoted. One bar per
    speaker in an article, most quoted first; quotes with no speaker form
    the "(unknown)" bar of their article. With more than ``max_rows`` bars
    only the most quoted are drawn and the title says so. An empty table
    gives a figure with a message instead of bars. Returns the Figure.
    """
    if per_speaker is None or not len(per_speaker):
        return message_figure("No quotes found in this corpus.", *figsize)
    t = per_speaker.sort_values(["quotes", "words", "speaker", "doc_id"], ascending=[False, False, True, True],
                                kind="stable")
    total = len(t)
    t = t.head(max_rows)
    labels = [f"{short_label(s, 26)} · {short_label(d, 20)}" for s, d in zip(t["speaker"], t["doc_id"], strict=True)]
    y = np.arange(len(t))
    fig, (ax1, ax2) = new_axes(*figsize, ncols=2, constrained=False, sharey=True,
                               gridspec_kw={"width_ratios": [1.2, 1]})
    left = np.zeros(len(t))
    for kind in KINDS:
        values = t[kind].to_numpy(dtype=float) if kind in t else np.zeros(len(t))
        ax1.barh(y, values, left=left, color=KIND_COLOURS[kind], label=kind, height=0.7)
        left += values
    for yi, n in zip(y, t["quotes"], strict=True):
        ax1.text(float(n) + 0.1, yi, str(int(n)), va="center", fontsize=8)
    ax1.set_xlim(0, float(t["quotes"].max()) * 1.15 + 0.5)
    ax1.set_yticks(y, labels, fontsize=8 if len(t) > 12 else 9)
    ax1.invert_yaxis()
    ax1.set_xlabel("quotes")
    ax1.set_title("quotes, by kind", fontsize=10, loc="left")
    ax1.legend(loc="lower right", fontsize=8, frameon=False)
    ax2.barh(y, t["words"].to_numpy(dtype=float), color="#5f7f5f", height=0.7)
    for yi, n in zip(y, t["words"], strict=True):
        ax2.text(float(n) * 1.01 + 0.5, yi, str(int(n)), va="center", fontsize=8)
    ax2.set_xlim(0, float(t["words"].max()) * 1.18 + 1)
    ax2.set_xlabel("words quoted")
    ax2.set_title("words quoted", fontsize=10, loc="left")
    for ax in (ax1, ax2):
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    title = "Who is quoted, and how much (speaker · article)"
    if total > len(t):
        title += f": the {len(t)} most quoted of {total}"
    fig.suptitle(title, fontsize=11)
    fig.tight_layout()
    return fig
