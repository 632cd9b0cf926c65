"""One row per person across a corpus: the articles, mentions, quotes and tone of each (:func:`people_table`)."""
from __future__ import annotations

import pandas as pd

from ..lexicon import fold


def people_table(mention_table: pd.DataFrame, quotes: pd.DataFrame | None = None,
                 tone: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per person across the corpus: articles, mentions, quotes, tone.

    ``mention_table`` is :func:`mentions` output; ``quotes`` (optional) has
    doc_id and speaker; ``tone`` (optional) is
    :func:`lib.sentiment.person_sentiment` output (doc_id, person,
    sentences, mean_compound). Columns: person, articles (how many),
    doc_ids, mentions, quotes, quoted_in (articles where they are quoted),
    mean_compound (mean tone of the sentences that mention them, weighted by
    sentences). Sorted by mentions, then name.
    """
    cols = ["person", "articles", "doc_ids", "mentions", "quotes", "quoted_in", "mean_compound"]
    if not len(mention_table):
        return pd.DataFrame(columns=cols)
    g = mention_table.groupby("person")
    out = pd.DataFrame({
        "articles": g["doc_id"].nunique(),
        "doc_ids": g["doc_id"].agg(lambda s: ", ".join(sorted(set(s)))),
        "mentions": g.size(),
    })
    if quotes is not None and len(quotes):
        q = quotes[quotes["speaker"].notna()]
        # speakers spelt as in the mentions table: the same name, or the one name there that ends in it or that
        # it ends in. extract_quotes and analyze already spell them alike; this serves tables canonicalised
        # apart (canonicalize without a shared universe: "Alan Milburn" and "Blairite Alan Milburn")
        by_fold = {fold(p): p for p in out.index}

        def as_mentioned(speaker: str) -> str:
            key = fold(speaker)
            if key in by_fold:
                return by_fold[key]
            near = [p for k, p in by_fold.items() if k.endswith(" " + key) or key.endswith(" " + k)]
            return near[0] if len(near) == 1 else speaker

        names = {sp: as_mentioned(sp) for sp in set(q["speaker"])}
        q = q.assign(speaker=[names[sp] for sp in q["speaker"]])
        out["quotes"] = q.groupby("speaker").size().reindex(out.index).fillna(0).astype(int)
        out["quoted_in"] = q.groupby("speaker")["doc_id"].nunique().reindex(out.index).fillna(0).astype(int)
    else:
        out["quotes"], out["quoted_in"] = 0, 0
    if tone is not None and len(tone):
        w = tone.assign(weighted=tone["mean_compound"] * tone["sentences"]).groupby("person")
        out["mean_compound"] = (w["weighted"].sum() / w["sentences"].sum()).reindex(out.index).round(3)
    else:
        out["mean_compound"] = float("nan")
    out = out.reset_index().rename(columns={"index": "person"})
    return out.sort_values(["mentions", "person"], ascending=[False, True], kind="stable").reset_index(drop=True)[cols]
