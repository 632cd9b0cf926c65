"""Checks for the exercises of notebook 02 (quotes).

>>> check_most_quoted(None, None)
✘ Not yet. Hint: assign your result to `answer` (it is still None).
>>> check_new_verb(('"We will win the vote," Anna Smith whispered.', '"We will win the vote," Anna Smith said.'))
✔ 'whispered' is not on the list: quotes_in still finds the quote, but not who said it (speaker None). \
Add the verb's base form as a line of lib/data/reporting_verbs.txt and restart the kernel to have it read.
"""
from __future__ import annotations

import re

import pandas as pd

from lib.exercises import check_largest_share, check_number, run_checks
from lib.people import PRONOUNS, fold, mentions_in, reporting_verbs
from lib.quotes import quotes_in
from lib.text import quote_mark_spans

__all__ = ["check_most_quoted", "check_new_verb", "check_fooled_pronoun"]


def check_most_quoted(answer, quotes: pd.DataFrame) -> None:
    """☼ The speaker with the most quotes (rows of ``extract_quotes``, every kind) in the whole corpus."""
    if quotes is None or "speaker" not in getattr(quotes, "columns", []):
        quotes = pd.DataFrame({"doc_id": [], "speaker": []})
    named = quotes[quotes["speaker"].notna()]
    counts = named["speaker"].value_counts()
    if not len(counts):
        run_checks(answer, [(lambda a: a == "", "no quote of this corpus has a speaker: the answer is ''.")],
                   success="No quote of this corpus has a speaker, so nobody is quoted most.")
        return
    top = int(counts.max())
    best = sorted(counts[counts == top].index)
    per_doc = named.groupby(["doc_id", "speaker"]).size()
    doc_tops = {s for d, g in per_doc.groupby(level=0) for (_, s), n in g.items() if n == g.max()}
    articles = int(named.loc[named["speaker"] == best[0], "doc_id"].nunique())
    tie = f" (tied with {', '.join(best[1:])})" if len(best) > 1 else ""
    run_checks(answer, [
        (lambda a: isinstance(a, str), "give the speaker's name as a string, e.g. quotes['speaker'].iloc[0]."),
        (lambda a: a not in ("(unknown)", ""), "quotes with no speaker do not count: leave out the rows whose "
                                               "speaker is None (value_counts() does so)."),
        (lambda a: a in set(counts.index), "that name is not a speaker in `quotes`; copy it from the speaker column."),
        (lambda a: a in best or a not in doc_tops, "that speaker is quoted most in one article; count over the "
                                                   "whole corpus, not per article."),
        (lambda a: a in best, "count the rows of `quotes` per speaker (every kind of quote counts once): "
                              "quotes['speaker'].value_counts()."),
    ], success=f"{best[0]}{tie} is quoted {top} time{'s' if top != 1 else ''}, in {articles} article(s): "
                       "the most of any speaker.")


_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


def _one_word_apart(a: str, b: str) -> tuple[str, str] | None:
    """The one word in which two sentences differ, as (word in a, word in b); None otherwise."""
    wa, wb = _WORD.findall(a), _WORD.findall(b)
    if len(wa) != len(wb):
        return None
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    return diff[0] if len(diff) == 1 else None


def _speakers(text: str) -> set[str]:
    return {s for s in quotes_in(text)["speaker"] if isinstance(s, str) and s}


def _verbs_not_listed() -> list[str]:
    """Verbs of speaking that lib/data/reporting_verbs.txt does not hold (yet), quoted, for the hint."""
    return [f"'{v}'" for v in ("whispered", "grumbled", "murmured", "shouted", "sighed") if v not in reporting_verbs()]


def check_new_verb(answer) -> None:
    """◑ A pair of sentences, the same but for the verb: one not on the reporting-verb list, one on it."""
    def pair(a):
        return isinstance(a, (tuple, list)) and len(a) == 2 and all(isinstance(s, str) for s in a)

    def verb(a, k):
        return _one_word_apart(a[0], a[1])[k].lower()

    run_checks(answer, [
        (pair, "give two sentences as a pair: (sentence with your verb, the same sentence with 'said')."),
        (lambda a: all(quote_mark_spans(s) for s in a), "each sentence needs a quote in quote marks, e.g. "
                                                        "'\"We will win the vote,\" Anna Smith said.'"),
        (lambda a: _one_word_apart(*a) is not None, "the two sentences should differ in one word only: the verb."),
        (lambda a: verb(a, 1) in reporting_verbs(), "the second sentence should use a verb from the list, "
                                                    "such as 'said'."),
        (lambda a: verb(a, 0) not in reporting_verbs(), "your verb is on the list already "
                                                        "(lib/data/reporting_verbs.txt): choose one that is not, "
                                                        "e.g. " + " or ".join(_verbs_not_listed()[:2]) + "."),
        (lambda a: _speakers(a[1]), "with 'said' the quote should get a speaker: name the person with a first "
                                    "name and surname right next to the verb ('…,\" Anna Smith said.')."),
        (lambda a: not _speakers(a[0]), "quotes_in still finds the speaker with your verb: the speaker must come "
                                        "from the verb alone. Keep the sentences to one quote and one "
                                        "attribution, with nothing before them."),
    ], success=(f"'{verb(answer, 0)}' is not on the list: quotes_in still finds the quote, but not who said it "
                "(speaker None). Add the verb's base form as a line of lib/data/reporting_verbs.txt and restart "
                "the kernel to have it read.") if pair(answer) and _one_word_apart(*answer) else "")


def _pronoun_quotes(text: str) -> pd.DataFrame:
    q = quotes_in(text)
    return q[q["mention"].map(lambda m: isinstance(m, str) and fold(m.strip()) in PRONOUNS)]


def _person_named(text: str, who: str) -> str | None:
    """The person of ``text`` (as :func:`lib.people.mentions_in` names them) that ``who`` names."""
    key = fold(who.strip())
    for p in dict.fromkeys(mentions_in(text)["person"]):
        if key and (fold(p) == key or fold(p).endswith(" " + key)):
            return p
    return None


def check_fooled_pronoun(answer) -> None:
    """★ A text whose pronoun-attributed quote goes to the wrong person, and the name of who really spoke."""
    def wrong(a):
        truth = _person_named(a[0], a[1])
        return any(fold(s) != fold(truth) for s in _pronoun_quotes(a[0])["speaker"] if isinstance(s, str))

    run_checks(answer, [
        (lambda a: isinstance(a, (tuple, list)) and len(a) == 2 and all(isinstance(s, str) for s in a),
         "give a pair: (your text, the name of the person who really says the quote)."),
        (lambda a: len(quotes_in(a[0])), "quotes_in finds no quote in your text: put the words in quote marks "
                                         "and attribute them ('\"…,\" he said.')."),
        (lambda a: len(_pronoun_quotes(a[0])), "attribute the quote with a pronoun ('he said', 'she said'), not a "
                                               "name: the pronoun rule is what you are trying to fool."),
        (lambda a: _pronoun_quotes(a[0])["speaker"].notna().any(),
         "the pronoun resolves to nobody: name two people before the quote, each with a role "
         "('President John Brown', 'Prime Minister Tom Hill')."),
        (lambda a: _person_named(a[0], a[1]) is not None,
         "the second item should name one of the people of your text, as mentions_in(text) finds them."),
        (wrong, "quotes_in gives the quote to that person as well: it is right, so the rule was not fooled. Make "
                "someone else the subject of the sentence just before the quote."),
    ], success=_fooled_message(answer))


def _fooled_message(answer) -> str:
    try:
        rows = _pronoun_quotes(answer[0])
        truth = _person_named(answer[0], answer[1])
        r = next(r for r in rows.itertuples() if isinstance(r.speaker, str) and fold(r.speaker) != fold(truth))
    except Exception:  # noqa: BLE001 - only the success message; the checks give the hints
        return ""
    return (f"Fooled: '{r.mention.strip()}' went to {r.speaker}, not {truth}. The rule takes the person named "
            "first in the nearest sentence before the pronoun (usually its subject); it does not read what the "
            "quote says.")


LONG_QUOTE = 20
MIN_QUOTES = 3


def check_long_direct(answer, quotes: pd.DataFrame) -> None:
    """☼ How many direct quotes have more than LONG_QUOTE words (split on white space)."""
    direct = quotes[quotes["kind"] == "direct"]
    n = int((direct["quote"].str.split().str.len() > LONG_QUOTE).sum())
    check_number(answer, n, f"keep the rows whose kind is 'direct', split each quote on white space and count "
                            f"those with more than {LONG_QUOTE} words.",
                 f"{n} of {len(direct)} direct quotes have more than {LONG_QUOTE} words.")


def check_most_indirect_article(answer, quotes: pd.DataFrame) -> None:
    """◑ Among articles with at least MIN_QUOTES quotes, the doc_id with the largest share of indirect ones."""
    check_largest_share(answer, quotes["kind"] == "indirect", quotes["doc_id"], MIN_QUOTES, "doc_id",
                        (f"no article has {MIN_QUOTES} quotes here: the answer is ''.",
                         f"No article of this corpus has {MIN_QUOTES} or more quotes."),
                        f"per doc_id, divide the indirect quotes by all quotes, keep the articles with at least "
                        f"{MIN_QUOTES} quotes, and take the largest share (not the largest count).",
                        "{best}: {share:.0%} of its quotes are reported speech.")
