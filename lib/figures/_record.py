"""The record of one figure while it is read, merged and placed in its sentence."""
from __future__ import annotations

from dataclasses import dataclass

from ..numbers import Parsed


@dataclass(slots=True)
class Figure:
    """One figure found in a text, before it becomes a row of the figures table.

    :func:`lib.figures._quantity._read` fills the number, the currency, the
    kind and the unit; :mod:`lib.figures._merging` joins ranges (``low`` and
    ``high``) and proportions; :func:`lib.figures.figure_rows` adds the
    qualifier, subject, period and sentence.
    """

    start: int  #: where it starts in the text (a sign or currency before the number included)
    end: int  #: where it ends (a scale, currency or unit after the number included)
    value: float  #: the value so far (signed, scaled; cents added)
    p: Parsed  #: the number as :func:`lib.numbers.parse_number` read it
    scale: float = 1.0  #: the scale written with the number ("million", "bn"), 1.0 if none
    currency: str | None = None  #: ISO 4217 code when it is an amount of money
    prefix: str = ""  #: "code" or "symbol" when the currency stands before the number
    kind: str | None = None  #: one of :data:`lib.figures.KINDS`
    unit: str = ""
    np: str = ""  #: the noun phrase right after it (ordinals, ranks, durations, counts)
    low: float | None = None  #: the lower end of a range; None when it is not a range
    high: float | None = None  #: the upper end of a range (or of a decade: "the 1990s")
    qualifier: str = "="
    subject: str = ""
    period: int | None = None
    sent: tuple[int, int] | None = None  #: the limits of its sentence
    clause_key: tuple[int, int] | None = None  #: (sentence start, start) for which ``clause`` was computed
    clause: str = ""  #: the clause before it (see :func:`lib.figures._phrases._fig_clause`)
    event: bool = False  #: a distance that names a sporting event ("the 100m final"): given no subject, never compared
