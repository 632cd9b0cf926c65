"""Sentences about the people of the corpus being analysed, written from notebook 04's tables.

Like :mod:`lib.explain.notes`: each function returns a markdown paragraph about the tables it is given,
or "" when they hold nothing to say.

- :func:`role_evidence`: people found without a role word, and people with different roles in different articles;
- :func:`pronoun_checks`: pronouns resolved past a nearer person named in the same sentence;
- :func:`alias_rows`: what each row of the alias file adds;
- :func:`main_people`: who is in every article, and each article's most mentioned person;
- :func:`tone_extremes`: who talks and is talked about most warmly, and the largest gap between the two.
"""
from __future__ import annotations

import pandas as pd

from .notes import _list

__all__ = ["alias_rows", "main_people", "pronoun_checks", "role_evidence", "tone_extremes"]


def role_evidence(found: pd.DataFrame, labels: dict[str, str]) -> str:
    """People found without a role word, and names whose roles differ between articles.

    >>> f = pd.DataFrame({"doc_id": ["a", "b"], "name": ["Jo Smith"] * 2, "roles": ["", "minister"]})
    >>> print(role_evidence(f, {"a": "A", "b": "B"}))  # doctest: +NORMALIZE_WHITESPACE
    Found without a role word: Jo Smith in A.
    Roles that differ between articles: Jo Smith ((none) in A; minister in B).
    """
    if not len(found):
        return ""
    parts = []
    bare = found[found["roles"] == ""]
    if len(bare):
        parts.append("Found without a role word: "
                     + "; ".join(f"{r.name} in {labels.get(r.doc_id, r.doc_id)}" for r in bare.head(5).itertuples())
                     + (f" ({len(bare) - 5} more)" if len(bare) > 5 else "") + ".")
    differ = [n for n, g in found.groupby("name", sort=True) if g["roles"].nunique() > 1]
    if differ:
        items = []
        for n in differ[:3]:
            g = found[found["name"] == n]
            items.append(f"{n} (" + "; ".join(f"{r.roles or '(none)'} in {labels.get(r.doc_id, r.doc_id)}"
                                              for r in g.itertuples()) + ")")
        parts.append("Roles that differ between articles: " + "; ".join(items) + ".")
    return " ".join(parts)


def pronoun_checks(corpus: pd.DataFrame, ments: pd.DataFrame, labels: dict[str, str]) -> str:
    """Pronouns given to one person while another person is named nearer before them in the same sentence.

    Such a pronoun may be right (the rule prefers the sentence's first person) or wrong ("X said Y and his
    counterpart …"): these are the resolutions to read first.
    """
    if not len(ments):
        return ""
    texts = dict(zip(corpus["doc_id"], corpus["text"]))
    hits = []
    for doc_id, g in ments.sort_values(["doc_id", "start"], kind="stable").groupby("doc_id", sort=True):
        last = None
        for r in g.itertuples():
            if r.kind != "pronoun":
                last = r
                continue
            text = texts[doc_id]
            if last is not None and last.person != r.person and not any(
                    p in text[last.end:r.start] for p in (". ", "\n", "? ", "! ")):
                hits.append((doc_id, r, last))
    if not hits:
        return "No pronoun is given to one person while another is named between the two in the same sentence."
    doc_id, r, last = hits[0]
    text = texts[doc_id]
    lo = max(text.rfind(". ", 0, last.start) + 2, text.rfind("\n", 0, last.start) + 1, 0)
    return (f"{len(hits)} pronoun(s) go to one person while another person is named nearer before them in the "
            f'same sentence: these are the ones to read first. The first, in {labels.get(doc_id, doc_id)}: in '
            f'"{text[lo:r.end]} …", "{r.mention}" is given to {r.person}, and {last.person} stands nearer.')


def alias_rows(aliases: pd.DataFrame, ments: pd.DataFrame) -> str:
    """For each alias row, how many mentions carry its words and how they were found."""
    if not len(aliases) or not len(ments):
        return ""
    items = []
    for a in aliases.itertuples():
        hit = ments[ments["mention"].str.contains(str(a.alias), case=False, regex=False)]
        if not len(hit):
            items.append(f'"{a.alias}" ({a.person}): no mention carries these words')
            continue
        kinds = hit["kind"].value_counts()
        how = ", ".join(f"{k} {n}" for k, n in kinds.items())
        own = int(kinds.get("alias", 0) + kinds.get("role", 0))
        note = "" if own else "; the text rules find these mentions without the row"
        items.append(f'"{a.alias}" ({a.person}): {len(hit)} mention(s), found as {how}{note}')
    return "Each row of the alias file: " + "; ".join(items[:6]) + "."


def main_people(matrix: pd.DataFrame, labels: dict[str, str], limit: int = 6) -> str:
    """People in every article, and each article's most mentioned person(s) (``matrix``: people × articles)."""
    if not len(matrix) or not matrix.shape[1]:
        return ""
    parts = []
    everywhere = [p for p in matrix.index if (matrix.loc[p] > 0).all()]
    if everywhere and matrix.shape[1] > 1:
        parts.append(f"{_list(everywhere[:5])} {'is' if len(everywhere) == 1 else 'are'} in all "
                     f"{matrix.shape[1]} articles.")
    items = []
    for col in list(matrix.columns)[:limit]:
        counts = matrix[col]
        if counts.max() > 0:
            tops = sorted(counts[counts == counts.max()].index)
            items.append(f"{_list(tops)} in {labels.get(col, col)} ({counts.max()})")
    if items:
        parts.append("The most mentioned person of each article: " + "; ".join(items)
                     + ("" if matrix.shape[1] <= limit else f"; {matrix.shape[1] - limit} more articles") + ".")
    return " ".join(parts)


def tone_extremes(both: pd.DataFrame, min_count: int = 3) -> str:
    """From ``tone_about_and_by``: warmest about and by, the largest gap, and those at or below 0.

    Only people with at least ``min_count`` mentions (and quotes, for their own words) are ranked.
    """
    about = both[both["mentions"] >= min_count].dropna(subset=["about"])
    by = both[both["quotes"] >= min_count].dropna(subset=["by"])
    if not len(about):
        return ""
    parts = []
    warm = about.loc[about["about"].idxmax()]
    parts.append(f"Among people with {min_count} or more mentions, the sentences about {warm.person} are the "
                 f"warmest ({warm.about:+.2f}).")
    if len(by):
        own = by.loc[by["by"].idxmax()]
        parts.append(f"Among people with {min_count} or more quotes, {own.person}'s own words are the warmest "
                     f"({own.by:+.2f}).")
        gap = by.loc[by["gap"].abs().idxmax()]
        parts.append(f"The largest gap between a person's words and the sentences about them is {gap.person}'s "
                     f"({gap.by:+.2f} against {gap.about:+.2f}).")
    cold = both[both["about"] <= 0.05]
    if len(cold):
        parts.append(f"{len(cold)} of {len(both)} people are talked about in sentences whose mean tone is neutral "
                     f"or negative, such as {_list(list(cold.person.head(3)))}.")
    return " ".join(parts)
