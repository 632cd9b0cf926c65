"""Quote attribution: who said what, with the exact words and their offsets.

Four kinds of quote are found, each tied to a person where the text allows:

- **direct**: words in quote marks ("…", “…”, «…», ‘…’), also when the quote
  runs over several paragraphs (the opening mark repeated at each paragraph,
  only the last one closed): one quote, one speaker;
- **partial**: a fragment in quote marks inside the narrator's sentence
  (called it “a strategic ally”), kept when the sentence has a reporting verb;
- **unmarked**: speech without marks: first-person words ("… very important
  to me, he continued.") or a paragraph introduced by an attribution that
  ends with a colon ("The governor added:" ⏎ "It's typical of …");
- **indirect**: reported speech ("Erdogan added that …", "According to him,
  …", "Nurtileu pointed out that …", "…, adding that …"), also in a clause
  after a colon or "where" ("…, where restructuring experts say …"), with
  the progressive ("The White House is saying that …"), and after "and"
  ("Cruz urged voters to … and said he …", the person who opens the
  sentence).

How a speaker is found, in order:

1. a reporting verb next to the quote, with a mention of a person next to
   the verb: after the quote (``…," he said`` / ``said the Turkish
   President``), before it (``X told reporters: "…"``) or between its parts;
2. a quote paragraph with no attribution continues the speaker of the
   quote or reported speech just before it;
3. the mention is resolved with :mod:`lib.people`: names and spelling
   variants, descriptions ("the Kazakh Head of State"), pronouns.

A speaker is never invented: when the mention does not resolve to a person,
``speaker`` is None and ``mention`` keeps the words as written.

>>> q = quotes_in('Anna Smith, the mayor, spoke. "We will win," she said.')
>>> q[["quote", "kind", "speaker", "mention", "cue"]].values.tolist()
[['We will win', 'direct', 'Anna Smith', 'she', 'said']]

The package's modules, one job each: ``_patterns`` (named regexes and word
sets), ``_subjects`` (the speaker before or after a reporting verb),
``_marked`` (quotes in quote marks and block quotes), ``_reported``
(reported speech, one function per rule), ``_inverted`` (attributions after
their content), ``_relayed`` (what a medium quotes someone "as saying"),
``_according`` ("according to" and "cites"), ``_content`` (where reported
content ends), ``_mixed`` (a quotation that ends a reported clause),
``_sources`` (sources that are not people, and their type), ``_organisations``
(which organisation "it" or "the company" stands for), ``_documents``
(documents as sources), ``_descriptions`` (the words of a source mention),
``_spelling`` (organisations' short names written out), ``_rows`` (the quote
row and table), ``_reading`` (articles and corpora in), ``_summaries``.
Scoring against gold is in :mod:`lib.evaluation.quotes`.
"""
from ._reading import extract_quotes, quotes_in, read_article, read_article_rows
from ._rows import KINDS, QUOTE_COLUMNS, quote_table
from ._sources import SPEAKER_TYPES
from ._summaries import cues_per_speaker, quotes_per_speaker, sources_by_type

__all__ = ["QUOTE_COLUMNS", "KINDS", "SPEAKER_TYPES", "quotes_in", "read_article", "read_article_rows", "quote_table",
           "extract_quotes", "quotes_per_speaker", "cues_per_speaker", "sources_by_type"]
