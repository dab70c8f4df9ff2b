"""Han ideographs (Chinese characters), as names hold them."""

from __future__ import annotations

import re

# CJK unified ideographs (basic, extensions A to F) and compatibility ideographs.
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def has_han(text: str) -> bool:
    """Whether `text` holds a Han ideograph."""
    return HAN.search(text) is not None
