"""Tables about people across a corpus, built on :mod:`lib.people`, that notebook 04 shows.

Pure functions over the tables that :mod:`lib.people`, :mod:`lib.quotes` and
:mod:`lib.sentiment` return: who is found in each article, every mention with
its sentence, a person × article matrix of mention counts, what the alias file
changes, and the tone about each person next to the tone of their own words.

>>> from lib.corpus import corpus_from_texts
>>> corpus = corpus_from_texts({"a": "Talks\\n\\nPresident Anna Smith arrived. She said it went well."})
>>> people_by_article(corpus)[["doc_id", "name", "roles"]].values.tolist()
[['a', 'Anna Smith', 'head of state']]
"""
from __future__ import annotations

from bisect import bisect_right

import pandas as pd

from lib.people import find_people, mentions
from lib.text import sentences

__all__ = ["KINDS", "people_by_article", "kind_counts", "mention_sentences", "mention_examples",
           "mention_matrix", "alias_effect", "tone_about_and_by"]

KINDS = ("name", "surname", "alias", "role", "pronoun")
_ORDER = ("name", "surname", "variant", "alias", "role", "pronoun")  # display order of the kinds lib.people knows


def _join(values) -> str:
    """A set of words as one sorted string, so that printing it is stable."""
    return ", ".join(sorted(values))


def people_by_article(corpus: pd.DataFrame, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """The people :func:`lib.people.find_people` introduces in each article, in order of first mention.

    Columns: doc_id, name (the fullest name seen in that article, as written),
    roles and nations (the role groups and nationality adjectives found around
    the name, sorted and joined with ", "; empty when none), first (offset of
    the first mention). Names are *not* merged across articles here.

    >>> from lib.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"a": "T\\n\\nKazakh President Kassym-Jomart Tokayev spoke."})
    >>> people_by_article(c).drop(columns="first").values.tolist()
    [['a', 'Kassym-Jomart Tokayev', 'head of state', 'kazakh']]
    """
    rows = []
    for doc_id, text in zip(corpus["doc_id"], corpus["text"], strict=True):
        for p in find_people(text, aliases):
            rows.append((doc_id, p.name, _join(p.roles), _join(p.nations), p.start))
    return pd.DataFrame(rows, columns=["doc_id", "name", "roles", "nations", "first"])


def kind_counts(mention_table: pd.DataFrame) -> pd.DataFrame:
    """Mentions per person and kind (name, surname, alias, role, pronoun), with a total.

    One row per person; one column for each of the five :data:`KINDS` (zeros
    included) and for any other kind the table has (such as ``variant``),
    then ``total``; sorted by total (most first), then name.

    >>> t = pd.DataFrame({"person": ["A", "A", "B"], "kind": ["name", "pronoun", "name"]})
    >>> kind_counts(t).values.tolist()
    [['A', 1, 0, 0, 0, 1, 2], ['B', 1, 0, 0, 0, 0, 1]]
    """
    present = set(mention_table["kind"]) if len(mention_table) else set()
    rank = {k: i for i, k in enumerate(_ORDER)}
    kinds = sorted(set(KINDS) | present, key=lambda k: (rank.get(k, len(rank)), k))
    cols = ["person", *kinds, "total"]
    if not len(mention_table):
        return pd.DataFrame({c: pd.Series(dtype=object if c == "person" else int) for c in cols})
    table = (pd.crosstab(mention_table["person"], mention_table["kind"])
             .reindex(columns=kinds, fill_value=0))
    table["total"] = table.sum(axis=1)
    table = table.rename_axis(index="person", columns=None).reset_index()
    return (table.sort_values(["total", "person"], ascending=[False, True], kind="stable")
            .reset_index(drop=True)[cols])


def mention_sentences(corpus: pd.DataFrame, mention_table: pd.DataFrame) -> pd.DataFrame:
    """Each mention with the sentence it is in and the sentence before it.

    Adds to ``mention_table`` (doc_id, start, end, mention, person, kind):
    sent_id, sentence (the mention marked with square brackets, e.g.
    ``Tokayev thanked [him] for …``) and previous (the sentence before, ""
    for an article's first sentence). Sentences come from
    :func:`lib.text.sentences`; a mention belongs to the sentence whose
    span contains its start offset.

    >>> from lib.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"a": "T\\n\\nMr Smith came. He sat down."})
    >>> t = pd.DataFrame({"doc_id": ["a"], "start": [15], "end": [17], "mention": ["He"],
    ...                   "person": ["Smith"], "kind": ["pronoun"]})
    >>> mention_sentences(c, t)[["sentence", "previous"]].values.tolist()
    [['[He] sat down.', 'Mr Smith came.']]
    """
    out = mention_table.copy()
    if not len(out):
        return out.assign(sent_id=pd.Series(dtype=int), sentence=pd.Series(dtype=object),
                          previous=pd.Series(dtype=object))
    sents = sentences(corpus[corpus["doc_id"].isin(set(out["doc_id"]))])
    by_doc = {d: g.reset_index(drop=True) for d, g in sents.groupby("doc_id", sort=False)}
    sent_ids, marked, previous = [], [], []
    for doc_id, s, e in zip(out["doc_id"], out["start"], out["end"], strict=True):
        g = by_doc.get(doc_id)
        i = bisect_right(g["start"].tolist(), int(s)) - 1 if g is not None else -1
        if i < 0 or int(s) >= int(g.at[i, "end"]):
            sent_ids.append(-1)
            marked.append("")
            previous.append("")
            continue
        a, text = int(g.at[i, "start"]), g.at[i, "sentence"]
        s0, e0 = int(s) - a, min(int(e), int(g.at[i, "end"])) - a
        sent_ids.append(int(g.at[i, "sent_id"]))
        marked.append(f"{text[:s0]}[{text[s0:e0]}]{text[e0:]}")
        previous.append(g.at[i - 1, "sentence"] if i > 0 else "")
    return out.assign(sent_id=sent_ids, sentence=marked, previous=previous)


def mention_examples(corpus: pd.DataFrame, mention_table: pd.DataFrame,
                     kinds: tuple[str, ...] = ("role", "pronoun"), per_kind: int = 3) -> pd.DataFrame:
    """A few mentions of each kind with their sentences, for reading the resolutions.

    For each kind in ``kinds``, the first ``per_kind`` mentions in table order
    that differ in wording or person from those already chosen (so "he" →
    A, "his" → A and "he" → B are three examples, a second "he" → A is not).
    Columns as :func:`mention_sentences`.

    >>> from lib.corpus import corpus_from_texts
    >>> from lib.people import mentions
    >>> c = corpus_from_texts({"a": "T\\n\\nMr Smith came. He sat down. He left."})
    >>> mention_examples(c, mentions(c), kinds=("pronoun",))["sentence"].tolist()
    ['[He] sat down.']
    """
    chosen = []
    for kind in kinds:
        rows = mention_table[mention_table["kind"] == kind]
        seen: set[tuple[str, str]] = set()
        for idx, r in rows.iterrows():
            key = (str(r["mention"]).lower(), str(r["person"]))
            if key in seen:
                continue
            seen.add(key)
            chosen.append(idx)
            if len(seen) >= per_kind:
                break
    return mention_sentences(corpus, mention_table.loc[chosen]).reset_index(drop=True)


def mention_matrix(mention_table: pd.DataFrame, doc_ids: list[str] | None = None) -> pd.DataFrame:
    """Mention counts, one row per person and one column per article.

    Rows are sorted by the number of articles the person is in, then by
    mentions (most first), then by name; columns follow ``doc_ids`` (every
    article of the corpus, so articles without people show as zeros) or, by
    default, the articles of ``mention_table`` in sorted order.

    >>> t = pd.DataFrame({"doc_id": ["a", "a", "b"], "person": ["X", "Y", "Y"]})
    >>> mention_matrix(t, doc_ids=["a", "b", "c"]).values.tolist()
    [[1, 1, 0], [1, 0, 0]]
    """
    docs = list(doc_ids) if doc_ids is not None else sorted(set(mention_table["doc_id"])) if len(mention_table) else []
    if not len(mention_table):
        return pd.DataFrame(index=pd.Index([], name="person", dtype=object), columns=docs, dtype=int)
    m = pd.crosstab(mention_table["person"], mention_table["doc_id"]).reindex(columns=docs, fill_value=0)
    m = m.rename_axis(index="person", columns=None).astype(int)
    order = pd.DataFrame({"articles": (m > 0).sum(axis=1).to_numpy(), "mentions": m.sum(axis=1).to_numpy(),
                          "name": m.index.to_numpy()})
    order = order.sort_values(["articles", "mentions", "name"], ascending=[False, False, True], kind="stable")
    return m.iloc[order.index.to_numpy()]


def alias_effect(corpus: pd.DataFrame, aliases: pd.DataFrame,
                 base: pd.DataFrame | None = None) -> pd.DataFrame:
    """How many mentions each person has without the alias file and with it.

    Columns: person, without, with, change (with − without); only people
    whose count changes, largest change first. ``base`` is a second alias
    table to compare against instead of none at all (e.g. the file without
    one row). Names are compared after merging across articles, so a person
    the alias file renames may show as two rows: one lost, one gained.

    >>> from lib.corpus import corpus_from_texts
    >>> c = corpus_from_texts({"a": "T\\n\\nMinister Ann Lee spoke. Mrs Leigh said so."})
    >>> alias_effect(c, pd.DataFrame({"person": ["Ann Lee"], "alias": ["Leigh"]})).values.tolist()
    [['Ann Lee', 1, 2, 1], ['Leigh', 1, 0, -1]]
    """
    # "without" means no alias file at all, not the folder's people.csv that load_corpus attached
    before = mentions(corpus, base if base is not None else aliases.iloc[0:0])
    after = mentions(corpus, aliases)
    counts = pd.DataFrame({
        "without": before["person"].value_counts() if len(before) else pd.Series(dtype=int),
        "with": after["person"].value_counts() if len(after) else pd.Series(dtype=int),
    }).fillna(0).astype(int)
    counts["change"] = counts["with"] - counts["without"]
    counts = counts[counts["change"] != 0].rename_axis("person").reset_index()
    counts["_abs"] = counts["change"].abs()
    return (counts.sort_values(["_abs", "change", "person"], ascending=[False, False, True], kind="stable")
            .drop(columns="_abs").reset_index(drop=True))


def tone_about_and_by(people: pd.DataFrame, speakers: pd.DataFrame) -> pd.DataFrame:
    """The tone of the sentences about each person next to the tone of their own quotes.

    ``people`` is :func:`lib.people.people_table` output (person, mentions,
    mean_compound); ``speakers`` is :func:`lib.sentiment.speaker_sentiment`
    output (doc_id, speaker, quotes, mean_compound), averaged here over
    articles weighted by quotes. Columns: person, mentions, about (mean
    compound of the sentences that mention them), quotes (quotes with a
    known speaker), by (mean compound of their quotes; NaN when never
    quoted), gap (by − about). Rows follow ``people``.

    >>> p = pd.DataFrame({"person": ["A"], "mentions": [3], "mean_compound": [0.1]})
    >>> s = pd.DataFrame({"doc_id": ["x", "y"], "speaker": ["A", "A"], "quotes": [1, 3], "mean_compound": [0.4, 0.0]})
    >>> tone_about_and_by(p, s).values.tolist()
    [['A', 3, 0.1, 4, 0.1, 0.0]]
    """
    cols = ["person", "mentions", "about", "quotes", "by", "gap"]
    if not len(people):
        return pd.DataFrame(columns=cols)
    out = people[["person", "mentions", "mean_compound"]].rename(columns={"mean_compound": "about"}).copy()
    if len(speakers):
        w = speakers.assign(_w=speakers["mean_compound"] * speakers["quotes"]).groupby("speaker")
        quotes = w["quotes"].sum()
        by = (w["_w"].sum() / quotes).round(3)
        out["quotes"] = out["person"].map(quotes).fillna(0).astype(int).to_numpy()
        out["by"] = out["person"].map(by).astype(float).to_numpy()
    else:
        out["quotes"], out["by"] = 0, float("nan")
    out["about"] = out["about"].astype(float)
    out["gap"] = (out["by"] - out["about"]).round(3)
    return out[cols].reset_index(drop=True)
