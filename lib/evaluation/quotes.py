"""Scoring quote attribution against hand annotations: the seed gold and PolNeAR.

:func:`load_gold_quotes` places gold quotes in their articles and
:func:`evaluate_quotes` scores :func:`lib.quotes.extract_quotes` output
against them; :func:`polnear_gold` reads PolNeAR's speech attributions and
:func:`evaluate_polnear` runs :func:`lib.quotes.quotes_in` on its articles
and scores it, by span overlap or by the Gender Gap Tracker's character share.
"""
from __future__ import annotations

import pandas as pd

from ..lexicon import fold
from ..quotes import QUOTE_COLUMNS, quotes_in

__all__ = ["load_gold_quotes", "evaluate_quotes", "polnear_gold", "evaluate_polnear"]


# --------------------------------------------------------------------------
# the hand-annotated seed gold


def _gold_span(t: str, r) -> tuple[int, int]:
    """Where one gold row's quote (its ``occurrence``-th match, to ``quote_end_text`` if given) is in ``t``."""
    occ = getattr(r, "occurrence", None)
    occ = int(occ) if occ is not None and not pd.isna(occ) and str(occ).strip() else 1
    pos = -1
    for _ in range(occ):
        pos = t.find(r.quote, pos + 1)
    if pos < 0:
        raise ValueError(f"gold quote not found in {r.doc_id}: {r.quote[:60]!r}")
    end = pos + len(r.quote)
    tail = getattr(r, "quote_end_text", "")
    if isinstance(tail, str) and tail:
        e2 = t.find(tail, pos)
        if e2 < 0:
            raise ValueError(f"gold quote_end_text not found in {r.doc_id}: {tail[:60]!r}")
        end = e2 + len(tail)
    return pos, end


def load_gold_quotes(gold: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Place gold annotations (quote text, optional quote_end_text and occurrence) in the article text.

    Adds start and end; raises ValueError naming the row when a quote is not found.
    """
    text = dict(zip(corpus["doc_id"], corpus["text"], strict=True))
    spans = [_gold_span(text[r.doc_id], r) for r in gold.itertuples(index=False)]
    return gold.assign(start=[s for s, _ in spans], end=[e for _, e in spans])


def _best_match(pred: pd.DataFrame, g, used: set, min_overlap: float):
    """The unused prediction that overlaps gold row ``g`` enough: same kind first, then the largest overlap."""
    cands = pred[(pred["doc_id"] == g.doc_id) & (pred["start"] < g.end) & (pred["end"] > g.start)]
    best, best_key = None, None
    for i, p in cands.iterrows():
        if i in used:
            continue
        ov = min(p["end"], g.end) - max(p["start"], g.start)
        if ov < min_overlap * min(p["end"] - p["start"], g.end - g.start):
            continue
        key = (p["kind"] == g.kind, ov)
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best


def _quote_summary(table: pd.DataFrame, n_gold: int, n_pred: int, tp: int) -> dict:
    """Precision, recall, F1, and speaker and kind accuracy over the matched rows of ``table``."""
    precision = tp / n_pred if n_pred else float("nan")
    recall = tp / n_gold if n_gold else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    matched = table[table["matched"]] if len(table) else table
    return {"gold": n_gold, "predicted": n_pred, "matched": tp, "precision": precision, "recall": recall,
            "f1": f1, "speaker_accuracy": float(matched["speaker_ok"].mean()) if len(matched) else float("nan"),
            "kind_accuracy": float(matched["kind_ok"].mean()) if len(matched) else float("nan")}


def evaluate_quotes(pred: pd.DataFrame, gold: pd.DataFrame, min_overlap: float = 0.5) -> tuple[dict, pd.DataFrame]:
    """Precision, recall, F1 and speaker accuracy of predicted quotes against gold quotes.

    A predicted and a gold quote match when they are in the same article and
    their spans overlap by at least ``min_overlap`` of the shorter span
    (gold needs doc_id, start, end, kind, speaker). Each gold quote matches
    at most one prediction (the largest overlap, same kind first). Speaker
    accuracy is over matched pairs, comparing names without diacritics; an
    empty gold speaker matches a None prediction. Returns a summary dict and
    one row per gold quote and per unmatched prediction.
    """
    rows, used = [], set()
    pred = pred.reset_index(drop=True)
    for g in gold.itertuples(index=False):
        best = _best_match(pred, g, used, min_overlap)
        row = {"doc_id": g.doc_id, "gold_kind": g.kind, "gold_speaker": g.speaker or None,
               "gold_quote": g.quote[:80], "matched": best is not None}
        if best is not None:
            used.add(best)
            p = pred.loc[best]
            gs = fold(g.speaker) if isinstance(g.speaker, str) and g.speaker else ""
            ps = fold(p["speaker"]) if isinstance(p["speaker"], str) else ""
            row.update(kind=p["kind"], speaker=p["speaker"], quote=str(p["quote"])[:80],
                       kind_ok=p["kind"] == g.kind, speaker_ok=gs == ps)
        rows.append(row)
    for i, p in pred.iterrows():
        if i not in used and p["doc_id"] in set(gold["doc_id"]):
            rows.append({"doc_id": p["doc_id"], "gold_kind": None, "gold_speaker": None, "gold_quote": None,
                         "matched": False, "kind": p["kind"], "speaker": p["speaker"], "quote": str(p["quote"])[:80]})
    table = pd.DataFrame(rows)
    n_pred = int((pred["doc_id"].isin(set(gold["doc_id"]))).sum())
    return _quote_summary(table, len(gold), n_pred, len(used)), table


# --------------------------------------------------------------------------
# PolNeAR


def polnear_gold(records: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles and speech attributions of PolNeAR records (one dict per article, as in its JSONL file).

    Keeps the attributions that are speech (``content_has_quote_marks`` or
    ``speech_cue``), as that corpus's README advises: PolNeAR also annotates
    beliefs and plans. Returns a corpus (doc_id, text) and a gold table
    (doc_id, start, end, kind, source, source_spans, quote) where start/end
    cover the content spans, source_spans are the (start, end) pieces of the
    source mention, and kind is "marked" or "unmarked" (PolNeAR does not tell
    direct from partial quotes).
    """
    docs, gold = [], []
    for rec in records:
        doc_id, text = rec["article"], rec["text"]
        docs.append({"doc_id": doc_id, "text": text})
        for att in rec.get("attributions", []):
            if not (att.get("content_has_quote_marks") or att.get("speech_cue")):
                continue
            spans = (att.get("content") or {}).get("spans") or []
            if not spans:
                continue
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            gold.append({"doc_id": doc_id, "start": start, "end": end,
                         "kind": "marked" if att.get("content_has_quote_marks") else "unmarked",
                         "source": (att.get("source") or {}).get("text", ""),
                         "source_spans": [tuple(x) for x in (att.get("source") or {}).get("spans") or []],
                         "quote": text[start:end]})
    return pd.DataFrame(docs), pd.DataFrame(gold, columns=["doc_id", "start", "end", "kind", "source",
                                                           "source_spans", "quote"])


def _polnear_predictions(corpus: pd.DataFrame, outermost: bool = True) -> pd.DataFrame:
    """:func:`lib.quotes.quotes_in` on every article, with its doc_id, one table.

    With ``outermost``, a quote that lies inside another one of its article is left out: a partial quote
    inside the reported clause that holds it ("He called it “a disgrace”, adding that …") marks the
    verbatim words of the same attribution, which PolNeAR annotates once.
    """
    frames = []
    for doc_id, text in zip(corpus["doc_id"], corpus["text"], strict=True):
        found = quotes_in(text)
        if outermost and len(found) > 1:
            inside = [any(o.start <= r.start and r.end <= o.end and (o.start, o.end) != (r.start, r.end)
                          for o in found.itertuples()) for r in found.itertuples()]
            found = found[[not x for x in inside]]
        frames.append(found.assign(doc_id=doc_id))
    pred = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["doc_id"] + QUOTE_COLUMNS)
    return pred.reset_index(drop=True)


def _match_polnear(gold: pd.DataFrame, pred: pd.DataFrame, by_doc: dict, min_overlap: float,
                   gold_share: float | None) -> tuple[list[dict], set]:
    """One row per gold attribution, matched to at most one prediction (the largest overlap that is enough),
    and the predictions used."""
    used, rows = set(), []
    for g in gold.itertuples(index=False):
        cands = by_doc.get(g.doc_id, pred.iloc[0:0])
        cands = cands[(cands["start"] < g.end) & (cands["end"] > g.start)]
        best, best_ov = None, 0
        for i, p in cands.iterrows():
            ov = min(p["end"], g.end) - max(p["start"], g.start)
            enough = (ov > gold_share * (g.end - g.start) if gold_share is not None
                      else ov >= min_overlap * min(p["end"] - p["start"], g.end - g.start))
            if i not in used and enough and ov > best_ov:
                best, best_ov = i, ov
        row = {"doc_id": g.doc_id, "kind": g.kind, "source": g.source, "matched": best is not None,
               "pred_kind": None, "mention": None, "source_ok": False, "source_overlap": False}
        if best is not None:
            used.add(best)
            p = pred.loc[best]
            b = fold(str(g.source).strip())
            # a quote interrupted by its attribution is one gold item and may be two predictions
            mentions = [fold(str(m).strip()) for m in cands["mention"] if str(m).strip()] or [""]
            row.update(pred_kind=p["kind"], mention=p["mention"],
                       source_ok=any(a and b and (a in b or b in a) for a in mentions),
                       source_overlap=_mention_overlaps(p, g.source_spans))
        rows.append(row)
    return rows, used


def _mention_overlaps(pred, spans) -> bool:
    """Whether the predicted speaker mention overlaps the gold source mention (the Gender Gap Tracker's rule)."""
    a, b = pred["mention_start"], pred["mention_end"]
    return bool(a >= 0 and any(min(b, e) > max(a, s) for s, e in spans))


def _share_covered(gold: pd.DataFrame, pred: pd.DataFrame, by_doc: dict, gold_share: float) -> tuple[list, int]:
    """The Gender Gap Tracker's rule: whether each gold quote is found (the predictions together cover more
    than ``gold_share`` of its characters), and how many predictions are right (symmetrically)."""
    covered = []
    for g in gold.itertuples(index=False):
        cands = by_doc.get(g.doc_id, pred.iloc[0:0])
        chars = set()
        for a, b in zip(cands["start"], cands["end"], strict=True):
            chars.update(range(max(a, g.start), min(b, g.end)))
        covered.append(len(chars) > gold_share * (g.end - g.start))
    hits = 0
    for d, cands in by_doc.items():
        g = gold[gold["doc_id"] == d]
        for a, b in zip(cands["start"], cands["end"], strict=True):
            chars = set()
            for ga, gb in zip(g["start"], g["end"], strict=True):
                chars.update(range(max(a, ga), min(b, gb)))
            hits += len(chars) > gold_share * (b - a)
    return covered, hits


def evaluate_polnear(records: list[dict], min_overlap: float = 0.5, gold_share: float | None = None,
                     outermost: bool = True) -> tuple[dict, pd.DataFrame]:
    """Run :func:`lib.quotes.quotes_in` on PolNeAR articles and score it against their speech attributions.

    A prediction matches a gold attribution of the same article when the
    spans overlap by at least ``min_overlap`` of the shorter one (each gold
    item matches at most one prediction). ``source_ok`` says whether the
    predicted mention and PolNeAR's source mention name the same words
    (one contains the other, ignoring case and diacritics): PolNeAR gives
    the local mention ("he"), not the resolved person, so this checks the
    attribution link, not pronoun resolution. With ``gold_share`` (e.g.
    0.3, the Gender Gap Tracker's convention) a match needs more than that
    share of the gold quote's characters covered by the predictions together,
    and a prediction counts as right when gold quotes cover more than that
    share of its own characters.
    The summary has precision,
    recall and F1 overall, recall for quotes with and without marks, and
    source accuracy over matches, and ``source_overlap``: the share of matches whose predicted speaker
    mention overlaps PolNeAR's source mention (the held-out rule; stricter than ``source_accuracy``).
    With ``outermost`` (the default) a quote nested inside another predicted quote (a partial quote in the
    reported clause that holds it) is scored as part of it, not as a second attribution.
    """
    corpus, gold = polnear_gold(records)
    pred = _polnear_predictions(corpus, outermost)
    by_doc = {d: g for d, g in pred.groupby("doc_id", sort=False)}
    rows, used = _match_polnear(gold, pred, by_doc, min_overlap, gold_share)
    table = pd.DataFrame(rows)
    tp = len(used)
    precision = tp / len(pred) if len(pred) else float("nan")
    recall = tp / len(gold) if len(gold) else float("nan")
    if gold_share is not None and len(gold):
        covered, hits = _share_covered(gold, pred, by_doc, gold_share)
        table["matched"] = covered
        recall = sum(covered) / len(gold)
        precision = hits / len(pred) if len(pred) else float("nan")
        tp = int(sum(covered))
    matched = table[table["matched"]] if len(table) else table
    return {"articles": len(corpus), "gold": len(gold), "predicted": len(pred), "matched": tp,
            "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "recall_marked": (float(table.loc[table["kind"] == "marked", "matched"].mean())
                              if len(table) else float("nan")),
            "recall_unmarked": (float(table.loc[table["kind"] == "unmarked", "matched"].mean())
                                if len(table) else float("nan")),
            "source_accuracy": float(matched["source_ok"].mean()) if len(matched) else float("nan"),
            "source_overlap": float(matched["source_overlap"].mean()) if len(matched) else float("nan")}, table
