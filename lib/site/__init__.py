"""Layer 4: the reader edition's generated pages. Nothing below imports it.

- ``marks``: an article's text, escaped, with its quotes (by speaker) and figures marked;
- ``pages``: the article, person and index pages of the site (MyST Markdown), from the tables
  ``python -m lib analyze`` writes;
- ``alt``: the alt text of the notebooks' charts, written from the tables.
"""
from .marks import escape, figure_title, mark_text, number, quote_title, speaker_colour

__all__ = ["escape", "figure_title", "mark_text", "number", "quote_title", "speaker_colour"]
