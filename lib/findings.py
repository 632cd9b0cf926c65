"""Key findings in plain words, computed from the analysis tables.

Used by the landing page of the rendered site and by the command line
summary, so both always describe the corpus that was actually analysed.

>>> from lib.pipeline import analyze                     # doctest: +SKIP
>>> for f in key_findings(analyze("seeds")): print(f)    # doctest: +SKIP
"""
from __future__ import annotations

import pandas as pd

__all__ = ["key_findings"]


def _title(articles: pd.DataFrame, doc_id: str) -> str:
    row = articles.loc[articles["doc_id"] == doc_id]
    title = row["title"].iloc[0] if len(row) else ""
    return f"{doc_id} ({title})" if title else doc_id


def _values(values) -> str:
    return ", ".join(f"{v:,.6g}" for v in values)


def key_findings(results: dict[str, pd.DataFrame]) -> list[str]:
    """Short plain-text sentences on the corpus: size, tone, quotes, figures.

    ``results`` is the dict returned by :func:`lib.pipeline.analyze`. Every
    sentence is computed from the tables; none is written for one corpus.
    """
    arts, sents = results["articles"], results["sentences"]
    quotes, figures, comp = results["quotes"], results["figures"], results["comparison"]
    docs = results["documents"]
    out = [f"{len(arts):,} article(s), {len(sents):,} sentences, {len(quotes):,} quotes "
           f"and {len(figures):,} figures."]

    if len(docs) and "mean_compound" in docs:
        ranked = docs.sort_values(["mean_compound", "doc_id"], kind="stable")
        hi, lo = ranked.iloc[-1], ranked.iloc[0]
        if len(docs) == 1:
            out.append(f"Tone: mean sentence score {hi['mean_compound']:+.2f} (-1 to +1).")
        else:
            out.append(f"Most positive article: {_title(arts, hi['doc_id'])}, "
                       f"mean sentence score {hi['mean_compound']:+.2f}.")
            out.append(f"Most negative article: {_title(arts, lo['doc_id'])}, "
                       f"mean sentence score {lo['mean_compound']:+.2f}.")

    known = quotes[quotes["speaker"].notna()] if len(quotes) else quotes
    if len(known):
        counts = (known.groupby("speaker").agg(quotes=("speaker", "size"), articles=("doc_id", "nunique"))
                  .reset_index().sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable"))
        top = counts.iloc[0]
        out.append(f"Most quoted person: {top['speaker']}, {top['quotes']} quote(s) "
                   f"in {top['articles']} article(s).")
        unknown = len(quotes) - len(known)
        if unknown:
            out.append(f"{unknown} quote(s) could not be tied to a person.")
    elif len(quotes):
        out.append("No quote could be tied to a named person.")
    else:
        out.append("No quotes were found.")

    if len(comp):
        agree = comp[comp["status"] == "agree"]
        differ = comp[comp["status"] == "differ"]
        out.append(f"Figures compared across and within articles: {len(agree)} group(s) agree, "
                   f"{len(differ)} differ, {int((comp['status'] == 'single').sum())} stand alone.")
        for label, rows in (("agree", agree), ("differ", differ)):
            for _, g in rows.head(2).iterrows():
                docs_ = ", ".join(sorted(set(g["doc_ids"]))) if not isinstance(g["doc_ids"], str) else g["doc_ids"]
                vals = g["values"] if not isinstance(g["values"], str) else [g["values"]]
                try:
                    vals = _values(vals)
                except (TypeError, ValueError):
                    vals = str(vals)
                out.append(f"Figures that {label}: {g['subject']}: {vals} ({docs_}).")
    return out
