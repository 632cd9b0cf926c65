"""Key findings in plain words, computed from the analysis tables.

Used by the landing page of the rendered site and by the command line
summary, so both always describe the corpus that was actually analysed.
Nothing here is written for one corpus: every sentence is built from the
tables, and a corpus with one article, no quotes or no figures gets
sentences that say so.

>>> from lib.pipeline import analyze                     # doctest: +SKIP
>>> for f in key_findings(analyze("seeds")): print(f)    # doctest: +SKIP
"""
from __future__ import annotations

import math

import pandas as pd

__all__ = ["key_findings"]

# How a figure's qualifier reads before its value ("=" reads as nothing).
_QUALIFIER_WORDS = {">": "over", "<": "under", "~": "about", "up": "up", "down": "down", "target": "target"}


def _title(articles: pd.DataFrame, doc_id: str) -> str:
    row = articles.loc[articles["doc_id"] == doc_id]
    title = row["title"].iloc[0] if len(row) and "title" in row else ""
    title = title if isinstance(title, str) else ""
    return f"{doc_id} ({title})" if title else doc_id


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def _number(v) -> str:
    """A value as a reader writes it: 6.3 billion, 4,700, 12.5."""
    try:
        v = float(v)
    except (TypeError, ValueError):
        return str(v)
    if math.isnan(v):
        return "?"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= scale:
            return f"{v / scale:,.4g} {word}"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


def _members(group: pd.Series, figures: pd.DataFrame) -> list[str]:
    """The figures of one comparison group as written: surface, qualifier, article, speaker.

    Articles take turns (the first figure of each article, then the second …),
    so that a short listing shows every article of the group.
    """
    rows = []
    members = group.get("members")
    if isinstance(members, (list, tuple)) and len(figures) and {"doc_id", "start"} <= set(figures.columns):
        index = figures.set_index(["doc_id", "start"])
        seen: dict = {}
        turns = []
        for key in members:  # (how many figures of its article came before it, key)
            turns.append((seen.get(key[0], 0), key))
            seen[key[0]] = turns[-1][0] + 1
        for _, key in sorted(turns, key=lambda t: t[0]):
            try:
                f = index.loc[tuple(key)]
            except (KeyError, TypeError, ValueError):
                continue
            if isinstance(f, pd.DataFrame):
                f = f.iloc[0]
            qual = _QUALIFIER_WORDS.get(str(f.get("qualifier", "=")), "")
            surface = str(f.get("surface", "")) or _number(f.get("value"))
            who = f.get("speaker")
            where = str(key[0]) + (f", {who}" if isinstance(who, str) and who else "")
            rows.append(f"{qual + ' ' if qual else ''}{surface} ({where})")
    if rows:
        return rows
    # Fall back on the values alone when the members cannot be looked up.
    values = group.get("values")
    values = values if isinstance(values, (list, tuple)) else [values]
    return [f"{_number(v)} {group.get('unit', '')}".strip() for v in values]


def _ranked_groups(comp: pd.DataFrame, widest: bool) -> pd.DataFrame:
    """Comparison groups in the order they are worth reading.

    ``widest``: the groups spanning the most articles first (agreement across
    many articles). Otherwise groups in which the articles disagree first:
    at least two articles give different sets of values (two copies of one
    story that each give "£68m" and "£56m" do not disagree). Among them, the
    smallest first: two figures that differ are easier to read than ten.
    """
    n_docs = comp["doc_ids"].map(lambda d: len(set(d)) if isinstance(d, (list, tuple, set)) else 1)
    n_figs = comp["doc_ids"].map(lambda d: len(d) if isinstance(d, (list, tuple, set)) else 1)
    across = [int(_articles_disagree(g)) for _, g in comp.iterrows()] if len(comp) else []
    ranked = comp.assign(_docs=n_docs, _across=across, _figs=n_figs)
    if widest:
        return ranked.sort_values(["_docs", "_figs", "group"], ascending=[False, False, True], kind="stable")
    return ranked.sort_values(["_across", "_figs", "group"], ascending=[False, True, True], kind="stable")


def _articles_disagree(group: pd.Series) -> bool:
    """Whether two articles of a comparison group give different sets of values."""
    members, values = group.get("members"), group.get("values")
    if not isinstance(members, (list, tuple)) or not isinstance(values, (list, tuple)) or len(members) != len(values):
        docs = group.get("doc_ids")
        return isinstance(docs, (list, tuple, set)) and len(set(docs)) > 1
    by_doc: dict = {}
    for (doc, _), v in zip(members, values):
        by_doc.setdefault(doc, []).append(round(float(v), 9))
    return len({tuple(sorted(v)) for v in by_doc.values()}) > 1


def _listing(items: list[str], most: int = 4) -> str:
    if len(items) <= most:
        return "; ".join(items)
    return "; ".join(items[:most]) + f"; and {len(items) - most} more"


def _score(row: pd.Series) -> str:
    """An article's mean sentence score with its noise: "+0.13 ± 0.05" (the noise left out when unknown)."""
    noise = row.get("noise", float("nan"))
    return f"{row['mean_compound']:+.2f}" + ("" if pd.isna(noise) else f" ± {noise:.2f}")


def about_equal(a: pd.Series, b: pd.Series) -> bool:
    """Whether two articles' mean sentence scores differ by less than twice the noise of their difference
    (the standard errors of the two means, added in quadrature): too close to tell apart.

    >>> a, b = pd.Series({"mean_compound": 0.1314, "noise": 0.05}), pd.Series({"mean_compound": 0.1308, "noise": 0.04})
    >>> about_equal(a, b), about_equal(a, b.replace(0.1308, -0.3))
    (True, False)
    """
    na, nb = a.get("noise", float("nan")), b.get("noise", float("nan"))
    if pd.isna(na) or pd.isna(nb):
        return bool(a["mean_compound"] == b["mean_compound"])
    return bool(abs(a["mean_compound"] - b["mean_compound"]) < 2 * math.sqrt(na ** 2 + nb ** 2))


def _extreme_line(arts: pd.DataFrame, label: str, top: pd.Series, runner_up: pd.Series, note: str) -> str:
    """"Most positive article: …", with the runner-up named when the two are about equal."""
    line = f"Most {label} article: {_title(arts, top['doc_id'])}, mean sentence score {_score(top)}{note}"
    if about_equal(top, runner_up):
        line += (f"; about equal to {_title(arts, runner_up['doc_id'])} ({_score(runner_up)}), as the "
                 "difference is within the noise of the measure")
    return line + "."


def _tone_lines(arts: pd.DataFrame, docs: pd.DataFrame) -> list[str]:
    """The tone findings: the one article's tone, or the most positive and most negative article."""
    scored = docs.dropna(subset=["mean_compound"]) if len(docs) and "mean_compound" in docs else docs.iloc[0:0]
    if len(scored) == 1:
        only = scored.iloc[0]
        return [f"Tone of {_title(arts, only['doc_id'])}: mean sentence score {_score(only)} (-1 to +1)."]
    if len(scored) > 1:
        ranked = scored.sort_values(["mean_compound", "doc_id"], kind="stable")
        hi, lo = ranked.iloc[-1], ranked.iloc[0]
        note_hi = " (no article is positive on average)" if hi["mean_compound"] < 0 else ""
        note_lo = " (no article is negative on average)" if lo["mean_compound"] > 0 else ""
        return [_extreme_line(arts, "positive", hi, ranked.iloc[-2], note_hi),
                _extreme_line(arts, "negative", lo, ranked.iloc[1], note_lo)]
    return ["No sentence could be scored for tone."] if len(arts) else []


def key_findings(results: dict[str, pd.DataFrame], examples: int = 2) -> list[str]:
    """Short plain-text sentences on the corpus: size, tone, quotes, figures.

    ``results`` is the dict returned by :func:`lib.pipeline.analyze`. Every
    sentence is computed from the tables; none is written for one corpus.
    ``examples`` groups of figures that agree (and as many that differ) are
    spelt out: for agreement those spanning the most articles, for
    differences the smallest groups across articles.
    """
    arts, sents = results["articles"], results["sentences"]
    quotes, figures, comp = results["quotes"], results["figures"], results["comparison"]
    docs = results["documents"]
    out = [f"{len(arts):,} article(s), {len(sents):,} sentences, {len(quotes):,} quotes "
           f"and {len(figures):,} figures."]
    copied = set(arts.loc[arts["copy_of"].fillna("") != "", "doc_id"]) if "copy_of" in arts else set()
    if copied:
        out.append(f"{_plural(len(copied), 'article repeats', 'articles repeat')} an earlier article word for word "
                   "(articles.csv, column copy_of); their figures are not compared again.")

    out += _tone_lines(arts, docs)

    # a copy of an article is not a second occasion on which its speakers were quoted; people only
    named = quotes["speaker"].notna() if len(quotes) else pd.Series(dtype=bool)
    people = named & (quotes["speaker_type"] == "person") if len(quotes) and "speaker_type" in quotes else named
    known = quotes[people] if len(quotes) else quotes
    unknown = int((~named).sum()) if len(quotes) else 0
    others = int((named & ~people).sum()) if len(quotes) else 0
    if copied and len(known):
        known = known[~known["doc_id"].isin(copied)]
    if len(known):
        counts = (known.groupby("speaker").agg(quotes=("speaker", "size"), articles=("doc_id", "nunique"))
                  .reset_index().sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable"))
        top = counts.iloc[0]
        tied = list(counts.loc[counts["quotes"] == top["quotes"], "speaker"].iloc[1:])
        tie = ""
        if tied:
            tie = f" (tied with {', '.join(tied[:3])}{f' and {len(tied) - 3} more' if len(tied) > 3 else ''})"
        out.append(f"Most quoted person: {top['speaker']}, {_plural(int(top['quotes']), 'quote')} "
                   f"in {_plural(int(top['articles']), 'article')}{tie}"
                   f"{' (copies of articles left out)' if copied else ''}.")
        if others:
            out.append(f"{_plural(others, 'quote')} come{'s' if others == 1 else ''} from organisations, groups "
                       "or unnamed sources.")
        if unknown:
            out.append(f"{_plural(unknown, 'quote')} name{'s' if unknown == 1 else ''} no source.")
    elif len(quotes):
        out.append("No quote could be tied to a named person.")
    else:
        out.append("No quotes were found.")

    if len(comp):
        agree = _ranked_groups(comp[comp["status"] == "agree"], widest=True)
        differ = _ranked_groups(comp[comp["status"] == "differ"], widest=False)
        single = int((comp["status"] == "single").sum())
        if not len(agree) and not len(differ):
            out.append(f"No two of the {_plural(len(figures), 'figure')} measure the same thing, "
                       "so none could be compared.")
        else:
            out.append(f"Figures that measure the same thing: {_plural(len(agree), 'group')} "
                       f"agree{'s' if len(agree) == 1 else ''}, {len(differ):,} "
                       f"differ{'s' if len(differ) == 1 else ''}; {_plural(single, 'figure')} "
                       f"stand{'s' if single == 1 else ''} alone.")
        for label, rows in (("agree", agree), ("differ", differ)):
            for _, g in rows.head(examples).iterrows():
                out.append(f"Figures that {label}, {g['subject']}: {_listing(_members(g, figures))}.")
    elif len(figures):
        out.append("No two figures measure the same thing, so none could be compared.")
    else:
        out.append("No figures were found.")
    return out
