"""Chinese names in Latin letters, so a person registered as 陳大文 is found by "chan tai man".

A Chinese name is indexed (desktop.core.attendees.search_text_for) in four romanizations,
without tones, family name first and last, given name spaced and joined:
- the Hong Kong government's Cantonese spelling, as on identity cards (Chan Tai Man, Tsang Chi
  Wai, Cheung Hok Yau), made from Jyutping by the usual correspondences (b/d/g -> p/t/k,
  z/c -> ch or ts, aa -> a, oeng -> eung, eoi -> ui, yun -> uen, j -> y) with the spellings the
  correspondences leave open kept as alternatives (ch/ts, s/sh, ei/ee, au/ow, un/oon...);
- Jyutping (can daai man);
- Hanyu Pinyin (chen da wen; ü as u and v);
- Wade-Giles (chen ta wen, chang hsueh yu; apostrophes left out, ü as u).
Every reading of a family name's characters is indexed (曾 zang1/cang4, zeng/ceng; 區 au1;
單 sin6, shan), so the surname reading is among them; given-name characters are indexed by
their usual reading, their other readings as single words.

Readings per character come from ToJyutping (Cantonese, from the rime-cantonese data) and
pypinyin (Mandarin, from the Unihan data). Loading both takes about 1.2 s and 140 MB, so the
characters' readings are kept as one small table in the user's cache folder, made once per
version of the two libraries (desktop.base.user_cache) and read back in milliseconds.
"""

from __future__ import annotations

import functools
import marshal
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from db.search import ROMAN_MARK
from desktop.base.han import HAN, has_han
from desktop.base.user_cache import cache_dir, read_cached, write_cached

# The ranges the reading table covers (the libraries' characters are all inside them).
_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))
_TABLE_FORMAT = 1
MAX_READINGS = 3  # per character

# Two-character family names (Traditional and Simplified forms).
_COMPOUND = (
    "歐陽 欧阳 司徒 上官 諸葛 诸葛 司馬 司马 東方 东方 慕容 公孫 公孙 夏侯 令狐 皇甫 長孫 长孙 "
    "宇文 尉遲 尉迟 端木 澹臺 澹台 南宮 南宫 西門 西门 呼延 鍾離 钟离 軒轅 轩辕 濮陽 濮阳 "
    "申屠 公冶 太史 聞人 闻人 赫連 赫连 獨孤 独孤 百里 東郭 东郭 拓跋"
)
COMPOUND_SURNAMES = frozenset(_COMPOUND.split())

# Hong Kong spellings that follow no correspondence from the surname's Jyutping.
_HK_SURNAME_SPELLINGS = {
    "羅": ("law",),
    "罗": ("law",),
    "李": ("lee",),
    "施": ("sze",),
    "司徒": ("szeto",),
    "周": ("chow",),
    "鄒": ("chow",),
    "邹": ("chow",),
    "胡": ("woo",),
    "古": ("koo",),
    "顧": ("koo",),
    "顾": ("koo",),
    "傅": ("foo",),
    "符": ("foo",),
    "柯": ("or",),
    "岑": ("shum",),
    "沈": ("shum", "sum"),
    "趙": ("chiu",),
    "赵": ("chiu",),
    "邵": ("shiu",),
    "伍": ("ng",),
    "吳": ("ng",),
    "吴": ("ng",),
    "余": ("yue",),
}

_JYUTPING_INITIALS: tuple[str, ...] = ("gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n")
_JYUTPING_INITIALS += ("l", "g", "k", "h", "w", "z", "c", "s", "j")
_HK_INITIAL = {
    "b": ("p",),
    "p": ("p",),
    "d": ("t",),
    "t": ("t",),
    "g": ("k",),
    "k": ("k",),
    "gw": ("kw",),
    "kw": ("kw",),
    "z": ("ch",),
    "c": ("ch",),
    "s": ("s", "sh"),
    "j": ("y",),
}
_HK_FINAL = {
    "aa": ("a", "ah"),
    "aai": ("ai",),
    "aau": ("au",),
    "aam": ("am",),
    "aan": ("an",),
    "aang": ("ang",),
    "aap": ("ap",),
    "aat": ("at",),
    "aak": ("ak",),
    "an": ("an", "un"),  # 震 Chun, 新 San or Sun
    "au": ("au", "ow"),
    "am": ("am", "um"),
    "e": ("e",),
    "ei": ("ei", "ee", "i"),
    "i": ("i", "ee"),
    "ik": ("ik", "ick"),
    "o": ("o", "or", "aw"),
    "oi": ("oi", "oy"),
    "ou": ("o", "ou"),
    "u": ("u", "oo"),
    "un": ("oon", "un"),
    "ut": ("oot", "ut"),
    "oe": ("oe",),
    "oeng": ("eung",),
    "oek": ("euk", "eok"),
    "eoi": ("ui", "eui"),
    "eon": ("un", "eun"),
    "eot": ("ut",),
    "yu": ("u", "ue", "yu"),
    "yun": ("uen", "un"),
    "yut": ("uet", "ut"),
}
# z/c is spelled ch (陳 Chan, 張 Cheung, 志 Chi) but before some finals ts (曾 Tsang) or
# either way (謝 Tse and 車 Che, 徐 Tsui and 崔 Chui, 曹 Tso and 祖 Cho, 蔣 Tseung).
_TS_ONLY = frozenset({"ang", "ap", "ak"})
_TS_FIRST = frozenset({"e", "eoi", "ou", "oeng", "ek"})


def _split_jyutping(syllable: str) -> tuple[str, str]:
    for initial in _JYUTPING_INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial) :]
    return "", syllable  # 吳 ng, 唔 m, 歐 au: no initial


@functools.lru_cache(maxsize=2048)
def hk_spellings(jyutping: str) -> tuple[str, ...]:
    """Hong Kong government spellings of one Jyutping syllable (tone digits ignored), the
    usual one first: can4 -> (chan, chun), zoeng1 -> (cheung, tseung), jyun4 -> (yuen, yun)."""
    syllable = jyutping.rstrip("0123456789")
    initial, final = _split_jyutping(syllable)
    if final == "i" and initial in ("z", "c", "s"):
        # 子 Tsz, 思 Sze, 芝 Chi: the apical vowel has spellings of its own.
        return (
            ("sze", "si", "shi", "see") if initial == "s" else ("chi", "tsz", "tze", "tsi", "chee")
        )
    finals = _HK_FINAL.get(final, (final,))
    if initial == "j" and final.startswith("yu"):
        # 余 jyu -> yu, 袁 jyun -> yuen, 月 jyut -> yuet: the y is already there.
        heads: tuple[str, ...] = ("",)
        finals = tuple(dict.fromkeys(("y" + f if not f.startswith("y") else f) for f in finals))
    else:
        heads = _HK_INITIAL.get(initial, (initial,))
        if initial in ("z", "c") and final in _TS_ONLY:
            heads = ("ts",)
        elif initial in ("z", "c") and final in _TS_FIRST:
            heads = ("ts", "ch") if final in ("e", "eoi", "ou") else ("ch", "ts")
    return tuple(dict.fromkeys(head + tail for head in heads for tail in finals))


def _strip_tones(pinyin: str) -> str:
    decomposed = unicodedata.normalize("NFD", pinyin)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", plain)


def _plain_pinyin(pinyin: str) -> tuple[str, ...]:
    """lǚ -> (lu, lv); zhāng -> (zhang,)."""
    base = _strip_tones(pinyin).lower()
    if "ü" in base:
        return (base.replace("ü", "u"), base.replace("ü", "v"))
    return (base,)


# --- the reading table -------------------------------------------------------------------------


def _versions() -> str:
    from importlib import metadata

    try:
        return f"tj{metadata.version('ToJyutping')}-pp{metadata.version('pypinyin')}"
    except metadata.PackageNotFoundError:
        return "none"


def _table_file() -> Path:
    return cache_dir() / "readings" / f"readings-{_TABLE_FORMAT}-{_versions()}.marshal"


Readings = dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]


def _build_table() -> Readings:
    """Every character either library knows: (Jyutping, Pinyin, Wade-Giles) readings."""
    try:
        import ToJyutping
        from pypinyin import Style
        from pypinyin.pinyin_dict import pinyin_dict
        from pypinyin.style import convert
    except ImportError:  # a build without them: names are found as written
        return {}
    table: Readings = {}
    for low, high in _RANGES:
        chunk = "".join(chr(c) for c in range(low, high + 1))
        for char, jyut in ToJyutping.get_jyutping_candidates(chunk):
            if jyut and len(char) == 1:
                table[char] = (tuple(j.rstrip("0123456789") for j in jyut[:MAX_READINGS]), (), ())
    for code, readings in pinyin_dict.items():
        char = chr(code)
        marked = readings.split(",")[:MAX_READINGS]
        pinyin = tuple(dict.fromkeys(p for m in marked for p in _plain_pinyin(m)))
        wade = tuple(
            dict.fromkeys(
                convert(m, Style.WADEGILES, strict=False)
                .replace("'", "")
                .replace("ü", "u")
                .replace("v", "u")
                for m in marked
            )
        )
        jyut = table.get(char, ((), (), ()))[0]
        table[char] = (jyut, pinyin, wade)
    return table


@functools.cache
def _table() -> Readings:
    path = _table_file()
    data = read_cached(path)
    if data is not None:
        try:
            table = marshal.loads(data)
            if isinstance(table, dict):
                return table
        except (EOFError, ValueError, TypeError):
            pass
    table = _build_table()
    if table:
        write_cached(path, marshal.dumps(table), stale=f"readings-{_TABLE_FORMAT}-*.marshal")
    return table


def readings(char: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(Jyutping, Pinyin, Wade-Giles) readings of one character, without tones; empty when
    neither library knows it."""
    return _table().get(char, ((), (), ()))


# --- names -------------------------------------------------------------------------------------


def split_chinese_name(name: str) -> tuple[str, str] | None:
    """(family, given) of a Chinese name written family name first: 陳大文 -> (陳, 大文),
    歐陽震華 -> (歐陽, 震華), `陳 大文` as spaced. None when it holds no Han characters."""
    parts = [p for p in re.split(r"[\s·・•.\-]+", name) if p]
    han = ["".join(HAN.findall(p)) for p in parts]
    han = [h for h in han if h]
    if not han:
        return None
    if len(han) >= 2:
        return han[0], "".join(han[1:])
    whole = han[0]
    if len(whole) >= 3 and whole[:2] in COMPOUND_SURNAMES:
        return whole[:2], whole[2:]
    return whole[:1], whole[1:]


def _fields(family: str, given: Sequence[str]) -> list[str]:
    if not given:
        return [family]
    g, gj = " ".join(given), "".join(given)
    return [f"{family} {g}", f"{g} {family}", f"{family} {gj}", f"{family.replace(' ', '')}{gj}"]


def _system(family: str, given: str, index: int, hk: bool = False) -> tuple[list[str], set[str]]:
    """(fields, other spellings) of one romanization: index 0 Jyutping, 1 Pinyin, 2 Wade-Giles;
    hk turns the Jyutping into Hong Kong spellings. Fields spell the given name by its usual
    reading and the family name by each of its readings; the other spellings are words."""

    def spellings(char: str) -> list[list[str]]:
        # per reading, its spellings (the usual spelling first)
        found = readings(char)[index]
        return [list(hk_spellings(j)) if hk else [j] for j in found]

    family_forms: list[str] = []
    others: set[str] = set()
    special = _HK_SURNAME_SPELLINGS.get(family) if hk else None
    if special:
        family_forms += special
    per_char = [spellings(c) for c in family]
    if any(not r for r in per_char):
        return [], set()
    # each reading of a one-character family name; a compound one by its usual readings
    if len(family) == 1:
        family_forms += [r[0] for r in per_char[0]]
    else:
        family_forms.append(" ".join(r[0][0] for r in per_char))
    given_per_char = [spellings(c) for c in given]
    if any(not r for r in given_per_char):
        return [], set()
    given_usual = [r[0][0] for r in given_per_char]
    fields: list[str] = []
    for form in dict.fromkeys(family_forms):
        fields += _fields(form, given_usual)
    for r in per_char + given_per_char:
        others.update(s for spelled in r for s in spelled)
    return fields, others


@functools.lru_cache(maxsize=65536)  # names repeat across an event (and its re-imports)
def name_romanizations(name: str) -> tuple[str, ...]:
    """The romanized forms of a Chinese name, lower case, each a search field: `陳大文` ->
    ("chan tai man", "tai man chan", "chan taiman", "chantaiman", ..., "can daai man", ...,
    "chen da wen", ...), then one field of the other spellings. Empty for a name
    without Han characters or with one neither library can read."""
    split = split_chinese_name(name)
    if split is None:
        return ()
    family, given = split
    fields: list[str] = []
    others: set[str] = set()
    for index, hk in ((0, True), (0, False), (1, False), (2, False)):
        got, more = _system(family, given, index, hk)
        fields += got
        others |= more
    fields = list(dict.fromkeys(fields))
    words = {w for f in fields for w in f.split()}
    rest = sorted(others - words)
    if rest:
        fields.append(" ".join(rest))
    return tuple(fields)


def romanized_text(names: Iterable[str]) -> list[str]:
    """The romanized fields of every Chinese name in `names`, each once."""
    out: dict[str, None] = {}
    for name in names:
        if name and has_han(name):
            out.update(dict.fromkeys(name_romanizations(name)))
    return list(out)


def with_romanizations(fields: str, given: str, family: str, local: str) -> str:
    """A search text's fields as written followed, after db.search.ROMAN_MARK, by the
    romanizations of the person's Chinese names (in the name fields or `local`); `fields`
    alone when there are none."""
    roman = romanized_text([f"{family} {given}".strip(), local])
    return fields + ROMAN_MARK + " | ".join(roman) if roman else fields
