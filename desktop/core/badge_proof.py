"""Badge proof before the event: every attendee through the template that will print them.

`proof_badges` lays out each registered attendee's badge (their category's template, else the
batch's) exactly as printing does, and reports what a person at the desk would otherwise find
on paper:
- a character no shipped font can draw (the name would print without it);
- a text cut to fit its box at the template's smallest size ("Maximilian ... Friedric…");
- invisible or direction-changing characters in a printed field (U+202E, zero-width spaces),
  which can reorder or hide part of a name;
- a right-to-left name (printed shaped and right to left: worth a look);
- a Chinese name in an unexpected order or form (a space inside it, the family name last:
  "大文 陳", "泽东毛").
It writes a proof PDF of only the badges with problems, each marked with what was found, so the
organizer fixes the registrations (or the template) weeks before the doors open.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from db.words import refusal
from desktop.base.errors import UserError
from desktop.base.progress import CancelFlag, ProgressFn, no_progress
from desktop.core.badges import (
    DEFAULT_TEMPLATE,
    Selection,
    _category_specs,
    _with_fallback,
    badge_values,
    load_template,
    logo_file,
    printable,
    select_attendees,
)
from desktop.core.events import current_event
from desktop.pdf.badges import BadgeData, render
from desktop.pdf.fonts import has_unsupported
from desktop.pdf.layout import FORMS_KEY, compute
from desktop.pdf.ops import PlacedText
from desktop.pdf.templates import Template

# The kinds of problem, in the order the report lists them.
MISSING_GLYPHS = "missing glyphs"
CUT = "text cut to fit"
INVISIBLE = "invisible or direction characters"
RIGHT_TO_LEFT = "right-to-left name"
NAME_ORDER = "name order"
KINDS = (MISSING_GLYPHS, CUT, INVISIBLE, RIGHT_TO_LEFT, NAME_ORDER)

_PRINTED_FIELDS = ("given_name", "family_name", "name_local", "organization", "title")
# The commonest Chinese family names (Simplified and Traditional): a two- or three-character
# name that ends with one of these but does not start with one was probably entered given
# name first ("泽东毛").
_SURNAMES = set(
    "陈陳黄黃张張李王刘劉林吴吳杨楊何郭周梁罗羅郑鄭谢謝许許徐赵趙马馬朱胡孙孫高叶葉"
    "曾邓鄧彭冯馮萧蕭蔡卢盧曹余蒋蔣潘袁田董邱苏蘇钟鐘麦麥谭譚廖黎吕呂韩韓唐邝鄺温溫"
    "毛江邵姜汪傅沈任方石姚谭譚夏钱錢范龚龔程魏贾賈丁崔薛阎閻杜戴陆陸尹汤湯易蔡熊"
    "莫岑区區伍甘容关關严嚴侯龙龍万萬段雷白欧歐施孔康金霍黎游柯卓庄莊洪"
)
# Countries whose names are written family name, a space, given name (Japan, Korea): a space
# inside their CJK name is right.
_SPACED_NAME_COUNTRIES = {"JP", "KR", "KP"}


@dataclass(frozen=True)
class Finding:
    """One thing the check found, as data (a screen words it in its own language): the kind,
    the template item or field it is in, and what it names (the text as printed, the
    characters, the size in points)."""

    kind: str
    where: str
    subject: str = ""
    size: float = 0.0


@dataclass
class Problem:
    attendee_id: int
    number: int
    name: str  # as the organizer knows them (display name, Chinese name)
    template: str
    kinds: list[str]
    details: list[str]  # the findings in English (the CLI, the proof PDF's marks)
    findings: list[Finding] = field(default_factory=list)


@dataclass
class ProofReport:
    checked: int
    problems: list[Problem] = field(default_factory=list)
    pdf: str = ""  # the proof PDF of the problem badges ("" when there were none)

    def counts(self) -> dict[str, int]:
        tally = Counter(k for p in self.problems for k in p.kinds)
        return {k: tally[k] for k in KINDS if tally[k]}


def _invisible(text: str) -> list[str]:
    """The invisible or direction-changing characters in `text`, as U+XXXX names."""
    found = []
    for ch in text:
        if unicodedata.category(ch) == "Cf" or ch in "\u200b\u2060\ufeff":
            name = unicodedata.name(ch, "")
            found.append(f"U+{ord(ch):04X} {name}".strip())
    return list(dict.fromkeys(found))


def visible(text: str) -> str:
    """`text` with its invisible and direction characters written out (`<U+202E>`), so a
    report shows them instead of being reordered or hidden by them."""
    return "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) == "Cf" else c for c in text)


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


# The two name-order findings (Finding.where of a NAME_ORDER finding).
SPACE_INSIDE = "space inside"
GIVEN_FIRST = "given name first"


def _name_order(values: dict[str, str]) -> tuple[str, str]:
    """(which finding, the English detail), or ("", "") when the order looks right."""
    local = values.get("name_local", "").strip()
    spaced_ok = values.get("country", "").upper() in _SPACED_NAME_COUNTRIES or any(
        "\u3040" <= ch <= "\u30ff" or "\uac00" <= ch <= "\ud7af" for ch in local
    )
    if local and _han(local) and not spaced_ok:
        if " " in local:
            detail = f"the Chinese name {local!r} has a space inside: family name first, no space"
            return SPACE_INSIDE, detail
        if 2 <= len(local) <= 3 and local[0] not in _SURNAMES and local[-1] in _SURNAMES:
            detail = (
                f"the Chinese name {local!r} may be given name first (family name {local[-1]}?)"
            )
            return GIVEN_FIRST, detail
    return "", ""


def check_badge(
    attendee_id: int, values: dict[str, str], spec: Template, logo: str | None
) -> tuple[list[str], list[str], list[Finding]]:
    """The problem kinds, their details in English and the findings as data, for one
    attendee's badge through `spec`."""
    kinds: list[str] = []
    details: list[str] = []
    findings: list[Finding] = []

    def add(kind: str, detail: str, finding: Finding) -> None:
        if kind not in kinds:
            kinds.append(kind)
        details.append(detail)
        findings.append(finding)

    sides = ["front"] + (["back"] if spec.get("back") and spec["sides"] != "front" else [])
    for side in sides:
        layout = compute(spec, values, side, logo)
        for op in layout.ops:
            if isinstance(op, PlacedText) and op.overflow:
                shown = " / ".join(t for t, _x, _y in op.lines)
                detail = f"{op.item}: cut to {visible(shown)!r} at {op.size:g} pt"
                add(CUT, detail, Finding(CUT, op.item, visible(shown), op.size))
    for key in _PRINTED_FIELDS:
        text = values.get(key, "")
        if not text:
            continue
        warn = has_unsupported(text, values.get(FORMS_KEY) or None)
        if warn:
            forms = values.get(FORMS_KEY) or None
            lost = "".join(
                dict.fromkeys(c for c in text if not c.isspace() and has_unsupported(c, forms))
            )
            add(MISSING_GLYPHS, f"{key}: {warn}", Finding(MISSING_GLYPHS, key, lost))
        hidden = _invisible(text)
        if hidden:
            detail = f"{key}: {', '.join(hidden)}"
            add(INVISIBLE, detail, Finding(INVISIBLE, key, ", ".join(hidden)))
        if key in ("given_name", "family_name", "name_local") and _is_rtl(text):
            detail = f"{key}: {visible(text)!r} prints right to left, shaped"
            add(RIGHT_TO_LEFT, detail, Finding(RIGHT_TO_LEFT, key, visible(text)))
    which, order = _name_order(values)
    if order:
        local = values.get("name_local", "").strip()
        add(NAME_ORDER, order, Finding(NAME_ORDER, which, local))
    return kinds, details, findings


def proof_badges(
    session: Session,
    out: str | Path,
    template: str = DEFAULT_TEMPLATE,
    sheet: str = "single",
    selection: Selection | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> ProofReport:
    """Check every selected attendee's badge; write the problem badges, marked, to `out`."""
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise UserError(refusal("the proof must be a .pdf file, not {name}", name=repr(out.name)))
    if not out.parent.exists():
        raise UserError(refusal("folder does not exist: {parent}", parent=out.parent))
    event = current_event(session)
    spec = printable(session, load_template(session, template))
    logo = logo_file(session, event)
    rows = select_attendees(session, event, selection or Selection())
    own = _category_specs(session, event, spec, {a.category for a in rows})
    report = ProofReport(checked=0)
    bad: list[BadgeData] = []
    notes: dict[int, list[str]] = {}
    total = len(rows)
    progress(0, total, "checking badges")
    for n, a in enumerate(rows, 1):
        if cancel is not None and n % 500 == 0:
            cancel.check()
        values = badge_values(event, a)
        used = own.get(a.category, spec)
        kinds, details, findings = check_badge(a.id, values, used, logo)
        report.checked += 1
        if kinds:
            name = visible(" ".join(p for p in (a.display_name, a.name_local or "") if p))
            report.problems.append(
                Problem(a.id, a.number, name, used["name"], kinds, details, findings)
            )
            data, _fell_back = _with_fallback(
                BadgeData(a.id, values, used if a.category in own else None)
            )
            bad.append(data)
            notes[a.id] = details
        if n % 1000 == 0:
            progress(n, total, "checking badges")
    progress(total, total, "checking badges")
    if bad:
        render(
            out,
            bad,
            spec,
            sheet,
            logo_path=logo,
            title=f"{event.name}: badge proof",
            cancel=cancel,
            notes=notes,
        )
        report.pdf = str(out)
    return report
