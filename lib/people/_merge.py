"""The cross-article name merge: one spelling for each person in every table of a corpus.

Each article names its people as written there ("Erdoğan", "Recep Tayyip
Erdogan", "Mr Wang"); :func:`name_map` decides which spellings are one person
across the corpus and which name shows for them. :func:`spelling_map` is the
one way a corpus calls it: from the doc_id and person of every mention, each
article's main names (:func:`main_names`, for :func:`same_story`) and the
alias file, it gives the spelling map that :func:`respell` applies to a
table's column (mentions' person, quotes' and figures' speaker), so that all
tables spell each person alike.

>>> spelling = spelling_map(["a", "a", "b"], ["Jo Bell", "Jo Bell", "Bell"], {"a": ["Bell", "Leeds"], "b": ["Bell"]})
>>> spelling
{'Jo Bell': 'Jo Bell', 'Bell': 'Bell'}
>>> spelling_map(["a", "a", "b"], ["Jo Bell", "Jo Bell", "Bell"], {"a": ["Bell", "Leeds"], "b": ["Bell", "Leeds"]})
{'Jo Bell': 'Jo Bell', 'Bell': 'Jo Bell'}
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pandas as pd

from ..lexicon import CALENDAR, demonyms, first_names, fold, honorifics, organisation_words, role_groups, stopwords

#: ``related(surnames, full_names)``: whether a surname used alone (its spellings) may join a full name.
Related = Callable[[list[str], list[str]], bool]


def same_person(a: str, b: str) -> bool:
    """Whether two names are the same person's: the same folded, or one ending in the other, "Jr" and "Sr" aside.

    >>> same_person("Blair", "Tony Blair"), same_person("Charles Evans", "Charles Evans Jr"), same_person("Bo", "Bi")
    (True, True, False)
    """
    a, b = (re.sub(r"\s+(?:jr|sr)\.?$", "", fold(x)) for x in (a, b))
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


# a capitalised word after a word or , ; : ' " ) and a space (the look-behind comes after the
# capital, so that the pattern is only tried where a capital stands)
_NAME_IN_SENTENCE = re.compile(r"[A-Z](?<=[\w,;:’'\"”)]\s[A-Z])[\w’'-]*[a-z][\w’'-]*")


def main_names(text: str, k: int = 5) -> list[str]:
    """The ``k`` names an article uses most: what it is about ("Kazakhstan", "Yukos", "Howard").

    Capitalised words inside sentences (not the first word of a sentence or
    line), used at least twice, without a possessive 's; a nationality counts
    as its place (lib/data/demonyms.csv: "Turkish" is "Turkey"). Acronyms ("UK",
    "DVDs"), months and days, titles and roles ("Mr", "President") and function words
    do not count. Ties are broken alphabetically.

    >>> main_names("Talks in Astana. Officials in Astana met Mr Fidan, and Fidan spoke. The UK, the UK.")
    ['Astana', 'Fidan']
    """
    counts: dict[str, int] = {}
    places = demonyms()
    for w in _NAME_IN_SENTENCE.findall(text):
        if w.endswith(("'s", "’s")):
            w = w[:-2]
            if w.isupper():  # "AOL's": an acronym, as "AOL" is
                continue
        elif w.endswith("s") and w[:-1].isupper():  # "DVDs", "MPs": acronyms too
            continue
        w = places.get(w, w)  # "Turkish" counts as "Turkey"
        counts[w] = counts.get(w, 0) + 1
    stop, hon, roles = stopwords(), honorifics(), role_groups()
    ranked = sorted(((-n, w) for w, n in counts.items()
                     if n >= 2 and w.lower() not in stop and w.lower() not in hon and w.lower() not in roles
                     and w.lower() not in CALENDAR), key=lambda x: x)
    return [w for _, w in ranked[:k]]

def corpus_main_names(corpus: pd.DataFrame, k: int = 5) -> dict[Any, list[str]]:
    """Each article's main names (:func:`main_names`), by doc_id: the ``main`` of :func:`spelling_map`.

    >>> corpus_main_names(pd.DataFrame({"doc_id": ["a"], "text": ["In Astana, and in Astana."]}))
    {'a': ['Astana']}
    """
    return {d: main_names(t, k) for d, t in zip(corpus["doc_id"], corpus["text"], strict=True)}


def spelling_map(doc_ids: Iterable, people: Iterable[str], main: Mapping[Any, Iterable[str]],
                 aliases: pd.DataFrame | None = None, names: Iterable[str] | None = None) -> dict[str, str]:
    """The cross-article name merge of a corpus: each spelling and the name every table shows for it.

    ``doc_ids`` and ``people`` are the doc_id and person of every mention of
    the corpus (:func:`mentions` before merging, repeats kept: they are
    counted); ``main`` maps each article to its main names
    (:func:`corpus_main_names`), which decide whether a surname used alone
    joins a full name of one other article (:func:`same_story`); ``aliases``
    is the corpus's alias file. ``names`` are the spellings to map, by
    default the people themselves; give another table's (the quotes'
    speakers) to spell them as the mentions are. Apply the result with
    :func:`respell`. A corpus too large to hold its mentions gathers them
    with :class:`NameTally`.

    >>> spelling_map(["a", "b"], ["Greg Abbott", "Abbott"], {"a": ["Texas"], "b": ["Texas"]}, names=["Abbott"])
    {'Abbott': 'Abbott'}
    >>> spelling_map(["a", "b", "c"], ["Greg Abbott", "Greg Abbott", "Abbott"], {}, names=["Abbott"])
    {'Abbott': 'Greg Abbott'}
    """
    people = list(people)
    related = same_story(docs_of_names(doc_ids, people), main) if people else None
    return name_map(people if names is None else names, aliases, universe=people, related=related)


def respell(table: pd.DataFrame, column: str, spelling: Mapping[str, str]) -> pd.DataFrame:
    """A copy of ``table`` with each name of ``column`` spelt as ``spelling`` says (:func:`spelling_map`).

    Empty cells stay None, names the map lacks stay as they are; a table
    without that column or without any name is returned as it is.

    >>> table = pd.DataFrame({"speaker": ["Erdogan", None]})
    >>> respell(table, "speaker", {"Erdogan": "Recep Tayyip Erdoğan"})["speaker"].tolist()
    ['Recep Tayyip Erdoğan', None]
    """
    if column not in table or not len(table) or not any(isinstance(n, str) and n for n in table[column]):
        return table
    out = table.copy()
    out[column] = pd.Series([spelling.get(n, n) if isinstance(n, str) and n else None for n in table[column]],
                            index=table.index, dtype=object)
    return out


class NameTally:
    """The mentions' (doc_id, person) pairs of a corpus gathered a batch at a time, with how often each is used:
    what :func:`spelling_map` reads, for a corpus whose mentions are not held at once.

    >>> tally = NameTally()
    >>> tally.add(["a", "a"], ["Jo Bell", "Bell"]); tally.add(["b"], ["Jo Bell"])
    >>> tally.columns()
    (['a', 'a', 'b'], ['Jo Bell', 'Bell', 'Jo Bell'])
    """

    def __init__(self) -> None:
        self.pairs: dict[tuple[Any, str], int] = {}

    def add(self, doc_ids: Iterable, people: Iterable) -> None:
        """Count a batch of mentions: their doc_ids and persons (empty ones are skipped)."""
        for doc, name in zip(doc_ids, people, strict=True):
            if isinstance(name, str) and name:
                self.pairs[(doc, name)] = self.pairs.get((doc, name), 0) + 1

    def columns(self) -> tuple[list, list[str]]:
        """The doc_ids and persons to give :func:`spelling_map`: each person as often as used, in order of
        first use (which is all the merge reads of their order)."""
        doc_ids: list = []
        people: list[str] = []
        for (doc, name), n in self.pairs.items():  # a person's first pair comes at their first use
            doc_ids += [doc] * n
            people += [name] * n
        return doc_ids, people


def canonicalize(table: pd.DataFrame, column: str, aliases: pd.DataFrame | None = None,
                 universe: Iterable[str] | None = None,
                 related: Callable[[list[str], list[str]], bool] | None = None) -> pd.DataFrame:
    """Merge the spellings of each person across articles into one canonical name.

    Names that fold to the same string ("Erdoğan"/"Erdogan"), names listed as
    aliases of one person in the alias file, and a surname used alone in one
    article when exactly one full name in the corpus ends in it, all become
    one name: the alias file's ``person`` when listed, otherwise the spelling
    with diacritics, then the most frequent, then the first alphabetically.
    A common given name alone ("Sir John") is not taken for a surname. When
    one full name ends in another ("Jose Manuel Barroso", "Manuel Barroso"),
    the longer is shown, unless the shorter is used more than twice as often
    or starts with a common given name while the other only adds one word
    that is not a given name ("Chris Paterson", not "Six Chris Paterson").

    ``universe`` is the corpus's names to decide with (with repeats, as they
    are counted), by default the column's own. Give the same one to every
    table of a corpus (the people of the mentions table, before merging), so
    that the tables name each person alike: the speakers alone may hold one
    full name ending in "Abbott" where the mentions hold four. ``related``
    decides which surnames used alone may join a full name (:func:`same_story`).

    >>> t = pd.DataFrame({"person": ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdogan"]})
    >>> canonicalize(t, "person")["person"].tolist()
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan']
    >>> canonicalize(pd.DataFrame({"speaker": ["Abbott"]}), "speaker", universe=["Abbott", "Greg Abbott"])["speaker"][0]
    'Greg Abbott'
    >>> canonicalize(pd.DataFrame({"speaker": ["Abbott"]}), "speaker",
    ...              universe=["Abbott", "Greg Abbott", "Paul Abbott"])["speaker"][0]
    'Abbott'
    """
    if column not in table or not len(table):
        return table
    own = [n for n in table[column] if isinstance(n, str) and n]
    if not own:
        return table
    return respell(table, column, name_map(own, aliases, universe, related))


def same_story(docs_of: Mapping[str, Iterable], main: Mapping[Any, Iterable[str]],
               min_shared: int = 2) -> Callable[[list[str], list[str]], bool]:
    """The ``related`` test of :func:`name_map` for a corpus: a full name used in two articles or more takes
    its surname used alone anywhere; one used in a single article takes it only from articles that share
    ``min_shared`` of their main names (:func:`main_names`) with that article.

    ``docs_of`` maps each spelling to the articles it is used in, ``main`` each article to its main names.
    On BBC, 3 of 14 merges into a full name of one article were right before: "Mr Wang" in a business story
    became the film director Wayne Wang, and "Dr Reddy's" (a drug maker) the professor Raj Reddy.

    >>> test = same_story({"Wang": {"a"}, "Wayne Wang": {"b"}}, {"a": ["Wang", "Shanghai"], "b": ["Wang", "Cannes"]})
    >>> test(["Wang"], ["Wayne Wang"])
    False
    """
    folded = {d: {fold(n) for n in names} for d, names in main.items()}

    def related(surnames: list[str], full_names: list[str]) -> bool:
        full_docs = set().union(*(docs_of.get(f, ()) for f in full_names))
        if len(full_docs) >= 2:
            return True
        alone = set().union(*(docs_of.get(f, ()) for f in surnames))
        return any(len(folded.get(a, set()) & folded.get(d, set())) >= min_shared for a in alone for d in full_docs)

    return related


def docs_of_names(doc_ids: Iterable, names: Iterable) -> dict[str, set]:
    """Each name and the articles it is used in.

    >>> docs_of_names(["a", "a", "b"], ["Jo Bell", "Jo Bell", "Bell"])
    {'Jo Bell': {'a'}, 'Bell': {'b'}}
    """
    out: dict[str, set] = {}
    for doc, name in zip(doc_ids, names, strict=True):
        if isinstance(name, str) and name:
            out.setdefault(name, set()).add(doc)
    return out

def name_map(own: Iterable[str], aliases: pd.DataFrame | None = None, universe: Iterable[str] | None = None,
             related: Related | None = None) -> dict[str, str]:
    """Each spelling in ``own`` and its canonical name, as :func:`canonicalize` gives it.

    For a table too large to hold at once: collect its names (with repeats
    when there is no ``universe``; each distinct name once suffices when
    there is one), then map each part of the table with the result.

    ``related(surnames, full_names)``, when given, decides whether a surname
    used alone (its spellings) may be merged into the one full name of the
    corpus that ends in it (that name's spellings): whether the articles
    they are used in are about the same thing (:func:`same_story`).

    >>> name_map(["Abbott"], universe=["Abbott", "Greg Abbott"])
    {'Abbott': 'Greg Abbott'}
    """
    own = [n for n in own if isinstance(n, str) and n]
    if universe is None:
        names = own
    else:  # the universe's names, and the table's own that it lacks
        names = [n for n in universe if isinstance(n, str) and n]
        known = set(names)
        names += [n for n in dict.fromkeys(own) if n not in known]
    merge = _NameMerge(names, _alias_index(aliases), related)
    # longer names first, so that "erdogan" finds "tayyip erdogan" already merged with "recep tayyip erdogan"
    for key in sorted(merge.by_fold, key=lambda k: -k.count(" ")):
        merge.into_longer_name(key)
    canon = {key: merge.final(name) for key, name in merge.canon.items()}
    _to_listed_people(canon, merge.alias_map)
    return {n: canon.get(fold(n), n) for n in dict.fromkeys(own)}  # each spelling folded once


def _alias_index(aliases: pd.DataFrame | None) -> dict[str, str]:
    """Every folded alias and person of the alias file -> the listed person."""
    alias_map: dict[str, str] = {}
    if aliases is not None and len(aliases):
        for person, alias in zip(aliases["person"], aliases["alias"], strict=True):
            alias_map[fold(alias)] = person
            alias_map[fold(person)] = person
    return alias_map


#: Words after which a name is another's, not the longer name's end ("Conservatives and Lib Dems").
_JOINING = frozenset(("and", "&", "or", "nor", "with", "v", "vs"))


def _endings(folds: Iterable[str]) -> dict[str, list[str]]:
    """Each multi-word name filed under every ending that starts after a space ("recep tayyip erdogan" under
    "tayyip erdogan" and "erdogan"): one look-up per name.

    >>> _endings(["jo bell", "bell"])
    {'bell': ['jo bell']}
    """
    ending_in: dict[str, list[str]] = {}
    for f in folds:
        for i, c in enumerate(f):
            if c == " ":
                ending_in.setdefault(f[i + 1:], []).append(f)
    return ending_in


class _NameMerge:
    """The state of :func:`name_map`: the spellings of each folded name, their canonical name, how often each
    canonical name is used, and the names merged into another after the fact."""

    def __init__(self, names: list[str], alias_map: dict[str, str], related: Related | None) -> None:
        self.counts = pd.Series(names).value_counts()
        self.by_fold: dict[str, list[str]] = {}
        for n in self.counts.index:
            self.by_fold.setdefault(fold(n), []).append(n)
        self.alias_map = alias_map
        self.related = related
        self.canon = {key: alias_map.get(key) or self._best(forms) for key, forms in self.by_fold.items()}
        # surname-only and first-name-less variants map to the unique full name ending in them
        self.ending_in = _endings(self.by_fold)
        self.weight: dict[str, int] = {}  # how often each canonical name is used
        for key, forms in self.by_fold.items():
            self.weight[self.canon[key]] = self.weight.get(self.canon[key], 0) + self._uses(forms)
        self.merged_into: dict[str, str] = {}
        self.given = {fold(n) for n in first_names()}
        self.listed = set(alias_map.values())
        self._full_forms: dict[str, list[str]] | None = None  # each canonical name's spellings of two words or more

    def _best(self, forms: list[str]) -> str:
        """The spelling shown for the spellings of one folded name."""
        # the spelling with diacritics first, so that tables canonicalised apart (mentions, quotes) agree
        return sorted(forms, key=lambda f: (f.isascii(), -self.counts.get(f, 0), f))[0]

    def _uses(self, forms: list[str]) -> int:
        """How often the spellings are used together."""
        return sum(int(self.counts[f]) for f in forms)

    def final(self, name: str) -> str:
        """The name that ``name`` was merged into, after every merge so far."""
        while name in self.merged_into:
            name = self.merged_into[name]
        return name

    def _story_allows(self, key: str, target: str) -> bool:
        """Whether the ``related`` test lets the surname ``key`` join ``target``."""
        if self._full_forms is None:  # every name of two words or more has been merged by now (longer ones first)
            self._full_forms = {}
            for k, forms in self.by_fold.items():
                if " " in k:
                    self._full_forms.setdefault(self.final(self.canon[k]), []).extend(forms)
        return self.related(self.by_fold[key], self._full_forms.get(target, []))

    def into_longer_name(self, key: str) -> None:
        """Merge the folded name ``key`` with the one longer name of the corpus that ends in it, if there is one."""
        if key in self.alias_map or key in self.given:  # "Sir John" alone is not "Elton John"
            return
        if any(form.split()[-1] in organisation_words() for form in self.by_fold[key]):
            return  # an organisation's name: "Football Association" is not "Scottish Football Association"
        longer = sorted({self.final(self.canon[f]) for f in self.ending_in.get(key, ())
                         if f != key and f[:-len(key)].split()[-1] not in _JOINING
                         and any(form[:1].isupper() for form in self.by_fold[f])})  # a name, not a description
        if len(longer) != 1:
            return
        mine, target = self.final(self.canon[key]), longer[0]
        if mine == target:
            return
        if self.related is not None and " " not in key and not self._story_allows(key, target):
            return  # "Mr Wang" in a business story is not the film director Wayne Wang
        moved = self._uses(self.by_fold[key])
        if self._shorter_is_shown(key, mine, target):
            self.merged_into[target] = mine
            self.weight[mine] += self.weight.pop(target, 0)
        else:
            self.canon[key] = target
            self.weight[target] = self.weight.get(target, 0) + moved
            self.weight[mine] = self.weight.get(mine, 0) - moved

    def _shorter_is_shown(self, key: str, mine: str, target: str) -> bool:
        """Whether two full names of one person show as the shorter, ``mine``, rather than ``target``.

        The shorter is shown when it is used more than twice as often as the longer (which may add a given
        name: "Recep Tayyip Erdoğan"), so that the one article whose sentence-initial word joined a name
        ("Defiant Matt Williams") does not rename the person ("da Silva", with a particle, is a surname: "Lula
        da Silva" stays); so is the one that starts with a given name when the other adds one word that is not
        one ("Six Chris Paterson").
        """
        extra = fold(target)[:-len(key)].strip()  # what the longer name adds before this one
        return " " in key and mine[:1].isupper() and target not in self.listed and (
            self.weight.get(mine, 0) > 2 * self.weight.get(target, 0)
            or (" " not in extra and extra not in self.given and key.split()[0] in self.given))


def _to_listed_people(canon: dict[str, str], alias_map: dict[str, str]) -> None:
    """Alias-file people: every multi-word name whose last word is an alias or a listed person's maps to them."""
    for key in list(canon):
        last = key.split()[-1]
        if last in alias_map and key not in alias_map and " " in key:
            target = alias_map[last]
            if fold(target).split()[-1] != last or fold(target) != key:
                canon[key] = target
