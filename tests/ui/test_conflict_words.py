"""Schedule conflicts in the interface's language (issue 13).

Every kind of conflict is made on the real democon schedule (as an organizer's edits would
make it); in English the Schedule screen's words are exactly the core's (the CLI's), and in
Traditional and Simplified Chinese no English is left but the schedule's own names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from db.engine import open_store
from desktop.base.schedule import ScheduleData, SessionData
from desktop.core.events import create_event
from desktop.core.schedule.conflicts import Conflict, check
from desktop.core.schedule.data import load_schedule
from desktop.core.schedule.interchange.importing import import_schedule
from desktop.ui import i18n
from desktop.ui.schedule.conflict_words import TEMPLATES, say
from desktop.ui.schedule.conflicts_panel import ConflictsPanel
from tests.core.schedule_support import SCHEDULES

_LATIN = re.compile(r"[A-Za-z][A-Za-z'-]+")


def _democon(tmp_path: Path, name: str = "democon.sqlite") -> ScheduleData:
    path = tmp_path / name
    store = open_store(str(path), create=True)
    with store.session() as s:
        create_event(s, "DemoCon", "Europe/Berlin")
    with store.session() as s:
        import_schedule(s, SCHEDULES / "pretalx-democon.json")
    with store.session() as s:
        data = load_schedule(s, None)
    store.close()
    return data


def _every_kind(data: ScheduleData) -> ScheduleData:
    """democon with one of each conflict made by edits."""
    xs = [x for x in data.sessions if x.start is not None and x.room is not None]
    a, b, c, d, e, f, g, h, i = xs[:9]
    assert a.start is not None and a.end is not None and a.room is not None
    far = a.start + dt.timedelta(days=-30)
    small = dataclasses.replace(a.room, capacity=10, availability=((far, far),))
    out: dict[int, SessionData] = {}
    # b in a's room at a's time; c a plenary over d; e too big for its room and in a closed room
    out[b.id] = dataclasses.replace(b, room=a.room, start=a.start, end=a.end)
    assert d.start is not None and d.end is not None
    out[c.id] = dataclasses.replace(c, plenary=True, start=d.start, end=d.end)
    out[e.id] = dataclasses.replace(e, room=small, expected_audience=50)
    # f's speaker is not available then; g is on a day outside the event
    if f.speakers:
        busy = dataclasses.replace(f.speakers[0], availability=((far, far),))
        out[f.id] = dataclasses.replace(f, speakers=(busy, *f.speakers[1:]))
    assert g.start is not None and g.end is not None
    later = dt.timedelta(days=40)
    out[g.id] = dataclasses.replace(g, start=g.start + later, end=g.end + later)
    # h has no time, i is a draft
    out[h.id] = dataclasses.replace(h, start=None, end=None)
    out[i.id] = dataclasses.replace(i, status="draft")
    sessions = [out.get(x.id, x) for x in data.sessions]
    rooms = [small if r.id == small.id else r for r in data.rooms]
    return dataclasses.replace(data, sessions=sessions, rooms=rooms)


@pytest.fixture
def conflicts(tmp_path: Path) -> list[Conflict]:
    found = check(_every_kind(_democon(tmp_path)), for_release=True)
    keys = {c.message.key for c in found}  # type: ignore[attr-defined]
    assert len(keys) >= 9, keys
    return found


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[str]:
    yield "zh_HK"
    i18n.install(qapp, "en")


def test_every_key_the_core_gives_has_words() -> None:
    source = (Path(__file__).parents[2] / "desktop/core/schedule/conflicts.py").read_text()
    made = set(re.findall(r'Words\(\s*"([a-z_]+)"', source))
    # keys the core builds: f"room_double_booked_{where}" and "no_time" if ... else "no_room"
    made |= {f"room_double_booked_{k}" for k in ("room", "plenary", "plenaries")}
    made |= {"no_time", "no_room"}
    assert len(made) >= 12 and made <= set(TEMPLATES), made - set(TEMPLATES)


def test_in_english_the_screen_says_what_the_cli_says(
    qapp: QApplication, conflicts: list[Conflict]
) -> None:
    assert i18n.install(qapp, "en") == "en"
    for c in conflicts:
        assert say(c.message) == str(c.message)


@pytest.mark.parametrize("language", ["zh_HK", "zh_CN"])
def test_in_chinese_no_english_is_left_but_the_schedules_names(
    qapp: QApplication, qtbot, conflicts: list[Conflict], tmp_path: Path, language: str, chinese
) -> None:
    assert i18n.install(qapp, language) == language
    data = _democon(tmp_path, "names.sqlite")
    names = " ".join(
        [x.title for x in data.sessions]
        + [p.name for p in data.speakers]
        + [r.name for r in data.rooms]
    )
    allowed = set(_LATIN.findall(names))
    panel = ConflictsPanel()
    qtbot.addWidget(panel)
    panel.set_conflicts(conflicts)
    shown = panel.messages()
    assert len(shown) == len(conflicts)
    for text in shown:
        left = [w for w in _LATIN.findall(text) if w not in allowed]
        assert left == [], text
