"""Presets for the exports organizers actually bring: Eventbrite, pretix, Indico, Google Forms.

A preset names, per field, the columns that exporter writes (first present, first used), the
columns to ignore (the ticketing system's own check-in state is not ours), value converters
(Google Forms timestamps) and the source recorded with ticket codes. Columns a preset does
not name still get the header-name suggestions. Header lists are in ../tests/data/README.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from db.words import refusal
from desktop.base.errors import UserError
from desktop.core.attendee_import.mapping import EXTRA, suggest


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    fields: dict[str, tuple[str, ...]]
    # The preset is detected when all headers of any one of these sets are present.
    identify: tuple[frozenset[str], ...] = ()
    converters: dict[str, str] = field(default_factory=dict)
    ticket_source: str = "import"
    # The category of a value of the preset's category column that no rule and no usual word
    # names ("General Admission"); "" refuses such a value.
    category_default: str = ""

    def apply(self, headers: Sequence[str]) -> dict[str, list[str]]:
        """The mapping for a file with these headers."""
        by_key = {h.strip().casefold(): h for h in headers}
        mapping = suggest(headers)
        claimed: set[str] = set()
        own: dict[str, list[str]] = {}
        for f, candidates in self.fields.items():
            present = [by_key[c.casefold()] for c in candidates if c.casefold() in by_key]
            claimed.update(present)
            if present and f != EXTRA:
                own[f] = present
        for f, cols in mapping.items():
            if f not in own:
                rest = [c for c in cols if c not in claimed]
                if rest:
                    own[f] = rest
        return own

    def matches(self, headers: Sequence[str]) -> bool:
        keys = {h.strip().casefold() for h in headers}
        return any({c.casefold() for c in s} <= keys for s in self.identify)


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "eventbrite",
            "Eventbrite attendee report",
            {
                "external_id": ("Attendee #",),
                "order_code": ("Order #",),
                "given_name": ("First Name",),
                "family_name": ("Last Name",),
                "email": ("Email",),
                "organization": ("Company",),
                "title": ("Job Title",),
                "phone": ("Cell Phone", "Work Phone", "Home Phone"),
                "country": ("Home Country", "Work Country"),
                "status": ("Attendee Status",),
                "category": ("Ticket Type",),
                "ticket_code": ("Barcode #", "Barcode"),
                "ignore": ("Checked In", "Check-In Date"),
            },
            identify=(frozenset({"Order #", "Attendee #", "Ticket Type"}),),
            ticket_source="eventbrite",
            category_default="attendee",
        ),
        Preset(
            "pretix",
            "pretix check-in list",
            {
                # English, and German as pretix writes it for a German-speaking organizer.
                "ticket_code": ("Secret", "Ticket secret"),
                "order_code": ("Order code", "Bestellnummer"),
                "given_name": (
                    "Attendee name: First name",
                    "Attendee name: Given name",
                    "Name Teilnehmer*in: Vorname",
                    "Name Teilnehmer: Vorname",
                ),
                "family_name": (
                    "Attendee name: Family name",
                    "Attendee name: Last name",
                    "Name Teilnehmer*in: Nachname",
                    "Name Teilnehmer: Nachname",
                ),
                "full_name": ("Attendee name", "Name Teilnehmer*in", "Name Teilnehmer"),
                "email": ("Attendee email", "E-mail", "Email", "E-Mail"),
                "organization": ("Company", "Firma"),
                "country": ("Country", "Land"),
                "phone": ("Phone number", "Telefonnummer"),
                "notes": ("Comment", "Kommentar"),
                "category": ("Product", "Produkt"),
                "ignore": (
                    "Checked in",
                    "Checked out",
                    "Automatically checked in",
                    "Eingecheckt",
                    "Ausgetreten",
                    "Automatisch eingecheckt",
                ),
                "extra": (
                    "Attendee name: Title",
                    "Attendee name: Middle name",
                    "Name Teilnehmer*in: Titel",
                    "Name Teilnehmer*in: Mittlerer Name",
                ),
            },
            identify=(
                frozenset({"Order code", "Secret", "Attendee name"}),
                frozenset({"Order code", "Secret", "Product"}),
                # Exported with pretix's default options: no "Include QR-code secret".
                frozenset({"Order code", "Attendee name", "Product", "Checked in"}),
                frozenset({"Bestellnummer", "Produkt", "Eingecheckt"}),
            ),
            ticket_source="pretix",
            category_default="attendee",
        ),
        Preset(
            "pretix-orders",
            "pretix order export (positions)",
            {
                "ticket_code": ("Ticket secret", "Secret"),
                "order_code": ("Order code",),
                "given_name": ("Attendee name: Given name", "Attendee name: First name"),
                "family_name": ("Attendee name: Family name", "Attendee name: Last name"),
                "full_name": ("Attendee name", "Invoice address name"),
                "email": ("Attendee email", "Email", "E-mail"),
                "organization": ("Company", "Invoice address company"),
                "country": ("Country",),
                "phone": ("Phone number",),
                "status": ("Status",),
                "notes": ("Comment",),
                "ignore": ("Checked in", "Check-in lists"),
                "extra": ("Attendee name: Title", "Attendee name: Middle name"),
            },
            identify=(frozenset({"Order code", "Position ID", "Attendee email"}),),
            ticket_source="pretix",
        ),
        Preset(
            "indico",
            "Indico registrants",
            {
                "external_id": ("ID",),
                "full_name": ("Name",),
                "status": ("Registration state",),
                # the ticket's check-in secret (in its QR code), where the export has it
                "ticket_code": ("Ticket UUID", "Check-in secret", "Checkin secret"),
                "ignore": ("Checked in", "Check-in date"),
            },
            identify=(frozenset({"ID", "Name", "Registration state"}),),
            ticket_source="indico",
        ),
        Preset(
            "google-forms",
            "Google Forms responses",
            {"email": ("Email Address", "電子郵件地址", "电子邮件地址", "Email")},
            identify=(
                frozenset({"Timestamp"}),
                frozenset({"時間戳記"}),
                frozenset({"时间戳记"}),
            ),
            converters={
                "Timestamp": "gforms_time",
                "時間戳記": "gforms_time",
                "时间戳记": "gforms_time",
            },
        ),
        Preset(
            "confdesk",
            "Confdesk attendee export",
            {
                "external_id": ("External id",),
                "order_code": ("Order code",),
                "given_name": ("Given name",),
                "family_name": ("Family name",),
                "name_local": ("Name (local script)",),
                "organization": ("Organization",),
                "title": ("Job title",),
                "email": ("Email",),
                "phone": ("Phone",),
                "country": ("Country",),
                "category": ("Category",),
                "status": ("Status",),
                "ticket_code": ("Ticket codes",),
                "badge_code": ("Badge code",),
                "notes": ("Notes",),
                "staff_note": ("Staff note",),
                "ignore": (
                    "No.",
                    "Checked in at",
                    "Checked in desk",
                    "Badge printed at",
                    "Print count",
                ),
            },
            identify=(frozenset({"No.", "Badge code", "Given name", "Family name"}),),
        ),
    )
}
# Most specific first: a pretix order export also has the check-in list's columns.
_DETECT_ORDER = ("confdesk", "pretix-orders", "pretix", "eventbrite", "indico", "google-forms")
ALIASES = {"pretix-checkin": "pretix", "gforms": "google-forms", "google": "google-forms"}


def get(name: str) -> Preset:
    """A preset by name, or a clear error listing the known ones."""
    key = ALIASES.get(name.strip().lower(), name.strip().lower())
    if key not in PRESETS:
        raise UserError(
            refusal(
                "unknown preset {name} (presets: {PRESETS})",
                name=repr(name),
                PRESETS=", ".join(PRESETS),
            )
        )
    return PRESETS[key]


def detect(headers: Sequence[str]) -> Preset | None:
    """The preset whose signature columns are all in the header, if any."""
    for name in _DETECT_ORDER:
        p = PRESETS[name]
        if p.matches(headers):
            return p
    return None
