"""What changed in the event, said once by whoever changed it (`AppSignals.notify`): typed
kinds and the initiator, so a screen that made the change knows it was its own and the others
refresh what they show."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Change(StrEnum):
    """A kind of data a screen shows."""

    ATTENDEES = "attendees"  # registrations added, edited, merged, imported
    CHECKINS = "checkins"  # check-ins and undos (also sent from a desk's journal)
    PRINTS = "prints"  # badges printed or failed (the print log)
    SCHEDULE = "schedule"  # rooms, tracks, sessions, speakers, releases
    TEMPLATES = "templates"  # badge templates and which category prints which
    EVENT = "event"  # the event's name, days, zone, logo, colours
    LISTS = "lists"  # check-in lists added or removed, sign-ups


@dataclass(frozen=True)
class Changes:
    """One notification: what changed, and who changed it (None: no screen, e.g. a replay)."""

    kinds: frozenset[Change]
    initiator: object | None = None

    def touches(self, *kinds: Change) -> bool:
        """Whether any of these kinds changed."""
        return not self.kinds.isdisjoint(kinds)

    def made_by(self, who: object) -> bool:
        """Whether `who` made this change (it has refreshed itself already)."""
        return self.initiator is who
