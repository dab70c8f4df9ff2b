"""Applying an import as a sync: match, compare, then write everything in one transaction.

Each valid row is matched to an attendee by external id, then (only when that finds no one)
by e-mail, and by e-mail and name where several people share one e-mail (the attendees of one
order, in exports that give each the order's e-mail); never by name alone, so two different
people who share a name stay two people. Matched
rows update the fields that changed (through `update_attendee`); check-in and print state and
the logs are never touched. New people go through `add_attendees` in bulk. The existing ids,
e-mails and ticket codes are read with one query each, not one per row.

The caller owns the transaction (`store.session()`): if anything fails or is cancelled, it
rolls back and the store is as it was. With rejected rows nothing is written unless
`skip_invalid` is set.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.bulk import search_triggers_suspended
from db.models import Attendee, Event, TicketCode, utcnow
from db.words import Words, refusal
from desktop.base.errors import UserError
from desktop.base.progress import CancelFlag, ProgressFn, no_progress
from desktop.core.attendee_import import mapping as mp
from desktop.core.attendee_import.files import RejectsFile, sqlite_file
from desktop.core.attendee_import.readers import DELIMITERS, Table, read_table
from desktop.core.attendee_import.validate import Checked, Prepared, person_name, prepare
from desktop.core.attendees import (
    EDITABLE,
    add_attendees,
    merge_attendees,
    refresh_search_text,
    update_attendee,
)
from desktop.core.audit import Action, write_audit
from desktop.core.text import fold

CHUNK = 2000
# Above both, new rows are added with the search triggers suspended (see bulk_search_rebuild).
BULK_MIN_ROWS = 5000
BULK_MIN_SHARE = 0.2
NAME_FIELDS = ("given_name", "family_name", "full_name", "name_local")


@dataclass
class ImportOptions:
    """What the user chose; every field has the automatic default."""

    preset: str | None = None
    overrides: dict[str, str] = field(default_factory=dict)  # {column: field}
    mapping: dict[str, list[str]] | None = None  # a whole mapping (the wizard's table)
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    # Value rules for the category column (pattern, category) and the category of any
    # other value; None: those saved with the mapping (or none).
    category_values: list[tuple[str, str]] | None = None
    category_default: str | None = None
    dry_run: bool = False
    skip_invalid: bool = False
    desk: str = ""
    operator: str = ""
    # What to do with a new row that looks like someone already here (see `Duplicate`):
    # merge | add | skip, for every such row, and per file line where the user chose.
    duplicates: str = "add"
    duplicate_choices: dict[int, str] = field(default_factory=dict)


DUPLICATE_ACTIONS = ("merge", "add", "skip")


@dataclass
class Problem:
    line: int
    level: str  # error | warning
    message: str


@dataclass
class Duplicate:
    """A new row that looks like an attendee already here: the same e-mail and name, or the
    same name (in either script) and organization. `action` is what the import does with it:
    merge (into that attendee: their empty fields filled, the row's ticket codes theirs),
    add (as a new person) or skip."""

    line: int
    attendee_id: int
    attendee: str  # the attendee's name as the desk shows it
    reason: str  # email_and_name | name_and_organization
    action: str
    name: str = ""  # the new row's name


@dataclass
class ImportResult:
    """The summary an import reports (also for a dry run)."""

    file: str
    kind: str
    encoding: str
    delimiter: str
    sheet: str
    preset: str
    mapping_source: str
    mapping: dict[str, list[str]]
    headers: list[str]
    total: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    merged: int = 0  # new rows merged into an attendee already here (likely duplicates)
    skipped: int = 0  # likely duplicates skipped
    applied: bool = False
    dry_run: bool = False
    warnings: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    # (line, original cells, reasons) of each rejected row, for the rejects file.
    rejected_rows: list[tuple[int, list[Any], list[str]]] = field(default_factory=list)

    def summary(self) -> str:
        """One line: what happened."""
        counts = (
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, "
            f"rejected {self.rejected}"
        )
        if self.merged or self.skipped:
            counts += f", merged {self.merged}, skipped {self.skipped}"
        if self.dry_run:
            verdict = "dry run, nothing written"
        elif self.applied:
            verdict = "applied" + (" (rejected rows skipped)" if self.rejected else "")
        else:
            verdict = "NOT applied: fix the rejected rows (or skip them) and import again"
        return f"{counts} of {self.total} rows; {verdict}"

    def source_line(self) -> str:
        if self.kind == "xlsx":
            how = f"XLSX, sheet {self.sheet!r}"
        else:
            how = f"{self.encoding}, delimiter {DELIMITERS.get(self.delimiter, self.delimiter)}"
        via = f"preset {self.preset}" if self.preset else f"{self.mapping_source} mapping"
        return f"{self.file}: {how}; {via}"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("rejected_rows")
        d["summary"] = self.summary()
        return d


@dataclass
class _Keys:
    ext_of: dict[int, str | None]
    by_ext: dict[str, int]
    by_email: dict[str, list[int]]
    codes: dict[str, int]  # ticket code -> attendee id
    badges: dict[str, int]  # this store's own badge code -> attendee id
    names: dict[int, str]  # attendee id -> folded name (people sharing an e-mail)
    # A merged record's external id -> the attendee it was merged into (a second ticket of
    # one person, merged at an earlier import: the file names it again).
    aliases: dict[str, int] = field(default_factory=dict)
    # Every live attendee as (id, e-mail, given, family, local name, organization): who a new
    # row may be (see `_Likely`; indexed only when the file has new rows).
    people: list[tuple[int, str, str, str, str, str]] = field(default_factory=list)


def _keys(session: Session, event: Event) -> _Keys:
    """Every live attendee's id, external id, e-mail and badge code, and every ticket code."""
    ext_of: dict[int, str | None] = {}
    by_ext: dict[str, int] = {}
    by_email: dict[str, list[int]] = {}
    badges: dict[str, int] = {}
    names: dict[int, str] = {}
    merged_ext: dict[str, int] = {}
    merged_into: dict[int, int] = {}
    keys = _Keys(ext_of, by_ext, by_email, {}, badges, names)
    for pid, ext, email, badge, merged, given, family, local, org in session.execute(
        select(
            Attendee.id,
            Attendee.external_id,
            Attendee.email,
            Attendee.badge_code,
            Attendee.merged_into_id,
            Attendee.given_name,
            Attendee.family_name,
            Attendee.name_local,
            Attendee.organization,
        ).where(Attendee.event_id == event.id)
    ):
        badges[badge] = pid
        if merged is not None:
            merged_into[pid] = merged
            if ext:
                merged_ext[ext] = merged
            continue
        ext_of[pid] = ext
        if ext:
            by_ext.setdefault(ext, pid)
        if email:
            by_email.setdefault(email, []).append(pid)
            names[pid] = person_name(
                {"given_name": given, "family_name": family, "name_local": local}
            )
        keys.people.append((pid, email or "", given or "", family or "", local or "", org or ""))
    for ext, target in merged_ext.items():
        seen = {target}
        while target in merged_into and merged_into[target] not in seen:  # a chain of merges
            target = merged_into[target]
            seen.add(target)
        if ext not in by_ext and target in ext_of:
            keys.aliases[ext] = target
    keys.codes = {
        code: aid
        for code, aid in session.execute(
            select(TicketCode.code, TicketCode.attendee_id).where(TicketCode.event_id == event.id)
        )
    }
    return keys


@dataclass
class _Plan:
    creates: list[Checked] = field(default_factory=list)
    merges: list[tuple[Checked, int]] = field(default_factory=list)  # (row, into attendee)
    duplicates: list[Duplicate] = field(default_factory=list)
    skipped: int = 0
    # (attendee id, changed field values, new extra or None, new status or None, new codes)
    updates: list[
        tuple[int, dict[str, Any], dict[str, Any] | None, str | None, list[tuple[str, str]]]
    ] = field(default_factory=list)
    unchanged: int = 0
    existing: int = 0  # attendees of the event before the import (merged ones included)


def _compare(
    session: Session,
    plan: _Plan,
    prepared: Prepared,
    matched: list[tuple[int, Checked, list[tuple[str, str]]]],
) -> None:
    """Sort matched rows into updates and unchanged, reading stored fields chunk by chunk."""
    from desktop.core.attendees import normalise_fields

    cols = [getattr(Attendee, f) for f in EDITABLE]
    for start in range(0, len(matched), CHUNK):
        chunk = matched[start : start + CHUNK]
        current = {
            r[0]: r
            for r in session.execute(
                select(Attendee.id, Attendee.status, Attendee.extra, *cols).where(
                    Attendee.id.in_([m[0] for m in chunk])
                )
            )
        }
        for aid, checked, new_codes in chunk:
            cur = current[aid]._mapping
            row = prepared.full(checked)
            new = normalise_fields(row.values)
            changed = {k: v for k, v in new.items() if (cur[k] or "") != (v or "")}
            extra = None
            if row.extra:
                old_extra = cur["extra"] or {}
                merged = {**old_extra, **row.extra}
                if merged != old_extra:
                    extra = merged
            status = row.status if row.status and row.status != cur["status"] else None
            if changed or extra is not None or status or new_codes:
                plan.updates.append((aid, changed, extra, status, new_codes))
            else:
                plan.unchanged += 1


def _plan(
    session: Session, event: Event, prepared: Prepared, options: ImportOptions | None = None
) -> _Plan:
    options = options or ImportOptions()
    keys = _keys(session, event)
    ext_of, by_ext, by_email, codes = keys.ext_of, keys.by_ext, keys.by_email, keys.codes
    plan = _Plan(existing=len(keys.badges))
    matched: list[tuple[int, Checked, list[tuple[str, str]]]] = []
    claimed: dict[int, int] = {}
    shared = Counter(r.email for r in prepared.rows if r.email and not r.errors and not r.ext)
    for row in prepared.rows:
        if row.errors:
            continue
        ext = row.ext
        email = row.email
        match: int | None = None
        if ext:
            match = by_ext.get(ext)
            if match is None and ext in keys.aliases:
                # A ticket merged into its person at an earlier import: that person is
                # already here and updated by their own row, so this one changes nothing.
                plan.unchanged += 1
                continue
            if match is None and email:
                # Adopt an attendee with this e-mail only if they carry no id of their own.
                cands = [i for i in by_email.get(email, ()) if not ext_of[i]]
                if len(cands) == 1:
                    match = cands[0]
        elif email:
            cands = by_email.get(email, [])
            if len(cands) > 1 or shared[email] > 1:
                # An e-mail of several people (one order's attendees): each by their name.
                everyone = cands
                cands = [i for i in cands if keys.names.get(i) == row.name]
                if everyone and not cands:
                    # Someone added to the order, or a name corrected upstream: added, and
                    # said, so a corrected name is merged rather than printed twice.
                    if row.warnings is None:
                        row.warnings = []
                    english = (
                        f"email {email!r} is shared by {len(everyone)} attendee(s) and this "
                        "name is new: added as a new person (merge them if it is a name "
                        "corrected upstream)"
                    )
                    row.warnings.append(
                        Words("shared_email_new_name", english, email=email, count=len(everyone))
                    )
                if len(cands) > 1:
                    english = (
                        f"email {email!r} and this name belong to {len(cands)} attendees; add "
                        "an id column to tell them apart"
                    )
                    row.reject(Words("same_email_and_name", english, email=email, count=len(cands)))
                    continue
            match = cands[0] if cands else None
        if match is not None:
            if match in claimed:
                english = f"matches the same attendee as line {claimed[match]}"
                row.reject(Words("same_attendee", english, line=claimed[match]))
                continue
            claimed[match] = row.line
        new_codes = []
        own = tuple(t for t in row.tickets if t[0] not in keys.badges)
        for code, _src in row.tickets:
            owner = keys.badges.get(code, match)
            if owner != match and owner in ext_of:
                english = f"ticket code {code!r} is the badge code of attendee #{owner}"
                row.reject(Words("ticket_is_badge", english, code=code, owner=owner))
        # A badge code of this store is scanned as such: never also a ticket code (the file
        # is this store's own export, re-imported).
        row.tickets = own
        for code, src in row.tickets:
            owner = codes.get(code)
            if owner is None:
                new_codes.append((code, src))
            elif owner != match:
                english = f"ticket code {code!r} already belongs to attendee #{owner}"
                row.reject(Words("ticket_taken", english, code=code, owner=owner))
        if row.errors:
            continue
        if match is None:
            plan.creates.append(row)
        else:
            matched.append((match, row, new_codes))
    _compare(session, plan, prepared, matched)
    if keys.people and plan.creates:
        _likely_duplicates(plan, prepared, keys, options)
    return plan


class _Likely:
    """Who a new row may be: the attendees here by (e-mail, folded name) and by (folded name
    in either script, folded organization)."""

    def __init__(self, keys: _Keys) -> None:
        self.by_email_name: dict[tuple[str, str], int] = {}
        self.by_name_org: dict[tuple[str, str], int] = {}
        self.shown: dict[int, str] = {}
        for pid, email, given, family, local, org in keys.people:
            latin = fold(" ".join(x for x in (given, family) if x))
            folded_local = fold(local)
            if email:
                self.by_email_name.setdefault((email, latin or folded_local), pid)
            if org.strip():
                for n in {latin, folded_local} - {""}:
                    self.by_name_org.setdefault((n, fold(org)), pid)
            self.shown[pid] = " ".join(x for x in (given, family) if x) or local

    def find(self, checked: Checked, values: dict[str, Any]) -> tuple[int | None, str]:
        if checked.email:
            found = self.by_email_name.get((checked.email, checked.name))
            if found is not None:
                return found, "email_and_name"
        org = fold(str(values.get("organization") or ""))
        if org:
            latin = fold(" ".join(str(values.get(k) or "") for k in ("given_name", "family_name")))
            for n in (latin.strip(), fold(str(values.get("name_local") or ""))):
                if n and (n, org) in self.by_name_org:
                    return self.by_name_org[(n, org)], "name_and_organization"
        return None, ""


def _likely_duplicates(
    plan: _Plan, prepared: Prepared, keys: _Keys, options: ImportOptions
) -> None:
    """Find the new rows that look like an attendee already here, and do with each what the
    user chose (merge, add, skip; add by default, said in the report)."""
    likely = _Likely(keys)
    creates: list[Checked] = []
    for checked in plan.creates:
        values = prepared.full(checked).values
        found, reason = likely.find(checked, values)
        if found is None:
            creates.append(checked)
            continue
        action = options.duplicate_choices.get(checked.line, options.duplicates)
        latin = " ".join(str(values.get(k) or "") for k in ("given_name", "family_name")).strip()
        name = latin or str(values.get("full_name") or values.get("name_local") or "")
        plan.duplicates.append(
            Duplicate(checked.line, found, likely.shown.get(found, ""), reason, action, name)
        )
        if action == "merge":
            plan.merges.append((checked, found))
        elif action == "skip":
            plan.skipped += 1
        else:
            creates.append(checked)
    plan.creates = creates


def bulk_search_rebuild(new_rows: int, existing: int) -> bool:
    """Whether adding `new_rows` is cheaper with the search triggers off and one rebuild.

    A rebuild re-indexes the whole table, so it pays only when the import adds a large share.
    """
    return new_rows > BULK_MIN_ROWS and new_rows > BULK_MIN_SHARE * existing


def _apply(
    session: Session,
    event: Event,
    plan: _Plan,
    prepared: Prepared,
    progress: ProgressFn,
    cancel: CancelFlag | None,
    options: ImportOptions,
) -> None:
    who = (options.desk, options.operator)
    if bulk_search_rebuild(len(plan.creates), plan.existing):
        # search_triggers_suspended opens the transaction itself, so a failure or a cancel
        # rolls the dropped triggers back with everything else.
        with search_triggers_suspended(session):
            _write(session, event, plan, prepared, progress, cancel, *who)
    else:
        _write(session, event, plan, prepared, progress, cancel, *who)


def _write(
    session: Session,
    event: Event,
    plan: _Plan,
    prepared: Prepared,
    progress: ProgressFn,
    cancel: CancelFlag | None,
    desk: str = "",
    operator: str = "",
) -> None:
    total = len(plan.creates) + len(plan.updates) + len(plan.merges)
    done = 0
    for start in range(0, len(plan.creates), CHUNK):
        if cancel is not None:
            cancel.check()
        chunk = [prepared.full(c) for c in plan.creates[start : start + CHUNK]]
        rows = [{**r.values, "extra": r.extra, "status": r.status or "registered"} for r in chunk]
        add_attendees(session, event, rows, [r.tickets for r in chunk])
        done += len(chunk)
        progress(done, total, "adding attendees")
    for start in range(0, len(plan.updates), CHUNK):
        if cancel is not None:
            cancel.check()
        batch = plan.updates[start : start + CHUNK]
        objs = {
            a.id: a
            for a in session.scalars(select(Attendee).where(Attendee.id.in_([u[0] for u in batch])))
        }
        for aid, changed, extra, status, new_codes in batch:
            a = objs[aid]
            if changed:
                update_attendee(session, a, changed)
            if extra is not None:
                a.extra = extra
            if status:
                a.status = status
            if new_codes:
                session.add_all(
                    TicketCode(event_id=event.id, attendee_id=aid, code=c, source=s)
                    for c, s in new_codes
                )
                session.flush()
                refresh_search_text(session, a)
        session.flush()
        done += len(batch)
        progress(done, total, "updating attendees")
    for checked, into in plan.merges:
        if cancel is not None:
            cancel.check()
        r = prepared.full(checked)
        row = {**r.values, "extra": r.extra, "status": r.status or "registered"}
        (new_id,) = add_attendees(session, event, [row], [r.tickets])
        merge_attendees(session, into, new_id, desk, operator)
        done += 1
        progress(done, total, "merging likely duplicates")


def save_mapping(event: Event, headers: Sequence[str], resolved: mp.Resolved) -> None:
    """Remember this mapping for files with the same columns."""
    settings = dict(event.settings or {})
    saved = mp.saved_mappings(settings)
    saved[mp.header_signature(headers)] = {
        "mapping": resolved.mapping,
        "preset": resolved.preset,
        "category_values": [list(r) for r in resolved.category_values],
        "category_default": resolved.category_default,
        "headers": list(headers),
        "saved_at": utcnow().isoformat(timespec="seconds"),
    }
    settings["import_mappings"] = saved
    event.settings = settings  # a new dict, so the JSON column is written


def resolve_for(table: Table, event: Event, options: ImportOptions) -> mp.Resolved:
    """The mapping this import will use (also what the wizard shows first)."""
    overrides = dict(options.overrides)
    resolved = mp.resolve(
        table.headers, preset=options.preset, overrides=overrides, settings=event.settings
    )
    if options.category_values is not None:
        resolved.category_values = [(p, mp.check_category(c)) for p, c in options.category_values]
    if options.category_default is not None:
        default = options.category_default.strip().lower()
        resolved.category_default = mp.check_category(default) if default else ""
    if options.mapping is not None:
        present = set(table.headers)
        resolved.mapping = {
            f: [c for c in cols if c in present]
            for f, cols in options.mapping.items()
            if f in mp.FIELDS
        }
        resolved.mapping = {f: c for f, c in resolved.mapping.items() if c}
        resolved.source = "chosen"
    return resolved


def import_table(
    session: Session,
    event: Event,
    table: Table,
    options: ImportOptions,
    *,
    file_name: str = "",
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> ImportResult:
    """Validate, plan and (unless a dry run or rows were rejected) apply a read table.

    The table's cells are kept to the end: each row is converted again from them when it is
    compared or written (see `Prepared.full`), which costs less memory than keeping the
    converted values of every row.
    """
    resolved = resolve_for(table, event, options)
    if not any(resolved.mapping.get(f) for f in NAME_FIELDS):
        raise UserError(
            refusal(
                "{value}: no column holds a name; map one with --map COLUMN=given_name (or full_name) - columns: {headers}",
                value=file_name or "the file",
                headers=", ".join(table.headers),
            )
        )
    if not table.rows:
        raise UserError(refusal("{value} has a header but no rows", value=file_name or "the file"))
    prepared = prepare(
        table,
        resolved.mapping,
        converters=resolved.converters,
        ticket_source=resolved.ticket_source,
        category_values=resolved.category_values,
        category_default=resolved.category_default,
        progress=progress,
        cancel=cancel,
    )
    for line, action in options.duplicate_choices.items():
        if action not in DUPLICATE_ACTIONS:
            raise UserError(
                refusal(
                    "line {line}: a likely duplicate is merged, added or skipped, not {action}",
                    line=line,
                    action=repr(action),
                )
            )
    if options.duplicates not in DUPLICATE_ACTIONS:
        raise UserError(
            refusal(
                "likely duplicates are merged, added or skipped, not {action}",
                action=repr(options.duplicates),
            )
        )
    plan = _plan(session, event, prepared, options)
    result = ImportResult(
        file=file_name,
        kind=table.kind,
        encoding=table.encoding,
        delimiter=table.delimiter,
        sheet=table.sheet,
        preset=resolved.preset,
        mapping_source=resolved.source,
        mapping=resolved.mapping,
        headers=list(table.headers),
        total=len(prepared.rows),
        dry_run=options.dry_run,
        warnings=list(prepared.warnings),
    )
    for row in prepared.rows:
        for msg in row.errors or ():
            result.problems.append(Problem(row.line, "error", msg))
        for msg in row.warnings or ():
            result.problems.append(Problem(row.line, "warning", msg))
        if row.errors:
            result.rejected += 1
            result.rejected_rows.append((row.line, list(row.cells), list(row.errors)))
    result.created = len(plan.creates)
    result.updated = len(plan.updates)
    result.unchanged = plan.unchanged
    result.merged = len(plan.merges)
    result.skipped = plan.skipped
    result.duplicates = plan.duplicates
    result.problems.sort(key=lambda p: p.line)
    if options.dry_run or (result.rejected and not options.skip_invalid):
        return result
    if cancel is not None:
        cancel.check()
    _apply(session, event, plan, prepared, progress, cancel, options)
    save_mapping(event, table.headers, resolved)
    details = {
        "file": file_name,
        "created": result.created,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "rejected": result.rejected,
        "merged": result.merged,
        "skipped": result.skipped,
        "preset": result.preset,
        "encoding": result.encoding or result.kind,
    }
    write_audit(
        session, event.id, Action.ATTENDEE_IMPORT, None, details, options.desk, options.operator
    )
    session.flush()
    result.applied = True
    return result


def import_file(
    session: Session,
    event: Event,
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> ImportResult:
    """Read a registration file and import it (see the module docstring)."""
    options = options or ImportOptions()
    progress(0, 1, "reading the file")
    table = read_table(
        path,
        encoding=options.encoding,
        delimiter=options.delimiter,
        sheet=options.sheet,
        database=sqlite_file(session),
    )
    if options.overrides:
        # Overrides come as {column: field}; check the columns exist (case-insensitively).
        options.overrides = mp.parse_map_args(
            [f"{c}={f}" for c, f in options.overrides.items()], table.headers
        )
    return import_table(
        session,
        event,
        table,
        options,
        file_name=Path(path).name,
        progress=progress,
        cancel=cancel,
    )


def write_rejects(
    result: ImportResult,
    path: str | Path,
    *,
    source: str | Path | None = None,
    database: str | Path | None = None,
    overwrite: bool = False,
) -> Path:
    """The rejected rows with their reasons, as a CSV (UTF-8 with BOM) to fix and re-import.

    Never over the import's `source` or the event's `database` (or its companion files);
    over another existing file only with `overwrite` (see importing.files).
    """
    with RejectsFile(path, source=source, database=database, overwrite=overwrite) as out:
        return out.write(result)
