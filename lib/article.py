"""Layer 2, first floor: the shared view of one article.

An :class:`ArticleView` is built once per article and read by the modules
above it (``people``, ``quotes``, ``figures``): the text, its paragraphs,
its sentences, its quotation marks and its reporting cues, each with
character offsets, plus lookups by position. Like a spaCy ``Doc``, the
components that come later write what they find onto it
(:meth:`ArticleView.set_mentions`), and never import each other for it.

>>> view = ArticleView('Mayor Jo Bell said: "We are ready."')
>>> [c[2] for c in view.cues], len(view.sents), view.marks[0][:2]
(['said'], 1, (20, 35))
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cached_property, lru_cache

from .lexicon import noun_like_cues, reporting_verbs
from .text import paragraph_spans, quote_mark_spans, sentence_spans

__all__ = ["ArticleView", "each_article", "aliases_of", "find_cues", "cue_index"]

# the end of a text that stops at a comma (a cue right after it is a participle when it is "asked")
_AFTER_COMMA = re.compile(r",\s*$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|of|his|her|its|their|our|my|your|this|these|those)\s+$", re.I)
# an owner before a cue form that is also a noun makes it one: "Mr Livingstone's comments", "the ministers'
# claims" (not a pronoun's "'s", which is "is" or "has": "He's claimed"; not "Foster's said", a firm's name)
_OWNER_BEFORE = re.compile(r"(?:(?<![\w'’])(?!(?:It|That|He|She|There|What|Who|Here|Where)['’])"
                           r"[A-Z][\w.-]*['’]s|s['’])\s+$")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_LOWER_ASCII_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def cue_index() -> dict[str, list[re.Pattern | None]]:
    """First word of every reporting cue -> patterns for the multi-word cues that start with it
    (None stands for the one-word cue itself), longest first."""
    index: dict[str, list[tuple[int, re.Pattern | None]]] = {}
    for cue in reporting_verbs():
        words = cue.split()
        pat = None if len(words) == 1 else re.compile(
            r"\s+".join(map(re.escape, words)) + r"(?![\w'’-])", re.I)
        index.setdefault(words[0], []).append((len(cue), pat))
    return {w: [p for _, p in sorted(v, key=lambda x: -x[0])] for w, v in index.items()}


def _glued(text: str, s: int, e: int) -> bool:
    """Whether the word at [s, e) is part of a longer word ("_said", "said-so")."""
    return bool((s and (text[s - 1].isalnum() or text[s - 1] in "'’-_"))
                or (e < len(text) and (text[e].isalnum() or text[e] in "'’-_")))


def _is_ascii_letter(ch: str) -> bool:
    return "a" <= ch <= "z" or "A" <= ch <= "Z"


def _first_words_of_cues(text: str, index: dict[str, list]) -> list[tuple[int, int]]:
    """The runs of ASCII letters in ``text`` that are the first word of a cue in any case, as (start, end) in
    text order, but perhaps not those glued to a longer word (:func:`find_cues` skips them): the distinct runs
    of the text in lower case are listed at C speed, and only the few that open a cue are looked for, with
    ``str.find`` (every run is read when lower case changes the text's length).

    (A run that is not glued is a run of the text in lower case too: only letters and digits have a lower case
    that is an ASCII letter.)"""
    lowered = text.lower()
    if len(lowered) != len(text):
        return [m.span() for m in _ASCII_WORD.finditer(text) if m.group().lower() in index]
    spans = []
    for word in set(_LOWER_ASCII_WORD.findall(lowered)).intersection(index):
        s = lowered.find(word)
        while s >= 0:
            e = s + len(word)
            if text[s:e].isascii() and not (s and _is_ascii_letter(text[s - 1])) \
                    and not (e < len(text) and _is_ascii_letter(text[e])):
                spans.append((s, e))
            s = lowered.find(word, s + 1)
    return sorted(spans)


def find_cues(text: str) -> list[tuple[int, int, str]]:
    """Every reporting cue in ``text`` as (start, end, cue as written); a word lookup, not one big regex.

    >>> find_cues("He said that she pointed out the cost.")
    [(3, 7, 'said'), (17, 28, 'pointed out')]
    """
    index = cue_index()
    out, skip = [], 0
    for s, e in _first_words_of_cues(text, index):
        if s < skip or _glued(text, s, e):
            continue
        for pat in index[text[s:e].lower()]:
            hit = None if pat is None else pat.match(text, s)
            if pat is None or hit:
                end, written = (e, text[s:e]) if hit is None else (hit.end(), hit.group())
                out.append((s, end, written))
                skip = end
                break
    return out


def _verb_cues(text: str, sents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cues of ``text`` that are verbs here.

    A capitalised cue only counts at the start of a sentence ("Reminding that …"), so that "Head of State"
    or "Turkic States" are not verbs; "asked" after a comma or opening a sentence is a passive participle
    ("Michael Howard, asked about the remark, said …"), not a report; after a determiner, "of" or an owner
    a cue form is a noun ("his early-morning tweets", "secretary of state", "Mr Livingstone's comments").
    """
    starts = {s for s, _, _ in sents}
    return [c for c in find_cues(text) if (c[2][0].islower() or c[0] in starts)
            and not (c[2].lower() == "asked"
                     and (c[0] in starts or _AFTER_COMMA.search(text, max(0, c[0] - 8), c[0])))
            and not _DETERMINER_BEFORE.search(text, max(0, c[0] - 8), c[0])
            and not (c[2].lower() in noun_like_cues() and _OWNER_BEFORE.search(text, max(0, c[0] - 40), c[0]))]


class ArticleView:
    """One article's text, split once: paragraphs, sentences, quotation marks and reporting cues.

    Attributes (all offsets into ``text``): ``marks`` as :func:`lib.text.quote_mark_spans`,
    ``sents`` as :func:`lib.text.sentence_spans`, ``paras`` as :func:`lib.text.paragraph_spans`,
    ``cues`` (start, end, cue) for the reporting verbs used as verbs, and ``mentions``, the
    (start, end, mention, person, kind) rows that :mod:`lib.people` finds, once set.
    """

    def __init__(self, text: str):
        self.text = text
        self.mentions: list[tuple] | None = None
        self._by_start: dict[int, tuple] = {}
        self._by_end: dict[int, tuple] = {}

    # each part is computed when first read, and once: a reader that needs only sentences splits no cues
    @cached_property
    def marks(self) -> list[tuple[int, int, list[tuple[int, int]], bool]]:
        """The quotations, as :func:`lib.text.quote_mark_spans` gives them."""
        return quote_mark_spans(self.text)

    @cached_property
    def sents(self) -> list[tuple[int, int, str]]:
        """The sentences, as :func:`lib.text.sentence_spans` gives them."""
        return sentence_spans(self.text)

    @cached_property
    def paras(self) -> list[tuple[int, int]]:
        """The paragraphs, as :func:`lib.text.paragraph_spans` gives them."""
        return paragraph_spans(self.text)

    @cached_property
    def cues(self) -> list[tuple[int, int, str]]:
        """The reporting verbs used as verbs, as (start, end, cue as written)."""
        return _verb_cues(self.text, self.sents)

    @cached_property
    def _cue_starts(self) -> list[int]:
        return [c[0] for c in self.cues]

    @cached_property
    def _sent_starts(self) -> list[int]:
        return [s for s, _, _ in self.sents]

    @cached_property
    def _para_starts(self) -> list[int]:
        return [s for s, _ in self.paras]

    def set_mentions(self, rows: list[tuple]) -> None:
        """Record the people found in the article: (start, end, mention, person, kind) rows."""
        self.mentions = rows
        self._by_start, self._by_end = {}, {}
        for a, b, _, person, _ in rows:
            self._by_start.setdefault(a, (a, b, person))
            self._by_end[b] = (a, b, person)

    def mention_ending_at(self, end: int) -> tuple[int, int, str | None] | None:
        """The person mention that ends at ``end``, as (start, end, person)."""
        return self._by_end.get(end)

    def mention_starting_at(self, start: int) -> tuple[int, int, str | None] | None:
        """The person mention that starts at ``start``, as (start, end, person)."""
        return self._by_start.get(start)

    def mentions_starting_in(self, start: int, end: int) -> list[tuple[int, int, str | None]]:
        """The person mentions that start in ``[start, end)``, as (start, end, person)."""
        return [v for k, v in self._by_start.items() if start <= k < end]

    def cues_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The reporting cues that begin in ``[start, end)``, in text order."""
        return self.cues[bisect_left(self._cue_starts, start):bisect_left(self._cue_starts, end)]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence that holds ``pos``, or (pos, pos) between sentences."""
        i = bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and pos < self.sents[i][1]:
            return self.sents[i][0], self.sents[i][1]
        return pos, pos

    def para_at(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the paragraph that holds ``pos``, or (pos, pos) between paragraphs."""
        i = bisect_right(self._para_starts, pos) - 1
        if i >= 0 and pos < self.paras[i][1]:
            return self.paras[i]
        return pos, pos

    def para_before(self, pos: int) -> tuple[int, int] | None:
        """The paragraph before the one that holds ``pos``."""
        i = bisect_right(self._para_starts, pos) - 1
        return self.paras[i - 1] if i >= 1 else None

    def inside_marks(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation."""
        return any(a <= pos < b for s, e, pieces, _ in self.marks for a, b in pieces)


def each_article(corpus) -> Iterator[tuple[str, ArticleView]]:
    """The one loop over a corpus table (doc_id, text columns): each article's doc_id and view, in table order.

    >>> import pandas as pd
    >>> [(d, len(v.sents)) for d, v in each_article(pd.DataFrame({"doc_id": ["a"], "text": ["One. Two."]}))]
    [('a', 2)]
    """
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        yield doc_id, ArticleView(text)


def aliases_of(corpus, aliases=None):
    """The alias table to use for a corpus table: ``aliases`` when given, else the one :func:`lib.corpus.load_corpus`
    attached from the folder's people.csv (``attrs["aliases"]``), else None.

    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": ["x"]})
    >>> corpus.attrs["aliases"] = (("person", "alias"), (("Jo Bell", "the mayor"),))
    >>> aliases_of(corpus).values.tolist(), aliases_of(pd.DataFrame()) is None
    ([['Jo Bell', 'the mayor']], True)
    """
    import pandas as pd

    if aliases is not None:
        return aliases
    attached = getattr(corpus, "attrs", {}).get("aliases")
    if not attached:
        return None
    columns, rows = attached
    return pd.DataFrame(list(rows), columns=list(columns))
