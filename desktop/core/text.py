"""Text normalisation for search and matching: case- and accent-insensitive, any script."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

# Letters that NFKD does not decompose but people type without the mark.
_EXTRA_FOLD = str.maketrans(
    {"ß": "ss", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i"}
)


@functools.lru_cache(maxsize=65536)  # names and organizations repeat across thousands of rows
def fold(text: str) -> str:
    """Lower-case, strip accents, unify width (full-width Latin) and collapse spaces."""
    if text.isascii():  # most fields (emails, codes, plain Latin names): skip Unicode work
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(_EXTRA_FOLD).split())


# What no stored text keeps: C0 controls but tab, line feed and carriage return (NUL
# among them: SQLite stores it, PostgreSQL refuses the whole transaction), DEL, C1 controls,
# and lone surrogates (which no database can encode as UTF-8).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """`text` without control characters or lone surrogates; tabs and line breaks stay."""
    return text if text.isprintable() else _CONTROL.sub("", text)


def clean_multiline(value: Any, limit: int | None = None) -> str:
    """Free text (notes, abstracts): line breaks and tabs kept, other controls removed."""
    if value is None:
        return ""
    text = strip_controls(str(value))
    return text[:limit] if limit is not None else text


def clean(text: object, limit: int = 300) -> str:
    """A user-supplied field as a single trimmed line: control characters removed, line
    breaks, tabs and other separators as spaces."""
    if text is None:
        return ""
    s = str(text)
    if not s.isprintable():  # rare: only then pay for the per-character scan
        s = strip_controls(s)
        s = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in s)
    if "  " in s or s[:1].isspace() or s[-1:].isspace() or not s.isprintable():
        s = " ".join(s.split())
    return s[:limit]


def clean_line(text: object, limit: int = 300) -> str:
    """A title as its file wrote it, on one line: control characters removed, line breaks and
    tabs as spaces, trimmed at both ends; runs of spaces and no-break spaces inside are kept
    (a schedule's "Keynote:  the future" or "10\u00a0km" comes back as it went in)."""
    if text is None:
        return ""
    s = str(text)
    if not s.isprintable():
        s = strip_controls(s)
        s = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in s)
    return s.strip(" ")[:limit]


# Han ideographs (CJK unified, extension A, compatibility): where Simplified and Traditional differ.
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
# OpenCC conversions a query is tried in: Simplified, and Traditional as written in general,
# in Hong Kong and in Taiwan (黃/黄, 陳/陈, 張/张, 劉/刘; 裏/裡/里).
_CONVERSIONS = ("t2s", "s2t", "s2hk", "s2tw")


@functools.cache
def _converters() -> tuple[Any, ...]:
    try:
        import opencc
    except ImportError:  # a build without OpenCC: the query is searched as typed
        return ()
    return tuple(opencc.OpenCC(c) for c in _CONVERSIONS)


@functools.lru_cache(maxsize=4096)
def script_variants(query: str) -> tuple[str, ...]:
    """A folded query as typed, then in Simplified and Traditional (HK, Taiwan) forms, each
    once: 黄 finds 黃 and the other way round. A query without Han characters is itself."""
    if not _HAN.search(query):
        return (query,)
    forms = [query] + [c.convert(query) for c in _converters()]
    return tuple(dict.fromkeys(f for f in forms if f))


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def printed_names(given: str, family: str, local: str) -> tuple[str, str, str]:
    """(given, family, local) as a badge prints them (`{given_name} {family_name}` on the name
    line, `{name_local}` under it):
    - a Chinese name typed into the name fields is printed family name first with no space
      (陳大文, never 大文 陳), on the name line; the Chinese line then holds it only if it
      says something else;
    - a person with a Chinese name only gets it on the name line (not an empty one);
    - everything else as registered."""
    given, family, local = given.strip(), family.strip(), local.strip()
    both = given + family
    if both and _HAN.search(both) and not _LATIN_LETTER.search(both):
        name = "".join(f"{family}{given}".split())
        return name, "", "" if "".join(local.split()) == name else local
    if not both and local:
        return local, "", ""
    return given, family, local
