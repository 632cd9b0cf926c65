"""Evaluation of lib.people against hand annotations: pronoun resolution on BBC articles.

``tests/gold/pronouns_bbc.csv`` lists every he/him/his/she/her/hers in 17 BBC
articles with the person it refers to, read by hand (tests/gold/README.md);
NONE marks a pronoun with no named referent, UNSURE one the annotator could
not decide. ``bench/pronouns_bbc.py`` prints the scores;
``tests/test_people.py`` holds a lower bound.

>>> gold = pd.DataFrame({"doc_id": ["a", "a"], "start": [10, 30], "antecedent": ["Tony Blair", "NONE"]})
>>> score_pronouns(gold, {("a", 10): "Blair", ("a", 30): "Blair"})["precision"]
0.5
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from lib.people import mention_rows, same_person

__all__ = ["read_gold_pronouns", "pronoun_links", "score_pronouns"]


def read_gold_pronouns(path: str | Path) -> pd.DataFrame:
    """The hand-annotated pronouns (doc_id, start, pronoun, antecedent, ...), "NONE" kept as text."""
    return pd.read_csv(path, dtype={"start": int}, keep_default_na=False)


def pronoun_links(texts: Mapping[str, str]) -> dict[tuple[str, int], str]:
    """(doc_id, start) of every pronoun :func:`lib.people.mention_rows` resolves in each text -> its person."""
    links: dict[tuple[str, int], str] = {}
    for doc_id, text in texts.items():
        links.update({(doc_id, s): person for s, _, _, person, kind in mention_rows(text) if kind == "pronoun"})
    return links


def score_pronouns(gold: pd.DataFrame, links: dict[tuple[str, int], str]) -> dict:
    """Pronoun resolution scored against hand annotations.

    ``gold`` has doc_id, start and antecedent (a name, or NONE when the
    pronoun names no one in the article, or UNSURE); ``links`` maps (doc_id,
    start) to the person a pronoun was linked to. recall: named pronouns
    linked to the right person; precision: right links among all links,
    NONE pronouns that were linked counting as wrong.
    """
    named = gold[~gold["antecedent"].isin(["NONE", "UNSURE"])]
    none = gold[gold["antecedent"] == "NONE"]
    keys = [(d, int(s)) for d, s in zip(named["doc_id"], named["start"], strict=True)]
    linked = [(k, a) for k, a in zip(keys, named["antecedent"], strict=True) if k in links]
    right = sum(same_person(links[k], a) for k, a in linked)
    false_links = sum((d, int(s)) in links for d, s in zip(none["doc_id"], none["start"], strict=True))
    n_links = len(linked) + false_links
    return {"pronouns": len(gold), "named": len(named), "linked": len(linked), "right": right,
            "recall": right / len(named) if len(named) else float("nan"),
            "precision": right / n_links if n_links else float("nan"),
            "none": len(none), "none_linked": false_links}


