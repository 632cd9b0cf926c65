"""Comparing figures across and within articles: subject keys, groups, agreement, reasons."""
from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import pandas as pd

from ..lexicon import fold
from ._entity import entities_agree, entity_key
from ._patterns import _KEY_WORDS
from ._phrases import _singular
from ._vocabulary import SCOPE_WORDS, STOP, SUBJECT_SYNONYMS, VERB_SUBJECTS

#: The columns of :func:`compare_figures`.
COMPARISON_COLUMNS = ["group", "subject", "kind", "unit", "role", "doc_ids", "speakers", "values", "figures", "status",
                      "rule", "members"]


def subject_key(subject: str) -> str:
    """The comparable form of a subject: lower case, singular, scope words dropped, synonyms mapped.

    >>> subject_key("mutual trade volume"), subject_key("the trade turnover"), subject_key("direct investments")
    ('trade volume', 'trade volume', 'investment')
    """
    if not isinstance(subject, str) or not subject.strip():
        return ""
    words = [w for w in _KEY_WORDS.findall(subject.lower().replace("’", "'"))
             if w not in ("a", "an", "the", "s")]
    if "of" in words:  # "volume of trade" -> "trade volume"
        k = words.index("of")
        if 0 < k < len(words) - 1 and words[k - 1] in ("volume", "value", "level", "number", "amount", "size"):
            words = words[k + 1:] + words[:k]
    words = [w for w in words if w not in SCOPE_WORDS] or words
    words = [_singular(w) for w in words]
    phrase = " ".join(words)
    if phrase in SUBJECT_SYNONYMS:
        return SUBJECT_SYNONYMS[phrase]
    for n in (2, 1):  # map the head ("bilateral trade turnover" -> "trade volume")
        if len(words) >= n:
            tail = " ".join(words[-n:])
            if tail in SUBJECT_SYNONYMS:
                return SUBJECT_SYNONYMS[tail]
    return phrase


def _agree(values: list[float], kind: str = "") -> bool:
    """Whether values agree: equal, or (but for years, which agree only when equal) within 0.5%.

    >>> _agree([2004.0, 2005.0], "year"), _agree([2004.0, 2005.0]), _agree([1992.0, 1992.0], "year")
    (False, True, True)
    """
    lo, hi = min(values), max(values)
    return hi == lo or (kind != "year" and (hi - lo) <= 0.005 * max(abs(hi), abs(lo)))


def _same_ends(idxs: list[int], c: dict[str, list]) -> bool:
    """Whether the ranges among figures ``idxs`` agree end by end: a range ("from 60 to 65") agrees only
    with a range of the same low and high ends (within 0.5%), never with one number that equals its midpoint.

    >>> _same_ends([0, 1], {"low": [60.0, 62.5], "high": [65.0, 62.5]})
    False
    >>> _same_ends([0, 1], {"low": [60.0, 60.0], "high": [65.0, 65.0]}), _same_ends([0], {"low": [1.0], "high": [1.0]})
    (True, True)
    """
    ends = [(c["low"][i], c["high"][i]) for i in idxs]
    ranges = [_is_range(lo, hi) for lo, hi in ends]
    if not any(ranges):
        return True
    return all(ranges) and _agree([float(lo) for lo, _ in ends]) and _agree([float(hi) for _, hi in ends])


def _is_range(lo: Any, hi: Any) -> bool:
    """Two finite ends that differ (a bound has a NaN end; a missing end is "")."""
    try:
        lo, hi = float(lo), float(hi)
    except (TypeError, ValueError):
        return False
    return math.isfinite(lo) and math.isfinite(hi) and lo != hi


def compare_figures(figures: pd.DataFrame, names: Mapping[Any, Iterable[str]] | None = None,
                    min_shared: int = 2, copies: Mapping[Any, Any] | None = None,
                    versions: Mapping[Any, Any] | None = None) -> pd.DataFrame:
    """Group figures that measure the same thing and say whether they agree.

    Two figures are grouped when they have the same kind and unit (the same
    currency; % with %), the same :func:`subject_key` (scope words such as
    "total"/"direct" dropped, synonyms such as trade turnover/trade volume
    merged through :data:`SUBJECT_SYNONYMS`), the same role (targets apart
    from actual values, changes apart from levels) and compatible periods
    (equal, or one unstated). Years are grouped only when their subjects
    match. Ordinals, ranks, durations, numbers that are no quantity (names,
    ages, clock times, odds, scores: see :data:`lib.figures.KINDS`) and counts
    whose subject is only their counted noun stand alone.

    Returns one row per group: group, subject, kind, unit, role (level,
    target or change), doc_ids, speakers, values, figures ("doc_id: surface"),
    status (agree / differ / unclear / single), rule, and members (the (doc_id, start)
    pairs of its figures, for :func:`group_figures`). "unclear": figures of
    several articles with different values that do not all name the same
    entity and state the same period, so the text does not show they are one
    quantity (:func:`_same_quantity_shown`); they are not reported as differing.

    Across articles, a group needs at least one figure whose subject is a
    noun phrase of two or more words ("mutual trade volume", "minimum wage"):
    one-word subjects and subjects inferred from a verb ("paid" -> payment)
    are too vague to tie figures in different articles together, so such
    figures are compared within their own article only.

    ``names`` maps each doc_id to the article's main names
    (:func:`lib.people.main_names`). When given, figures in different
    articles are also compared only when the articles are about the same
    thing: they share at least ``min_shared`` main names, directly or through
    other articles of the group. "Pre-tax profit" in a story about one bank
    and in a story about an airline are then not compared; nor are two
    stories that only both mention "China".

    ``copies`` maps the doc_id of an article that repeats an earlier one
    word for word to that article's doc_id (:func:`lib.text.copies`). A
    copy's figures are not compared again: they stand alone, and the rule
    names the article they are compared in, so that one story filed twice
    does not count as two sources that agree. ``versions`` does the same for
    articles that retell another (:func:`lib.text.near_copies`: half or more of
    their wording is the other's): versions of one story are one source.

    Like is compared with like only:

    * entities (:func:`lib.figures._entity.figure_entity`, whose quantity it
      is) must agree (folded; a surname or short form agrees with the full
      name); a figure with no entity joins the figures of one named entity
      when its subject is specific, and figures with no entity are compared
      among themselves only when their subjects are specific;
    * within one article, two figures are compared only when something says
      the quantity is restated or revised: different speakers, or a revision
      word ("revised", "earlier", "forecast": column ``revision``) next to
      one of them. Otherwise an article's later figure stands alone;
    * years agree only when equal.

    >>> from lib.figures import figures_in
    >>> f = figures_in("Trade volume reached $6.3 billion. Trade turnover was $6.3 billion.")
    >>> compare_figures(f.assign(doc_id=["a", "b"]))[["subject", "status"]].values.tolist()
    [['trade volume', 'agree']]
    >>> compare_figures(f.assign(doc_id="a"))["status"].tolist()  # one article, one voice: not a restatement
    ['single', 'single']
    """
    return comparison_frame(comparison_rows(figures, names, min_shared, copies, versions))


def comparison_frame(rows: Iterable[tuple]) -> pd.DataFrame:
    """A comparison table from rows of :func:`comparison_rows` (or any part of them).

    >>> comparison_frame([]).columns.tolist() == COMPARISON_COLUMNS
    True
    """
    columns: list[list] = [[] for _ in COMPARISON_COLUMNS]
    for row in rows:
        for column, value in zip(columns, row, strict=False):
            column.append(value)
    if not columns[0]:
        return pd.DataFrame(columns=COMPARISON_COLUMNS)
    return pd.DataFrame(dict(zip(COMPARISON_COLUMNS, columns, strict=False)), columns=COMPARISON_COLUMNS)


def _in_order(docs: Iterable, starts: Iterable) -> bool:
    """Whether the (doc_id, start) pairs are already in order, so that a stable sort would keep them as they are.

    >>> _in_order(["a", "a", "b"], [3, 5, 1]), _in_order(["b", "a"], [1, 1])
    (True, False)
    """
    previous = None
    try:
        for pair in zip(docs, starts, strict=False):
            if previous is not None and not previous <= pair:
                return False
            previous = pair
    except TypeError:  # values that do not compare (pd.NA): let pandas sort them
        return False
    return True


#: The columns of a figure table that :func:`comparison_rows` reads.
COMPARED_COLUMNS = ("doc_id", "start", "surface", "value", "low", "high", "kind", "unit", "qualifier", "subject",
                    "period", "speaker", "speaker_type", "entity", "revision", "passage")


def comparison_rows(figures: pd.DataFrame | Mapping[str, list], names: Mapping[Any, Iterable[str]] | None = None,
                    min_shared: int = 2, copies: Mapping[Any, Any] | None = None,
                    versions: Mapping[Any, Any] | None = None) -> Iterator[tuple]:
    """The rows of :func:`compare_figures` one at a time, as tuples in the order of
    :data:`COMPARISON_COLUMNS`: for writing a large comparison without holding all of it.

    ``figures`` is a figure table, or a mapping of the columns in
    :data:`COMPARED_COLUMNS` to plain lists already in (doc_id, start) order,
    which are used as they are (a table's columns are copied into lists).

    Stages: the columns as lists (:func:`_compared_columns`); the figures that
    stand alone and the others by group key (:func:`_keyed_figures`); groups with
    only vague subjects kept within their article (:func:`_split_vague`); groups
    split by shared main names (:func:`_split_by_names`), by period
    (:func:`_split_by_period`), by entity (:func:`_split_by_entity`) and, within
    an article, by evidence of a restatement (:func:`_split_within_articles`); then
    one row per group, in the order of its first figure (:func:`_group_row`).
    """
    columns = _compared_columns(figures)
    if columns is None:
        return
    doc_col, subject_col, period_col = columns["doc_id"], columns["subject"], columns["period"]
    period_known = [not pd.isna(p) for p in period_col]
    copies = {**(copies or {}), **{d: (v, "version") for d, v in (versions or {}).items()}}
    alone, by_key = _keyed_figures(columns, copies)
    by_key = _split_vague(by_key, subject_col, doc_col)
    shared_of: dict = {}  # group key -> the main names its articles share
    if names is not None:
        by_key, shared_of = _split_by_names(by_key, doc_col, names, min_shared)
    keyed = _split_by_period(by_key, period_col, period_known)
    del by_key
    keyed = _split_unnamed_differences(_split_within_articles(_split_by_entity(keyed, columns), columns), columns)
    context = _RowContext(columns, period_known, copies, shared_of, min_shared)
    for gid, (k, idxs) in enumerate(_groups_in_order(alone, keyed), start=1):
        yield _group_row(gid, k, idxs, context)


def _compared_columns(figures: pd.DataFrame | Mapping[str, list] | None) -> dict[str, list] | None:
    """The columns of :data:`COMPARED_COLUMNS` as plain lists in (doc_id, start) order; None when there is no figure."""
    if figures is None:
        return None
    if isinstance(figures, pd.DataFrame):
        if not len(figures):
            return None
        f = figures if "doc_id" in figures else figures.assign(doc_id="")
        if not _in_order(f["doc_id"], f["start"]):  # figures as analyze gives them are; sorting copies them all
            f = f.sort_values(["doc_id", "start"], kind="stable")
        # plain Python lists (the values iteration over each column yields): one pass of pandas, then
        # no per-row or per-group pandas work, which cost far more than the comparison itself
        columns = {c: list(f[c]) if c in f else (list(f["value"]) if c in ("low", "high") else
                                                 [None if c in ("speaker_type", "passage") else ""] * len(f))
                   for c in COMPARED_COLUMNS}
    else:
        columns = dict(figures)
        for c in ("doc_id", "entity", "revision", "speaker_type", "passage"):
            if c not in columns:
                columns[c] = [None if c in ("speaker_type", "passage") else ""] * len(columns["start"])
        for c in ("low", "high"):  # without ends, every figure is one number
            columns.setdefault(c, columns["value"])
        if not _in_order(columns["doc_id"], columns["start"]):
            raise ValueError("comparison_rows: the column lists must be in (doc_id, start) order")
    return columns if columns["doc_id"] else None


def _role(qualifier: Any) -> str:
    """A figure's role from its qualifier: target, change (up/down) or level."""
    return "target" if qualifier == "target" else ("change" if qualifier in ("up", "down") else "level")


def _keyed_figures(columns: dict[str, list], copies: Mapping[Any, Any]) -> tuple[bytearray, dict]:
    """The figures that stand alone (one byte each) and the others by group key (kind, unit, role, subject key).

    On a large corpus the figures are many, so nothing is held per figure that is not needed.
    Figures of an article that copies another stand alone; so do ordinals, ranks, durations, names, ages,
    clock times, odds, scores,
    figures without a subject key and counts whose subject is only their counted noun.
    """
    keys_of: dict = {}  # subject_key is pure: once per distinct string

    def key_of(subject: Any) -> str:
        try:
            return keys_of[subject]
        except KeyError:
            keys_of[subject] = k = subject_key(subject)
            return k
        except TypeError:  # unhashable
            return subject_key(subject)

    alone = bytearray(len(columns["doc_id"]))
    by_key: dict = {}
    first_print: dict = {}  # (passage, surface) -> the article that printed it first
    for idx, (doc, kind, unit, qualifier, subject) in enumerate(zip(
            columns["doc_id"], columns["kind"], columns["unit"], columns["qualifier"], columns["subject"],
            strict=False)):
        if doc in copies or _copied_passage(columns, idx, first_print):
            alone[idx] = 1
            continue
        skey = key_of(subject)
        if (kind in ("ordinal", "rank", "duration", "name", "age", "time", "odds", "score", "date") or not skey
                or (kind == "count" and columns["value"][idx] == 1)  # "one of his priorities": no amount
                or (kind == "count" and _singular(str(subject)).split()[-1:] == str(unit).split()[-1:])
                or (kind == "count" and skey == key_of(str(unit)))):
            alone[idx] = 1
            continue
        unit_key = unit if kind in ("money", "percent", "count", "rate", "measure") else ""
        by_key.setdefault((kind, unit_key, _role(qualifier), skey), []).append(idx)
    return alone, by_key


def _copied_passage(columns: dict[str, list], idx: int, first_print: dict) -> bool:
    """Whether the figure's sentence was printed, with the same figure, by an earlier article: a passage
    one article copies from another (a re-run story, a shared comment block) is one source, not two."""
    passage = columns["passage"][idx]
    if passage is None or (isinstance(passage, float) and math.isnan(passage)):
        return False
    key = (passage, columns["surface"][idx])
    first = first_print.setdefault(key, columns["doc_id"][idx])
    return first != columns["doc_id"][idx]


def _split_vague(by_key: dict, subject_col: list, doc_col: list) -> dict:
    """Keep a group across articles only when one of its subjects is strong (two or more content
    words, not inferred from a verb); otherwise split it by article (key + ("vague", doc_id))."""
    split: dict = {}
    for k, idxs in by_key.items():
        if any(_strong(subject_col[i]) for i in idxs):
            split[k] = idxs
        else:
            for i in idxs:
                split.setdefault(k + ("vague", doc_col[i]), []).append(i)
    return split


def _strong(subject: Any) -> bool:
    """Whether a subject is specific: two or more content words, not inferred from a verb ("paid" -> payment)."""
    words = [w for w in str(subject).lower().split() if w not in STOP]
    return len(words) >= 2 and str(subject).lower() not in _WEAK_SUBJECTS


_WEAK_SUBJECTS = frozenset(VERB_SUBJECTS.values())

#: Why a figure split off its group stands alone (the key's second last part names the reason).
_ALONE_REASONS = {
    "entity": "other figures of this kind, unit and subject belong to another entity, or neither names one "
              "and the subject is too vague to tie them together",
    "restated": "another figure of this article has this kind, unit and subject, but nothing says one restates or "
                "revises the other (one speaker, no word such as 'revised', 'earlier', 'forecast'): not compared",
    "unnamed": "figures of other articles have this kind, unit and subject but other values, and they do not all "
               "name the same entity: most such pairs are other firms', films' or people's figures, not compared",
}


def _add_group(out: dict, k: Any, idxs: list[int]) -> None:
    out[min(idxs)] = (k, idxs)


def _split_by_entity(keyed: dict[int, tuple[Any, list[int]]], columns: dict[str, list]) -> dict:
    """Split each group by whose quantity its figures are (column ``entity``).

    Figures whose entities agree (:func:`lib.figures._entity.entities_agree`) stay together. A figure
    with no entity joins the one named entity of its group when its subject is specific; with several
    named entities, the figures with none and a specific subject form a group of their own. A figure
    with no entity and a vague subject stands alone unless its group names none and is specific.
    """
    entity_col = columns["entity"]
    out: dict = {}
    for k, idxs in keyed.values():
        if len(idxs) < 2:
            _add_group(out, k, idxs)
            continue
        keys = [entity_key(entity_col[i]) if isinstance(entity_col[i], str) else "" for i in idxs]
        clusters: list[tuple[list[str], list[int]]] = []
        unnamed: list[int] = []
        for i, e in zip(idxs, keys, strict=False):
            if not e:
                unnamed.append(i)
                continue
            for names, members in clusters:
                if any(entities_agree(e, n) for n in names):
                    names.append(e)
                    members.append(i)
                    break
            else:
                clusters.append(([e], [i]))
        # the subject is specific unless the group was kept within one article for a vague subject (_split_vague)
        specific = unnamed if not (len(k) > 4 and k[4] == "vague") else []
        if len(clusters) == 1:
            clusters[0][1].extend(specific)
        elif specific:
            clusters.append(([""], specific))
        placed = {i for _, members in clusters for i in members}
        parts = [(names[0], sorted(members)) for names, members in clusters]
        for j, (name, members) in enumerate(parts):
            _add_group(out, k if j == 0 and len(placed) == len(idxs) else k + ("entity-of", name), members)
        for i in idxs:
            if i not in placed:
                _add_group(out, k + ("entity", i), [i])
    return out


def _restated(i: int, j: int, columns: dict[str, list]) -> bool:
    """Whether two figures of one article may be the same quantity given twice: two named people give them,
    or one has a revision word ("revised", "had estimated", "originally"). Two organisations quoted for
    figures are mostly each reporting its own ("BP made $16.2bn … Shell $17.5bn"), so they do not count.
    """
    types = columns.get("speaker_type")

    def speaker(x: int) -> str:
        s = columns["speaker"][x]
        kind = types[x] if types is not None else None
        if isinstance(kind, str) and kind != "person":
            return ""  # an organisation, a group or an unnamed source is no second person
        return s if isinstance(s, str) else ""

    revision = columns["revision"]
    return ((speaker(i) != speaker(j) and bool(speaker(i)) and bool(speaker(j)))
            or (isinstance(revision[i], str) and bool(revision[i]))
            or (isinstance(revision[j], str) and bool(revision[j])))


def _split_unnamed_differences(keyed: dict[int, tuple[Any, list[int]]], columns: dict[str, list]) -> dict:
    """Figures of several articles whose values differ stay a group only when every one names the same
    entity: two films' takings or two athletes' bests share a subject, not a quantity (judged by reading
    BBC groups). The others stand alone (reason "unnamed"); equal values stay together, as evidence of
    their own."""
    out: dict = {}
    for k, idxs in keyed.values():
        docs = {columns["doc_id"][i] for i in idxs}
        values = [float(columns["value"][i]) for i in idxs]
        named = {entity_key(e) if isinstance(e, str) else "" for e in (columns["entity"][i] for i in idxs)}
        if len(docs) < 2 or (_agree(values, columns["kind"][idxs[0]]) and _same_ends(idxs, columns)) \
                or (len(named) == 1 and "" not in named):
            _add_group(out, k, idxs)
            continue
        for i in idxs:
            _add_group(out, (k or ()) + ("unnamed", i), [i])
    return out


def _split_within_articles(keyed: dict[int, tuple[Any, list[int]]], columns: dict[str, list]) -> dict:
    """Within one article, keep a figure in its group only when it may restate one already kept
    (:func:`_restated`); a later figure of the same article without such evidence stands alone."""
    doc_col = columns["doc_id"]
    out: dict = {}
    for k, idxs in keyed.values():
        kept: list[int] = []
        for i in idxs:
            same = [j for j in kept if doc_col[j] == doc_col[i]]
            if not same or any(_restated(i, j, columns) for j in same):
                kept.append(i)
            else:
                _add_group(out, (k or ()) + ("restated", i), [i])
        _add_group(out, k if len(kept) > 1 or len(kept) == len(idxs) else k + ("restated", kept[0]), kept)
    return out


def _split_by_period(by_key: dict, period_col: list, period_known: list[bool]) -> dict[int, tuple[Any, list[int]]]:
    """Split groups whose figures state different periods: one group per period, and one for the
    figures with none (when some state one). Returns each group by its first figure."""
    keyed: dict[int, tuple[Any, list[int]]] = {}

    def add(k: Any, idxs: list[int]) -> None:
        keyed[min(idxs)] = (k, idxs)

    for k, idxs in by_key.items():
        periods = sorted({int(period_col[i]) for i in idxs if period_known[i]})
        if len(periods) <= 1:
            add(k, idxs)
        else:
            for p in periods:
                add(k, [i for i in idxs if period_known[i] and int(period_col[i]) == p])
            rest = [i for i in idxs if not period_known[i]]
            if rest:
                add(k, rest)
    return keyed


def _groups_in_order(alone: bytearray, keyed: dict[int, tuple[Any, list[int]]]) -> Iterator[tuple[Any, list[int]]]:
    """Every group, in the order of its first figure; a figure that stands alone is a group of its own."""
    for idx in range(len(alone)):
        if alone[idx]:
            yield None, [idx]
        elif idx in keyed:
            yield keyed.pop(idx)


@dataclass(frozen=True)
class _RowContext:
    """What :func:`_group_row` reads besides the group: the columns and the comparison's settings."""

    columns: dict[str, list]
    period_known: list[bool]
    copies: Mapping[Any, Any]
    shared_of: dict
    min_shared: int


def _group_row(gid: int, k: Any, idxs: list[int], ctx: _RowContext) -> tuple:
    """One row of :func:`comparison_rows` for the group ``k`` of figures ``idxs`` (``k`` None: a figure alone)."""
    c = ctx.columns
    doc_col, speaker_col, surface_col = c["doc_id"], c["speaker"], c["surface"]
    i0 = idxs[0]
    if len(idxs) == 1:  # most figures stand alone: the same row as below, without the sets and sorts
        d = doc_col[i0]
        s = speaker_col[i0]
        values, docs, doc_ids = [float(c["value"][i0])], [d], [d]
        speakers = [s] if isinstance(s, str) and s else []
        surfaces = [f"{d}: {surface_col[i0]}"]
        status = "single"
        rule = _single_rule(k, i0, ctx)
    else:
        values = [float(c["value"][i]) for i in idxs]
        docs = [doc_col[i] for i in idxs]
        doc_ids = sorted(set(docs))
        speakers = sorted({s for s in (speaker_col[i] for i in idxs) if isinstance(s, str) and s})
        surfaces = [f"{d}: {surface_col[i]}" for d, i in zip(docs, idxs, strict=False)]
        status = "agree" if _agree(values, c["kind"][i0]) and _same_ends(idxs, c) else "differ"
        if status == "differ" and len(doc_ids) > 1 and not _same_quantity_shown(idxs, c):
            status = "unclear"
        rule = _group_rule(k, idxs, status, speakers, ctx)
    subj = k[3] if k else (c["subject"][i0] or c["unit"][i0] or "")
    role = k[2] if k else _role(c["qualifier"][i0])
    return (gid, subj, c["kind"][i0], c["unit"][i0], role, doc_ids, speakers, values, surfaces,
            status, rule, [(d, int(c["start"][i])) for d, i in zip(docs, idxs, strict=False)])


def _same_quantity_shown(idxs: list[int], c: dict[str, list]) -> bool:
    """Whether figures of several articles that differ are shown to be one quantity: every one names the same
    entity and states the same period. Equal values are evidence of their own; different values of a
    subject with no named owner, or of unstated periods, are mostly other firms' or other months' figures
    (judged by reading BBC groups), so such a group is "unclear", not "differ"."""
    entities = {entity_key(e) for e in (c["entity"][i] for i in idxs) if isinstance(e, str)}
    periods = [c["period"][i] for i in idxs]
    if any(pd.isna(p) for p in periods):
        return False
    return len(entities) == 1 and "" not in entities and len(set(periods)) == 1


def _single_rule(k: Any, i0: int, ctx: _RowContext) -> str:
    """Why a figure stands alone."""
    d = ctx.columns["doc_id"][i0]
    if d in ctx.copies:
        first = ctx.copies[d]
        if isinstance(first, tuple):
            return (f"the article is a version of {first[0]} (half or more of its wording is {first[0]}'s): "
                    "one story, one source; its figures are compared there")
        return f"the article repeats {first} word for word; its figures are compared there"
    if not k:
        return f"{ctx.columns['kind'][i0]}: not compared"
    if len(k) > 4 and k[-2] in _ALONE_REASONS:
        return _ALONE_REASONS[k[-2]]
    if len(k) > 4 and k[4] == "alone":
        return (f"other articles give this kind, unit and subject, but share fewer than {ctx.min_shared} "
                "main names with this one")
    return "no other figure of this kind, unit and subject"


def _group_rule(k: Any, idxs: list[int], status: str, speakers: list, ctx: _RowContext) -> str:
    """Why the figures of a group are comparable (same entity, subject, unit, period, role; their
    sources), and for a difference what differs and the evidence that one article restates a figure."""
    c = ctx.columns
    kind, unit, role, skey = k[:4]
    subjects = [c["subject"][i] for i in idxs]
    written = sorted({str(s) for s in subjects})
    entities = sorted({e for e in (c["entity"][i] for i in idxs) if isinstance(e, str) and e})
    named = sum(1 for i in idxs if isinstance(c["entity"][i], str) and c["entity"][i])
    rule = (f"same entity ({' = '.join(entities)}"
            + (f"; named by {named} of {len(idxs)} figures, the others name none and have specific subjects)"
               if named < len(idxs) else ")") if entities
            else "no entity named, specific subject") + (
        f"; same kind ({kind}{', ' + unit if unit else ''}), role ({role}) and subject key "
        f"'{skey}' (from {'; '.join(written)})")
    base = k[:6] if len(k) > 4 and k[4] in ("linked", "alone") else k[:4]
    if len(k) > 4 and k[4] == "vague":
        rule += "; vague subject: compared within the article only"
    elif len(k) > 4 and k[4] == "alone":
        rule += (f"; compared within the article only (fewer than {ctx.min_shared} main names"
                 " shared with other articles)")
    if ctx.shared_of.get(base):
        rule += f"; the articles share the names {', '.join(ctx.shared_of[base])}"
    pers = sorted({int(c["period"][i]) for i in idxs if ctx.period_known[i]})
    rule += f"; period {pers[0]}" if pers else "; no period stated"
    rule += _sources(idxs, speakers, ctx)
    if status == "unclear":
        rule += "; values differ, but not every figure names the same entity and states the same period"
    if status == "differ":
        values = sorted({str(c["surface"][i]) for i in idxs})
        rule += f"; differ: values {' vs '.join(values)}"
        quals = sorted({c["qualifier"][i] for i in idxs})
        if len(quals) > 1:
            rule += f"; qualifiers differ ({', '.join(quals)})"
        scope = sorted({w for s in subjects for w in str(s).lower().split() if w in SCOPE_WORDS})
        if scope:
            rule += f"; scope words: {', '.join(scope)}"
    return rule


def _sources(idxs: list[int], speakers: list, ctx: _RowContext) -> str:
    """The sources of a group: its articles, and within one article the evidence of a restatement."""
    c = ctx.columns
    docs = sorted({c["doc_id"][i] for i in idxs})
    out = f"; sources: {len(docs)} articles" if len(docs) > 1 else "; one article"
    if len(speakers) > 1:
        out += f", {len(speakers)} speakers ({', '.join(speakers)})"
    repeated = [d for d in docs if sum(c["doc_id"][i] == d for i in idxs) > 1]
    if repeated:
        words = sorted({w for i in idxs for w in [c["revision"][i]] if isinstance(w, str) and w})
        said = {c["speaker"][i] if isinstance(c["speaker"][i], str) else "" for i in idxs}
        evidence = []
        if len(said) > 1:
            evidence.append("given by different speakers" + (" (one in the article's own voice)" if "" in said else ""))
        if words:
            evidence.append(f"revision word {', '.join(repr(w) for w in words)}")
        out += f"; within one article: {' and '.join(evidence)}"
    return out


def _split_by_names(by_key: dict, doc_col: list, names: Mapping[Any, Iterable[str]],
                    min_shared: int) -> tuple[dict, dict]:
    """Split each cross-article group into the articles linked by shared main names.

    Articles are linked when at least ``min_shared`` of their main names
    (folded) are the same; articles linked directly or in a chain form one
    group. An article linked to none keeps its figures in a group of its
    own. Returns the new groups and, for each group over several articles,
    the names its linked articles share.

    Two articles share ``m`` names exactly when some set of ``m`` names is
    among the names of both, so the articles are filed under each such set of
    their names (ten sets of two for five main names) rather than compared
    pair by pair, which grew with the square of the articles in a group.
    The number of such sets grows with the names per article, so ``names``
    is meant for a handful of main names each, as :func:`lib.people.main_names` gives.
    """
    need = max(1, min_shared)
    folded = {d: {fold(n): n for n in (names.get(d) or ())} for d in set(doc_col)}
    name_sets = {d: list(combinations(sorted(f), need)) for d, f in folded.items()}
    out: dict = {}
    shared_of: dict = {}
    for k, idxs in by_key.items():
        docs = sorted({doc_col[i] for i in idxs})
        if len(docs) < 2:
            out[k] = idxs
            continue
        holders: dict = {}  # a set of names -> the articles (in order) that have all of them
        for d in docs:
            for s in name_sets[d]:
                holders.setdefault(s, []).append(d)
        holders = {s: ds for s, ds in holders.items() if len(ds) > 1}
        root = {d: d for d in docs}  # union-find over the articles

        def find(d, root=root):
            while root[d] != d:
                root[d] = root[root[d]]
                d = root[d]
            return d

        for ds in holders.values():
            first = find(ds[0])
            for d in ds[1:]:
                r = find(d)
                if r != first:
                    root[r] = first
        members_of: dict = {}
        for d in docs:
            members_of.setdefault(find(d), []).append(d)
        parts = sorted(members_of.values())
        part_of = {d: j for j, part in enumerate(parts) for d in part}
        # the names of a shared set, spelled as in each of its articles but the last (as when
        # each pair of articles gives the names it shares, spelled as in the first of the two)
        spellings: dict = {}
        for s, ds in holders.items():
            spellings.setdefault(part_of[ds[0]], set()).update(folded[a][c] for a in ds[:-1] for c in s)
        members_in: list = [[] for _ in parts]
        for i in idxs:
            members_in[part_of[doc_col[i]]].append(i)
        for j, (part, members) in enumerate(zip(parts, members_in, strict=False)):
            key = k if len(parts) == 1 else k + (("linked" if len(part) > 1 else "alone"), part[0])
            out[key] = members
            if len(part) > 1:
                shared_of[key] = sorted(spellings.get(j, ()))
    return out, shared_of


# --------------------------------------------------------------------------
# explaining a comparison

REASONS = ("value", "qualifier", "scope", "speaker", "period", "article")


def group_figures(figures: pd.DataFrame, row: pd.Series | dict) -> pd.DataFrame:
    """The figures of one :func:`compare_figures` group (rows of ``figures``)."""
    keys = set(map(tuple, row["members"]))
    f = figures if "doc_id" in figures else figures.assign(doc_id="")
    mask = [(d, int(s)) in keys for d, s in zip(f["doc_id"], f["start"], strict=False)]
    return figures[mask]


def difference_reasons(members: pd.DataFrame) -> list[str]:
    """What sets the figures of one group apart, from :data:`REASONS`.

    ``value``: the numbers differ; ``qualifier``: one is a bound (">") and
    another exact; ``scope``: the subjects carry different scope words
    ("total" vs "direct"); ``speaker``: different people gave them;
    ``period``: different years; ``article``: they come from different articles.

    >>> from lib.figures import figures_in
    >>> f = figures_in("Investments exceed $5 billion in total. We made $4.7 billion in direct investments.")
    >>> difference_reasons(f)
    ['value', 'qualifier', 'scope']
    """
    out = []
    vals = [float(v) for v in members["value"]]
    if vals and not _agree(vals, members["kind"].iloc[0] if "kind" in members and len(members) else ""):
        out.append("value")
    if members["qualifier"].nunique() > 1:
        out.append("qualifier")
    scopes = {frozenset(w for w in str(s).lower().split() if w in SCOPE_WORDS) for s in members["subject"]}
    if len(scopes) > 1:
        out.append("scope")
    speakers = {s for s in members["speaker"] if isinstance(s, str) and s} if "speaker" in members else set()
    if len(speakers) > 1:
        out.append("speaker")
    periods = {int(p) for p in members["period"].dropna()} if "period" in members else set()
    if len(periods) > 1:
        out.append("period")
    if "doc_id" in members and members["doc_id"].nunique() > 1:
        out.append("article")
    return out
