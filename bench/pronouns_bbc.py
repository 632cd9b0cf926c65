"""How well "he" and "she" are resolved: score lib.people on hand-annotated BBC pronouns.

    .venv/bin/python bench/pronouns_bbc.py [../shared/corpora/bbc] [tests/gold/pronouns_bbc.csv]

The gold file lists every he/him/his/she/her/hers in 17 BBC articles with the person it refers to,
read by hand (tests/gold/README.md); NONE marks a pronoun with no named referent. Prints how many of
the named pronouns are linked to the right person (recall), how many of the links are right
(precision) and how many NONE pronouns were linked all the same (lib.evaluation.people.score_pronouns).
"""
from __future__ import annotations

import sys
from pathlib import Path

from lib.corpus import load_article
from lib.evaluation.people import pronoun_links, read_gold_pronouns, score_pronouns

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else ROOT.parent / "shared" / "corpora" / "bbc"
    gold_path = Path(argv[1]) if len(argv) > 1 else ROOT / "tests" / "gold" / "pronouns_bbc.csv"
    if not corpus.is_dir():
        print(f"not found: {corpus}", file=sys.stderr)
        return 2
    gold = read_gold_pronouns(gold_path)
    # offsets are into the text load_article gives
    links = pronoun_links({doc_id: load_article(corpus / f"{doc_id}.txt", corpus)["text"]
                           for doc_id in sorted(set(gold["doc_id"]))})
    for key, value in score_pronouns(gold, links).items():
        print(f"{key:12s} {value:.3f}" if isinstance(value, float) else f"{key:12s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
