"""Scoring figures: against hand annotations (the gold file, :func:`evaluate_figures`) and against
other projects' test suites (quantulum3, Microsoft Recognizers-Text: :func:`score_peer_cases`,
:func:`peer_summary`)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..figures import NOT_FIGURE_TOKENS, figures_in
from ..figures._phrases import _singular
from ..numbers import currency_code

__all__ = ["evaluate_figures", "score_peer_cases", "peer_summary"]

# --------------------------------------------------------------------------
# evaluation against hand annotations


#: Plurals that are not the singular plus -s, for comparing units only (figures keep
#: the word of the text: "200 people" has the unit "people").
_UNIT_PLURALS = {"people": "person", "persons": "person"}


def _norm_unit(u: Any) -> str:
    """A unit in comparable form: lower case, single spaces, each word singular ("people" -> "person")."""
    if u is None or (isinstance(u, float) and math.isnan(u)):
        return ""
    u = str(u).strip().lower()
    return " ".join(_UNIT_PLURALS.get(w) or _singular(w) for w in u.split())


def evaluate_figures(pred: pd.DataFrame, gold: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    """Score predicted figures against gold annotations.

    Gold rows need doc_id, start, end (or surface), value, unit, kind,
    qualifier. A gold figure is *found* when a predicted figure of the same
    article overlaps its span; among found figures, value (within 0.5%),
    unit (case, plural and spacing ignored; "people" counts as the plural
    of "person"), kind and qualifier are compared
    exactly. Returns a summary dict (gold, predicted, found, recall,
    precision, and the agreement rate of each attribute) and the per-gold
    table.

    >>> g = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [3], "value": [6.0], "unit": ["agreement"],
    ...                   "kind": ["count"], "qualifier": ["="]})
    >>> p = figures_in("six agreements").assign(doc_id="a")
    >>> evaluate_figures(p, g)[0]["value"]
    1.0
    """
    rows = []
    used: set[int] = set()
    pred = pred.reset_index(drop=True)
    by_doc = {d: g for d, g in pred.groupby("doc_id", sort=False)} if len(pred) else {}
    for g in gold.itertuples(index=False):
        cands = by_doc.get(g.doc_id)
        match = None
        if cands is not None:
            ov = cands[(cands["start"] < g.end) & (cands["end"] > g.start)]
            if len(ov):
                # prefer the most overlap
                best = max(ov.index, key=lambda i: (min(ov.at[i, "end"], g.end) - max(ov.at[i, "start"], g.start), -i))
                match = best
        row = {"doc_id": g.doc_id, "gold_surface": getattr(g, "surface", ""), "gold_value": g.value,
               "gold_unit": g.unit, "gold_kind": g.kind, "gold_qualifier": g.qualifier, "found": match is not None}
        if match is not None:
            used.add(match)
            p = pred.loc[match]
            gv = float(g.value)
            row.update(surface=p["surface"], value=p["value"], unit=p["unit"], kind=p["kind"], qualifier=p["qualifier"],
                       value_ok=abs(float(p["value"]) - gv) <= 0.005 * max(abs(gv), 1e-9) or float(p["value"]) == gv,
                       unit_ok=_norm_unit(p["unit"]) == _norm_unit(g.unit),
                       kind_ok=str(p["kind"]) == str(g.kind),
                       qualifier_ok=str(p["qualifier"]) == (str(g.qualifier) if isinstance(g.qualifier, str) else "="))
        rows.append(row)
    table = pd.DataFrame(rows)
    found = table[table["found"]] if len(table) else table
    n_gold = len(table)
    summary = {"gold": n_gold, "predicted": len(pred), "found": int(len(found)),
               "recall": len(found) / n_gold if n_gold else float("nan"),
               "precision": len(used) / len(pred) if len(pred) else float("nan")}
    for a in ("value", "unit", "kind", "qualifier"):
        summary[a] = float(found[f"{a}_ok"].mean()) if len(found) else float("nan")
    summary["all_four"] = (float(found[["value_ok", "unit_ok", "kind_ok", "qualifier_ok"]].all(axis=1).mean())
                           if len(found) else float("nan"))
    return summary, table


# --------------------------------------------------------------------------
# peer test suites (quantulum3, Microsoft Recognizers-Text): pure scoring.
# The caller reads the JSON files (bench/figures_peer.py, notebook 03).

_QU_MONEY = {"dollar": ("USD", 1.0), "euro": ("EUR", 1.0), "pound sterling": ("GBP", 1.0),
             "cent": ("USD", 0.01), "penny": ("GBP", 0.01), "dime": ("USD", 0.1),
             "dollar per hour": ("USD", 1.0), "dollar per kilogram": ("USD", 1.0)}
_RT_UNIT_CODES = {"dollar": None, "pound": ("GBP", "EGP"), "euro": ("EUR",), "franc": ("FRF", "CHF", "XAF"),
                  "cent": None, "pence": ("GBP",), "penny": ("GBP",), "rupee": ("INR", "PKR", "LKR")}


def _close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def _overlapping(pred: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    return pred[(pred["start"] < end) & (pred["end"] > start)]


def _parse_rt_range(value: str) -> tuple[float | None, float | None, bool, bool]:
    """"(10,)" -> (10, None, open, open); "[20,35]" -> (20, 35, closed, closed)."""
    m = re.fullmatch(r"([\[(])\s*([-\d.eE+]*)\s*,\s*([-\d.eE+]*)\s*([\])])", value.strip())
    if not m:
        return None, None, False, False
    lo = float(m.group(2)) if m.group(2) else None
    hi = float(m.group(3)) if m.group(3) else None
    return lo, hi, m.group(1) == "[", m.group(4) == "]"


def _convention(text: str, start: int, end: int) -> str | None:
    """Why the token around text[start:end] is not a figure here (a :data:`NOT_FIGURE_TOKENS` name), or None."""
    a, b = start, end
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    token = text[a:b].strip(".,;:!?\"'()")
    for name, pattern in NOT_FIGURE_TOKENS:
        if pattern.fullmatch(token):
            return name
    return None


def score_peer_cases(suite: str, cases: list[dict]) -> pd.DataFrame:
    """Run :func:`figures_in` on another project's test cases; one row per gold item.

    ``suite`` is ``quantulum3`` (cases as in quantities.json) or one of the
    Recognizers-Text models ``currency``, ``percent``, ``number``,
    ``ordinal``, ``range`` (cases as in their spec files). A gold item
    *passes* when a predicted figure overlaps its text span and has the same
    value (money: also the same currency, cents and pence converted;
    percent: kind percent; ordinal: kind ordinal or rank; range: the same
    ends, or the same bound with qualifier > or <). Columns: suite,
    category, case, text, gold, value, passed, extra (predicted figures of
    that category in the case that match no gold item), note.

    Gold items that are not figures are left out: Recognizers' relative
    ordinals ("next", "last") and items without an amount (a currency name
    such as "dollar", or a bare "percent" whose value the spec gives as
    ``null``). Gold items inside a token that this project documents and
    tests as *not a figure* (:data:`NOT_FIGURE_TOKENS`: the parts of a date
    "5/17/2018", of an address "192.168.1.2", of a phone number, of a name
    such as "SCP-173") are not scored either: they get the category
    ``excluded`` with the reason in ``note``, so that the summary shows how
    many there are. Every other gold item counts, including those the
    Recognizers ports mark NotSupported.
    """
    rows = []
    for ci, case in enumerate(cases):
        if suite == "quantulum3":
            text, items = case["req"], case["res"]
        else:
            text, items = case["Input"], case.get("Results", [])
        case_rows = _score_case(suite, text, items)
        for r in case_rows:
            rows.append({"suite": suite, "case": ci, "text": text, **r})
        if not case_rows and not items:
            rows.append({"suite": suite, "case": ci, "text": text, "category": {"currency": "money"}.get(suite, suite),
                         "gold": None, "passed": True, "note": "nothing to find, nothing found"})
    return pd.DataFrame(rows, columns=["suite", "case", "text", "category", "gold", "passed", "note"])


@dataclass
class _GoldItem:
    """One gold item of a peer suite: its category, text span, expected value and unit."""

    category: str
    surface: str
    start: int
    end: int
    gold: Any
    unit: str
    res: dict  #: Recognizers' resolution (empty for quantulum3)


def _score_case(suite: str, text: str, items: list[dict]) -> list[dict]:
    """The rows of one case: one per gold item, then one per extra predicted figure."""
    pred = figures_in(text)
    used: set[int] = set()
    case_rows = []
    for it in items:
        item = _gold_item(suite, text, it)
        if item is not None:
            case_rows.append(_score_item(suite, text, item, pred, used))
    return case_rows + _extra_rows(suite, pred, used)


def _gold_item(suite: str, text: str, it: dict) -> _GoldItem | None:
    """A gold item as a :class:`_GoldItem`; None for items that are not figures (relative ordinals, no amount)."""
    if suite == "quantulum3":
        unit = it["unit"]
        surface = it["surface"]
        start = text.find(surface)
        if unit in _QU_MONEY:
            category = "money"
        elif unit == "percentage":
            category = "percent"
        elif unit == "dimensionless":
            category = "number"
        else:
            category = "other unit"
        return _GoldItem(category, surface, start, start + len(surface), float(it["value"]), unit, {})
    res = it.get("Resolution") or {}
    start, end = int(it["Start"]), int(it["End"]) + 1
    category = {"currency": "money", "percent": "percent", "number": "number",
                "ordinal": "ordinal", "range": "range"}[suite]
    if it.get("TypeName", "").startswith("ordinal.relative"):
        return None  # "next", "last": positions, not figures
    if res.get("value") in (None, "null"):
        return None  # a currency or "percent" named without an amount ("dollar", "a small percent")
    return _GoldItem(category, text[start:end], start, end, res["value"], res.get("unit", ""), res)


def _score_item(suite: str, text: str, item: _GoldItem, pred: pd.DataFrame, used: set[int]) -> dict:
    """The row of one gold item: passed when an overlapping predicted figure matches it (its index goes to ``used``)."""
    if item.start < 0:
        return {"category": item.category, "gold": item.surface, "passed": False, "note": "surface not in text"}
    why = _convention(text, item.start, item.end)
    if why:
        return {"category": "excluded", "gold": item.surface, "passed": False,
                "note": f"convention: {why} ({item.category})"}
    cands = _overlapping(pred, item.start, item.end)
    ok, note = False, "not found" if not len(cands) else "wrong value"
    for i, p in cands.iterrows():
        if _matches(suite, item, p):
            ok, note = True, ""
            used.add(i)
            break
    return {"category": item.category, "gold": item.surface, "passed": ok, "note": note}


def _matches(suite: str, item: _GoldItem, p: pd.Series) -> bool:
    """Whether the predicted figure ``p`` gives the gold item's value (see :func:`score_peer_cases`)."""
    v = float(p["value"])
    category, gold = item.category, item.gold
    if category == "money":
        return _money_matches(suite, item, p, v)
    if category == "percent":
        g = float(str(gold).rstrip("%")) if suite != "quantulum3" else gold
        return p["kind"] == "percent" and _close(v, g)
    if category == "ordinal":
        return p["kind"] in ("ordinal", "rank") and _close(v, float(gold))
    if category == "range":
        lo, hi, _, _ = _parse_rt_range(str(gold))
        if lo is not None and hi is not None:
            return _close(float(p["low"]), lo) and _close(float(p["high"]), hi)
        if lo is not None:
            return p["qualifier"] == ">" and _close(v, lo)
        if hi is not None:
            return p["qualifier"] == "<" and _close(v, hi)
        return False
    # plain numbers and other units: the value
    g = float(gold)
    return _close(v, g) or (not math.isnan(float(p["low"])) and not math.isnan(float(p["high"]))
                            and _close((float(p["low"]) + float(p["high"])) / 2, g))


def _money_matches(suite: str, item: _GoldItem, p: pd.Series, v: float) -> bool:
    """An amount of money: the same value (cents and pence converted) and currency."""
    unit = item.unit
    if suite == "quantulum3":
        code, factor = _QU_MONEY[unit]
        return p["kind"] == "money" and _close(v, item.gold * factor) and p["unit"] == code
    g = float(item.gold)
    sub = unit.lower() in ("cent", "pence", "penny")
    iso = item.res.get("isoCurrency")
    codes = (iso,) if iso else _RT_UNIT_CODES.get(unit.lower())
    good = p["kind"] == "money" and _close(v * (100 if sub else 1), g) and \
        (codes is None or p["unit"] in codes or (unit.lower() == "dollar" and str(p["unit"]).endswith("D")))
    if codes is None and unit.lower() not in ("dollar", "cent") and not iso:
        good = good and currency_code(unit) in (None, p["unit"])
    return good


def _extra_rows(suite: str, pred: pd.DataFrame, used: set[int]) -> list[dict]:
    """Rows for the predicted figures of a category that no gold item explains."""
    cat_of_kind = {"money": "money", "percent": "percent"}
    out = []
    for i, p in pred.iterrows():
        if i in used:
            continue
        if suite == "quantulum3":
            cat = cat_of_kind.get(p["kind"])
        else:
            cat = {"currency": "money", "percent": "percent"}.get(suite)
            cat = cat if cat_of_kind.get(p["kind"]) == cat else None
            if suite == "number" and p["kind"] not in ("ordinal", "rank"):
                cat = "number"  # ordinals are the ordinal model's business
            elif suite == "ordinal" and p["kind"] in ("ordinal", "rank"):
                cat = "ordinal"
        if cat:
            out.append({"category": cat, "gold": None, "passed": False, "note": f"extra: {p['surface']}"})
    return out


def peer_summary(scored: pd.DataFrame) -> pd.DataFrame:
    """Pass rates per suite and category from :func:`score_peer_cases` rows.

    ``items``: gold items; ``found``: items passed (recall); ``extra``:
    predicted figures of the category matching no gold item; ``cases`` and
    ``cases_passed``: a case passes when all its gold items of the category
    pass and it has no extra figure of that category.
    """
    out = []
    for (suite, cat), g in scored.groupby(["suite", "category"], sort=True):
        gold = g[g["gold"].notna()]
        extra = int(g["note"].astype(str).str.startswith("extra").sum())
        per_case = g.groupby("case")["passed"].all()
        out.append({"suite": suite, "category": cat, "items": len(gold), "found": int(gold["passed"].sum()),
                    "recall": gold["passed"].mean() if len(gold) else float("nan"), "extra": extra,
                    "cases": len(per_case), "cases_passed": int(per_case.sum()),
                    "case_pass_rate": per_case.mean()})
    return pd.DataFrame(out)
