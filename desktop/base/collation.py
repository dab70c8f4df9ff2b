"""The orders people are listed in, as each reader expects them, by ICU collation (PyICU).

- `name`: English names by family name, then given name (Müller with Muller, the particles
  of `van Beethoven` after the name they belong to); people with a Chinese name only after
  them, by that name.
- `stroke`: Chinese names by stroke count and stroke order, as Traditional Chinese readers in
  Hong Kong and Taiwan expect (ICU's zh-Hant stroke collation: 丁 before 王 before 陳); people
  without a Chinese name after them, in the `name` order.
- `pinyin`: Chinese names by Hanyu Pinyin, as Simplified Chinese readers expect (ICU's
  zh-Hans pinyin collation: 安 before 陈 before 王); then the others in the `name` order.
Speakers are stored with one name ("Zoë Müller"): its family name is found by nameparser.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from desktop.base.han import has_han

ORDERS = {
    "name": "English names by family name",
    "stroke": "Chinese names by stroke count (Traditional)",
    "pinyin": "Chinese names by Pinyin (Simplified)",
}
_LOCALES = {
    "name": "en",
    "stroke": "zh_Hant_HK@collation=stroke",
    "pinyin": "zh_Hans@collation=pinyin",
}


@functools.cache
def _key_fn(order: str) -> Callable[[str], bytes]:
    """ICU's sort key function for `order` (a key of ORDERS)."""
    import icu

    key: Callable[[str], bytes] = icu.Collator.createInstance(
        icu.Locale(_LOCALES[order])
    ).getSortKey
    return key


def person_key(order: str, family: str, given: str, local: str = "") -> tuple[Any, ...]:
    """The sort key of a person with an English family and given name and a Chinese
    (`local`) name, any of them empty, in `order`."""
    latin = _key_fn("name")
    has_latin = bool(family.strip() or given.strip())
    english = (latin(family), latin(given))
    if order == "name":
        if has_latin:
            return (0, *english, latin(local))
        return (1, latin(local))
    chinese = local if has_han(local) else ""
    if not chinese and not has_latin and has_han(f"{family}{given}"):
        chinese = f"{family}{given}"  # the Chinese name typed into the name fields
    if chinese:
        return (0, _key_fn(order)(chinese), *english)
    return (1, *english, latin(local))


def split_name(name: str) -> tuple[str, str]:
    """(family, given) of a name written given name first ("Zoë Müller" -> ("Müller", "Zoë"),
    "Ludwig van Beethoven" -> ("Beethoven van", "Ludwig")); a Chinese name is all family."""
    if has_han(name) or not name.strip():
        return name.strip(), ""
    from nameparser import HumanName

    parsed = HumanName(name)
    last, first = str(parsed.last), " ".join(p for p in (parsed.first, parsed.middle) if p)
    if not last:
        return first, ""  # one word: "Madonna"
    words = last.split()
    particles = []
    while len(words) > 1 and words[0].islower():  # "van Beethoven" files under B
        particles.append(words.pop(0))
    return " ".join(words + particles), first


def speaker_key(order: str, name: str, local: str = "") -> tuple[Any, ...]:
    """The sort key of a speaker (one name, given name first, and a Chinese name)."""
    family, given = split_name(name)
    return person_key(order, family, given, local)
