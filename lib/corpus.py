"""Load a folder of plain-text news articles into one tidy table.

This is the only module that reads article files. Every other module takes
the DataFrame returned by :func:`load_corpus` (or a single string), so all
character offsets elsewhere point into the ``text`` column produced here.

>>> corpus = load_corpus("seeds")                       # doctest: +SKIP
>>> corpus[["doc_id", "date", "title"]].head(1)         # doctest: +SKIP

The header rules are written for the styles seen in real files:

* a first line that is a title (short, no full stop), then the body;
* `` date 2023-03-16 Title`` or `` date 2023-09-11 First sentence of body.``;
* ``Date: …`` / ``Title: …`` / ``Source: …`` key–value lines;
* a title line followed by ``Published: 14 March 2024``;
* BBC style: title line, blank line, body.

Parsing of one file's text is a pure function, :func:`parse_article`, so it
can be tried on a string without touching the disk.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .lexicon import MONTHS
from .text import find_dateline

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "Article",
    "load_corpus",
    "parse_article",
    "decode_bytes",
    "read_raw",
    "parse_date",
    "find_dateline",
    "corpus_from_texts",
    "load_aliases",
    "list_files",
    "doc_id_of",
    "load_article",
    "ALIAS_FILE",
]

# The editable file of facts about a corpus's people (spelling variants,
# roles such as "the Kazakh Head of State"), looked up in the corpus folder.
ALIAS_FILE = "people.csv"

COLUMNS = ["doc_id", "date", "title", "source", "text", "path"]


class CorpusError(ValueError):
    """Bad input: a file that cannot be read as a news article, or an output folder
    inside the corpus (the message names the path)."""


class CorpusWarning(UserWarning):
    """A file was read with a fallback (another encoding) or skipped (empty)."""


@dataclass(frozen=True)
class Article:
    """One parsed article: what :func:`parse_article` returns."""

    date: pd.Timestamp | None
    title: str
    source: str
    text: str


# --------------------------------------------------------------------------
# decoding


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode file bytes; return ``(text, encoding)``.

    UTF-8 (with or without a BOM) is read silently. Anything else falls back
    to cp1252 and then latin-1; the caller warns. NUL bytes mean the file is
    not text, and raise :class:`CorpusError`.

    >>> decode_bytes("£5".encode("cp1252"))
    ('£5', 'cp1252')
    """
    if b"\x00" in data:
        raise CorpusError(f"{name}: contains NUL bytes; this looks like a binary file, not plain text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


# --------------------------------------------------------------------------
# dates

_MONTH_RE = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY_DATE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_RE + r")\s*,?\s+(\d{4})", re.I)
_MDY_DATE = re.compile(r"(" + _MONTH_RE + r")\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})", re.I)
DATE_PATTERN = (r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_RE + r"\s*,?\s+\d{4}|"
                + _MONTH_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s+\d{4})")


def parse_date(value: str) -> pd.Timestamp | None:
    """Parse the dates found in article headers; ``None`` if there is none.

    >>> parse_date("2017-2-7")
    Timestamp('2017-02-07 00:00:00')
    >>> parse_date("14 March 2024")
    Timestamp('2024-03-14 00:00:00')
    >>> parse_date("March 14, 2024")
    Timestamp('2024-03-14 00:00:00')
    """
    value = value.strip()
    for pattern, order in ((_ISO_DATE, "ymd"), (_DMY_DATE, "dmy"), (_MDY_DATE, "mdy")):
        m = pattern.search(value)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"]
        month_no = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        try:
            return pd.Timestamp(year=int(parts["y"]), month=month_no, day=int(parts["d"]))
        except ValueError:
            return None
    return None


# --------------------------------------------------------------------------
# header parsing

_DATE_LINE = re.compile(r"^\s*date\s+(" + DATE_PATTERN + r")\s*(.*)$", re.I)
_KEY_VALUE = re.compile(r"^\s*(date|title|headline|source|published|updated|author|byline|by)\s*:\s*(.*?)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")

def _looks_like_title(line: str) -> bool:
    """A headline is short and does not end like a sentence."""
    line = line.strip()
    if not line or len(line) > 200 or len(line.split()) > 25:
        return False
    if line.rstrip("'\"’”").endswith(("?", "!", "...", "…")):
        return True  # "Who will win?", "My memories of Marley..."
    return not _SENTENCE_END.search(line)


def _paragraphs(lines: list[str]) -> list[str]:
    """Split body lines into paragraphs.

    Blank lines separate paragraphs when the body has any; then single line
    breaks inside a paragraph are hard wraps and become spaces. A body with no
    blank line at all has one paragraph per line.
    """
    has_blank = any(not ln.strip() for ln in lines)
    paras: list[str] = []
    if has_blank:
        current: list[str] = []
        for ln in lines + [""]:
            if ln.strip():
                current.append(ln.strip())
            elif current:
                paras.append(" ".join(current))
                current = []
    else:
        paras = [ln.strip() for ln in lines if ln.strip()]
    return [re.sub(r"[ \t\u00a0]+", " ", p) for p in paras]


def _canon(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def parse_article(raw: str) -> Article:
    """Split one article's text into date, title, source and body.

    >>> a = parse_article(" date 2023-03-16 Talks held\\n\\nANKARA. KAZINFORM – Leaders met.")
    >>> a.date, a.title, a.source, a.text
    (Timestamp('2023-03-16 00:00:00'), 'Talks held', 'KAZINFORM', 'ANKARA. KAZINFORM – Leaders met.')
    """
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    lines = raw.split("\n")
    date: pd.Timestamp | None = None
    title = ""
    source = ""
    body_first: str | None = None  # text from a header line that belongs to the body

    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1

    # Style 1: " date 2023-03-16 <title or first sentence>"
    m = _DATE_LINE.match(lines[i]) if i < len(lines) else None
    if m:
        date = parse_date(m.group(1))
        rest = m.group(2).strip()
        if rest:
            if _looks_like_title(rest):
                title = rest
            else:
                body_first = rest
        i += 1
    # Style 2: "Key: value" header lines (Date:, Title:, Source:, Published: …),
    # possibly after a bare title line.
    else:
        j = i
        if j < len(lines) and not _KEY_VALUE.match(lines[j]) and j + 1 < len(lines) and _KEY_VALUE.match(lines[j + 1]):
            title = lines[j].strip()
            j += 1
        saw_key = False
        while j < len(lines) and (kv := _KEY_VALUE.match(lines[j])):
            key, value = kv.group(1).lower(), kv.group(2)
            saw_key = True
            if key in ("date", "published", "updated"):
                date = date or parse_date(value)
            elif key in ("title", "headline"):
                title = value
            elif key == "source":
                source = value
            j += 1
        if saw_key:
            i = j
        else:
            title = ""
            # Style 3: a first line that is a headline, then the body.
            rest_nonblank = [ln for ln in lines[i + 1:] if ln.strip()]
            if i < len(lines) and rest_nonblank and _looks_like_title(lines[i]):
                title = lines[i].strip()
                i += 1

    body_lines = lines[i:]
    paras = _paragraphs(body_lines)
    if body_first:
        paras.insert(0, re.sub(r"\s+", " ", body_first))

    # Boilerplate repeats: a paragraph equal to the title, or an exact repeat
    # of an earlier paragraph, is dropped (seen in syndicated copies).
    seen: set[str] = set()
    kept = []
    canon_title = _canon(title)
    for p in paras:
        key = _canon(p)
        if (canon_title and key == canon_title) or key in seen:
            continue
        seen.add(key)
        kept.append(p)
    text = "\n\n".join(kept)

    if not source:
        found = find_dateline(text)
        if found:
            source = found[2]
    return Article(date=date, title=title, source=source, text=text)


# --------------------------------------------------------------------------
# the loader


def _frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=COLUMNS)
    df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    for col in ("doc_id", "title", "source", "text", "path"):
        df[col] = df[col].astype(object)
    return df.sort_values("doc_id", kind="stable").reset_index(drop=True)


def read_raw(path: str | Path) -> str:
    """The raw text of one article file, decoded as :func:`load_corpus` does.

    Warns (:class:`CorpusWarning`) when the file is not UTF-8.
    """
    path = Path(path)
    text, encoding = decode_bytes(path.read_bytes(), str(path))
    if encoding != "utf-8":
        warnings.warn(f"{path}: not valid UTF-8; decoded as {encoding}", CorpusWarning, stacklevel=3)
    return text


def list_files(path: str | Path = "seeds", pattern: str = "**/*.txt") -> tuple[Path, list[Path]]:
    """The corpus root and its article files in doc_id order (:func:`doc_id_of`); a single file is its own corpus.

    Raises FileNotFoundError naming the path when it is missing or holds no
    matching file, and :class:`CorpusError` naming both files when two give
    the same doc_id ("a.txt" and "a.md" with the pattern "**/*").
    """
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"corpus folder not found: {root}")
    if root.is_file():
        return root.parent, [root]
    files = sorted(p for p in root.glob(pattern) if p.is_file())
    if not files:
        raise FileNotFoundError(f"no files matching {pattern!r} in corpus folder {root}")
    seen: dict[str, Path] = {}
    for file in files:
        doc_id = doc_id_of(file, root)
        if doc_id in seen:
            raise CorpusError(f"{seen[doc_id]} and {file} both give the article id {doc_id!r} (a file's path without "
                              f"its extension); rename one, or choose a --pattern that matches only one of them")
        seen[doc_id] = file
    # doc_ids and paths sort apart ("a-b/x" before "a/x", "x" before "x-1"): the tables are in doc_id order
    return root, [seen[d] for d in sorted(seen)]


def doc_id_of(file: str | Path, root: str | Path) -> str:
    """An article's id: its path relative to the corpus root, without the extension.

    >>> doc_id_of("corpus/politics/001.txt", "corpus")
    'politics/001'
    """
    return Path(file).relative_to(root).with_suffix("").as_posix()


def load_article(file: str | Path, root: str | Path) -> dict | None:
    """One article as a row dict (the columns of :func:`load_corpus`), or None.

    None, with a :class:`CorpusWarning` naming the file, when the file is
    empty or has a header but no body. Used by :func:`load_corpus` and by the
    parallel pipeline, which reads files inside its workers.
    """
    file = Path(file)
    text = read_raw(file)
    if not text.strip():
        warnings.warn(f"{file}: empty file; skipped", CorpusWarning, stacklevel=2)
        return None
    art = parse_article(text)
    if not art.text.strip():
        warnings.warn(f"{file}: has a header but no body text; skipped", CorpusWarning, stacklevel=2)
        return None
    return {
        "doc_id": doc_id_of(file, root),
        "date": art.date,
        "title": art.title,
        "source": art.source,
        "text": art.text,
        "path": str(file),
    }


def load_corpus(path: str | Path = "seeds", pattern: str = "**/*.txt") -> pd.DataFrame:
    """Read every article under ``path`` into a DataFrame, one row per file.

    Columns: doc_id (path relative to ``path`` without extension), date
    (datetime64, NaT if none), title, source, text (body; paragraphs separated
    by one blank line), path. Sorted by doc_id. Folders are searched
    recursively with ``pattern``. Files are only read, never written.

    Raises FileNotFoundError for a missing folder or no matching files, and
    :class:`CorpusError` for binary files. Warns (:class:`CorpusWarning`) for
    files read as cp1252/latin-1 and for empty files, which are skipped.
    When the folder has a ``people.csv`` (:func:`load_aliases`), the table
    carries it (``attrs["aliases"]``), and the corpus-level functions of
    people, quotes and figures and the pipeline use it unless given another.

    >>> corpus = load_corpus("seeds")                    # doctest: +SKIP
    >>> list(corpus.doc_id)                              # doctest: +SKIP
    ['000_cf7e9a7c1e89b109', '001_8ad109bedd0bc8f5', '003_760a91fd4c32f78c']
    """
    root, files = list_files(path, pattern)
    rows = [row for row in (load_article(file, root) for file in files) if row is not None]
    if not rows:
        raise FileNotFoundError(f"no non-empty articles matching {pattern!r} in {root}")
    frame = _frame(rows)
    if Path(root).is_dir():
        aliases = load_aliases(root)
        if len(aliases):  # the folder's people.csv goes with its articles (lib.article.aliases_of reads it)
            frame.attrs["aliases"] = (tuple(aliases.columns), tuple(aliases.itertuples(index=False, name=None)))
    return frame


def corpus_from_texts(texts: dict[str, str] | list[str]) -> pd.DataFrame:
    """Build a corpus table from strings, parsed exactly like files.

    Handy for tests and for trying one article without a folder.

    >>> corpus_from_texts({"a": "Title\\n\\nBody text."}).loc[0, "title"]
    'Title'
    """
    if not isinstance(texts, dict):
        texts = {f"{i:03d}": t for i, t in enumerate(texts)}
    rows = []
    for doc_id, raw in texts.items():
        art = parse_article(raw)
        rows.append({"doc_id": doc_id, "date": art.date, "title": art.title,
                     "source": art.source, "text": art.text, "path": ""})
    return _frame(rows)


def load_aliases(path: str | Path) -> pd.DataFrame:
    """Read a corpus's alias file (CSV, UTF-8) of facts about its people.

    ``path`` is the CSV file itself or a corpus folder, in which case
    ``<folder>/people.csv`` is read. Required columns: ``person`` (the
    canonical name) and ``alias`` (another way the text refers to them: a
    spelling variant, a role description); any further columns are kept.
    Lines starting with ``#`` are comments. A folder without the file gives an
    empty table (the text alone is then used); a file with missing columns
    raises :class:`CorpusError` naming the file.

    >>> load_aliases("seeds").columns[:2].tolist()          # doctest: +SKIP
    ['person', 'alias']
    """
    path = Path(path)
    file = path / ALIAS_FILE if path.is_dir() else path
    if not file.exists():
        if path.is_dir():
            return pd.DataFrame({"person": pd.Series(dtype=object), "alias": pd.Series(dtype=object)})
        raise FileNotFoundError(f"alias file not found: {file}")
    try:
        table = pd.read_csv(file, comment="#", dtype=str, keep_default_na=False, skipinitialspace=True)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{file}: cannot be read as a UTF-8 CSV file ({exc})") from exc
    missing = {"person", "alias"} - set(table.columns)
    if missing:
        raise CorpusError(f"{file}: missing column(s) {sorted(missing)}; expected at least person,alias")
    table = table.apply(lambda col: col.str.strip())
    return table[(table["person"] != "") & (table["alias"] != "")].reset_index(drop=True)
