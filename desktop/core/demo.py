"""A realistic demo event: a two-day AI conference in a Hong Kong science park.

Deterministic for a seed; scales from a handful to a million attendees (bulk inserts in
chunks). The schedule is conflict-free on purpose, with three unscheduled drafts, so the
timetable shows its planning tools on real-looking data.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import uuid
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.bulk import search_triggers_suspended
from db.engine import Store
from db.models import Event, Room, SessionSpeaker, Speaker, Track
from db.models import Session as TalkSession
from db.words import refusal
from desktop.base.errors import UserError
from desktop.base.progress import ProgressFn, no_progress
from desktop.core import demo_data as D
from desktop.core.attendees import add_attendees
from desktop.core.events import create_event, to_utc
from desktop.core.text import fold

_CATEGORIES = ("attendee", "student", "vip", "press", "staff", "exhibitor", "sponsor")
_CATEGORY_CUM = (75, 83, 85, 87, 90, 95, 100)
EVENT_NAME = "Hong Kong AI Summit 2026"
FIRST_DAY = dt.date(2026, 12, 3)
SPEAKERS = 48
CHUNK = 5000
_T = TypeVar("_T")


def generate(
    store: Store, attendees: int = 1200, seed: int = 2026, progress: ProgressFn = no_progress
) -> dict[str, Any]:
    """Fill an empty store with the demo event in one transaction; returns counts."""
    with store.session() as session:
        return populate(session, attendees, seed, progress)


def populate(
    session: Session, attendees: int = 1200, seed: int = 2026, progress: ProgressFn = no_progress
) -> dict[str, Any]:
    """The demo event written through `session` (which must hold no event yet)."""
    if session.scalar(select(Event.id).limit(1)) is not None:
        raise UserError(
            refusal("this database already holds an event; give `demo` a new --db file")
        )
    rng = random.Random(seed)
    event = create_event(
        session,
        EVENT_NAME,
        "Asia/Hong_Kong",
        FIRST_DAY,
        FIRST_DAY + dt.timedelta(days=1),
        venue="Hong Kong Science Park, Pak Shek Kok",
    )
    event.settings = {**(event.settings or {}), "demo": True}  # made-up people: the app says so
    people = _People(rng)
    total = attendees
    ids: list[int] = []
    done = 0
    progress(0, total, "attendees")
    with search_triggers_suspended(session):
        while done < total:
            n = min(CHUNK, total - done)
            rows, tickets = [], []
            for i in range(done, done + n):
                row, codes = people.make(i, speaker=i < SPEAKERS)
                rows.append(row)
                tickets.append(codes)
            ids.extend(add_attendees(session, event, rows, tickets, trusted=True))
            done += n
            progress(done, total, "attendees")
    speaker_people = [
        people.speaker_rows[i] | {"attendee_id": ids[i]} for i in range(min(SPEAKERS, len(ids)))
    ]
    while len(speaker_people) < SPEAKERS:  # tiny demos still get a full programme
        row, _ = people.make(len(speaker_people), speaker=True)
        speaker_people.append(people.speaker_rows[-1] | {"attendee_id": None})
    sessions = _schedule(session, event, rng, speaker_people)
    return {"event": event.name, "attendees": total, "sessions": sessions, "speakers": SPEAKERS}


class _People:
    """Generates attendee rows with names that fit their country."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.countries = [c for c, _ in D.COUNTRIES]
        weights = [w for _, w in D.COUNTRIES]
        self.cum = list(itertools.accumulate(weights))
        self.emails: dict[str, int] = {}
        self._email_cache: dict[tuple[str, str, str], tuple[str, str]] = {}
        self.random = rng.random
        self.speaker_rows: list[dict[str, Any]] = []

    def _name(self, country: str) -> tuple[str, str, str]:
        r, pick = self.rng, self.pick
        if country == "HK":
            fam, fam_zh = pick(D.HK_FAMILY)
            giv, giv_zh = pick(D.HK_GIVEN)
            if r.random() < 0.3:  # many people in Hong Kong go by an English given name
                return pick(D.HK_ENGLISH_GIVEN), fam, fam_zh + giv_zh
            return giv, fam, fam_zh + giv_zh
        if country == "CN":
            (fam, fz), (giv, gz) = pick(D.CN_FAMILY), pick(D.CN_GIVEN)
            return giv, fam, fz + gz
        if country == "TW":
            (fam, fz), (giv, gz) = pick(D.TW_FAMILY), pick(D.TW_GIVEN)
            return giv, fam, fz + gz
        if country == "JP":
            return pick(D.JP_NAMES)
        if country == "KR":
            return pick(D.KR_NAMES)
        if country == "AE":
            return pick(D.AE_NAMES)
        given, family = D.LATIN[country]
        return pick(given), pick(family), ""

    def pick(self, seq: Sequence[_T]) -> _T:
        """A random element: random() and indexing cost a fifth of random.choice."""
        return seq[int(self.random() * len(seq))]

    def _email_parts(self, given: str, family: str, org: str) -> tuple[str, str]:
        key = (given, family, org)
        parts = self._email_cache.get(key)
        if parts is None:
            local_part = ".".join(
                fold(f"{given} {family}").replace("'", "").replace("-", "").split()
            )
            words = org.split(" ")
            domain = "".join(ch for ch in fold(words[0] + words[-1]) if ch.isalnum()) + ".example"
            parts = self._email_cache[key] = (local_part, domain)
        return parts

    def make(self, index: int, speaker: bool) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        r, pick, rand = self.rng, self.pick, self.random
        country = self.countries[bisect.bisect_right(self.cum, rand() * self.cum[-1])]
        given, family, local = self._name(country)
        orgs = D.ORGANIZATIONS.get(country, D.ORGANIZATIONS["*"])
        org = pick(orgs) if rand() < 0.85 else pick(D.ORGANIZATIONS["*"])
        title = pick(D.TITLES)
        if speaker:
            category = "speaker"
        else:
            category = _CATEGORIES[bisect.bisect_right(_CATEGORY_CUM, rand() * 100)]
        if category == "student":
            title = "PhD Student" if rand() < 0.6 else "MSc Student"
        if category == "press":
            title = "Journalist"
        local_part, domain = self._email_parts(given, family, org)
        email = f"{local_part}@{domain}"
        seen = self.emails.get(email, 0)
        self.emails[email] = seen + 1
        if seen:
            email = f"{local_part}{seen + 1}@{domain}"
        row: dict[str, Any] = {
            "external_id": f"HKAI-{100000 + index}",
            "given_name": given,
            "family_name": family,
            "name_local": local,
            "organization": org,
            "title": title,
            "email": email,
            "phone": f"+852 {5000 + int(rand() * 5000)} {1000 + int(rand() * 9000)}"
            if country == "HK"
            else "",
            "country": country,
            "category": category,
            "status": "cancelled" if (not speaker and rand() < 0.01) else "registered",
            "notes": pick(D.NOTES) if rand() < 0.04 else "",
            "extra": {"ticket_type": _ticket_type(category, r)},
        }
        codes: list[tuple[str, str]] = []
        if rand() < 0.3:  # a pretix-style ticket secret
            codes.append((format(r.getrandbits(128), "032x"), "pretix"))
        if speaker:
            self.speaker_rows.append(
                {
                    "name": f"{given} {family}",
                    "name_local": local,
                    "organization": org,
                    "title": title,
                    "email": email,
                    "bio": f"{given} {family} is {title} at {org}, working on "
                    f"{r.choice(['language models', 'computer vision', 'AI policy', 'robot learning', 'medical imaging', 'quantitative finance'])}.",
                }
            )
        return row, codes


def _ticket_type(category: str, r: random.Random) -> str:
    return {
        "speaker": "Speaker Pass",
        "student": "Student",
        "vip": "VIP Invitation",
        "press": "Press Pass",
        "staff": "Staff",
        "exhibitor": "Exhibitor Pass",
        "sponsor": "Sponsor Pass",
    }.get(category, r.choice(["Early Bird", "Standard", "Standard", "Group"]))


class _SpeakerPool:
    """Hands out speakers so nobody is booked twice in a block or in adjacent blocks."""

    def __init__(self, ids: list[int], rng: random.Random) -> None:
        self.ids = ids
        self.rng = rng
        self.load = dict.fromkeys(ids, 0)
        self.busy: dict[str, set[int]] = {}

    def take(self, block: str, avoid: tuple[str, ...], n: int) -> list[int]:
        blocked = set().union(*(self.busy.get(b, set()) for b in (block, *avoid)))
        free = [i for i in self.ids if i not in blocked]
        self.rng.shuffle(free)
        free.sort(key=lambda i: self.load[i])
        chosen = free[:n]
        for i in chosen:
            self.load[i] += 1
        self.busy.setdefault(block, set()).update(chosen)
        return chosen


def _schedule(
    session: Session, event: Event, rng: random.Random, speakers: list[dict[str, Any]]
) -> int:
    """The demo's rooms, tracks, speakers and sessions (two days, three drafts); the count."""
    plan = _Programme(session, event, rng, speakers)
    for day in (0, 1):
        plan.opening(day)
        for b, (start, prev) in enumerate((("11:00", "k"), ("13:30", "a"), ("15:20", "b"))):
            plan.block(day, b, start, prev)
        plan.closing(day)
    plan.drafts()
    return plan.count


# A session's people: (speaker id, role).
_Roles = list[tuple[int, str]]


class _Programme:
    """Writes the demo's sessions, drawing titles, speakers and audiences from one rng.

    Every draw happens in the order the sessions are added, so a seed gives the same event.
    """

    def __init__(
        self, session: Session, event: Event, rng: random.Random, speakers: list[dict[str, Any]]
    ) -> None:
        self.session = session
        self.event = event
        self.rng = rng
        self.rooms = [
            Room(event_id=event.id, name=n, capacity=c, position=i)
            for i, (n, c) in enumerate(D.ROOMS)
        ]
        self.tracks = {n: Track(event_id=event.id, name=n, color=c) for n, c in D.TRACKS}
        session.add_all([*self.rooms, *self.tracks.values()])
        spk = [Speaker(event_id=event.id, **row) for row in speakers]
        session.add_all(spk)
        session.flush()
        self.pool = _SpeakerPool([s.id for s in spk], rng)
        self.titles = {t: iter(rng.sample(v, len(v)) * 3) for t, v in D.TALKS.items()}
        self.topical = [t for t in self.tracks if t != "Plenary"]
        self.count = 0

    def add(
        self,
        day: int,
        hhmm: str | None,
        minutes: int,
        title: str,
        kind: str,
        room: int | None,
        track: str,
        people: _Roles,
        audience: int | None = None,
        plenary: bool = False,
        status: str = "confirmed",
    ) -> None:
        """One session on day 0 or 1 at local time `hhmm` (None: unscheduled), room by index."""
        start = None
        if hhmm is not None:
            h, m = map(int, hhmm.split(":"))
            local = dt.datetime.combine(FIRST_DAY + dt.timedelta(days=day), dt.time(h, m))
            start = to_utc(self.event, local)
        ts = TalkSession(
            event_id=self.event.id,
            guid=str(uuid.UUID(int=self.rng.getrandbits(128))),
            title=title,
            type=kind,
            status=status,
            track_id=self.tracks[track].id,
            room_id=self.rooms[room].id if room is not None else None,
            start=start,
            duration_min=minutes,
            plenary=plenary,
            expected_audience=audience,
            language="zh-hk" if any("\u4e00" <= ch <= "\u9fff" for ch in title) else "en",
            abstract=f"{title}. A session of the {track} track.",
            slug="",
            url="",
            extra={},
        )
        ts.speakers = [
            SessionSpeaker(speaker_id=sid, role=role, position=i)
            for i, (sid, role) in enumerate(people)
        ]
        self.session.add(ts)
        self.count += 1

    def speakers(self, block: str, avoid: tuple[str, ...], n: int) -> _Roles:
        """`n` speakers free in `block` and the blocks in `avoid`."""
        return [(s, "speaker") for s in self.pool.take(block, avoid, n)]

    def panel(self, block: str, avoid: tuple[str, ...], n: int) -> _Roles:
        """A moderator and n - 1 panelists free in `block` and the blocks in `avoid`."""
        chosen = self.pool.take(block, avoid, n)
        return [(chosen[0], "moderator")] + [(s, "panelist") for s in chosen[1:]]

    def opening(self, day: int) -> None:
        """Registration, two keynotes and a coffee break in the main hall."""
        d = f"d{day}"
        self.add(
            day, "08:00", 60, "Registration and Breakfast", "break", 0, "Plenary", [], plenary=True
        )
        for hhmm, n, audience in (("09:00", 0, 720), ("09:50", 1, 700)):
            people = self.speakers(d + "k", (), 1)
            title = D.KEYNOTES[day * 2 + n]
            self.add(day, hhmm, 45, title, "keynote", 0, "Plenary", people, audience)
        self.add(day, "10:40", 20, "Coffee Break", "break", 0, "Plenary", [], plenary=True)

    def block(self, day: int, b: int, start: str, prev: str) -> None:
        """Block b of a day from `start`, its speakers free in the block before (`prev`)."""
        block, avoid = f"d{day}" + "abc"[b], (f"d{day}" + prev,)
        h = int(start[:2])
        m = int(start[3:])
        self._main_hall(day, b, block, avoid, h, m)
        self._auditorium(day, b, block, avoid, start, h, m)
        self._breakout_rooms(day, b, block, avoid, start)
        if b == 0:
            self.add(day, "12:30", 60, "Lunch", "break", 0, "Plenary", [], plenary=True)
        elif b == 1:
            self.add(day, "15:00", 20, "Coffee Break", "break", 0, "Plenary", [], plenary=True)

    def _main_hall(
        self, day: int, b: int, block: str, avoid: tuple[str, ...], h: int, m: int
    ) -> None:
        """Three half-hour talks of the block's track in the main hall."""
        track = self.topical[(day * 3 + b) % len(self.topical)]
        for k in range(3):
            t = f"{h + (m + 30 * k) // 60:02d}:{(m + 30 * k) % 60:02d}"
            people = self.speakers(block, avoid, 1)
            audience = self.rng.randint(300, 650)
            self.add(day, t, 30, next(self.titles[track]), "talk", 0, track, people, audience)

    def _auditorium(
        self, day: int, b: int, block: str, avoid: tuple[str, ...], start: str, h: int, m: int
    ) -> None:
        """An hour's panel on responsible AI, then a talk of another track."""
        panel = self.panel(block, avoid, 4)
        title = D.PANELS[(day * 3 + b) % len(D.PANELS)]
        audience = self.rng.randint(150, 280)
        self.add(day, start, 60, title, "panel", 1, "Responsible AI", panel, audience)
        t2 = f"{h + (m + 60) // 60:02d}:{(m + 60) % 60:02d}"
        other = self.topical[(day * 3 + b + 2) % len(self.topical)]
        people = self.speakers(block, avoid, 1)
        audience = self.rng.randint(120, 280)
        self.add(day, t2, 30, next(self.titles[other]), "talk", 1, other, people, audience)

    def _breakout_rooms(
        self, day: int, b: int, block: str, avoid: tuple[str, ...], start: str
    ) -> None:
        """A round table and a workshop of 90 minutes each in the breakout rooms."""
        table = self.panel(block, avoid, 3)
        title = D.ROUND_TABLES[(day * 3 + b) % len(D.ROUND_TABLES)]
        track = self.topical[(b + 1) % len(self.topical)]
        audience = self.rng.randint(40, 75)
        self.add(day, start, 90, title, "round_table", 2, track, table, audience)
        people = self.speakers(block, avoid, 1)
        title = D.WORKSHOPS[(day * 3 + b) % len(D.WORKSHOPS)]
        track = self.topical[(b + 3) % len(self.topical)]
        audience = self.rng.randint(50, 80)
        self.add(day, start, 90, title, "workshop", 3, track, people, audience)

    def closing(self, day: int) -> None:
        """The day's last plenary: a panel on day one, the closing keynote on day two."""
        d = f"d{day}"
        if day == 0:
            closing = self.panel(d + "z", (d + "c",), 4)
            title = "Panel: What Should Hong Kong Build Next?"
            self.add(day, "17:00", 60, title, "panel", 0, "Plenary", closing, 650)
        else:
            closing = self.speakers(d + "z", (d + "c",), 1)
            title = "Closing Keynote: AI and the City"
            self.add(day, "17:00", 45, title, "keynote", 0, "Plenary", closing, 700)

    def drafts(self) -> None:
        """Three talks not scheduled yet (drafts without a time or room)."""
        for title in (
            "Lightning Talks: Student Research",
            "Demo Session: Startups of the Science Park",
            "Fireside Chat: 香港人工智能的未來",
        ):
            track = self.topical[self.count % len(self.topical)]
            people = self.speakers("unscheduled", (), 1)
            self.add(0, None, 45, title, "talk", None, track, people, status="draft")
