"""Sentences about the corpus being analysed, written from its tables (notebooks 01–03).

Each function reads a table the notebook has just shown and returns a short markdown paragraph that
states what a reader should notice in it, with the example picked from the data, so the text is right on
any corpus. A function returns "" when the table has nothing to say (no quote, no sentence, no group).

- :func:`skipped_word`: the rated word that the name rule skips in a rule example;
- :func:`carrying_words`: the words that give the most positive (or negative) sentences their scores;
- :func:`scorer_gap`: why VADER and pattern are far apart on one sentence;
- :func:`pronoun_example`: how the picked paragraph's mention is resolved;
- :func:`quote_shares`: which article holds most quotes, who is quoted most, what has no speaker;
- :func:`cue_summary`: which reporting verbs introduce most quotes, and verbs only one speaker gets;
- :func:`agreeing_groups`: figures that agree across articles.
"""
from __future__ import annotations

import pandas as pd

from .display import number_format
from .sentiment import explain_compound, explain_pattern, explain_vader

__all__ = ["agreeing_groups", "carrying_words", "cue_summary", "pronoun_example", "quote_shares",
           "scorer_gap", "skipped_word"]

_PUNCT = "\"'“”‘’«»,.;:!?()[]"


def _word(token: str) -> str:
    return str(token).strip(_PUNCT)


def _list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'.

    >>> _list(["a"]), _list(["a", "b"]), _list(["a", "b", "c"])
    ('a', 'a and b', 'a, b and c')
    """
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def skipped_word(sentence: str) -> str:
    """The lexicon word with the largest rating that ``score_texts`` skips in ``sentence`` because of a name.

    >>> print(skipped_word("He spoke at the United Nations Security Council on Monday."))
    ... # doctest: +NORMALIZE_WHITESPACE
    In this sentence, "United" (+1.8 in the lexicon), in the name "United Nations Security Council",
    is skipped this way.
    >>> skipped_word("The deal is good.")
    ''
    """
    table = explain_vader(sentence)
    rows = table[(table["skipped"] == "name") & table["lexicon"].notna()]
    if not len(rows):
        return ""
    row = rows.loc[rows["lexicon"].abs().idxmax()]
    words = sentence.split()
    tokens = list(table["token"])
    i = tokens.index(row["token"])
    lo = hi = i
    while lo > 0 and _word(tokens[lo - 1])[:1].isupper():
        lo -= 1
    while hi + 1 < len(tokens) and _word(tokens[hi + 1])[:1].isupper():
        hi += 1
    name = " ".join(_word(t) for t in tokens[lo:hi + 1]) if len(tokens) == len(words) else _word(row["token"])
    return (f'In this sentence, "{_word(row["token"])}" ({row["lexicon"]:+.1f} in the lexicon), '
            f'in the name "{name}", is skipped this way.')


def _rated(sentence: str) -> list[tuple[str, float]]:
    table = explain_vader(sentence)
    table = table[table["lexicon"].notna() & (table["valence"] != 0)]
    return [(_word(t), float(v)) for t, v in zip(table["token"], table["valence"])]


def carrying_words(sentences: pd.DataFrame, n: int = 3, positive: bool = True) -> str:
    """Which VADER words carry the ``n`` most positive (or negative) sentences of ``sentences`` (``compound``).

    >>> s = pd.DataFrame({"sentence": ["A great and wonderful visit.", "Talks were held."], "compound": [0.8, 0.0]})
    >>> carrying_words(s, n=1)
    'The most positive sentence owes its VADER score to "great" (+3.1) and "wonderful" (+2.7).'
    """
    rows = sentences.sort_values("compound", ascending=not positive, kind="stable").head(n)
    rows = rows[rows["compound"] > 0] if positive else rows[rows["compound"] < 0]
    words: dict[str, float] = {}
    for s in rows["sentence"]:
        for w, v in _rated(s):
            if (v > 0) == positive:
                words.setdefault(w.lower(), v)
    if not words:
        return ""
    top = sorted(words.items(), key=lambda kv: -abs(kv[1]))[:6]
    side = "positive" if positive else "negative"
    what = "sentence owes its" if len(rows) == 1 else f"{len(rows)} sentences owe their"
    return f"The most {side} {what} VADER score{'' if len(rows) == 1 else 's'} to " + _list(
        [f'"{w}" ({v:+.1f})' for w, v in top]) + "."


def scorer_gap(sentence: str) -> str:
    """Why VADER and pattern differ on ``sentence``: the words each rates and how they make ``compound``.

    >>> scorer_gap("The deal is good.")  # doctest: +ELLIPSIS
    'VADER adds up "good" (sum 1.9, so `vader` is +0.44); pattern ...'
    """
    vader_words = _rated(sentence)
    pat = explain_pattern(sentence)
    counted = pat[pat["counted"].notna() & (pat["counted"] != 0)] if len(pat) else pat
    calc = explain_compound(sentence)
    if vader_words:
        quoted = _list(['"' + w + '"' for w, _ in vader_words])
        vader = (f"VADER adds up {quoted} "
                 f"(sum {calc['vader_sum']:.1f}, so `vader` is {calc['vader']:+.2f})")
    else:
        vader = "VADER rates no word (`vader` is 0)"
    if len(counted):
        words = _list([f'"{w}" ({p:+.2f})' for w, p in zip(counted["word"], counted["counted"])])
        pattern = f"pattern averages {words} (`pattern` is {calc['pattern']:+.2f})"
    else:
        pattern = "pattern finds no word it rates (`pattern` is 0, a neutral vote)"
    return f"{vader}; {pattern}; their mean, `compound`, is {calc['compound']:+.2f}."


def pronoun_example(found: pd.DataFrame, quote: dict) -> str:
    """How the picked quote's mention is resolved, from the paragraph's mentions ``found`` (offsets, kind, person).

    >>> found = pd.DataFrame({"start": [0, 40], "mention": ["Smith", "he"], "person": ["Jo Smith"] * 2,
    ...                       "kind": ["surname", "pronoun"]})
    >>> q = {"mention": "he", "mention_start": 40, "speaker": "Jo Smith", "cue": "said"}
    >>> print(pronoun_example(found, q))  # doctest: +NORMALIZE_WHITESPACE
    The cue "said" points to the mention "he", a pronoun; it goes to Jo Smith because "Smith" (surname)
    is the last mention of a person before it.
    """
    speaker, mention = quote.get("speaker"), quote.get("mention")
    if not isinstance(speaker, str) or not isinstance(mention, str):
        return ""
    here = found[found["start"] == quote.get("mention_start")]
    kind = here["kind"].iloc[0] if len(here) else "mention"
    head = f'The cue "{quote.get("cue")}" points to the mention "{mention}", a {kind}'
    if kind != "pronoun":
        return f"{head}, which names {speaker} directly."
    before = found[(found["start"] < quote.get("mention_start")) & (found["kind"] != "pronoun")]
    if not len(before):
        return f"{head}; it goes to {speaker}."
    last = before.iloc[-1]
    agree = "" if last["person"] == speaker else f", although that mention is {last['person']}"
    return (f'{head}; it goes to {speaker} because "{last["mention"]}" ({last["kind"]}) is the last mention '
            f"of a person before it{agree}.")


def quote_shares(per_speaker: pd.DataFrame, quotes: pd.DataFrame, labels: dict[str, str]) -> str:
    """Where the quotes are, who is quoted most and how, and an example of a quote with no speaker."""
    if not len(quotes):
        return ""
    by_doc = quotes["doc_id"].value_counts()
    doc = sorted(by_doc[by_doc == by_doc.max()].index)[0]
    parts = [f"{labels.get(doc, doc)} holds the most quotes, {by_doc[doc]} of {len(quotes)}."]
    named = per_speaker[per_speaker["speaker"] != "(unknown)"]
    totals = named.groupby("speaker")[["quotes", "direct", "partial", "unmarked", "indirect"]].sum()
    totals = totals.sort_values("quotes", ascending=False, kind="stable")
    if len(totals):
        tops = [f"{s} ({r.quotes}: {r.direct + r.partial + r.unmarked} in their own words, "
                f"{r.indirect} reported)" for s, r in totals.head(2).iterrows()]
        parts.append(f"The most quoted speaker{'s are' if len(tops) > 1 else ' is'} {_list(tops)}.")
    unknown = quotes[quotes["speaker"].isna()]
    if len(unknown):
        u = unknown.iloc[0]
        words = " ".join(str(u["quote"]).split()[:10])
        where = labels.get(u.doc_id, u.doc_id)
        parts.append(f'{len(unknown)} quote(s) have no speaker, such as "{words} …" in {where}, '
                     f'whose source is written "{u["mention"]}".')
    else:
        parts.append("Every quote has a source.")
    return " ".join(parts)


def cue_summary(cues: pd.DataFrame) -> str:
    """The cues that introduce most quotes, and the speakers who get a cue no other speaker gets.

    >>> cues = pd.DataFrame({"speaker": ["A", "A", "B", "B"], "cue": ["said", "stressed", "said", "added"],
    ...                      "count": [3, 1, 2, 2]})
    >>> print(cue_summary(cues))  # doctest: +NORMALIZE_WHITESPACE
    "said" introduces 5 of the 8 quotes with a speaker and a cue, "added" 2.
    Cues that only one speaker gets: A "stressed".
    """
    if not len(cues):
        return ""
    totals = cues.groupby("cue")["count"].sum().sort_values(ascending=False, kind="stable")
    top = totals.head(2)
    text = (f'"{top.index[0]}" introduces {top.iloc[0]} of the {totals.sum()} quotes with a speaker and a cue'
            + (f', "{top.index[1]}" {top.iloc[1]}.' if len(top) > 1 else "."))
    owners = cues.groupby("cue")["speaker"].nunique()
    own = cues[cues["cue"].map(owners).eq(1) & ~cues["cue"].isin(top.index)]
    counts = own.groupby("speaker")["count"].sum().sort_values(ascending=False, kind="stable")
    if len(counts):
        lines = [f"{s} " + ", ".join(f'"{c}"' for c in own[own["speaker"] == s]["cue"].head(4))
                 for s in counts.index[:3]]
        text += " Cues that only one speaker gets: " + "; ".join(lines) + "."
    return text


def agreeing_groups(comp: pd.DataFrame, labels: dict[str, str], limit: int = 3) -> str:
    """The groups of figures from two or more articles that agree: subject, values and articles."""
    rows = comp[(comp["status"] == "agree")]
    rows = rows[rows["doc_ids"].map(lambda d: len(set(d)) > 1)]
    if not len(rows):
        return ""
    lines = []
    for _, r in rows.head(limit).iterrows():
        values = ", ".join(dict.fromkeys(f"{number_format(float(v))} {r['unit'] or ''}".strip() for v in r["values"]))
        arts = _list([f'"{labels.get(d, d)}"' for d in dict.fromkeys(r["doc_ids"])])
        lines.append(f"{r['subject'] or '(no subject)'} ({r['role']}): {values} in {arts}")
    more = f" ({len(rows) - limit} more)" if len(rows) > limit else ""
    return (f"{len(rows)} group(s) of figures from different articles agree{more}: " + "; ".join(lines) + ".")
