"""Scoring who said what against gold stored as offsets (tests/gold/quotes_bbc.csv).

The gold gives, for every quote of an article, its span, the source resolved by reading
(``speaker``, ``speaker_type``) and the words at the attribution that name it
(``mention_start``/``mention_end``); it stores no article text. :func:`score_speakers`
matches predictions to it by the Gender Gap Tracker's rule (over ``gold_share`` of the gold
quote's characters covered) and reports:

- precision, recall and F1 of the quotes;
- ``speaker``: the share of matched gold quotes whose predicted source is the gold source
  (:func:`same_source`), over gold quotes that have a source;
- ``mention``: the share whose predicted speaker mention overlaps the gold mention, over gold
  quotes that have a mention (the Gender Gap Tracker's speaker rule);
- ``no_source``: the share of matched gold quotes left without a predicted source.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..corpus import load_article
from ..lexicon import fold
from .readers import gold_halves

__all__ = ["gold_articles", "read_speaker_gold", "same_source", "score_by_half", "score_speakers"]

_OWNER_S = re.compile(r"['’]s\b")
_TITLES = re.compile(r"\b(?:mr|mrs|ms|dr|sir|dame|lord|lady|professor|prof|the)\b\.?")


def _key(name) -> str:
    if not isinstance(name, str):
        return ""
    return " ".join(_TITLES.sub(" ", _OWNER_S.sub("", fold(name).lower())).split())  # ("Foster's" in "Foster's Group")


def _content_words(key: str) -> frozenset[str]:
    """The words of a source other than articles and prepositions: "a spokesman for Ofcom" and "the Ofcom
    spokesman" have the same ones."""
    return frozenset(key.split()) - {"a", "an", "for", "of", "at", "from", "to", "in", "on"}


def same_source(predicted, gold) -> bool:
    """Whether a predicted source names the gold one: equal once titles, case and accents are set aside,
    one containing the other ("Blair" in "Tony Blair"), the same last word, or the same words but for
    articles and prepositions.

    >>> same_source("Mr Blair", "Tony Blair"), same_source("the company", "Sony"), same_source(None, "Sony")
    (True, False, False)
    >>> same_source("Foster's", "Foster's Group")  # (an owner's "'s" set aside, as titles are)
    True
    >>> same_source("the Ofcom spokesman", "a spokesman for Ofcom")  # (the same words in another order)
    True
    """
    a, b = _key(predicted), _key(gold)
    if not a or not b:
        return False
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} " or a.split()[-1] == b.split()[-1] \
        or _content_words(a) == _content_words(b)


def _best(pred: pd.DataFrame, g) -> pd.Series | None:
    """The prediction of the same article that overlaps the gold quote most, or None; of two that overlap it
    as much, the shorter (a partial quote inside a reported clause is matched by the partial)."""
    cands = pred[(pred["doc_id"] == g.doc_id) & (pred["start"] < g.end) & (pred["end"] > g.start)]
    if cands.empty:
        return None
    overlap = cands["end"].clip(upper=g.end) - cands["start"].clip(lower=g.start)
    order = pd.DataFrame({"overlap": -overlap, "length": cands["end"] - cands["start"]}, index=cands.index)
    return cands.loc[order.sort_values(["overlap", "length"], kind="stable").index[0]]


def _covered(pred: pd.DataFrame, doc_id: str, start: int, end: int) -> int:
    """How many characters of [start, end) the spans of ``pred`` in that article cover."""
    chars: set[int] = set()
    rows = pred[(pred["doc_id"] == doc_id) & (pred["start"] < end) & (pred["end"] > start)]
    for a, b in zip(rows["start"], rows["end"], strict=True):
        chars.update(range(max(a, start), min(b, end)))
    return len(chars)


def _match_rows(pred: pd.DataFrame, gold: pd.DataFrame, gold_share: float) -> pd.DataFrame:
    """One row per gold quote: whether it is found, and the source and mention of the best prediction."""
    rows = []
    for g in gold.itertuples(index=False):
        found = _covered(pred, g.doc_id, g.start, g.end) > gold_share * (g.end - g.start)
        p = _best(pred, g) if found else None
        has_mention = int(g.mention_start) >= 0
        ms, me = (int(p["mention_start"]), int(p["mention_end"])) if p is not None else (-1, -1)
        rows.append({"doc_id": g.doc_id, "start": g.start, "kind": g.kind, "gold_speaker": g.speaker,
                     "found": found, "speaker": p["speaker"] if p is not None else None,
                     "speaker_ok": found and same_source(p["speaker"] if p is not None else None, g.speaker),
                     "has_mention": has_mention,
                     "mention_ok": found and has_mention and ms >= 0
                     and min(me, int(g.mention_end)) > max(ms, int(g.mention_start))})
    return pd.DataFrame(rows)


def score_speakers(pred: pd.DataFrame, gold: pd.DataFrame, gold_share: float = 0.3) -> tuple[dict, pd.DataFrame]:
    """Score a quotes table (doc_id, start, end, speaker, mention_start, mention_end) against offset gold.

    Returns the summary described in the module docstring and one row per gold quote.
    """
    gold = gold.assign(speaker=gold["speaker"].where(gold["speaker"].notna(), ""))
    table = _match_rows(pred, gold, gold_share)
    hits = sum(_covered(gold, d, a, b) > gold_share * (b - a)
               for d, a, b in zip(pred["doc_id"], pred["start"], pred["end"], strict=True))
    precision = hits / len(pred) if len(pred) else float("nan")
    recall = float(table["found"].mean()) if len(table) else float("nan")
    found = table[table["found"]]
    sourced = found[found["gold_speaker"] != ""]
    with_mention = found[found["has_mention"]]
    return {"gold": len(gold), "predicted": len(pred), "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "speaker": float(sourced["speaker_ok"].mean()) if len(sourced) else float("nan"),
            "mention": float(with_mention["mention_ok"].mean()) if len(with_mention) else float("nan"),
            "no_source": float(found["speaker"].isna().mean()) if len(found) else float("nan")}, table


def read_speaker_gold(path: str | Path) -> pd.DataFrame:
    """The BBC quote gold (tests/gold/quotes_bbc.csv): offsets as ints, -1 where a quote has no mention,
    text columns as strings ("" where empty)."""
    gold = pd.read_csv(path, dtype={"speaker": str, "mention": str, "note": str}, keep_default_na=False)
    for col in ("mention_start", "mention_end"):
        gold[col] = pd.to_numeric(gold[col], errors="coerce").fillna(-1).astype(int)
    return gold


def gold_articles(gold: pd.DataFrame, root: str | Path) -> pd.DataFrame:
    """The gold's articles read from the corpus folder ``root`` (the gold stores offsets, no text), in
    doc_id order, with the columns of :func:`lib.corpus.load_corpus`."""
    root = Path(root)
    return pd.DataFrame([load_article(root / f"{d}.txt", root) for d in sorted(set(gold["doc_id"]))])


def score_by_half(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """:func:`score_speakers` for each half of the gold (its ``half`` column, in file order) and for the
    report halves pooled ("report+report2"): one row per half, one column per measure, and the number of
    articles. Rules may be written from the tune halves; the report halves are the numbers to quote."""
    rows = {}
    for name, names in gold_halves(gold["half"]).items():
        g = gold[gold["half"].isin(names)]
        summary, _ = score_speakers(pred[pred["doc_id"].isin(set(g["doc_id"]))], g)
        rows[name] = {"articles": g["doc_id"].nunique(), **summary}
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("half")
