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
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.bulk import search_triggers_suspended
from db.engine import Store
from db.models import Event, Room, SessionSpeaker, Speaker, Track
from db.models import Session as TalkSession
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
        raise UserError("this database already holds an event; give `demo` a new --db file")
    rng = random.Random(seed)
    event = create_event(
        session,
        EVENT_NAME,
        "Asia/Hong_Kong",
        FIRST_DAY,
        FIRST_DAY + dt.timedelta(days=1),
        venue="Hong Kong Science Park, Pak Shek Kok",
    )
    event.settings = {"demo": True}  # made-up people: the app says so
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

    def pick(self, seq: Any) -> Any:
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
    rooms = [
        Room(event_id=event.id, name=n, capacity=c, position=i) for i, (n, c) in enumerate(D.ROOMS)
    ]
    tracks = {n: Track(event_id=event.id, name=n, color=c) for n, c in D.TRACKS}
    session.add_all([*rooms, *tracks.values()])
    spk = [Speaker(event_id=event.id, **row) for row in speakers]
    session.add_all(spk)
    session.flush()
    pool = _SpeakerPool([s.id for s in spk], rng)
    titles = {t: iter(rng.sample(v, len(v)) * 3) for t, v in D.TALKS.items()}
    topical = [t for t in tracks if t != "Plenary"]
    count = 0

    def add(
        day: int,
        hhmm: str | None,
        minutes: int,
        title: str,
        kind: str,
        room: int | None,
        track: str,
        people: list[tuple[int, str]],
        audience: int | None = None,
        plenary: bool = False,
        status: str = "confirmed",
    ) -> None:
        nonlocal count
        start = None
        if hhmm is not None:
            h, m = map(int, hhmm.split(":"))
            local = dt.datetime.combine(FIRST_DAY + dt.timedelta(days=day), dt.time(h, m))
            start = to_utc(event, local)
        ts = TalkSession(
            event_id=event.id,
            guid=str(uuid.UUID(int=rng.getrandbits(128))),
            title=title,
            type=kind,
            status=status,
            track_id=tracks[track].id,
            room_id=rooms[room].id if room is not None else None,
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
        session.add(ts)
        count += 1

    for day in (0, 1):
        d = f"d{day}"
        add(day, "08:00", 60, "Registration and Breakfast", "break", 0, "Plenary", [], plenary=True)
        add(
            day,
            "09:00",
            45,
            D.KEYNOTES[day * 2],
            "keynote",
            0,
            "Plenary",
            [(s, "speaker") for s in pool.take(d + "k", (), 1)],
            720,
        )
        add(
            day,
            "09:50",
            45,
            D.KEYNOTES[day * 2 + 1],
            "keynote",
            0,
            "Plenary",
            [(s, "speaker") for s in pool.take(d + "k", (), 1)],
            700,
        )
        add(day, "10:40", 20, "Coffee Break", "break", 0, "Plenary", [], plenary=True)
        for b, (start, prev) in enumerate((("11:00", "k"), ("13:30", "a"), ("15:20", "b"))):
            block, avoid = d + "abc"[b], (d + prev,)
            track = topical[(day * 3 + b) % len(topical)]
            h = int(start[:2])
            m = int(start[3:])
            for k in range(3):  # three talks in the main hall
                t = f"{h + (m + 30 * k) // 60:02d}:{(m + 30 * k) % 60:02d}"
                add(
                    day,
                    t,
                    30,
                    next(titles[track]),
                    "talk",
                    0,
                    track,
                    [(s, "speaker") for s in pool.take(block, avoid, 1)],
                    rng.randint(300, 650),
                )
            panel = pool.take(block, avoid, 4)
            add(
                day,
                start,
                60,
                D.PANELS[(day * 3 + b) % len(D.PANELS)],
                "panel",
                1,
                "Responsible AI",
                [(panel[0], "moderator")] + [(s, "panelist") for s in panel[1:]],
                rng.randint(150, 280),
            )
            t2 = f"{h + (m + 60) // 60:02d}:{(m + 60) % 60:02d}"
            other = topical[(day * 3 + b + 2) % len(topical)]
            add(
                day,
                t2,
                30,
                next(titles[other]),
                "talk",
                1,
                other,
                [(s, "speaker") for s in pool.take(block, avoid, 1)],
                rng.randint(120, 280),
            )
            rt = pool.take(block, avoid, 3)
            add(
                day,
                start,
                90,
                D.ROUND_TABLES[(day * 3 + b) % len(D.ROUND_TABLES)],
                "round_table",
                2,
                topical[(b + 1) % len(topical)],
                [(rt[0], "moderator")] + [(s, "panelist") for s in rt[1:]],
                rng.randint(40, 75),
            )
            add(
                day,
                start,
                90,
                D.WORKSHOPS[(day * 3 + b) % len(D.WORKSHOPS)],
                "workshop",
                3,
                topical[(b + 3) % len(topical)],
                [(s, "speaker") for s in pool.take(block, avoid, 1)],
                rng.randint(50, 80),
            )
            if b == 0:
                add(day, "12:30", 60, "Lunch", "break", 0, "Plenary", [], plenary=True)
            elif b == 1:
                add(day, "15:00", 20, "Coffee Break", "break", 0, "Plenary", [], plenary=True)
        closing = pool.take(d + "z", (d + "c",), 1 if day else 4)
        if day == 0:
            add(
                day,
                "17:00",
                60,
                "Panel: What Should Hong Kong Build Next?",
                "panel",
                0,
                "Plenary",
                [(closing[0], "moderator")] + [(s, "panelist") for s in closing[1:]],
                650,
            )
        else:
            add(
                day,
                "17:00",
                45,
                "Closing Keynote: AI and the City",
                "keynote",
                0,
                "Plenary",
                [(closing[0], "speaker")],
                700,
            )
    for title in (
        "Lightning Talks: Student Research",
        "Demo Session: Startups of the Science Park",
        "Fireside Chat: 香港人工智能的未來",
    ):
        add(
            0,
            None,
            45,
            title,
            "talk",
            None,
            topical[count % len(topical)],
            [(s, "speaker") for s in pool.take("unscheduled", (), 1)],
            status="draft",
        )
    return count
