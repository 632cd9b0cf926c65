"""Layer 4: how a result was reached, for the notebooks' readers. Nothing below imports it.

- ``sentiment``: VADER's rules word by word, the two scorers side by side;
- ``people``: who is found where, by which kind of mention, and what an alias changes;
- ``figures``: why the figures of a group were compared and how they differ.
"""
from .figures import explain_group
from .people import (
                     alias_effect,
                     kind_counts,
                     mention_examples,
                     mention_matrix,
                     mention_sentences,
                     people_by_article,
                     tone_about_and_by,
)
from .sentiment import (
                     RULES,
                     compare_scorers,
                     explain_compound,
                     explain_pattern,
                     explain_vader,
                     rule_examples,
                     vader_rules,
)

__all__ = ["RULES", "alias_effect", "compare_scorers", "explain_compound", "explain_group", "explain_pattern",
           "explain_vader", "kind_counts", "mention_examples", "mention_matrix", "mention_sentences",
           "people_by_article", "rule_examples", "tone_about_and_by", "vader_rules"]
