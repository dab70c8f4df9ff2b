"""The printed program's own words (titles, headings, dates) in English, Chinese or both.

The schedule's data (titles, names, rooms) print as they are; the words the program adds
around them follow the program's language: `en`, `zh_HK` (Traditional, Hong Kong), `zh_CN`
(Simplified) or both English and one Chinese (`en+zh_HK`, `en+zh_CN`), chosen per print
(`confdesk program --language`, the Program screen's "Words"). The language is set for a
print with `speaking()` and read by `say()` and the date functions, so every document kind
shares one table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

LANGUAGES = ("en", "zh_HK", "zh_CN", "en+zh_HK", "en+zh_CN")
_language: ContextVar[str] = ContextVar("confdesk_program_language", default="en")

# English -> (Traditional, Simplified); {placeholders} as in the English.
WORDS: dict[str, tuple[str, str]] = {
    "Program": ("節目表", "节目表"),
    "Program book": ("節目手冊", "节目手册"),
    "Timetable": ("時間表", "日程表"),
    "Room signs": ("房間門牌", "房间门牌"),
    "Speaker itineraries": ("講者行程", "演讲嘉宾行程"),
    "Speakers": ("講者", "演讲嘉宾"),
    "Speaker index": ("講者索引", "演讲嘉宾索引"),
    "Contents": ("目錄", "目录"),
    "Cover": ("封面", "封面"),
    "Other": ("其他", "其他"),
    "No sessions are scheduled.": ("未有已排定的節目。", "暂无已安排的日程。"),
    "No speakers are scheduled.": ("未有已排定的講者。", "暂无已安排的演讲嘉宾。"),
    "Draft, not published": ("草稿，未發佈", "草稿，未发布"),
    "Release {name}": ("版本 {name}", "版本 {name}"),
    "page {number} of {total}": ("第 {number} 頁，共 {total} 頁", "第 {number} 页，共 {total} 页"),
    "{sessions} sessions · {rooms} rooms · {speakers} speakers": (
        "{sessions} 個節目 · {rooms} 個房間 · {speakers} 位講者",
        "{sessions} 场日程 · {rooms} 个房间 · {speakers} 位演讲嘉宾",
    ),
    "{seats} seats": ("{seats} 個座位", "{seats} 个座位"),
    "(continued)": ("（續）", "（续）"),
    "rooms {first}–{last} of {total}": (
        "房間 {first}–{last}（共 {total} 間）",
        "房间 {first}–{last}（共 {total} 间）",
    ),
    "in {room}": ("於{room}", "在{room}"),
    "all rooms": ("所有房間", "所有房间"),
    "Your session": ("你的節目", "你的日程"),
    "Your {n} sessions": ("你的 {n} 個節目", "你的 {n} 场日程"),
    "you are the {role}": ("你的角色：{role}", "你的角色：{role}"),
    "on stage: {names}": ("同台：{names}", "同台：{names}"),
    # session types and speaker roles (the stored codes, as the timetable words them)
    "keynote": ("主題演講", "主旨演讲"),
    "talk": ("演講", "演讲"),
    "panel": ("討論會", "讨论会"),
    "round table": ("圓桌會議", "圆桌会议"),
    "workshop": ("工作坊", "工作坊"),
    "break": ("休息", "休息"),
    "plenary": ("全體大會", "全体大会"),
    "speaker": ("講者", "演讲嘉宾"),
    "moderator": ("主持", "主持人"),
    "panelist": ("討論嘉賓", "讨论嘉宾"),
}
_WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Within the block the program's words are in `language` (one of LANGUAGES)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown program language {language!r}")
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


def current() -> str:
    """The language the program's words are in here."""
    return _language.get()


def _chinese() -> int | None:
    """0 for Traditional, 1 for Simplified, None for English only."""
    lang = _language.get()
    if lang == "en":
        return None
    return 0 if lang.endswith("zh_HK") else 1


def _spoken(english: str, chinese: str, joint: str = " ") -> str:
    """The English, the Chinese, or both joined, as the program's language says."""
    lang = _language.get()
    if lang == "en":
        return english
    return f"{english}{joint}{chinese}" if lang.startswith("en+") else chinese


def say(text: str, **values: object) -> str:
    """`text` (an English phrase of WORDS) in the program's language, values filled in; both
    languages side by side in a bilingual program. A phrase not in WORDS stays English."""
    english = text.format(**values)
    which = _chinese()
    if which is None or text not in WORDS:
        return english
    return _spoken(english, WORDS[text][which].format(**values))


def weekday(day: dt.date) -> str:
    """ "Thu", 週四 (周四), or "Thu 週四"."""
    return _spoken(f"{day:%a}", weekday_zh(day))


def long_day(day: dt.date) -> str:
    """ "Thursday 3 December 2026", 2026年12月3日（星期四）, or both."""
    chinese = f"{day.year}年{day.month}月{day.day}日（星期{_WEEKDAYS[day.weekday()]}）"
    return _spoken(f"{day:%A} {day.day} {day:%B %Y}", chinese, " · ")


def short_day(day: dt.date) -> str:
    """ "Thu 3 Dec", 12月3日（週四）, or both."""
    chinese = f"{day.month}月{day.day}日（{weekday_zh(day)}）"
    return _spoken(f"{day:%a} {day.day} {day:%b}", chinese)


def weekday_zh(day: dt.date) -> str:
    """週四 (Traditional) or 周四 (Simplified)."""
    return f"{'週' if _chinese() == 0 else '周'}{_WEEKDAYS[day.weekday()]}"
