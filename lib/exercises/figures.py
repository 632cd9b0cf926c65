"""Checks for the exercises of notebook 03 (figures)."""
from __future__ import annotations

import pandas as pd

from lib.exercises import check_number, check_one_of, run_checks
from lib.figures import REASONS, compare_figures, difference_reasons, figures_in, group_figures, subject_key


def check_money_count(answer, figures: pd.DataFrame) -> None:
    """☼ How many figures of the corpus are amounts of money."""
    n = int((figures["kind"] == "money").sum())
    run_checks(answer, [
        (lambda a: isinstance(a, (int,)) or (hasattr(a, "is_integer") and float(a).is_integer()),
         "give a whole number, e.g. int((figures.kind == 'money').sum())."),
        (lambda a: int(a) != len(figures), "that is every figure; keep only the rows whose kind is 'money'."),
        (lambda a: int(a) == n, "filter the figures table on its `kind` column (== 'money') and count the rows."),
    ], success=f"{n} figures are amounts of money.")


def _first_differ(figures: pd.DataFrame, comp: pd.DataFrame | None = None) -> tuple[pd.Series | None, list[str]]:
    comp = compare_figures(figures) if comp is None else comp
    differ = comp[comp["status"] == "differ"]
    if not len(differ):
        return None, []
    row = differ.iloc[0]
    return row, difference_reasons(group_figures(figures, row))


def check_difference_reasons(answer, figures: pd.DataFrame, comp: pd.DataFrame | None = None) -> None:
    """◑ What sets apart the figures of the first group whose status is 'differ' (in ``comp``, when given)."""
    row, reasons = _first_differ(figures, comp)
    if row is None:
        run_checks(answer, [(lambda a: a == set(), "no group differs in this corpus: the answer is set().")],
                   success="No group differs in this corpus, so there is nothing to explain.")
        return
    want = set(reasons)
    run_checks(answer, [
        (lambda a: isinstance(a, (set, frozenset, list, tuple)), "give a set of words, e.g. {'value', 'speaker'}."),
        (lambda a: set(a) <= set(REASONS), f"use only these words: {', '.join(REASONS)}."),
        (lambda a: "value" in set(a), "the numbers themselves are not equal: include 'value'."),
        (lambda a: set(a) >= want, "something else differs too: compare the qualifier, subject (scope words such "
                                   "as 'total'/'direct'), speaker, period and doc_id of the figures in that group."),
        (lambda a: set(a) <= want, "one of your reasons does not hold: check each column again; "
                                   "equal values in a column are not a reason."),
    ], success=f"Group '{row['subject']}' differs in: {', '.join(reasons)}.")


# How the worked solution restates an amount: "total" is a scope word, so it leaves the
# subject's key unchanged but makes a one-word subject ("budget") a phrase of two words,
# which a figure needs to be compared with figures of other articles.
RESTATEMENTS = ("The {subject} reached {value:,.0f} {unit}.", "The total {subject} reached {value:,.0f} {unit}.")


def agreeing_restatement(figures: pd.DataFrame) -> tuple[str, pd.Series] | None:
    """A sentence restating one of the corpus's amounts of money, and the comparison row in
    which its figure (doc_id 'mine') agrees with the corpus; None when no amount can be restated so.

    Amounts that are changes or targets, or whose subject is empty, cannot be restated by a
    plain "reached" sentence.
    """
    comp = compare_figures(figures)
    for _, g in comp[comp["kind"] == "money"].iterrows():
        if g["role"] != "level" or not subject_key(g["subject"]):
            continue
        for template in RESTATEMENTS:
            sentence = template.format(subject=g["subject"], value=g["values"][0], unit=g["unit"])
            mine = figures_in(sentence).assign(doc_id="mine")
            comp2 = compare_figures(pd.concat([figures, mine], ignore_index=True))
            hits = comp2[comp2["doc_ids"].map(lambda d: "mine" in d and len(d) > 1) & (comp2["status"] == "agree")]
            if len(hits):
                return sentence, hits.iloc[0]
    return None


def check_own_figure(answer, figures: pd.DataFrame | None = None) -> None:
    """★ A comparison row in which your own figure (doc_id 'mine') agrees with the corpus.

    With the corpus's ``figures``, an answer of None is accepted when no amount of money of
    the corpus can be restated so that it agrees (a corpus without such amounts).
    """
    if answer is None and figures is not None and agreeing_restatement(figures) is None:
        run_checks(True, [], success="No amount of money in this corpus can be restated so that it joins a group: "
                                     "each is a change, a target, or has no subject that figures of two articles "
                                     "could share. There is nothing to agree with, so None is right here.")
        return

    def row_of(a):
        return a if isinstance(a, (pd.Series, dict)) else None

    run_checks(answer, [
        (lambda a: row_of(a) is not None, "give one row of compare_figures(...) output, e.g. comp.loc[i]."),
        (lambda a: "mine" in list(row_of(a)["doc_ids"]), "that group does not contain your figure: give your "
                                                       "sentence's figures doc_id 'mine' before comparing."),
        (lambda a: len(row_of(a)["doc_ids"]) >= 2, "your figure stands alone: write a subject the corpus uses "
                                                  "(or a synonym from SUBJECT_SYNONYMS) and the same unit."),
        (lambda a: row_of(a)["status"] == "agree", "your figure is grouped but its value differs: use the "
                                                  "same number as the corpus figure."),
    ], success="Your sentence's figure agrees with the corpus: same kind, unit, subject and value.")


def check_percent_articles(answer, figures: pd.DataFrame) -> None:
    """☼ How many articles give at least one percentage (kind 'percent')."""
    n = int(figures.loc[figures["kind"] == "percent", "doc_id"].nunique()) if len(figures) else 0
    check_number(answer, n, "keep the figures whose kind is 'percent' and count their distinct doc_ids "
                            "(.nunique()), not the figures.",
                 f"{n} article(s) give a percentage.")


def check_top_figure_speaker(answer, figures: pd.DataFrame) -> None:
    """◑ The speaker credited with the most figures ('' when no figure has a speaker)."""
    counts = figures["speaker"].dropna().value_counts() if len(figures) else pd.Series(dtype=int)
    if not len(counts):
        run_checks(answer, [(lambda a: a == "", "no figure of this corpus has a speaker: the answer is ''.")],
                   success="No figure of this corpus is credited to a speaker.")
        return
    best = set(counts[counts == counts.max()].index)
    check_one_of(answer, best, set(counts.index), "speaker",
                 "count the figures per speaker (figures.speaker.value_counts(), which leaves out figures "
                 "without a speaker) and take the first.",
                 f"{sorted(best)[0]} is credited with {int(counts.max())} figure(s).")
