"""Paragraphs, sentences and words, each with character offsets into ``text``.

Sentence splitting uses NLTK's Punkt algorithm with parameters set here in
code (a list of common English abbreviations), so nothing is downloaded and
results do not depend on what happens to be installed in ``nltk_data``.

Every corpus-level function has a text-level twin that works on one string:

>>> [s for _, _, s in sentence_spans("Mr. Smith met Dr. Jones. They talked.")]
['Mr. Smith met Dr. Jones.', 'They talked.']
"""
from __future__ import annotations

import hashlib
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd
from nltk.tokenize.punkt import _ORTHO_MID_LC, PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

from .lexicon import stopwords

__all__ = [
    "SENTENCE_COLUMNS",
    "paragraph_spans",
    "paragraphs",
    "sentence_spans",
    "furniture",
    "sentences_in",
    "sentences",
    "words",
    "article_stats",
    "distinctive_words",
    "stopwords",
    "quote_mark_spans",
    "per_article",
    "corpus_versions",
    "text_key",
    "name_spans",
    "last_words_start",
    "copies",
    "corpus_copies",
]

# Abbreviations that end with a full stop but rarely end a sentence in news
# English (lower case, without the final stop, as Punkt stores them).
ABBREVIATIONS = (
    "mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr sgt adm gov sen rep "
    "pres amb hon rev fr supt insp det "
    "inc ltd co corp plc llc bros dept univ assn est govt "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "mon tue tues wed thu thur thurs fri sat sun "
    "no nos vol vols fig pp approx cf vs etc al e.g i.e a.m p.m "
    "u.s u.k u.n u.s.a e.u d.c n.y l.a "
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn "
    "miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo"
).split()


# NLTK routes every pattern through nltk.redos (the `regex` engine under a time limit), a guard for patterns a
# caller supplies. Punkt's own patterns are fixed and linear, so here they are the same patterns compiled with `re`,
# which splits alike (tests/test_text.py compares the two) in less than half the time.
class _PunktVars(PunktLanguageVars):
    """Punkt's English language variables, with its patterns compiled by :mod:`re`."""

    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def _word_tokenizer_re(self) -> re.Pattern:
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = re.compile(self._word_tokenize_fmt % {
                "NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
                "WordStart": self._re_word_start}, re.UNICODE | re.VERBOSE)
            return self._re_word_tokenizer

    def period_context_re(self) -> re.Pattern:
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = re.compile(self._period_context_fmt % {
                "NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars},
                re.UNICODE | re.VERBOSE)
            return self._re_period_context


class _PunktToken(PunktToken):
    """Punkt's token, with the patterns for its kinds compiled by :mod:`re`."""

    __slots__ = ()
    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern, re.UNICODE)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern, re.UNICODE)


class _MemoPunkt(PunktSentenceTokenizer):
    """Punkt that remembers its verdict on each candidate break's context ("said. The"): the verdict depends on
    those few words and the fixed parameters only, and the same contexts recur from article to article, so this
    splits exactly as Punkt does, in less time. The memo is emptied when it holds :attr:`MEMO_SIZE` contexts."""

    MEMO_SIZE = 100_000  # (some 15 MB at most)

    def __init__(self, params: PunktParameters):
        super().__init__(lang_vars=_PunktVars(), token_cls=_PunktToken)
        self._params = params
        self._verdicts: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        verdict = self._verdicts.get(text)
        if verdict is None:
            if len(self._verdicts) >= self.MEMO_SIZE:
                self._verdicts.clear()
            verdict = self._verdicts[text] = super().text_contains_sentbreak(text)
        return verdict


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    """NLTK's Punkt with our abbreviations, and told that function words ("but", "the", "he") are written in
    lower case inside sentences: capitalised after a full stop, they open a new sentence even after a
    single capital that looks like an initial ("… to World War I. But the BBC said …"; "George W. Bush"
    stays one sentence)."""
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    for word in stopwords():
        params.add_ortho_context(word, _ORTHO_MID_LC)
    return _MemoPunkt(params)


_PARA = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")


# --------------------------------------------------------------------------
# datelines

# "ANKARA. KAZINFORM – ", "LONDON (Reuters) - ", "ISTANBUL (AA) — ", "WASHINGTON — "
_DATELINE = re.compile(
    r"""^(?P<place>[A-ZÀ-ÖØ-Þİ][A-ZÀ-ÖØ-Þİ'’.\- ]{1,40}?)        # place in capitals
        (?:,\s*[A-Z][A-Za-z.]{1,20})?                              # optional ", Jan. 5"
        (?:\.\s+(?P<agency1>[A-ZÀ-ÖØ-Þİ][A-Za-zÀ-ÿİ&]{1,30})        # ". KAZINFORM"
          |\s*\((?P<agency2>[^()\n]{1,30})\)                       # " (Reuters)"
        )?
        \s*[–—-]{1,2}\s+(?=\S)""",
    re.X,
)


def find_dateline(text: str) -> tuple[int, int, str] | None:
    """Find a dateline at the start of ``text``; return ``(start, end, source)``.

    ``end`` is where the article's first sentence begins; ``source`` is the
    agency named in the dateline, or ``""``.

    >>> find_dateline("ANKARA. KAZINFORM – Kazakh President Tokayev met…")
    (0, 20, 'KAZINFORM')
    >>> find_dateline("LONDON (Reuters) - Shares fell.")
    (0, 19, 'Reuters')
    >>> find_dateline("In the period of change, …") is None
    True
    """
    m = _DATELINE.match(text)
    if not m:
        return None
    place = m.group("place").strip(" .")
    # A dateline's place is written in capitals; refuse ordinary sentence openings.
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    source = (m.group("agency1") or m.group("agency2") or "").strip()
    return 0, m.end(), source


# "By Jo Bell", "By Jo Bell, BBC News, Ankara", "BY JO BELL": a byline on a line of its own
_BYLINE = re.compile(r"(?:By|BY)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*[,|]\s*[^.!?]{0,60})?")


def furniture(sentence: str) -> str | None:
    """What a "sentence" of the page is when it is not one of the story: "dateline" or "byline"; else None.

    Datelines are split off the first sentence by :func:`sentence_spans`;
    a byline is a short "By <Name>" line. Neither says anything about the
    news, so tone means leave them out.

    >>> furniture("ANKARA. KAZINFORM –"), furniture("By Jo Bell, BBC News"), furniture("By Monday it was over.")
    ('dateline', 'byline', None)
    """
    sentence = sentence.strip()
    found = find_dateline(sentence + " x") if sentence[:1].isupper() else None
    if found and found[1] == len(sentence) + 1:
        return "dateline"
    if sentence[:2] in ("By", "BY") and _BYLINE.fullmatch(sentence):
        return "byline"
    return None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of paragraphs (separated by blank lines) in ``text``.

    >>> paragraph_spans("One.\\n\\nTwo.")
    [(0, 4), (6, 10)]
    """
    spans = []
    for m in _PARA.finditer(text):
        start, end = m.start(), m.end()
        chunk = m.group()
        start += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        if end > start:
            spans.append((start, end))
    return spans


def paragraphs(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph: doc_id, para_id, start, end, paragraph."""
    rows = []
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        for pid, (s, e) in enumerate(paragraph_spans(text)):
            rows.append((doc_id, pid, s, e, text[s:e]))
    return pd.DataFrame(rows, columns=["doc_id", "para_id", "start", "end", "paragraph"])


def sentence_spans(text: str) -> list[tuple[int, int, str]]:
    """Split ``text`` into sentences; return ``(start, end, sentence)`` triples.

    Sentences never cross a paragraph break, and a dateline such as
    ``ANKARA. KAZINFORM –`` is kept apart from the first sentence.
    ``text[start:end] == sentence`` always holds.
    """
    tok = _punkt()
    out = []
    for p_start, p_end in paragraph_spans(text):
        para = text[p_start:p_end]
        offset = p_start
        if p_start == 0:
            found = find_dateline(para)
            if found:
                d_end = found[1]
                dl = para[:d_end].rstrip()
                out.append((0, len(dl), dl))
                offset = d_end
                para = para[d_end:]
        for s, e in tok.span_tokenize(para):
            out.append((offset + s, offset + e, text[offset + s: offset + e]))
    return out


#: Columns of :func:`sentences_in` (:func:`sentences` adds doc_id first).
SENTENCE_COLUMNS = ["sent_id", "start", "end", "sentence"]


def sentences_in(text: str) -> pd.DataFrame:
    """Sentences of one string: sent_id, start, end, sentence."""
    rows = [(i, s, e, t) for i, (s, e, t) in enumerate(sentence_spans(text))]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def sentences(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: doc_id, sent_id, start, end, sentence.

    ``start`` and ``end`` are offsets into the article's ``text``.
    """
    rows = []
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        for i, (s, e, t) in enumerate(sentence_spans(text)):
            rows.append((doc_id, i, s, e, t))
    return pd.DataFrame(rows, columns=["doc_id", *SENTENCE_COLUMNS])


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Word tokens (letters with inner hyphens/apostrophes, or numbers).

    >>> words("Türkiye's trade rose 33% to $6.3 billion.")
    ["Türkiye's", 'trade', 'rose', '33', 'to', '6.3', 'billion']
    """
    return _WORD.findall(text)


def _joins_a_word(ch: str) -> bool:
    """Whether ``ch`` would make a name written next to it part of a longer word: what ``[\\w'’-]`` matches."""
    return ch.isalnum() or ch in "_'’-"


def name_spans(text: str, name: str, overlapping: bool = False) -> Iterator[tuple[int, int]]:
    """Where ``name`` stands in ``text`` with no letter, digit, apostrophe or hyphen before it, as (start, end):
    the matches of ``(?<![\\w'’-])NAME``, found with ``str.find`` rather than a pattern compiled for each name.
    Without ``overlapping``, no letter, digit, apostrophe or hyphen may follow either, and the spans do not
    overlap, as ``finditer`` gives ``(?<![\\w'’-])NAME(?![\\w'’-])``; with it, every start is tried, as
    ``search`` would, and what follows is the caller's to test.

    >>> list(name_spans("Blair's aide and Blair-era Blair", "Blair"))
    [(27, 32)]
    """
    if not name:
        return
    pos, size = text.find(name), len(name)
    while pos >= 0:
        end = pos + size
        if (pos == 0 or not _joins_a_word(text[pos - 1])) and (
                overlapping or end == len(text) or not _joins_a_word(text[end])):
            yield pos, end
            pos = text.find(name, pos + 1 if overlapping else end)
        else:
            pos = text.find(name, pos + 1)


def last_words_start(text: str, n: int) -> int:
    """Where the last ``n`` words of ``text`` start, words being runs of characters other than white space: a pattern
    anchored at the end that spans at most ``n`` words need only be searched for from there.

    >>> text = "He met the Prime Minister. "
    >>> text[last_words_start(text, 2):]
    'Prime Minister. '
    """
    i = len(text)
    for _ in range(n):
        while i and text[i - 1].isspace():
            i -= 1
        while i and not text[i - 1].isspace():
            i -= 1
    return i


def text_key(text: str) -> str:
    """A fingerprint of an article's words: the SHA-1 of its text with all runs of
    white space made one space. Two files with the same key hold the same article.

    >>> text_key("Prices rose.\\n\\nBy 5%.") == text_key("Prices  rose. By 5%.  ")
    True
    """
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def copies(doc_ids: Sequence[str], keys: Sequence[str]) -> dict[str, str]:
    """Articles that repeat an earlier article: doc_id -> the doc_id of the first
    article (in doc_id order) with the same :func:`text_key`.

    News corpora often hold one story twice (a wire story filed in two
    sections, a re-published page); a copy is not a second source.

    >>> copies(["a", "b", "c"], ["k1", "k2", "k1"])
    {'c': 'a'}
    """
    first: dict[str, str] = {}
    out: dict[str, str] = {}
    for doc_id, key in sorted(zip(doc_ids, keys)):
        if key in first:
            out[doc_id] = first[key]
        else:
            first[key] = doc_id
    return out


#: Words per shingle for :func:`shingle_sketch`, and 1 in how many shingles a sketch keeps.
SHINGLE_WORDS, SHINGLE_SAMPLE = 5, 4

#: The share of the shorter article's sampled shingles the longer one must hold for two articles
#: to be versions of one story (:func:`near_copies`). Measured on BBC (2,225 articles; exact
#: sets of all lower-case 5-word shingles): of the 16,940 pairs of articles sharing at least one
#: shingle, 99% hold under 0.71 of the shorter one's shingles and the median 0.004; 184 pairs
#: hold 0.5 or more (159 of them 0.95 or more: the same story filed twice, or with a line
#: changed), 33 hold 0.3 to 0.5 and 89 hold 0.15 to 0.3. Read pairs: from about 0.5 up they are
#: one story told twice (an auction's preview and its result, an oil-price story on two days, a
#: website block reported twice), reusing whole paragraphs with their figures; between 0.3 and 0.5
#: they are mostly different stories with a shared background paragraph (two England squad
#: stories, two house-price surveys from different sources), which stay two sources.
NEAR_COPY_THRESHOLD = 0.5


def shingle_sketch(text: str, tokens: Sequence[str] | None = None) -> np.ndarray:
    """A small fingerprint of an article's wording for :func:`near_copies`: the sorted 32-bit hashes of
    its lower-case 5-word shingles, keeping only 1 in :data:`SHINGLE_SAMPLE` of them (those whose hash
    is divisible by it), so that two articles keep the same shingles. About one number per four words;
    the text itself need not be held. ``tokens`` are :func:`words` of ``text`` when the caller has them.
    Each word is hashed once (CRC-32, the same in every process) and the shingles' hashes are rolled
    from the words' with numpy.

    >>> a = shingle_sketch("The minister said trade rose by a third last year to a record.")
    >>> bool((a == shingle_sketch("The minister said  trade rose by a third last year to a record!")).all())
    True
    """
    w = words(text) if tokens is None else tokens
    n = len(w) - SHINGLE_WORDS + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint32)
    word_hashes = np.fromiter((_word_hash(t.lower()) for t in w), dtype=np.uint64, count=len(w))
    h = np.zeros(n, dtype=np.uint64)
    for j in range(SHINGLE_WORDS):
        h = h * np.uint64(1_000_003) + word_hashes[j:j + n]  # wraps around 2**64: a rolling hash
    h = np.unique(((h >> np.uint64(32)) ^ h) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return h[h % SHINGLE_SAMPLE == 0]


@lru_cache(maxsize=65536)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def near_copies(doc_ids: Sequence[str], sketches: Sequence[np.ndarray], threshold: float = NEAR_COPY_THRESHOLD,
                skip: Sequence[str] = (), min_shingles: int = 5, max_holders: int = 50) -> dict[str, str]:
    """Versions of one story: doc_id -> the doc_id of the first article (in doc_id order) of its
    group, for articles that share at least ``threshold`` of the shorter one's sketch
    (:func:`shingle_sketch`, containment) with another, directly or through a chain.

    ``skip`` lists articles to leave out (word-for-word copies, :func:`copies`). Sketches of
    fewer than ``min_shingles`` hashes are too short to judge; shingles held by more than
    ``max_holders`` articles are stock phrases and do not link articles.

    >>> story = "The firm said sales rose 5% to $3bn in the year to March, helped by strong demand in Asia. "
    >>> texts = {"a": story + "Shares rose.", "b": story + "Shares fell 2% on Monday.", "c": "Other words " * 30}
    >>> near_copies(list(texts), [shingle_sketch(t) for t in texts.values()], min_shingles=1)
    {'b': 'a'}
    """
    skip = set(skip)
    order = sorted((d, k) for k, d in enumerate(doc_ids) if d not in skip and len(sketches[k]) >= min_shingles)
    if len(order) < 2:
        return {}
    sizes = np.array([len(sketches[k]) for _, k in order])
    hashes = np.concatenate([sketches[k] for _, k in order])
    owner = np.repeat(np.arange(len(order)), sizes)
    by_hash = np.lexsort((owner, hashes))
    hashes, owner = hashes[by_hash], owner[by_hash]
    cuts = np.flatnonzero(np.diff(hashes)) + 1
    shared: Counter = Counter()
    for run in np.split(owner, cuts):
        if 1 < len(run) <= max_holders:
            run = run.tolist()
            shared.update((a, b) for i, a in enumerate(run) for b in run[i + 1:])
    root = list(range(len(order)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for (a, b), n in shared.items():
        if n >= threshold * min(sizes[a], sizes[b]):
            ra, rb = find(a), find(b)
            if ra != rb:
                root[max(ra, rb)] = min(ra, rb)
    return {order[i][0]: order[find(i)][0] for i in range(len(order)) if find(i) != i}


def corpus_versions(corpus: pd.DataFrame, skip: Sequence[str] = ()) -> dict[str, str]:
    """:func:`near_copies` of a loaded corpus (doc_id and text columns): the versions of one story,
    as the pipeline finds them; ``skip`` the word-for-word copies (:func:`corpus_copies`)."""
    return near_copies(list(corpus["doc_id"]), [shingle_sketch(t) for t in corpus["text"]], skip=skip)


def corpus_copies(corpus: pd.DataFrame) -> dict[str, str]:
    """:func:`copies` of a loaded corpus (doc_id and text columns).

    >>> from lib.corpus import corpus_from_texts
    >>> corpus_copies(corpus_from_texts({"a": "T\\n\\nSame words.", "b": "U\\n\\nSame  words."}))
    {'b': 'a'}
    """
    return copies(list(corpus["doc_id"]), [text_key(t) for t in corpus["text"]])


def drop_copies(corpus: pd.DataFrame) -> pd.DataFrame:
    """The corpus without the articles that repeat an earlier one (:func:`corpus_copies`),
    so that a story filed twice counts once.

    >>> from lib.corpus import corpus_from_texts
    >>> texts = {"a": "T\\n\\nSame words.", "b": "U\\n\\nSame  words.", "c": "V\\n\\nOther words."}
    >>> list(drop_copies(corpus_from_texts(texts))["doc_id"])
    ['a', 'c']
    """
    copy_of = corpus_copies(corpus)
    return corpus[~corpus["doc_id"].isin(list(copy_of))].reset_index(drop=True)


def article_stats(corpus: pd.DataFrame) -> pd.DataFrame:
    """Per article: doc_id, date, title, source, words, sentences, paragraphs."""
    rows = []
    for rec in corpus.itertuples(index=False):
        rows.append(
            {
                "doc_id": rec.doc_id,
                "date": rec.date,
                "title": rec.title,
                "source": rec.source,
                "words": len(words(rec.text)),
                "sentences": len(sentence_spans(rec.text)),
                "paragraphs": len(paragraph_spans(rec.text)),
            }
        )
    return pd.DataFrame(rows)


def distinctive_words(corpus: pd.DataFrame, n: int = 8, min_count: int = 2) -> pd.DataFrame:
    """The words that most set each article apart from the rest (tf–idf).

    Words are lower-cased, stop words and numbers dropped. A word must occur
    ``min_count`` times in the article. Returns doc_id, rank, word, count,
    score; ties are broken alphabetically so the result is stable.
    """
    stop = stopwords()
    counts = {}
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        toks = [w.lower().replace("’", "'") for w in words(text)]
        toks = [re.sub(r"'s$", "", w) for w in toks]
        counts[doc_id] = Counter(w for w in toks if w not in stop and not w[0].isdigit() and len(w) > 2)
    n_docs = len(counts)
    df = Counter(w for c in counts.values() for w in c)
    rows = []
    for doc_id, c in counts.items():
        total = sum(c.values()) or 1
        scored = [
            (w, k, (k / total) * math.log((1 + n_docs) / (1 + df[w])) + 1e-9 * k)
            for w, k in c.items()
            if k >= min_count
        ]
        scored.sort(key=lambda x: (-round(x[2], 12), x[0]))
        for rank, (w, k, s) in enumerate(scored[:n], start=1):
            rows.append((doc_id, rank, w, k, round(s, 6)))
    return pd.DataFrame(rows, columns=["doc_id", "rank", "word", "count", "score"])


# --------------------------------------------------------------------------
# quotation marks

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"
_MARKS = re.compile(r"[\"“”«»„‘’‹›']")


_TWO_DIGITS = re.compile(r"\d\d(?:s|\b)")  # a year cut short after an apostrophe


def _mark_role(text: str, i: int, inside: str | None) -> str | None:
    """'open', 'close' or None for the quote mark at ``text[i]``, given the open mark (if any)."""
    c = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if c in "'’" and before.isalnum() and (after.isalnum() or c == "’" and after == "s"):
        return None  # apostrophe: don't, Türkiye's
    if c in "'’‘" and inside is None and _TWO_DIGITS.match(text, i + 1, i + 4):
        return None  # a year cut short: "'03 Bonnie & Clyde", "the '60s"
    if inside is None:
        if c in _DOUBLE_OPEN or c in _SINGLE_OPEN:
            return "open" if not after.isspace() else None
        if c in "\"'":
            return "open" if (before.isspace() or before in "([—–-:") and not after.isspace() else None
        return None
    double = inside in _DOUBLE_OPEN or inside == '"'
    if double:
        if c in _DOUBLE_CLOSE or c == '"':
            return "close" if not before.isspace() or after.isspace() or after in ",.;:!?" else None
        return None
    if c in _SINGLE_CLOSE or c == "'":
        if not before.isspace() and not after.isalnum():
            return "close"
    return None


_DOUBLE_APOSTROPHE = re.compile(r"(?<!')''(?!')")


def _as_double_quote(m: re.Match) -> str:
    """Two apostrophes as one double quote mark and a space, the space on the outer side (same length)."""
    text, i = m.string, m.start()
    before = text[i - 1] if i > 0 else " "
    after = text[i + 2] if i + 2 < len(text) else " "
    opening = (before.isspace() or before in "([—–-:") and not after.isspace()
    return ' "' if opening else '" '


def quote_mark_spans(text: str) -> list[tuple[int, int, list[tuple[int, int]], bool]]:
    """Spans of text inside quotation marks, across paragraphs where a quote goes on.

    Straight (") and curly (“ ”) double quotes, two apostrophes ('') used as
    one, «guillemets» and single quotes (‘ ’ and ') are recognised;
    apostrophes (don't, Türkiye's) are not marks.
    Returns ``(start, end, pieces, closed)`` tuples: ``start`` is the opening
    mark, ``end`` just after the closing mark; ``pieces`` are the spans of the
    quoted words, one per paragraph; ``closed`` is False when an opening mark
    never closes, in which case the quote ends with its paragraph unless the
    next paragraph opens again with a mark (the convention for a quote that
    runs over several paragraphs).

    >>> quote_mark_spans('He said: "Yes."')
    [(9, 15, [(10, 14)], True)]
    >>> [p for _, _, p, _ in quote_mark_spans('"One.\\n\\n"Two," he said.')]
    [[(1, 5), (8, 12)]]
    """
    if "''" in text:  # two apostrophes for a double quote: ''Yes,'' he said
        text = _DOUBLE_APOSTROPHE.sub(_as_double_quote, text)
    out = []
    paras = paragraph_spans(text)
    pending = None  # (start, pieces, open_char) of a quote going on into the next paragraph
    for p_start, p_end in paras:
        inside = None
        q_start = c_start = 0
        pieces: list[tuple[int, int]] = []
        first = True
        for m in _MARKS.finditer(text, p_start, p_end):
            i = m.start()
            if pending is not None and first:
                first = False
                if i == p_start and _mark_role(text, i, None) == "open":
                    q_start, pieces, inside = pending[0], pending[1], text[i]
                    c_start = i + 1
                    pending = None
                    continue
                out.append((pending[0], pending[2], pending[1], False))
                pending = None
            first = False
            role = _mark_role(text, i, inside)
            if role == "open":
                inside, q_start, c_start, pieces = text[i], i, i + 1, []
            elif role == "close":
                pieces.append((c_start, i))
                out.append((q_start, i + 1, pieces, True))
                inside = None
        if pending is not None:  # the next paragraph did not open with a mark
            out.append((pending[0], pending[2], pending[1], False))
            pending = None
        if inside is not None:
            pieces.append((c_start, p_end))
            pending = (q_start, pieces, p_end)
    if pending is not None:
        out.append((pending[0], pending[2], pending[1], False))
    return [(s, e, [(a, b) for a, b in pcs if b > a], closed) for s, e, pcs, closed in out if e > s + 1]


def per_article(corpus: pd.DataFrame, func, columns: list[str], *args) -> pd.DataFrame:
    """Apply a text-level function (``func(text, *args) -> DataFrame``) to every article, doc_id first.

    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": ["One. Two."]})
    >>> per_article(corpus, sentences_in, ["sent_id"])["doc_id"].tolist()
    ['a', 'a']
    """
    frames = []
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        frame = func(text, *args)
        frame.insert(0, "doc_id", doc_id)
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=["doc_id"] + list(columns))
    return pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)
