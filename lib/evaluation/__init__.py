"""Layer 4: evaluation against gold and peer suites. Nothing below imports it.

- ``readers``: the gold files and peer suites (read_gold, read_jsonl, load_peer_suites);
- ``quotes``: quote attribution against the seed gold and PolNeAR;
- ``figures``: figures against the seed gold, against quantities in BBC sentences (value F1 and value +
  unit F1: score_quantities) and the quantulum3 / Recognizers-Text suites;
- ``people``: pronoun resolution against the hand-annotated BBC pronouns;
- ``sentiment``: tone against two readers' ratings of 400 BBC sentences.

Every number these functions give is computed from gold made by reading the texts.
"""
from .figures import (
    canonical_unit,
    evaluate_figures,
    peer_summary,
    quantity_predictions,
    score_peer_cases,
    score_quantities,
)
from .people import pronoun_links, read_gold_pronouns, score_pronouns
from .quotes import evaluate_polnear, evaluate_quotes, load_gold_quotes, polnear_gold
from .readers import PEER_SUITE_FILES, load_peer_suites, read_gold, read_jsonl
from .sentiment import bootstrap_r, evaluate_news, rater_agreement, read_news_gold

__all__ = ["PEER_SUITE_FILES", "bootstrap_r", "canonical_unit", "evaluate_figures", "evaluate_news", "evaluate_polnear",
           "evaluate_quotes", "load_gold_quotes", "load_peer_suites", "peer_summary", "polnear_gold",
           "pronoun_links", "quantity_predictions", "rater_agreement", "read_gold", "read_gold_pronouns", "read_jsonl",
           "read_news_gold", "score_peer_cases", "score_pronouns", "score_quantities"]
