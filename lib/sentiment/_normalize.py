"""Text as the scorers read it: typographic quote marks to ASCII, emojis to VADER's descriptions.

Both steps only touch non-ASCII text and neither moves a character offset of
plain text.
"""
from __future__ import annotations

__all__ = ["QUOTE_MARKS", "normalize_quotes"]

# Typographic quote marks -> ASCII. Double marks become '"', single marks "'"
# (’ is also the typographic apostrophe: "don’t" -> "don't").
QUOTE_MARKS = {
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "＂": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'", "＇": "'",
}
_QUOTE_TABLE = str.maketrans(QUOTE_MARKS)

_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"  # string.punctuation


def normalize_quotes(text: str) -> str:
    """Replace typographic quote marks by ASCII ones (same length, same offsets).

    >>> normalize_quotes("“great” «great» don’t")
    '"great" "great" don\\'t'
    """
    return text.translate(_QUOTE_TABLE)


def _replace_emojis(text: str, emojis: dict) -> str:
    """Each emoji of ``text`` replaced by its description in ``emojis`` (VADER's emoji list).

    The reference's character loop, only run on non-ASCII text.
    """
    out = []
    prev_space = True
    for ch in text:
        if ch in emojis:
            if not prev_space:
                out.append(" ")
            out.append(emojis[ch])
            prev_space = False
        else:
            out.append(ch)
            prev_space = ch == " "
    return "".join(out)
