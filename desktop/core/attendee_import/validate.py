"""Turning a file's rows into attendee values, with a report per row, before anything is written.

Each row becomes a `Row`: cleaned EDITABLE values, extra fields (unmapped columns), ticket
codes, status, and the errors (the row is rejected) and warnings (imported, but look) found.
Checks: a name is present and not absurdly long, the e-mail looks like one, the category is
known, no two rows share an id, e-mail (rows without id) or ticket code.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from db.words import Words
from desktop.base.progress import CancelFlag, ProgressFn, no_progress
from desktop.core.attendee_import.mapping import split_full_name
from desktop.core.attendee_import.readers import Table
from desktop.core.attendees import EDITABLE
from desktop.core.text import clean, fold

# The source of a ticket code read from an earlier Confdesk store's "Badge code" column.
BADGE_SOURCE = "confdesk"
MAX_NAME = 150  # longer than any real name part; a badge could not print it anyway
_LIMITS = {
    "email": 320,
    "phone": 64,
    "country": 64,
    "notes": 5000,
    "staff_note": 500,
    "order_code": 64,
}
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
_TICKET = re.compile(r"^([a-z][a-z0-9_-]{0,31}):(\S+)$")

CATEGORY_WORDS: dict[str, str] = {
    **{w: "attendee" for w in ("attendee", "attendees", "delegate", "participant", "general",
                               "regular", "visitor", "guest", "參加者", "参加者", "與會者",
                               "与会者", "参会者", "參會者", "嘉賓", "嘉宾", "觀眾", "观众")},
    **{w: "speaker" for w in ("speaker", "speakers", "presenter", "panelist", "panellist",
                              "moderator", "講者", "讲者", "演講者", "演讲者", "講員")},
    **{w: "vip" for w in ("vip", "v.i.p.", "貴賓", "贵宾", "vvip")},
    **{w: "press" for w in ("press", "media", "journalist", "媒體", "媒体", "記者", "记者")},
    **{w: "staff" for w in ("staff", "volunteer", "crew", "organizer", "organiser",
                            "工作人員", "工作人员", "義工", "义工", "志願者", "志愿者")},
    **{w: "exhibitor" for w in ("exhibitor", "exhibitors", "參展商", "参展商", "展商")},
    **{w: "sponsor" for w in ("sponsor", "sponsors", "partner", "贊助商", "赞助商")},
    **{w: "student" for w in ("student", "students", "學生", "学生")},
}  # fmt: skip
CANCELLED_WORDS = {
    "cancelled", "canceled", "refunded", "withdrawn", "rejected", "deleted", "void",
    "not attending", "declined", "c", "已取消", "取消", "已退款", "退款",
}  # fmt: skip


@dataclass(slots=True)
class Row:
    """One data row, ready to compare with the store and write."""

    line: int
    values: dict[str, Any]
    extra: dict[str, Any]
    tickets: list[tuple[str, str]]
    status: str | None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str] | None:
        """How this row is told apart from others: its id, else its e-mail."""
        if self.values.get("external_id"):
            return ("id", self.values["external_id"])
        if self.values.get("email"):
            return ("email", self.values["email"])
        return None


@dataclass(slots=True)
class Checked:
    """What matching needs of one row, kept for every row of the file.

    The full values are not kept: `Prepared.full` converts the row again from the file's
    cells when it is compared or written, so a 250,000-row file does not hold a dict of
    values, extras and lists per row on top of its cells.
    """

    cells: list[Any]  # the row of Table.rows (the same list, not a copy)
    line: int
    ext: str | None
    email: str | None
    tickets: Sequence[tuple[str, str]]  # () when none, so most rows hold no list
    status: str | None
    errors: list[str] | None = None
    warnings: list[str] | None = None
    # The person's name, folded: tells apart people who share an e-mail (the attendees of
    # one order, in exports that give each the order's e-mail).
    name: str = ""

    @property
    def key(self) -> tuple[str, str] | None:
        """How this row is told apart from others: its id, else its e-mail."""
        if self.ext:
            return ("id", self.ext)
        if self.email:
            return ("email", self.email)
        return None

    def reject(self, message: str) -> None:
        """Add a reason this row is not imported."""
        if self.errors is None:
            self.errors = []
        self.errors.append(message)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _east_asian_only(name: str) -> bool:
    """A name in Chinese, Japanese or Korean script with no Latin letters (`張小明`)."""
    if not any(ord(c) > 0x2E7F for c in name):
        return False
    return not any(c.isalpha() and "LATIN" in unicodedata.name(c, "") for c in name)


def fast_clean(value: str, limit: int) -> str:
    """core.text.clean, with a fast path for the common already-clean cell."""
    if value.isprintable() and "  " not in value:
        return value.strip()[:limit]
    return clean(value, limit)


_GF_TIME = re.compile(
    r"^\s*(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\s+(上午|下午|午前|午後)?\s*"
    r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|am|pm|上午|下午)?\s*"
    r"(?:(?:GMT|UTC)\s*([+-]\d{1,2})(?::?(\d{2}))?)?\s*$"
)


def gforms_time(value: str) -> str:
    """A Google Forms timestamp in the owner's locale -> ISO 8601 (with offset when given).

    `2026/09/27 3:00:00 PM GMT+3` -> `2026-09-27T15:00:00+03:00`; `27/09/2026 15:00:00` ->
    `2026-09-27T15:00:00`. Unreadable text is kept as it is.
    """
    m = _GF_TIME.match(value)
    if not m:
        return value
    a, b, c, pre, hh, mm, ss, post, oh, om = m.groups()
    if len(a) == 4:
        y, mo, d = int(a), int(b), int(c)
    else:
        y = int(c)
        first, second = int(a), int(b)
        # Month first (US) unless the first number cannot be a month.
        mo, d = (second, first) if first > 12 else (first, second)
    h = int(hh)
    half = pre or post
    if half and half.lower() in ("pm", "下午", "午後") and h < 12:
        h += 12
    if half and half.lower() in ("am", "上午", "午前") and h == 12:
        h = 0
    try:
        t = dt.datetime(y, mo, d, h, int(mm), int(ss or 0))
    except ValueError:
        return value
    if oh is not None:
        sign = -1 if oh.startswith("-") else 1
        offset = dt.timedelta(hours=abs(int(oh)), minutes=int(om or 0)) * sign
        t = t.replace(tzinfo=dt.timezone(offset))
    return t.isoformat()


CONVERTERS = {"gforms_time": gforms_time}


def literal_pattern(value: str) -> str:
    """A category rule matching exactly `value` (its `*`, `?` and `[` taken as themselves)."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in value)


def person_name(values: Mapping[str, Any]) -> str:
    """A person's name folded for matching: given and family name, else the local name."""
    latin = " ".join(str(values.get(k) or "") for k in ("given_name", "family_name")).strip()
    return fold(latin or str(values.get("name_local") or ""))


def category_of(value: str, rules: Sequence[tuple[str, str]] = (), default: str = "") -> str | None:
    """The category a cell says: the first matching value rule (a glob pattern, any case and
    accents), else the usual words (Speaker, 講者, VIP...), else `default` (None: unknown)."""
    if not value:
        return default or "attendee"
    folded = fold(value)
    for pattern, category in rules:
        if fnmatch.fnmatchcase(folded, fold(pattern)):
            return category
    return CATEGORY_WORDS.get(folded) or default or None


def parse_tickets(value: str, default_source: str) -> list[tuple[str, str]]:
    """Ticket codes from one cell: `code`, or `source:code; source:code` (Confdesk exports)."""
    out: list[tuple[str, str]] = []
    for part in re.split(r"[;\n]", value):
        part = part.strip()
        if not part:
            continue
        m = _TICKET.match(part)
        out.append((m.group(2), m.group(1)) if m else (part[:255], default_source))
    return out


@dataclass
class Prepared:
    """Every row of a file checked against the mapping, plus file-level warnings."""

    rows: list[Checked]
    warnings: list[str]
    table: Table
    convert: Callable[[list[Any], int, int | None], Row]  # (cells, line, last line) -> Row

    def full(self, checked: Checked) -> Row:
        """The row's values converted again from its cells, with what matching decided.

        Its errors and warnings are those of the checked row, found once by `prepare`.
        """
        row = self.convert(checked.cells, checked.line, None)
        row.tickets = list(checked.tickets)
        row.errors = list(checked.errors or ())
        row.warnings = list(checked.warnings or ())
        return row


# Fields whose values may hold line breaks; a break in any other mapped field means a quote
# merged rows.
MULTILINE_FIELDS = frozenset({"notes"})


def prepare(
    table: Table,
    mapping: Mapping[str, Sequence[str]],
    *,
    converters: Mapping[str, str] | None = None,
    ticket_source: str = "import",
    category_values: Sequence[tuple[str, str]] = (),
    category_default: str = "",
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> Prepared:
    """Check and convert every row (no database access)."""
    convert = _Converter(
        table.headers, mapping, converters, ticket_source, category_values, category_default
    )
    total = len(table.rows)
    rows: list[Checked] = []
    seen = _Seen()
    for n, (line, raw) in enumerate(zip(table.lines, table.rows, strict=True)):
        if cancel is not None and n % 2000 == 0:
            cancel.check()
        if n % 5000 == 0:
            progress(n, total, "checking rows")
        checked = _checked(raw, convert(raw, line, table.ends.get(n)))
        seen.check(checked)
        rows.append(checked)
    progress(total, total, "checked")
    file_warnings: list[str] = []
    if seen.unmatched:
        english = (
            f"{seen.unmatched} row(s) have neither an id nor an email: a later import of the "
            "same people cannot recognise them and will add them again"
        )
        file_warnings.append(Words("unmatched_rows", english, count=seen.unmatched))
    return Prepared(rows, file_warnings, table, convert)


def _checked(raw: list[Any], row: Row) -> Checked:
    """What matching keeps of a converted row (its cells, not its values)."""
    return Checked(
        raw,
        row.line,
        row.values.get("external_id") or None,
        row.values.get("email") or None,
        tuple(row.tickets),
        row.status,
        row.errors or None,
        row.warnings or None,
        person_name(row.values),
    )


class _Converter:
    """One file's rows to `Row`s: where each field's cells are, worked out once per file."""

    def __init__(
        self,
        headers: list[str],
        mapping: Mapping[str, Sequence[str]],
        converters: Mapping[str, str] | None,
        ticket_source: str,
        category_values: Sequence[tuple[str, str]],
        category_default: str,
    ) -> None:
        index = {h: i for i, h in enumerate(headers)}
        self.cols: dict[str, list[int]] = {
            f: [index[c] for c in cs if c in index] for f, cs in mapping.items()
        }
        mapped = {i for idx in self.cols.values() for i in idx}
        self.extra_cols = [(i, h) for i, h in enumerate(headers) if i not in mapped]
        self.conv = {index[c]: CONVERTERS[n] for c, n in (converters or {}).items() if c in index}
        cols = self.cols
        self.plain_fields = [
            f
            for f in EDITABLE
            if f in cols and cols[f] and f not in ("given_name", "family_name", "email", "category")
        ]
        self.has_name = any(
            cols.get(f) for f in ("given_name", "family_name", "full_name", "name_local")
        )
        self.id_from_ticket = not cols.get("external_id") and bool(cols.get("ticket_code"))
        self.ncols = len(headers)
        self.ticket_source = ticket_source
        self.category_values = category_values
        self.category_default = category_default

    def get(self, raw: list[Any], f: str) -> str:
        """The first non-blank cell of field `f` in the row, as text ("" when none)."""
        for i in self.cols.get(f, ()):
            if i < len(raw):
                v = raw[i]
                if v is not None and v != "":
                    s = _text(v)
                    if s.strip():
                        return s
        return ""

    def __call__(self, raw: list[Any], line: int, end: int | None) -> Row:
        """The row's values, extras, tickets and status, with what is wrong with it.

        `end` is the last line of a row read across several lines (None: one line).
        """
        errors = self._shape_errors(raw, line, end)
        warnings: list[str] = []
        values = self._plain_values(raw, warnings)
        self._names(raw, values, errors)
        self._email(raw, values, errors)
        self._category(raw, values, errors)
        status_raw = self.get(raw, "status")
        status = None
        if self.cols.get("status"):
            status = "cancelled" if fold(status_raw) in CANCELLED_WORDS else "registered"
        tickets = self._tickets(raw, values)
        return Row(line, values, self._extra(raw), tickets, status, errors, warnings)

    def _shape_errors(self, raw: list[Any], line: int, end: int | None) -> list[str]:
        """Rows merged by a stray quote, and cells beyond the header's columns."""
        errors: list[str] = []
        if end is not None and any(
            "\n" in s or "\r" in s
            for f, idx in self.cols.items()
            if f not in MULTILINE_FIELDS
            for i in idx
            if i < len(raw)
            for s in (_text(raw[i]),)
        ):
            english = (
                f"lines {line}-{end} were read as one row: a quote opened on line {line} "
                f"closes only on line {end} (a stray quote?); fix the quote and import again"
            )
            errors.append(Words("stray_quote", english, line=line, end=end))
        ncols = self.ncols
        if len(raw) > ncols and any(_text(v).strip() for v in raw[ncols:]):
            english = (
                f"{len(raw)} cells but the header has {ncols} columns "
                "(a delimiter inside an unquoted value?)"
            )
            errors.append(Words("extra_cells", english, cells=len(raw), columns=ncols))
        return errors

    def _plain_values(self, raw: list[Any], warnings: list[str]) -> dict[str, Any]:
        """The fields taken as they are, cleaned and cut to their limits."""
        values: dict[str, Any] = {}
        for f in self.plain_fields:
            v = self.get(raw, f)
            if v:
                limit = _LIMITS.get(f, 300)
                cleaned = fast_clean(v, limit) if f != "notes" else v[:limit]
                if len(v.strip()) > limit:
                    english = f"{f.replace('_', ' ')} cut to {limit} characters"
                    warnings.append(Words("cut", english, field=f, limit=limit))
                values[f] = cleaned
        return values

    def _names(self, raw: list[Any], values: dict[str, Any], errors: list[str]) -> None:
        """Given and family name (split from a full name when only that is mapped), checked."""
        given = fast_clean(self.get(raw, "given_name"), 10_000)
        family = fast_clean(self.get(raw, "family_name"), 10_000)
        split = False
        if not given and not family:
            full = fast_clean(self.get(raw, "full_name"), 10_000)
            if full:
                split = True
                local = values.get("name_local", "")
                if _east_asian_only(full) and local in ("", full):
                    # 張小明 in the only name column is the local name. Badges print
                    # "{given_name} {family_name}" and "{name_local}", so a split copy in
                    # given/family would print it twice ("小明 張" above "張小明").
                    values["name_local"] = full
                else:
                    given, family = split_full_name(full)
        for f, v in (("given_name", given), ("family_name", family)):
            if len(v) > MAX_NAME:
                english = (
                    f"{f.replace('_', ' ')} is {len(v)} characters long "
                    f"(at most {MAX_NAME}); shorten it"
                )
                errors.append(
                    Words("field_too_long", english, field=f, length=len(v), limit=MAX_NAME)
                )
            # A file without a family-name column does not erase a stored family name.
            if v or split or self.cols.get(f):
                values[f] = v[:MAX_NAME]
        whole = len(given) + len(family) + (1 if given and family else 0)
        if whole > MAX_NAME and len(given) <= MAX_NAME and len(family) <= MAX_NAME:
            english = f"name is {whole} characters long (at most {MAX_NAME}); shorten it"
            errors.append(Words("name_too_long", english, length=whole, limit=MAX_NAME))
        if len(values.get("name_local", "")) > MAX_NAME:
            n = len(values["name_local"])
            english = f"local name is {n} characters long"
            errors.append(Words("local_name_too_long", english, length=n, limit=MAX_NAME))
        if not (given or family or values.get("name_local")):
            errors.append(
                Words("no_name", "no name")
                if self.has_name
                else Words("no_name_column", "no name column mapped")
            )

    def _email(self, raw: list[Any], values: dict[str, Any], errors: list[str]) -> None:
        """The e-mail, lower case, checked for its shape."""
        email = self.get(raw, "email").strip()
        if email:
            if "@" not in email and email.startswith("mailto:"):
                email = email[7:]
            if not email.islower():
                email = email.lower()  # (most are: keep the file's string, not a copy)
            if not _EMAIL.match(email) or len(email) > 320:
                errors.append(
                    Words("bad_email", f"malformed email {email[:60]!r}", email=email[:60])
                )
            values["email"] = email

    def _category(self, raw: list[Any], values: dict[str, Any], errors: list[str]) -> None:
        """The category the cell says, by the value rules, the usual words or the default."""
        cat_raw = self.get(raw, "category").strip()
        cat = category_of(cat_raw, self.category_values, self.category_default)
        if cat is None:
            english = (
                f"unknown category {cat_raw[:40]!r}: give it a value rule "
                f"({cat_raw[:40]}=attendee, speaker, vip...) or a default category"
            )
            errors.append(Words("unknown_category", english, value=cat_raw[:40]))
        elif self.cols.get("category"):
            values["category"] = cat

    def _tickets(self, raw: list[Any], values: dict[str, Any]) -> list[tuple[str, str]]:
        """Ticket codes, the badge code among them; the first is the id when none is mapped."""
        tickets = parse_tickets(self.get(raw, "ticket_code"), self.ticket_source)
        badge = self.get(raw, "badge_code").strip()
        if badge and all(code != badge for code, _src in tickets):
            tickets.append((badge[:255], BADGE_SOURCE))
        if self.id_from_ticket and tickets:
            values["external_id"] = tickets[0][0][:200]
        if "external_id" in values:
            values["external_id"] = values["external_id"][:200]
        return tickets

    def _extra(self, raw: list[Any]) -> dict[str, Any]:
        """The unmapped columns' non-blank cells, by header (converted where asked)."""
        extra: dict[str, Any] = {}
        conv = self.conv
        for i, h in self.extra_cols:
            if i < len(raw):
                v = raw[i]
                if v is None or v == "":
                    continue
                s = conv[i](_text(v)) if i in conv else _text(v)
                if s.strip():
                    extra[h] = s
        return extra


class _Seen:
    """The rows' ids, e-mails (with names) and ticket codes so far: duplicates are rejected."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, ...], int] = {}
        self.codes: dict[str, int] = {}
        self.unmatched = 0  # rows with neither an id nor an e-mail

    def check(self, checked: Checked) -> None:
        """Reject the row if an earlier one has its id, e-mail and name, or a ticket code."""
        line = checked.line
        key = checked.key
        if key is not None:
            # One e-mail may be several people's (an order's attendees): the same e-mail and
            # the same name is a duplicate, the same e-mail and another name is not.
            seen_key = key if key[0] == "id" else (*key, checked.name)
            first = self.keys.get(seen_key)
            if first is not None:
                what = "id" if key[0] == "id" else "email and name"
                english = f"duplicate of line {first} (same {what} {key[1]!r})"
                checked.reject(
                    Words(
                        "duplicate_id" if key[0] == "id" else "duplicate_email_name",
                        english,
                        line=first,
                        value=str(key[1]),
                    )
                )
            else:
                self.keys[seen_key] = line
        else:
            self.unmatched += 1
        for code, _src in checked.tickets:
            first = self.codes.get(code)
            if first is not None and first != line:
                english = f"ticket code {code!r} is also on line {first}"
                checked.reject(Words("ticket_twice", english, code=code, line=first))
            else:
                self.codes.setdefault(code, line)
