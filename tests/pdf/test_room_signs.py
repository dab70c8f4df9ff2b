"""Room signs list everything in their room: breaks held there, and every plenary of the day
(in a lighter grey, saying where it is held when that is another room)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from db.models import Room
from db.models import Session as TalkSession
from desktop.core.events import current_event
from desktop.core.program import build_program, layout, load_for_print
from desktop.pdf.program.signs import LIGHT
from tests.tools import run_tool


def _schedule(store) -> None:
    with store.session() as s:
        ev = current_event(s)
        hall = Room(event_id=ev.id, name="Main Hall", capacity=800, position=0)
        aud = Room(event_id=ev.id, name="Auditorium", capacity=300, position=1)
        s.add_all([hall, aud])
        s.flush()
        day = dt.datetime(2026, 12, 3, 0, 0)  # 08:00 in Hong Kong

        def add(title, room, minutes, length, kind="talk", plenary=False):
            s.add(
                TalkSession(
                    event_id=ev.id,
                    guid=str(uuid.uuid4()),
                    title=title,
                    type=kind,
                    status="confirmed",
                    room_id=room.id,
                    start=day + dt.timedelta(minutes=minutes),
                    duration_min=length,
                    plenary=plenary,
                )
            )

        add("Registration and Breakfast", hall, 0, 60, "break", plenary=True)
        add("Opening Keynote", hall, 60, 45, plenary=True)
        add("Hall Talk", hall, 120, 30)
        add("Coffee Break", hall, 150, 20, "break", plenary=True)
        add("Auditorium Talk", aud, 120, 30)
        add("Auditorium Tea", aud, 200, 15, "break")
        add("Lunch", hall, 270, 60, "break", plenary=True)


def test_signs_show_breaks_and_plenaries(store, tmp_path: Path) -> None:
    _schedule(store)
    out = tmp_path / "signs.pdf"
    with store.factory() as s:
        build_program(s, out, "room-signs", release="live")
        pages, _ = layout(load_for_print(s, "live"), "room-signs")
    text = run_tool(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    hall = next(p for p in text if "800 seats" in p)
    aud = next(p for p in text if "300 seats" in p)
    for title in ("Registration and Breakfast", "Opening Keynote", "Coffee Break", "Lunch"):
        assert title in hall and title in aud
    assert "Hall Talk" in hall and "Hall Talk" not in aud
    assert "Auditorium Talk" in aud and "Auditorium Talk" not in hall
    assert "Auditorium Tea" in aud and "Auditorium Tea" not in hall
    assert "08:00–09:00" in hall and "12:30–13:30" in hall
    # In time order on the hall's sign.
    order = [hall.index(t) for t in ("Registration", "Opening Keynote", "Hall Talk", "Lunch")]
    assert order == sorted(order)
    # A plenary held elsewhere says where; the hall's own plenary does not.
    assert "in Main Hall" in aud and "in Main Hall" not in hall
    # Breaks and plenaries from elsewhere are grey; the room's own talks are not.
    colors: dict[str, dict[str, str]] = {}
    for p in pages:
        for t in p.texts():
            if t.role == "title":
                colors.setdefault(p.title, {})[" ".join(t.lines)] = t.color
    hall_c, aud_c = colors["Main Hall"], colors["Auditorium"]
    assert hall_c["Coffee Break"] == LIGHT and hall_c["Hall Talk"] != LIGHT
    assert hall_c["Opening Keynote"] != LIGHT  # a plenary in its own room
    assert aud_c["Opening Keynote"] == LIGHT and aud_c["Auditorium Talk"] != LIGHT
