"""Figures in news text: find every number, normalise it, say what it measures.

One row per figure, with character offsets into the article's ``text``:

>>> f = figures_in("Mutual trade volume reached $6.3 billion in 2022, up 33%.")
>>> for row in f[["surface", "value", "unit", "kind", "qualifier", "subject", "period"]].values.tolist():
...     print(row)
['$6.3 billion', 6300000000.0, 'USD', 'money', '=', 'mutual trade volume', 2022]
['2022', 2022.0, 'year', 'year', '=', '', <NA>]
['33%', 33.0, '%', 'percent', 'up', 'mutual trade volume', 2022]

Columns: start, end, surface, value, low, high, unit, kind, qualifier, subject,
period, speaker.

* ``kind`` is one of money, percent, count, measure, rate, ordinal, rank, year,
  duration, and, for numbers that are no quantity and never compared, date, name,
  age, time, odds, score (see :data:`KINDS`).
* ``unit``, one vocabulary: an ISO 4217 code for money (every code and the common
  symbols and names: "¥" JPY, "A$" AUD, "ringgit" MYR; "63 cents" is 0.63 USD),
  ``%`` or ``percentage point`` for percentages, the counted noun for counts,
  singular ("300 jobs" -> job), a full singular unit name for measures, read with
  pint's unit registry ("km/h" -> kilometre per hour, "mph" -> mile per hour, "GB"
  -> gigabyte, "mAh" -> milliampere hour, "hp" -> horsepower), "<unit> per <thing>"
  for rates ("USD per barrel", "GBP per hour", "percent per year", "USD per share"),
  the noun an ordinal or rank qualifies ("summit"), the time unit for durations,
  ``year`` for years (``date`` for a year after a month, and for dates).
* ``value`` for a range ("from 60 to 65", "between 5% and 6%") is the midpoint of
  ``low`` and ``high``, which hold the ends; use them, not ``value``, to read or
  compare a range.
* Not quantities: numbers that end a name, title, product, index or section ("iPhone
  15", "FTSE 100", "Boeing 737", "Windows 11", "Section 404", "Halo 2") are kind
  ``name``; match scores ("won 2-1") ``score``; the "first" of "first quarter" is an
  ordinal (a period), and the "half" of "second half" or "half time" no figure.
* ``qualifier``: ``=`` exact, ``>`` ("more than", "exceeding", "over"),
  ``<`` ("less than", "under", "up to"), ``~`` ("about", "nearly", "some"),
  ``up``/``down`` (a change: "up 33%", "fell by 5%"), ``target`` (an aim:
  "the target of", "needs to be increased to", "a $10 billion target").
* ``low``/``high``: the ends of a range ("$3-5 billion"); for a bound, the
  side that is known (``>`` sets ``low``); equal to ``value`` otherwise.
* Proportions of small numbers ("one in five adults", "nine out of 10
  doctors", "1 over 20") are one count whose value is the quotient (0.2,
  0.9, 0.05) and whose unit is the noun after. A change followed by the new
  level ("rose 15 cents to $4.35") is two figures, not a range.
* Not figures: numbers inside dates ("5/17/2018"), addresses
  ("192.168.1.2"), phone numbers, names ("COVID-19", "5G", "3D") and clock
  times; "a third term" is an ordinal, "a third of" a fraction.
* ``subject``: what the figure measures, found by general rules, in order:
  a noun phrase right after the figure ("$4.7 billion in direct investments",
  "a $10 billion bilateral trade volume"); the noun phrase the figure is
  predicated of ("mutual trade volume reached $6.3 billion"); a verb cue from
  a small table (:data:`VERB_SUBJECTS`: "traded" -> "trade volume"). Counts
  fall back to their counted noun, ordinals and durations to the noun after.
* ``period``: a year stated next to the figure ("in 2022"), else None.
* ``speaker``: the speaker of the quote (from :func:`lib.quotes.quotes_in`)
  whose span contains the figure, when a quotes table is given.

:func:`compare_figures` groups figures that measure the same thing across
and within articles and says whether they agree. Scoring against hand
annotations and peer suites is in :mod:`lib.evaluation.figures`; the
plain-language account of a group (``explain_group``) in :mod:`lib.explain.figures`.

Modules: ``_vocabulary`` (word tables from lib/data), ``_regex`` (building and
searching regexes), ``_patterns`` (the compiled regexes), ``_quantity`` (reading
one quantity), ``_units`` (units of measure with pint's registry, rates, counted
nouns), ``_merging`` (ranges and proportions), ``_phrases`` (noun phrases),
``_sentences`` (sentence limits), ``_subjects`` (qualifier, subject, period),
``_speakers`` (speaker lookup), ``_reading`` (the figures of a text or corpus),
``_comparison`` (comparing figures).
"""
from ._comparison import (
                          COMPARED_COLUMNS,
                          COMPARISON_COLUMNS,
                          REASONS,
                          compare_figures,
                          comparison_frame,
                          comparison_rows,
                          difference_reasons,
                          group_figures,
                          subject_key,
)
from ._reading import (
                          COLUMNS,
                          KINDS,
                          NOT_FIGURE_TOKENS,
                          QUALIFIERS,
                          extract_figures,
                          figure_rows,
                          figure_sentences,
                          figure_table,
                          figures_in,
)
from ._vocabulary import SCOPE_WORDS, SUBJECT_SYNONYMS, VERB_SUBJECTS

__all__ = ["figures_in", "figure_rows", "figure_table", "extract_figures", "compare_figures", "comparison_rows",
           "comparison_frame", "subject_key", "NOT_FIGURE_TOKENS", "difference_reasons", "group_figures",
           "figure_sentences", "COLUMNS", "COMPARED_COLUMNS", "COMPARISON_COLUMNS", "KINDS", "QUALIFIERS", "REASONS",
           "SCOPE_WORDS", "SUBJECT_SYNONYMS", "VERB_SUBJECTS"]
