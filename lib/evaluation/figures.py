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

__all__ = ["evaluate_figures", "score_peer_cases", "peer_summary", "canonical_unit", "score_quantities",
           "quantity_predictions", "GOLD_QUANTITY_KINDS", "PREDICTED_QUANTITY_KINDS"]

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
# quantities in sentences, against gold made by reading (the columns of /work/gold/QUANTITY_GUIDE.md:
# id, start, end, surface, kind, value, low, high, unit; offsets relative to the sentence)

#: The gold kinds that are quantities; every other gold kind (age, time, score, odds, name, ordinal) is a
#: number that must not be read as a quantity.
GOLD_QUANTITY_KINDS = ("money", "percent", "count", "measure", "duration", "date", "rate", "other")
#: The kinds of :func:`lib.figures.figures_in` that are quantities: a figure of another kind (ordinal,
#: rank, name, age, time, odds, score) is no prediction of a quantity.
PREDICTED_QUANTITY_KINDS = ("money", "percent", "count", "measure", "rate", "duration", "year", "date")

#: Spellings that name one unit: US and British, symbols written as words.
_UNIT_SPELLINGS = (("meter", "metre"), ("liter", "litre"), ("%", "percent"), ("per cent", "percent"),
                   ("pct", "percent"), ("kilometer", "kilometre"))


def canonical_unit(u: Any) -> str:
    """A unit in the comparable form of the quantity scorer: lower case, single spaces, US spellings made
    British, "%" and "per cent" as "percent", each word singular ("people" -> "person").

    >>> canonical_unit("Kilometers per hour"), canonical_unit("%"), canonical_unit("USD per barrel")
    ('kilometre per hour', 'percent', 'usd per barrel')
    >>> canonical_unit("people"), canonical_unit(None), canonical_unit("square meters")
    ('person', '', 'square metre')
    """
    if u is None or (isinstance(u, float) and math.isnan(u)):
        return ""
    u = " ".join(str(u).strip().lower().replace("_", " ").split())
    for a, b in _UNIT_SPELLINGS:
        u = u.replace(a, b)
    return " ".join("per" if w == "per" else (_UNIT_PLURALS.get(w) or _singular(w)) for w in u.split())


def _same_value(p: float, g: float) -> bool:
    """Equal within 0.5% of the gold value (exactly equal when the gold value is 0)."""
    return p == g or abs(p - g) <= 0.005 * abs(g)


def _f1(tp: int, n_pred: int, n_gold: int) -> dict:
    prec = tp / n_pred if n_pred else float("nan")
    rec = tp / n_gold if n_gold else float("nan")
    f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else float("nan")
    return {"tp": tp, "precision": prec, "recall": rec, "f1": f1}


def _match_count(pred: pd.DataFrame, gold: pd.DataFrame, with_unit: bool) -> int:
    """How many predictions match a gold quantity one to one: same sentence, overlapping spans, values
    within 0.5% (a gold quantity without a value matches any value) and, ``with_unit``, the same
    :func:`canonical_unit`. Each prediction takes the matching gold row that overlaps it most."""
    tp = 0
    gold_by_id = {k: g for k, g in gold.groupby("id", sort=False)}
    for sid, ps in pred.groupby("id", sort=False):
        g = gold_by_id.get(sid)
        if g is None:
            continue
        free = list(g.itertuples(index=False))
        for p in ps.itertuples(index=False):
            best, best_overlap = None, 0
            for j, q in enumerate(free):
                overlap = min(p.end, q.end) - max(p.start, q.start)
                if overlap <= 0 or overlap <= best_overlap:
                    continue
                gv = float(q.value) if q.value == q.value else None
                if gv is not None and not _same_value(float(p.value), gv):
                    continue
                if with_unit and canonical_unit(p.unit) != canonical_unit(q.unit):
                    continue
                best, best_overlap = j, overlap
            if best is not None:
                free.pop(best)
                tp += 1
    return tp


def score_quantities(pred: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Value F1 and value + unit F1 of predicted quantities against gold quantities of sentences.

    ``pred`` has one row per predicted figure: id (the sentence), start, end (in the sentence), value,
    unit, kind; ``gold`` the columns of the quantity guide (id, start, end, kind, value, unit). Gold rows
    of a quantity kind (:data:`GOLD_QUANTITY_KINDS`) are the positives; the others (name, score, age,
    time, odds, ordinal) are not: a prediction on them is a false positive. Predictions of a kind in
    :data:`PREDICTED_QUANTITY_KINDS` count; ordinals, names, scores... are no predictions. A prediction is
    a true positive when it matches a gold quantity one to one (see :func:`_match_count`: spans overlap,
    values within 0.5%; for value + unit, units equal after :func:`canonical_unit`).

    Returns {"gold", "predicted", "value": {tp, precision, recall, f1}, "value_unit": {...}}.

    >>> gold = pd.DataFrame({"id": [1, 1], "start": [0, 10], "end": [5, 17], "kind": ["money", "name"],
    ...                      "value": [5e6, 100.0], "unit": ["GBP", ""]})
    >>> pred = pd.DataFrame({"id": [1, 1], "start": [0, 15], "end": [5, 17], "kind": ["money", "count"],
    ...                      "value": [5e6, 100.0], "unit": ["GBP", ""]})
    >>> s = score_quantities(pred, gold)
    >>> s["value"]["tp"], s["value"]["precision"], s["value"]["recall"]
    (1, 0.5, 1.0)
    """
    positives = gold[gold["kind"].isin(GOLD_QUANTITY_KINDS)]
    preds = pred[pred["kind"].isin(PREDICTED_QUANTITY_KINDS)]
    n_pred, n_gold = len(preds), len(positives)
    return {"gold": n_gold, "predicted": n_pred,
            "value": _f1(_match_count(preds, positives, False), n_pred, n_gold),
            "value_unit": _f1(_match_count(preds, positives, True), n_pred, n_gold)}


def quantity_predictions(sentences: pd.DataFrame, reader: Any = None) -> pd.DataFrame:
    """The figures of each sentence (columns id and ``sentence``), one row each with the sentence's id.

    ``reader`` maps a sentence to a table with start, end, value, unit, kind (default
    :func:`lib.figures.figures_in`).

    >>> quantity_predictions(pd.DataFrame({"id": [7], "sentence": ["It cost $5m."]}))[["id", "value", "unit"]]
       id      value unit
    0   7  5000000.0  USD
    """
    reader = reader or figures_in
    parts = [reader(s).assign(id=i) for i, s in zip(sentences["id"], sentences["sentence"], strict=True)]
    parts = [p for p in parts if len(p)]
    cols = ["id", "start", "end", "value", "unit", "kind"]
    if not parts:
        return pd.DataFrame(columns=cols)
    return pd.concat(parts, ignore_index=True)[cols + [c for c in parts[0].columns if c not in cols]]


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


def _is_money(p: pd.Series) -> bool:
    """An amount of money, or a rate of money ("$98 a share": unit "USD per share")."""
    code = _code(p)
    return p["kind"] == "money" or (p["kind"] == "rate" and len(code) == 3 and code.isupper())


def _code(p: pd.Series) -> str:
    """The currency code of a money figure or money rate ("USD per share" -> "USD")."""
    return str(p["unit"]).split(" per ")[0]


def _money_matches(suite: str, item: _GoldItem, p: pd.Series, v: float) -> bool:
    """An amount of money: the same value (cents and pence converted) and currency."""
    unit = item.unit
    if suite == "quantulum3":
        code, factor = _QU_MONEY[unit]
        return _is_money(p) and _close(v, item.gold * factor) and _code(p) == code
    g = float(item.gold)
    sub = unit.lower() in ("cent", "pence", "penny")
    iso = item.res.get("isoCurrency")
    codes = (iso,) if iso else _RT_UNIT_CODES.get(unit.lower())
    code = _code(p)
    good = _is_money(p) and _close(v * (100 if sub else 1), g) and \
        (codes is None or code in codes or (unit.lower() == "dollar" and code.endswith("D")))
    if codes is None and unit.lower() not in ("dollar", "cent") and not iso:
        good = good and currency_code(unit) in (None, code)
    return good


def _extra_rows(suite: str, pred: pd.DataFrame, used: set[int]) -> list[dict]:
    """Rows for the predicted figures of a category that no gold item explains."""
    cat_of_kind = {"money": "money", "percent": "percent"}
    out = []
    for i, p in pred.iterrows():
        if i in used:
            continue
        if _is_money(p):
            p = p.copy()
            p["kind"] = "money"
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
