"""People: who is mentioned where, by name, surname, role or pronoun.

People are found in the text itself, from names that come with evidence that
they belong to a person:

- a role or honorific right before the name ("Turkish President Recep Tayyip
  Erdogan", "his Kazakh counterpart Murat Nurtleu", "Mr Blair");
- a role in apposition after it ("Aibek Smadiyarov, a spokesman for …");
- a reporting verb right after a name of two or more words ("Hakan Fidan said");
- a common given name before a surname ("Paula Radcliffe"; ``lib/data/first_names.csv``),
  whose usual gender also tells "he" from "she" when no title does.

Once a person is known, later mentions of their surname, of a spelling variant
that differs only in diacritics ("Erdoğan"), of a description that fits the
role they were introduced with ("the Kazakh Head of State" for someone
introduced as "Kazakh President …") and of he/she pronouns resolve to them.
What the text cannot tell comes from an editable alias file per corpus
(``people.csv``, read by :func:`lib.corpus.load_aliases`): spelling variants
("Nurtileu") and role descriptions ("Turkish foreign minister").

Across a corpus, the spellings of each person are merged into one name
(:func:`spelling_map`, applied to a table by :func:`respell`).

Word lists (roles, honorifics, nationality adjectives, given names, name
connectors, title words) are data files in ``lib/data/``; nothing here is
specific to one corpus.

The modules, one job each:

- ``_words``: the word lists people read, and lookups over them;
- ``_tokenize``: word tokens that may be names, and runs of them;
- ``_cues``: reporting verbs next to a name;
- ``_evidence``: the rules that say a run of words names a person;
- ``_names``: :func:`find_people`, the people of one article;
- ``_pronouns``: pronoun resolution;
- ``_mentions``: :func:`mention_rows`, :func:`mentions_in`, :func:`mentions`;
- ``_merge``: the cross-article name merge (:func:`spelling_map`, :func:`name_map`, :func:`main_names`);
- ``_table``: :func:`people_table`.

>>> m = mentions_in("Turkish President Recep Tayyip Erdogan arrived. Erdoğan said he was glad.")
>>> m[["mention", "kind"]].values.tolist(), set(m["person"])
([['Recep Tayyip Erdogan', 'name'], ['Erdoğan', 'surname'], ['he', 'pronoun']], {'Recep Tayyip Erdogan'})
"""
from __future__ import annotations

# the word lists of lib.lexicon that were importable from here
from ..lexicon import (
    CALENDAR,
    DATE_WORDS,
    demonyms,
    first_names,
    fold,
    honorifics,
    organisation_words,
    reporting_verb_pattern,
    reporting_verbs,
    role_groups,
    stopwords,
    vader_words,
)

# private helpers that tests/test_properties.py checks against their plain patterns
from ._cues import _cue_after_re as _cue_after_re
from ._cues import _cue_before_re as _cue_before_re
from ._cues import _ends_with_cue as _ends_with_cue
from ._cues import _next_word_is_cue as _next_word_is_cue
from ._mentions import MENTION_COLUMNS, mention_rows, mentions, mentions_in
from ._mentions import _description_re as _description_re
from ._mentions import _descriptions as _descriptions
from ._mentions import _posts_named_with as _posts_named_with
from ._merge import (
    NameTally,
    canonicalize,
    corpus_main_names,
    docs_of_names,
    main_names,
    name_map,
    respell,
    same_person,
    same_story,
    spelling_map,
)
from ._names import Person, find_people
from ._names import _after_capitalised_word as _after_capitalised_word
from ._names import _words_before_name as _words_before_name
from ._pronouns import PRONOUNS, salient_person
from ._pronouns import _pronoun_genders as _pronoun_genders
from ._table import people_table
from ._tokenize import _bare as _bare
from ._tokenize import _is_cap as _is_cap
from ._tokenize import _tokens as _tokens
from ._words import _connectors

__all__ = [
    # finding people in one article
    "Person", "find_people", "MENTION_COLUMNS", "PRONOUNS", "mention_rows", "mentions_in", "salient_person",
    # a corpus: mentions, the one cross-article name merge, the people table
    "mentions", "main_names", "corpus_main_names", "spelling_map", "respell", "NameTally",
    "canonicalize", "name_map", "same_story", "docs_of_names", "same_person", "people_table",
    # word lists of lib.lexicon, importable from here as before
    "fold", "reporting_verb_pattern", "reporting_verbs", "honorifics", "role_groups", "demonyms", "first_names",
    "organisation_words", "stopwords", "vader_words", "CALENDAR", "DATE_WORDS",
]


def __getattr__(name: str):
    """``_CONNECTORS``, the name connectors (lib/data/name_connectors.txt), read when first asked for."""
    if name == "_CONNECTORS":
        return _connectors()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
