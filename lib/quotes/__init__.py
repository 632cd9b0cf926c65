"""Quote attribution (being split into private modules)."""
from ._reported import (KINDS, QUOTE_COLUMNS, __all__, cues_per_speaker, extract_quotes,  # noqa: F401
                        quote_table, quotes_in, quotes_per_speaker, read_article, read_article_rows)
