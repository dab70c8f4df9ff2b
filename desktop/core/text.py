"""Text normalisation for search and matching: case- and accent-insensitive, any script."""

from __future__ import annotations

import functools
import unicodedata

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


def clean(text: object, limit: int = 300) -> str:
    """A user-supplied field as a single trimmed line, control characters removed."""
    if text is None:
        return ""
    s = str(text)
    if not s.isprintable():  # rare: only then pay for the per-character scan
        s = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in s)
    if "  " in s or s[:1].isspace() or s[-1:].isspace() or not s.isprintable():
        s = " ".join(s.split())
    return s[:limit]
