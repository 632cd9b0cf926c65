"""Checks for the exercises of notebook 04 (people)."""
from __future__ import annotations

import re

import pandas as pd

from lib.exercises import check_largest_share, check_one_of, run_checks
from lib.people import canonicalize, mentions, people_table
from lib.sentiment import sentence_sentiment


def _ranked(mention_table: pd.DataFrame) -> pd.DataFrame:
    table = people_table(mention_table)
    return table.sort_values(["articles", "mentions", "person"], ascending=[False, False, True], kind="stable")


def check_most_articles(answer, mention_table: pd.DataFrame) -> None:
    """☼ The person mentioned in the most articles (ties: most mentions, then name)."""
    ranked = _ranked(mention_table)
    if not len(ranked):
        run_checks(answer, [(lambda a: a == "", "no person was found in this corpus, so the answer is ''.")],
                   success="No person was found in this corpus.")
        return
    best = ranked.iloc[0]
    most = int(best["articles"])
    tied = set(ranked.loc[ranked["articles"] == most, "person"])
    by_mentions = set(ranked.loc[ranked["mentions"] == ranked["mentions"].max(), "person"])
    run_checks(answer, [
        (lambda a: isinstance(a, str), "give the person's name as a string, e.g. table.person.iloc[0]."),
        (lambda a: a in set(ranked["person"]), "that is not a name of the `person` column of the mentions "
                                               "table; copy it from people_table(ments)."),
        (lambda a: a in tied or a not in by_mentions, "that person has the most mentions, not the most articles: "
                                                      "sort people_table(ments) by its `articles` column."),
        (lambda a: a in tied, f"someone is mentioned in more articles: the most is {most}. Sort by `articles`."),
        (lambda a: a == best["person"], f"{len(tied)} people are in {most} articles: among them, take the one "
                                        "with the most mentions (sort by articles, then mentions)."),
    ], success=f"{best['person']} is mentioned in {most} article(s), {int(best['mentions'])} times in all"
               + (f"; {len(tied) - 1} other(s) are in as many articles." if len(tied) > 1 else "."))


def _alias_counts(answer, corpus: pd.DataFrame, aliases: pd.DataFrame) -> tuple[int, int] | None:
    """The person's mention count with the alias file and with the new table; None if the answer is malformed.

    The old mentions are renamed with the new table first, so that a row which only renames a person
    (its ``person`` spelt differently from the text) does not count as new mentions.
    """
    try:
        new_aliases, person = answer
        before = canonicalize(mentions(corpus, aliases), "person", new_aliases)
        after = mentions(corpus, new_aliases)
        return (int((before["person"] == person).sum()) if len(before) else 0,
                int((after["person"] == person).sum()) if len(after) else 0)
    except Exception:  # noqa: BLE001 - a malformed answer gets a hint below, not a traceback
        return None


def check_alias_row(answer, corpus: pd.DataFrame, aliases: pd.DataFrame) -> None:
    """◑ A copy of the alias table with one more row, and a person whose mention count it raises."""
    def rows(t: pd.DataFrame) -> set[tuple[str, str]]:
        return set(zip(t["person"].astype(str), t["alias"].astype(str)))

    shaped = (isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], pd.DataFrame)
              and isinstance(answer[1], str) and {"person", "alias"} <= set(answer[0].columns))
    counts = _alias_counts(answer, corpus, aliases) if shaped else None
    run_checks(answer, [
        (lambda a: isinstance(a, tuple) and len(a) == 2 and isinstance(a[0], pd.DataFrame) and isinstance(a[1], str),
         "give a pair (new_aliases, person): your DataFrame and the name whose count should change."),
        (lambda a: shaped, "the new table needs the columns person and alias, like the alias file."),
        (lambda a: rows(a[0]) >= rows(aliases), "keep every row of the alias file: add yours to a copy, e.g. "
                                                "pd.concat([aliases, extra], ignore_index=True)."),
        (lambda a: len(rows(a[0])) > len(rows(aliases)), "your table has no new row. If you changed `aliases` "
                                                         "itself, reload it with load_aliases(CORPUS) first."),
        (lambda a: counts[1] > 0, f"{answer[1] if shaped else 'that person'} has no mention in this corpus with "
                                  "your table: use a name exactly as in the `person` column of "
                                  "mentions(corpus, new_aliases)."),
        (lambda a: counts[1] > counts[0], "that person's mention count did not grow: the alias must be words "
                                          "that occur in an article that names the person and are not already "
                                          "a mention (read the article for a description or a spelling the "
                                          "rules missed)."),
    ], success=(f"{answer[1]}: {counts[0]} → {counts[1]} mentions with your alias table." if counts else "Correct."))


MIN_SENTENCES = 5


def sentence_drags(corpus: pd.DataFrame, mention_table: pd.DataFrame,
                   min_sentences: int = MIN_SENTENCES) -> pd.DataFrame:
    """For each person in at least ``min_sentences`` distinct sentences, and each of those sentences:
    how much the person's mean compound would rise without it.

    Columns: person, doc_id, sent_id, sentence, compound, n (the person's
    sentences), mean (their mean compound), rise (mean without the sentence − mean).
    """
    cols = ["person", "doc_id", "sent_id", "sentence", "compound", "n", "mean", "rise"]
    sents = sentence_sentiment(corpus)
    if not len(mention_table) or not len(sents):
        return pd.DataFrame(columns=cols)
    pairs = mention_table[["doc_id", "start", "end", "person"]].merge(
        sents[["doc_id", "sent_id", "start", "end", "sentence", "compound"]], on="doc_id", suffixes=("", "_s"))
    pairs = pairs[(pairs["start_s"] < pairs["end"]) & (pairs["end_s"] > pairs["start"])]
    pairs = pairs.drop_duplicates(["person", "doc_id", "sent_id"])
    g = pairs.groupby("person")["compound"]
    pairs = pairs.assign(n=pairs["person"].map(g.size()), total=pairs["person"].map(g.sum()))
    pairs = pairs[pairs["n"] >= max(2, min_sentences)]
    pairs = pairs.assign(mean=pairs["total"] / pairs["n"],
                         rise=(pairs["total"] - pairs["compound"]) / (pairs["n"] - 1) - pairs["total"] / pairs["n"])
    return pairs[cols].reset_index(drop=True)


def check_dragging_sentence(answer, corpus: pd.DataFrame, mention_table: pd.DataFrame) -> None:
    """★ Among people in at least 5 sentences, the (person, sentence) whose removal raises their mean tone most."""
    drags = sentence_drags(corpus, mention_table)
    if not len(drags):
        run_checks(answer, [(lambda a: tuple(a) == ("", ""), f"no person is mentioned in {MIN_SENTENCES} or more "
                                                            "sentences here, so the answer is ('', '').")],
                   success=f"No person is mentioned in {MIN_SENTENCES} or more sentences in this corpus.")
        return
    top = drags["rise"].max()
    best = drags[drags["rise"] >= top - 1e-9]
    row = best.sort_values(["person", "doc_id", "sent_id"]).iloc[0]
    ok_people = set(drags["person"])

    def of(a) -> pd.DataFrame:
        return drags[(drags["person"] == a[0]) & (drags["sentence"] == a[1])]

    def own_best(a) -> bool:
        mine = drags[drags["person"] == a[0]]
        return of(a)["rise"].max() >= mine["rise"].max() - 1e-9

    try:
        mine = of(answer)
        row = mine.iloc[0] if len(mine) and mine["rise"].max() >= top - 1e-9 else row
    except Exception:  # noqa: BLE001 - a malformed answer gets a hint below
        pass
    run_checks(answer, [
        (lambda a: isinstance(a, tuple) and len(a) == 2 and all(isinstance(x, str) for x in a),
         "give a pair of strings: (person, sentence)."),
        (lambda a: a[0] in ok_people, f"that is not one of the people mentioned in at least {MIN_SENTENCES} "
                                      "distinct sentences; count each person's sentences first."),
        (lambda a: len(of(a)) > 0, "that sentence does not mention that person: keep the sentences whose "
                                   "start/end overlap one of the person's mentions in the same article."),
        (lambda a: own_best(a), "for that person another sentence drags the mean down more: the one with the "
                                "lowest compound."),
        (lambda a: of(a)["rise"].max() >= top - 1e-9, "another person's sentence drags them down more: compare "
                                                      "the rises (mean without the sentence − mean) across people, "
                                                      "not the compounds; one sentence weighs more for someone "
                                                      "with fewer sentences."),
    ], success=f"Without it, {row['person']}'s mean tone over {int(row['n'])} sentences rises from "
               f"{row['mean']:+.3f} to {row['mean'] + row['rise']:+.3f}. Are its negative words about "
               f"{row['person']}?")


MIN_MENTIONS = 5


def check_most_people_article(answer, mention_table: pd.DataFrame) -> None:
    """☼ The doc_id of the article that mentions the most distinct people."""
    if not len(mention_table):
        run_checks(answer, [(lambda a: a == "", "no person is mentioned in this corpus: the answer is ''.")],
                   success="No person is mentioned in this corpus.")
        return
    n = mention_table.groupby("doc_id")["person"].nunique()
    best = set(n[n == n.max()].index)
    check_one_of(answer, best, set(mention_table["doc_id"]), "doc_id",
                 "count the distinct persons per doc_id (groupby('doc_id').person.nunique()), not the mentions.",
                 f"{sorted(best)[0]} mentions {int(n.max())} different people.")


def check_pronoun_share(answer, mention_table: pd.DataFrame) -> None:
    """◑ Among people with at least MIN_MENTIONS mentions, the one with the largest share of pronoun mentions."""
    check_largest_share(answer, mention_table["kind"] == "pronoun", mention_table["person"], MIN_MENTIONS, "person",
                        (f"nobody has {MIN_MENTIONS} mentions here: the answer is ''.",
                         f"Nobody is mentioned {MIN_MENTIONS} times or more in this corpus."),
                        f"per person, divide the mentions whose kind is 'pronoun' by all their mentions, keep people "
                        f"with at least {MIN_MENTIONS} mentions, and take the largest share.",
                        "{best}: {share:.0%} of their mentions are pronouns, each one a guess of the pronoun rule.")


def find_alias_row(corpus: pd.DataFrame, aliases: pd.DataFrame, tries: int = 60) -> tuple[pd.DataFrame, str] | None:
    """A worked answer to the alias exercise: (aliases plus one description row, the person it gives mentions).

    Looks for a description the rules leave unresolved ("the <role>", with an optional word before the
    role such as a nationality) in an article that names a person with a role of the same group, and keeps
    the first row that raises that person's mentions in that article. None when no such row is found.
    """
    from lib.lexicon import role_groups
    from lib.people import find_people

    groups = role_groups()
    roles = "|".join(re.escape(r) for r in sorted(groups, key=len, reverse=True))
    phrase = re.compile(rf"\bthe ((?:[A-Z][\w-]+ )?(?:{roles}))\b", re.I)
    for rec in corpus.itertuples(index=False):
        one = corpus[corpus["doc_id"] == rec.doc_id]
        people = [p for p in find_people(rec.text, aliases) if p.roles]
        for m in phrase.finditer(rec.text):
            group = groups.get(m.group(1).lower().split(" ", 1)[-1]) or groups.get(m.group(1).lower())
            for p in (p for p in people if group in p.roles):
                tries -= 1
                if tries < 0:
                    return None
                extra = pd.DataFrame({"person": [p.name], "alias": [m.group(1)]})
                new = pd.concat([aliases, extra], ignore_index=True)
                counts = _alias_counts((new, p.name), one, aliases)
                if counts and counts[1] > counts[0]:
                    return new, p.name
    return None
