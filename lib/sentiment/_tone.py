"""The tone around people: sentences that mention a person, and each speaker's own quotes, per article.

Both take their mentions/quotes table as an argument (from lib.people and
lib.quotes, which this package never imports).
"""
from __future__ import annotations

import pandas as pd

from ._scoring import NEGATIVE, POSITIVE, score_texts, sentence_sentiment

__all__ = ["person_sentiment", "speaker_sentiment"]


def _tone(frame: pd.DataFrame, key: str, count_name: str, count: pd.Series) -> pd.DataFrame:
    """Mean compound and shares per (doc_id, key) over the scored rows of ``frame``."""
    cols = ["doc_id", key, count_name, "scored", "mean_compound", "positive", "negative"]
    if not len(frame):
        return pd.DataFrame(columns=cols)
    frame = frame.assign(_pos=frame["compound"] >= POSITIVE, _neg=frame["compound"] <= NEGATIVE)
    g = frame.groupby(["doc_id", key], sort=True)
    out = pd.DataFrame({
        "scored": g.size(),
        "mean_compound": g["compound"].mean().round(4),
        "positive": g["_pos"].mean().round(4),
        "negative": g["_neg"].mean().round(4),
    }).reset_index()
    out = out.merge(count.rename(count_name).reset_index(), on=["doc_id", key], how="left")
    return (out[cols].sort_values(["doc_id", "mean_compound", key], kind="stable")
            .reset_index(drop=True))


def _named(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    """The rows of ``frame`` whose ``key`` column holds a name (not missing, not blank)."""
    if not len(frame) or key not in frame:
        return frame.iloc[0:0]
    ok = frame[key].notna() & (frame[key].astype(str).str.strip() != "")
    return frame[ok]


def person_sentiment(corpus: pd.DataFrame, mentions: pd.DataFrame,
                     sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """The tone of the sentences that mention each person, per article.

    Columns: doc_id, person, mentions (how often the person is mentioned),
    sentences (distinct sentences that mention them: what the tone rests on),
    mean_compound (the mean compound of those sentences), positive, negative
    (shares of those sentences at or beyond ±0.05), strongest_compound and
    strongest (the sentence whose compound is furthest from 0). Datelines and
    bylines do not count. A sentence naming two people counts for
    both; a person mentioned twice in one sentence counts that sentence once.
    ``mentions`` needs doc_id, start, end, person (as :func:`lib.people.mentions`
    gives them); ``sentences`` is the output
    of :func:`sentence_sentiment` when already computed.
    """
    if sentences is None:
        sentences = sentence_sentiment(corpus)
    if "counted" in sentences:
        sentences = sentences[sentences["counted"]]
    mentions = _named(mentions, "person")
    pairs = pd.DataFrame(_mention_sentences(mentions, sentences),
                         columns=["doc_id", "person", "sent_id", "compound", "sentence"]).drop_duplicates(
        ["doc_id", "person", "sent_id"])
    counts = mentions.groupby(["doc_id", "person"]).size()
    table = _tone(pairs, "person", "mentions", counts).rename(columns={"scored": "sentences"})
    return _with_strongest(table, pairs)


def _mention_sentences(mentions: pd.DataFrame, sentences: pd.DataFrame) -> list[tuple]:
    """(doc_id, person, sent_id, compound, sentence) for each mention and each sentence it lies in."""
    pairs = []
    by_doc = {d: g for d, g in sentences.groupby("doc_id", sort=False)} if len(sentences) else {}
    for doc_id, g in mentions.groupby("doc_id", sort=False):
        sents = by_doc.get(doc_id)
        if sents is None:
            continue
        starts, ends = sents["start"].to_numpy(), sents["end"].to_numpy()
        ids, comps, texts = sents["sent_id"].to_numpy(), sents["compound"].to_numpy(), sents["sentence"].to_numpy()
        for r in g.itertuples(index=False):
            hit = (starts < r.end) & (ends > r.start)
            for sid, comp, text in zip(ids[hit], comps[hit], texts[hit], strict=True):
                pairs.append((doc_id, r.person, int(sid), float(comp), text))
    return pairs


def _with_strongest(table: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """``table`` with each person's strongest sentence: the one whose compound is furthest from 0 (the first
    of equals), and its compound, so that a reader sees what a person's tone rests on."""
    if not len(table):
        return table.assign(strongest_compound=pd.Series(dtype=float), strongest=pd.Series(dtype=object))
    strength = pairs.assign(_abs=pairs["compound"].abs()).sort_values(
        ["doc_id", "person", "_abs", "sent_id"], ascending=[True, True, False, True], kind="stable")
    top = strength.drop_duplicates(["doc_id", "person"])[["doc_id", "person", "compound", "sentence"]]
    top = top.rename(columns={"compound": "strongest_compound", "sentence": "strongest"})
    return table.merge(top, on=["doc_id", "person"], how="left")


def speaker_sentiment(corpus: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The tone of each speaker's own quotes, per article.

    Each quote's own words are scored (the ``quote`` column when present,
    else ``text[start:end]``), not the sentence around it, so "he said
    angrily" does not colour what was said. Columns: doc_id, speaker, quotes,
    mean_compound, positive, negative (shares of the speaker's quotes).
    Quotes without a speaker are left out. ``quotes`` needs doc_id, start,
    end, speaker, as :func:`lib.quotes.extract_quotes` gives them.
    """
    quotes = _named(quotes, "speaker")
    cols = ["doc_id", "speaker", "quotes", "mean_compound", "positive", "negative"]
    if not len(quotes):
        return pd.DataFrame(columns=cols)
    if "quote" in quotes:
        texts = [str(q) for q in quotes["quote"]]
    else:
        text = dict(zip(corpus["doc_id"], corpus["text"], strict=True))
        texts = [text[d][s:e] for d, s, e in zip(quotes["doc_id"], quotes["start"], quotes["end"], strict=True)]
    scored = quotes[["doc_id", "speaker"]].assign(compound=score_texts(texts)["compound"].to_numpy())
    counts = quotes.groupby(["doc_id", "speaker"]).size()
    return _tone(scored, "speaker", "quotes", counts).drop(columns=["scored"])
