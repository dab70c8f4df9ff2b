"""Badge use cases: choose who gets a badge, render them, log what happened to each print.

Selection: everyone, one category, only those not printed yet, or explicit ids; sorted by
family name (pick-up tables are alphabetical) or by category then family name. Cancelled and
merged attendees never get a badge.

The print log (`log_prints`) records what really happened, one row per badge (batch, desk or
reprint, with its reason and any warning such as a shortened name) and a status:
- `printed`: the spooler accepted the job (the caller logs it after `lp` gave a job id or
  the QPrinter took the job, never before);
- `to_file`: a batch PDF made for printing (`render_badges(log=True)`, `confdesk badges
  --mark-printed`): printed elsewhere from that file;
- `failed`: the spooler refused it or the printer failed it (`error` says what it said);
- `pdf_only`: a desk badge written to a PDF because the desk has no badge printer.
Only `printed` and `to_file` count as printed: they update the attendee's
`badge_printed_at` and `print_count` (the desk's print-if-not-printed policy,
`--only-unprinted` and the dashboard read those). A batch made as a proof (the default)
logs nothing.

Templates come from the event's database (saved by the designer) first, then the built-in
JSON files, or a JSON file path.

Chinese prints in the glyph forms its reader knows (`attendee_glyph_forms`): an attendee from
Taiwan gets Taiwan forms, one from mainland China or Singapore mainland forms, one from Hong
Kong or Macau Hong Kong forms, everyone else the event's choice (`glyph_forms` in the event's
settings, default Hong Kong; desktop.core.event_details).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import (
    CATEGORIES,
    COUNTED_PRINT_STATUSES,
    PRINT_STATUSES,
    Attendee,
    BadgeTemplate,
    Event,
    PrintLog,
    table,
    utcnow,
)
from db.words import refusal
from desktop.base.categories import CATEGORY_WORDS_ZH
from desktop.base.errors import Cancelled, UserError
from desktop.base.progress import CancelFlag, ProgressFn, no_progress
from desktop.core.assets import asset_file
from desktop.core.event_details import event_colors, event_glyph_forms
from desktop.core.events import current_event
from desktop.core.text import printed_names
from desktop.pdf import templates as tpl
from desktop.pdf.badges import BadgeData, RenderResult, render, render_calibration
from desktop.pdf.cjk_forms import forms_for_country
from desktop.pdf.layout import FORMS_KEY
from desktop.pdf.sheets import sheet_names

POLICIES = ("never", "if_not_printed", "always")
SORTS = ("family", "category")
DEFAULT_TEMPLATE = "a6-conference"
KINDS = ("batch", "desk", "reprint")
STATUSES = PRINT_STATUSES
COUNTED = COUNTED_PRINT_STATUSES


@dataclass
class Selection:
    """Who gets a badge: all registered attendees, narrowed by the given filters."""

    category: str | None = None
    only_unprinted: bool = False
    ids: list[int] | None = None
    sort: str = "family"


@dataclass
class BatchResult:
    path: str
    badges: int
    pages: int
    template: str
    warnings: dict[int, list[str]] = field(default_factory=dict)
    # attendee ids whose name is in a script no font has: printed with the Latin name only
    fallbacks: list[int] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)  # the badges in the file, in print order
    logged: int = 0  # badges logged as printed to the file (0 for a proof)


def category_label(category: str) -> str:
    """The word printed on the category band."""
    return {"vip": "VIP"}.get(category, category.replace("_", " ").title())


def category_label_zh(category: str, simplified: bool = False) -> str:
    """The category's word in Traditional (or Simplified) Chinese; the English word for a
    category without one."""
    words = CATEGORY_WORDS_ZH.get(category)
    return words[1 if simplified else 0] if words else category_label(category)


def attendee_glyph_forms(event: Event, country: str) -> str:
    """The glyph forms (hk, tw, cn) of the badge of an attendee from `country`: their
    country's (Taiwan; mainland China, Singapore; Hong Kong, Macau), else the event's."""
    return forms_for_country(country or "", event_glyph_forms(event))


def badge_values(event: Event, a: Attendee) -> dict[str, str]:
    """The placeholder values of one attendee's badge (names as text.printed_names orders
    them: 陳大文 whichever fields it was typed in), and under "glyph_forms" the forms its
    Chinese prints in (`attendee_glyph_forms`)."""
    given, family, local = printed_names(
        a.given_name or "", a.family_name or "", a.name_local or ""
    )
    return {
        "given_name": given,
        "family_name": family,
        "display_name": " ".join(p for p in (given, family) if p),
        "name_local": local,
        "organization": a.organization or "",
        "title": a.title or "",
        "country": a.country or "",
        "category": a.category or "",
        "category_label": category_label(a.category or ""),
        "category_label_zh": category_label_zh(a.category or ""),
        "category_label_zh_hans": category_label_zh(a.category or "", simplified=True),
        "badge_code": a.badge_code,
        "number": str(a.number),
        "email": a.email or "",
        "event_name": event.name,
        FORMS_KEY: attendee_glyph_forms(event, a.country or ""),
    }


def _with_fallback(data: BadgeData) -> tuple[BadgeData, bool]:
    """Drop a local-script name that no shipped font can print (the Latin name stays)."""
    from desktop.pdf.fonts import has_unsupported

    local = data.values.get("name_local", "")
    if local and has_unsupported(local, data.values.get(FORMS_KEY) or None):
        return replace(data, values={**data.values, "name_local": ""}), True
    return data, False


def select_attendees(session: Session, event: Event, sel: Selection) -> list[Attendee]:
    """Attendees to print, in print order; UserError for an unknown category or sort."""
    if sel.sort not in SORTS:
        raise UserError(
            refusal(
                "unknown sort {sort} (use {SORTS})", sort=repr(sel.sort), SORTS=" or ".join(SORTS)
            )
        )
    q = select(Attendee).where(
        Attendee.event_id == event.id,
        Attendee.status != "cancelled",
        Attendee.merged_into_id.is_(None),
    )
    if sel.category:
        cat = sel.category.strip().lower()
        known = set(CATEGORIES) | set(session.scalars(select(Attendee.category).distinct()).all())
        if cat not in known:
            raise UserError(
                refusal(
                    "unknown category {category} (known: {known})",
                    category=repr(sel.category),
                    known=", ".join(sorted(known)),
                )
            )
        q = q.where(Attendee.category == cat)
    if sel.only_unprinted:
        q = q.where(Attendee.badge_printed_at.is_(None))
    if sel.ids is not None:
        q = q.where(Attendee.id.in_(sel.ids))
    order = [func.lower(Attendee.family_name), func.lower(Attendee.given_name), Attendee.id]
    if sel.sort == "category":
        order.insert(0, Attendee.category)
    rows = list(session.scalars(q.order_by(*order)))
    if sel.ids is not None:
        found = {a.id for a in rows}
        missing = [i for i in sel.ids if i not in found]
        if missing:
            raise UserError(
                refusal(
                    "no printable attendee with id {map} (unknown, cancelled or merged)",
                    map=", ".join(map(str, missing[:10])),
                )
            )
    return rows


def template_names(session: Session | None = None, event_id: int | None = None) -> list[str]:
    """Built-in template names and those saved in the event's database."""
    names = set(tpl.builtin_names())
    if session is not None:
        q = select(BadgeTemplate.name)
        if event_id is not None:
            q = q.where(BadgeTemplate.event_id == event_id)
        names |= set(session.scalars(q))
    return sorted(names)


def list_templates(session: Session) -> list[dict[str, Any]]:
    """Every template with its size and where it comes from (for `badges templates`)."""
    event = current_event(session)
    out = []
    saved = {
        t.name: t
        for t in session.scalars(select(BadgeTemplate).where(BadgeTemplate.event_id == event.id))
    }
    for name in template_names(session, event.id):
        spec = load_template(session, name)
        out.append(
            {
                "name": name,
                "title": spec["title"],
                "size_mm": f"{spec['width_mm']:g} x {spec['height_mm']:g}",
                "sides": spec["sides"] if spec["back"] else "front",
                "source": f"database v{saved[name].version}" if name in saved else "built-in",
            }
        )
    return out


def load_template(session: Session | None, name: str) -> tpl.Template:
    """A template by name (database first, then built-in) or by JSON file path."""
    if name.endswith(".json") or "/" in name or "\\" in name:
        return tpl.load_file(name)
    if session is not None:
        row = session.scalar(select(BadgeTemplate).where(BadgeTemplate.name == name))
        if row is not None:
            return _event_colored(session, tpl.normalise(row.spec))
        if name not in tpl.builtin_names():
            raise UserError(
                refusal(
                    "unknown template {name} (available: {template_names}; or give a path to a .json file)",
                    name=repr(name),
                    template_names=", ".join(template_names(session)),
                )
            )
        return _event_colored(session, tpl.builtin(name))
    return tpl.builtin(name)


def _event_colored(session: Session, spec: tpl.Template) -> tpl.Template:
    """The template with the category colours the event chose (Event details) on its bands."""
    event = session.scalar(select(Event).order_by(Event.id).limit(1))
    chosen = event_colors(event) if event is not None else {}
    if chosen:
        spec = tpl.Template(**{**spec, "category_colors": {**spec["category_colors"], **chosen}})
    return spec


def image_files(session: Session, spec: tpl.Template) -> dict[str, str]:
    """The files of the stored pictures a template uses (written once per desk)."""
    return {ref: path for ref in tpl.image_refs(spec) if (path := asset_file(session, ref))}


def printable(session: Session, spec: tpl.Template) -> tpl.Template:
    """The template ready to draw: its stored pictures as files."""
    files = image_files(session, spec)
    return tpl.with_files(spec, files) if tpl.image_refs(spec) else spec


def category_templates(session: Session) -> dict[str, str]:
    """The categories with a badge template of their own: category -> template name."""
    event = current_event(session)
    raw = (event.settings or {}).get("category_templates") or {}
    return {k: v for k, v in raw.items() if k in CATEGORIES and isinstance(v, str) and v}


def set_category_template(session: Session, category: str, name: str | None) -> dict[str, str]:
    """Give a category its own badge template (None or "": the batch's template again)."""
    event = current_event(session)
    if category not in CATEGORIES:
        raise UserError(
            refusal(
                "unknown category {category}: use one of {CATEGORIES}",
                category=repr(category),
                CATEGORIES=", ".join(CATEGORIES),
            )
        )
    chosen = dict(category_templates(session))
    if name:
        if "/" in name or "\\" in name or name.endswith(".json"):
            raise UserError(refusal("a category's template is one saved in the event or built in"))
        load_template(session, name)  # an unknown name is refused here, with the choices
        chosen[category] = name
    else:
        chosen.pop(category, None)
    event.settings = {**(event.settings or {}), "category_templates": chosen}
    session.flush()
    return chosen


def _category_specs(
    session: Session, event: Event, spec: tpl.Template, present: set[str] | None = None
) -> dict[str, tpl.Template]:
    """The category templates of a batch (of the categories `present` in it), checked to
    fit its sheet (same size and sides)."""
    out = {}
    for category, name in category_templates(session).items():
        if name == spec["name"] or (present is not None and category not in present):
            continue
        own = printable(session, load_template(session, name))
        if badge_size_mm(own) != badge_size_mm(spec) or own["sides"] != spec["sides"]:
            raise UserError(
                refusal(
                    "the {category} template {name} is {own} x {own2} mm ({own3}), the batch's {spec} {spec2} x {spec3} mm ({spec4}): give the category a template of the same size, or print it on its own",
                    category=category,
                    name=repr(name),
                    own=format(own["width_mm"], "g"),
                    own2=format(own["height_mm"], "g"),
                    own3=own["sides"],
                    spec=repr(spec["name"]),
                    spec2=format(spec["width_mm"], "g"),
                    spec3=format(spec["height_mm"], "g"),
                    spec4=spec["sides"],
                )
            )
        out[category] = own
    return out


def badge_size_mm(spec: tpl.Template) -> tuple[float, float]:
    return float(spec["width_mm"]), float(spec["height_mm"])


def logo_file(session: Session, event: Event) -> str | None:
    """The file of the event's logo for renderers (None when it has none)."""
    return asset_file(session, event.logo_path)


def save_template(session: Session, spec: Mapping[str, Any]) -> BadgeTemplate:
    """Save a template in the event's database (a new one, or a new version of the same name)."""
    event = current_event(session)
    norm = tpl.normalise(spec)
    row = session.scalar(
        select(BadgeTemplate).where(
            BadgeTemplate.event_id == event.id, BadgeTemplate.name == norm["name"]
        )
    )
    if row is None:
        row = BadgeTemplate(event_id=event.id, name=norm["name"], version=1, spec=dict(norm))
        session.add(row)
    else:
        row.version += 1
        row.spec = dict(norm)
    session.flush()
    return row


def log_prints(
    session: Session,
    event: Event,
    attendee_ids: list[int],
    kind: str,
    template: str,
    destination: str,
    warnings: dict[int, list[str]] | None = None,
    reason: str = "",
    desk: str = "",
    operator: str = "",
    at: dt.datetime | None = None,
    *,
    status: str = "printed",
    job: str = "",
    error: str = "",
    count: bool = True,
) -> int:
    """Append PrintLog rows; returns the number logged.

    `status` says what happened (see the module doc). A counted status (printed, to_file)
    also marks the attendees printed (`badge_printed_at`, `print_count`); `count=False`
    logs without counting (a batch file already counted when it was made, then sent to the
    printer: one badge, not two).
    """
    if kind not in KINDS:
        raise UserError(refusal("unknown print kind {kind}", kind=repr(kind)))
    if status not in STATUSES:
        raise UserError(refusal("unknown print status {status}", status=repr(status)))
    if not attendee_ids:
        return 0
    at = at or utcnow()
    warnings = warnings or {}
    session.execute(
        table(PrintLog).insert(),
        [
            {
                "event_id": event.id,
                "attendee_id": aid,
                "kind": kind,
                "template": template[:200],
                "destination": destination[:500],
                "reason": reason[:500],
                "warning": "; ".join(warnings.get(aid, []))[:500],
                "desk": desk,
                "operator": operator,
                "at": at,
                "status": status,
                "job": job[:100],
                "error": error[:500],
            }
            for aid in attendee_ids
        ],
    )
    if count and status in COUNTED:
        for chunk in range(0, len(attendee_ids), 500):
            session.execute(
                update(Attendee)
                .where(Attendee.id.in_(attendee_ids[chunk : chunk + 500]))
                .values(badge_printed_at=at, print_count=Attendee.print_count + 1)
                .execution_options(synchronize_session=False)
            )
    return len(attendee_ids)


def render_badges(
    session: Session,
    out: str | Path,
    template: str = DEFAULT_TEMPLATE,
    sheet: str = "a4-4xa6",
    selection: Selection | None = None,
    offset: tuple[float, float] = (0.0, 0.0),
    crop_marks: bool = False,
    kind: str = "batch",
    reason: str = "",
    destination: str | None = None,
    desk: str = "",
    operator: str = "",
    log: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
    by_category: bool = True,
) -> BatchResult:
    """Render the selected badges to `out`.

    by_category: a category with a template of its own (`set_category_template`: speakers,
    VIPs) gets it; `template` is everyone else's. False: `template` for all.

    log=False (the default): a proof; nothing is logged and nobody is marked printed.
    log=True: the file is for printing; each badge is logged as printed to it (status
    to_file, destination `destination` or the file) and counts as printed. Desk printing
    renders with log=False and logs once the spooler has answered.
    """
    if sheet not in sheet_names():
        raise UserError(
            refusal(
                "unknown sheet preset {sheet} (choose from: {sheet_names})",
                sheet=repr(sheet),
                sheet_names=", ".join(sheet_names()),
            )
        )
    event = current_event(session)
    spec = printable(session, load_template(session, template))
    rows = select_attendees(session, event, selection or Selection())
    if not rows:
        raise UserError(refusal("no attendee matches this selection; nothing printed"), 1)
    own = _category_specs(session, event, spec, {a.category for a in rows}) if by_category else {}
    data, fallbacks = [], []
    for a in rows:
        d, fell_back = _with_fallback(BadgeData(a.id, badge_values(event, a)))
        d.template = own.get(a.category)
        data.append(d)
        if fell_back:
            fallbacks.append(a.id)
    out = Path(out)
    if out.parent and not out.parent.exists():
        raise UserError(refusal("folder does not exist: {parent}", parent=out.parent))
    try:
        result: RenderResult = render(
            out,
            data,
            spec,
            sheet,
            offset=offset,
            marks=crop_marks,
            logo_path=logo_file(session, event),
            title=f"{event.name}: badges",
            progress=progress,
            cancel=cancel,
        )
    except Cancelled:
        out.unlink(missing_ok=True)  # a cancelled batch leaves no half-written PDF
        raise
    warnings = dict(result.warnings)
    for aid in fallbacks:
        warnings.setdefault(aid, []).insert(
            0, "name in a script no font can print: printed with the Latin name only"
        )
    ids = [a.id for a in rows]
    logged = 0
    if log:
        logged = log_prints(
            session,
            event,
            ids,
            kind,
            spec["name"],
            destination or str(out),
            warnings,
            reason,
            desk,
            operator,
            status="to_file",
        )
    return BatchResult(
        str(out), result.badges, result.pages, spec["name"], warnings, fallbacks, ids, logged
    )


def calibration(
    session: Session | None,
    out: str | Path,
    template: str = DEFAULT_TEMPLATE,
    sheet: str = "a4-4xa6",
    offset: tuple[float, float] = (0.0, 0.0),
    printer: str = "",
) -> Path:
    """Write the calibration page of a sheet preset (for measuring a printer's offset)."""
    spec = load_template(session, template)
    return render_calibration(out, spec, sheet, offset, printer)


def should_print_on_checkin(policy: str, attendee: Attendee) -> bool:
    """Whether a desk check-in prints the badge: never, if not yet printed, or always.

    "Printed" means a counted print (accepted by a spooler, or a batch made for printing):
    after a failed print or a PDF-only desk badge the badge is printed again."""
    if policy not in POLICIES:
        raise UserError(
            refusal(
                "unknown print policy {policy} (use {POLICIES})",
                policy=repr(policy),
                POLICIES=", ".join(POLICIES),
            )
        )
    if policy == "never":
        return False
    if policy == "always":
        return True
    return attendee.badge_printed_at is None


def longest_name_attendee(session: Session) -> int | None:
    """Id of the attendee with the longest printed name (the designer's worst case)."""
    event = current_event(session)
    length = func.length(Attendee.given_name) + func.length(Attendee.family_name)
    return session.scalar(
        select(Attendee.id)
        .where(Attendee.event_id == event.id, Attendee.merged_into_id.is_(None))
        .order_by(length.desc(), Attendee.id)
        .limit(1)
    )


def sample_people(session: Session, limit: int = 25) -> list[tuple[str, int]]:
    """People whose names test a template, as (label, attendee id): the longest printed name
    first, then the longest local (Chinese) names; each person and each name once."""
    event = current_event(session)
    people: list[tuple[str, int]] = []
    longest = longest_name_attendee(session)
    if longest is not None:
        a = session.get(Attendee, longest)
        if a is not None:
            people.append((f"Longest name: {a.display_name[:40]}", a.id))
    rows = session.execute(
        select(Attendee.id, Attendee.given_name, Attendee.family_name, Attendee.name_local)
        .where(Attendee.event_id == event.id, Attendee.merged_into_id.is_(None))
        .order_by(func.length(Attendee.name_local).desc(), Attendee.family_name, Attendee.id)
        .limit(limit)
    ).all()
    seen = {aid for _, aid in people}
    labels = {label for label, _ in people}
    for i, g, f, loc in rows:
        label = " ".join(p for p in (g, f, loc) if p)
        if i not in seen and label not in labels and label:
            seen.add(i)
            labels.add(label)
            people.append((label, i))
    return people


def preview_values(session: Session, attendee_id: int | None) -> dict[str, str]:
    """Badge values of one attendee, or a sample when the event has none."""
    event = current_event(session)
    a = session.get(Attendee, attendee_id) if attendee_id else None
    if a is None:
        return {
            "given_name": "Tai Man",
            "family_name": "Chan",
            "display_name": "Tai Man Chan",
            "name_local": "陳大文",
            "organization": "Hong Kong Science and Technology Parks",
            "title": "Chief Scientist",
            "category": "speaker",
            "category_label": "Speaker",
            "category_label_zh": category_label_zh("speaker"),
            "category_label_zh_hans": category_label_zh("speaker", simplified=True),
            "badge_code": "DEMO-1-AAAAAAAAAAAA",
            "number": "1",
            "event_name": event.name,
            FORMS_KEY: event_glyph_forms(event),
        }
    return badge_values(event, a)
