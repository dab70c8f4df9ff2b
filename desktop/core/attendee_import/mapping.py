"""Mapping a file's columns to attendee fields, by header name (never by position).

A mapping is `{field: [column, ...]}`: for each row the first non-empty column listed for a
field gives its value (pretix order exports have both an attendee and an order e-mail).
Columns mapped to no field are kept as the attendee's extra fields, except those mapped to
`ignore`. Suggestions come from English and Chinese header synonyms; presets (presets.py)
name the columns of the common exporters; a mapping that was applied is saved per event
under a signature of the header row and offered again for the next file with those headers.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from db.words import refusal
from desktop.base.errors import UserError
from desktop.core.text import fold

# Target fields, in the order screens list them.
FIELDS: dict[str, str] = {
    "external_id": "External id",
    "order_code": "Order code",
    "given_name": "Given name",
    "family_name": "Family name",
    "full_name": "Full name (split)",
    "name_local": "Name in Chinese / local script",
    "organization": "Organization",
    "title": "Job title",
    "email": "Email",
    "phone": "Phone",
    "country": "Country",
    "category": "Category",
    "status": "Status",
    "ticket_code": "Ticket code",
    # A badge code printed by another Confdesk store (an exported event moved to a new one):
    # kept as an accepted ticket code, so badges already printed still scan.
    "badge_code": "Badge code (earlier store)",
    "notes": "Notes",
    "staff_note": "Staff note",
    "ignore": "(ignore)",
}
EXTRA = "extra"  # pseudo-field shown for unmapped columns

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "external_id": (
        "id", "externalid", "attendeeid", "attendeeno", "attendeenumber", "registrationid",
        "registrationno", "registrationnumber", "registrantid", "participantid", "ticketid",
        "編號", "编号", "報名編號", "报名编号", "登記編號", "登记编号", "序號", "序号",
    ),
    "order_code": (
        "ordercode", "order", "orderno", "ordernumber", "orderid", "orderreference",
        "bestellnummer", "bestellung", "訂單編號", "订单编号", "訂單號", "订单号", "訂單", "订单",
    ),
    "given_name": (
        "firstname", "givenname", "forename", "first", "given", "firstnames", "givennames",
        "名", "名字", "英文名", "名英文", "firstnameenglish", "givennameenglish",
    ),
    "family_name": (
        "lastname", "familyname", "surname", "last", "family", "姓", "姓氏", "英文姓",
        "姓英文", "lastnameenglish", "surnameenglish", "familynameenglish",
    ),
    "full_name": (
        "name", "fullname", "attendeename", "participantname", "registrantname", "yourname",
        "englishname", "nameenglish", "姓名", "全名", "英文姓名", "姓名英文", "參加者姓名",
        "参加者姓名", "與會者姓名", "与会者姓名", "名稱", "名称",
    ),
    "name_local": (
        "中文姓名", "中文名", "中文名字", "姓名中文", "chinesename", "namechinese",
        "nameinchinese", "localname", "nativename", "nameinlocalscript", "namelocal",
    ),
    "organization": (
        "organization", "organisation", "company", "companyname", "affiliation",
        "institution", "employer", "organizationname", "organisationname", "org",
        "機構", "机构", "公司", "單位", "单位", "工作單位", "工作单位", "所屬機構", "所属机构",
        "公司名稱", "公司名称", "機構名稱", "机构名称", "服務機構", "服务机构",
    ),
    "title": (
        "jobtitle", "title", "position", "role", "designation", "job", "職位", "职位",
        "職稱", "职称", "職銜", "职衔", "頭銜", "头衔", "職務", "职务",
    ),
    "email": (
        "email", "emailaddress", "mail", "attendeeemail", "youremail", "電郵", "电邮",
        "電郵地址", "电邮地址", "電子郵件", "电子邮件", "電子郵箱", "电子邮箱", "郵箱", "邮箱",
        "電子郵件地址", "电子邮件地址",
    ),
    "phone": (
        "phone", "phonenumber", "mobile", "mobilephone", "mobilenumber", "cellphone", "cell",
        "tel", "telephone", "contactnumber", "電話", "电话", "手機", "手机", "聯絡電話",
        "联系电话", "手機號碼", "手机号码", "電話號碼", "电话号码",
    ),
    "country": (
        "country", "countryregion", "homecountry", "nationality", "國家", "国家",
        "國家地區", "国家地区", "國家或地區", "国家或地区", "國籍", "国籍", "地區", "地区",
    ),
    "category": (
        "category", "attendeecategory", "attendeetype", "registrationtype", "participanttype",
        "badgetype", "類別", "类别", "身份", "參加者類別", "参加者类别", "與會身份", "与会身份",
    ),
    "status": (
        "status", "attendeestatus", "registrationstate", "registrationstatus", "狀態", "状态",
    ),
    "ticket_code": (
        "secret", "ticketcode", "ticketsecret", "barcode", "barcodeno", "qrcode", "ticketno",
        "ticketnumber", "票號", "票号", "門票編號", "门票编号",
    ),
    "badge_code": ("badgecode", "confdeskbadgecode"),
    "notes": ("notes", "note", "comment", "comments", "remarks", "remark", "備註", "备注"),
    "staff_note": ("staffnote", "desknote", "internalnote"),
    "ignore": ("importproblem",),
}  # fmt: skip
SYNONYMS: dict[str, str] = {key: f for f, keys in _SYNONYMS.items() for key in keys}
_PREFIXES = ("attendeename", "attendee", "participant", "registrant", "contact", "your", "primary")


def header_key(header: str) -> str:
    """Folded header with punctuation and spaces removed: `E-mail` -> `email`."""
    h = fold(header).replace("#", "no")
    return re.sub(r"[\W_]+", "", h)


def suggest_field(header: str) -> str | None:
    """The field a column's name suggests, or None (the column is kept as an extra field)."""
    key = header_key(header)
    if key.endswith("nametitle"):
        return None  # pretix's "Attendee name: Title" is Mr/Ms, not a job title
    if key in SYNONYMS:
        return SYNONYMS[key]
    for prefix in _PREFIXES:
        if key.startswith(prefix) and key[len(prefix) :] in SYNONYMS:
            return SYNONYMS[key[len(prefix) :]]
    return None


def suggest(headers: Sequence[str]) -> dict[str, list[str]]:
    """A mapping from header names alone."""
    mapping: dict[str, list[str]] = {}
    for h in headers:
        f = suggest_field(h)
        if f:
            mapping.setdefault(f, []).append(h)
    return mapping


def header_signature(headers: Iterable[str]) -> str:
    """A short key for "files with these columns", for saved mappings."""
    joined = "\x1f".join(sorted(header_key(h) for h in headers))
    return hashlib.sha1(joined.encode()).hexdigest()[:16]


def column_fields(mapping: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """{column: field} view of a mapping (a column listed twice keeps its first field)."""
    out: dict[str, str] = {}
    for f, cols in mapping.items():
        for c in cols:
            out.setdefault(c, f)
    return out


def from_column_fields(
    columns: Mapping[str, str], previous: Mapping[str, Sequence[str]] | None = None
) -> dict[str, list[str]]:
    """Back from {column: field} (what a mapping table edits), keeping earlier fallback order."""
    mapping: dict[str, list[str]] = {}
    for f, cols in (previous or {}).items():
        for c in cols:
            if columns.get(c) == f:
                mapping.setdefault(f, []).append(c)
    for c, f in columns.items():
        if f in FIELDS and c not in mapping.get(f, []):
            mapping.setdefault(f, []).append(c)
    return mapping


def parse_map_args(items: Sequence[str], headers: Sequence[str]) -> dict[str, str]:
    """`--map COLUMN=field` values -> {column: field}, checked against the file's header."""
    by_key = {h.casefold(): h for h in headers}
    out: dict[str, str] = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        column, target = column.strip(), target.strip().lower().replace("-", "_")
        if not sep or not column:
            raise UserError(
                refusal(
                    "--map {item}: write it as COLUMN=field, e.g. 'E-mail=email'", item=repr(item)
                )
            )
        if target not in FIELDS and target != EXTRA:
            raise UserError(
                refusal(
                    "--map {item}: unknown field {target} (fields: {value})",
                    item=repr(item),
                    target=repr(target),
                    value=", ".join([*FIELDS, EXTRA]),
                )
            )
        real = by_key.get(column.casefold())
        if real is None:
            raise UserError(
                refusal(
                    "--map {item}: the file has no column named {column} (columns: {headers})",
                    item=repr(item),
                    column=repr(column),
                    headers=", ".join(headers),
                )
            )
        out[real] = target
    return out


def with_overrides(
    mapping: Mapping[str, Sequence[str]], overrides: Mapping[str, str]
) -> dict[str, list[str]]:
    """The mapping with each overridden column moved to its new field (first in line)."""
    out = {f: [c for c in cols if c not in overrides] for f, cols in mapping.items()}
    for column, target in overrides.items():
        if target != EXTRA:
            out.setdefault(target, []).insert(0, column)
    return {f: cols for f, cols in out.items() if cols}


@dataclass
class Resolved:
    """The mapping an import uses, and where it came from (for the report)."""

    mapping: dict[str, list[str]]
    preset: str = ""
    source: str = "suggested"  # suggested | preset | saved
    converters: dict[str, str] = field(default_factory=dict)
    ticket_source: str = "import"
    # Value rules for the category column: (pattern, category), glob patterns tried in order
    # before the usual words; `category_default` takes any other value ("" refuses it).
    category_values: list[tuple[str, str]] = field(default_factory=list)
    category_default: str = ""


def saved_mappings(settings: Mapping[str, Any] | None) -> dict[str, Any]:
    return dict((settings or {}).get("import_mappings") or {})


def resolve(
    headers: Sequence[str],
    *,
    preset: str | None = None,
    overrides: Mapping[str, str] | None = None,
    settings: Mapping[str, Any] | None = None,
) -> Resolved:
    """Explicit overrides > named preset > mapping saved for these headers > detected preset >
    header suggestions."""
    from desktop.core.attendee_import import presets

    result: Resolved
    p: presets.Preset | None
    saved = saved_mappings(settings).get(header_signature(headers))
    if preset:
        p = presets.get(preset)
        result = _from_preset(p, headers)
    elif saved and isinstance(saved.get("mapping"), dict):
        p_name = saved.get("preset") or ""
        p = presets.PRESETS.get(p_name)
        present = set(headers)
        mapping = {
            f: [c for c in cols if c in present]
            for f, cols in saved["mapping"].items()
            if f in FIELDS
        }
        result = Resolved(
            {f: c for f, c in mapping.items() if c},
            p_name,
            "saved",
            dict(p.converters) if p else {},
            p.ticket_source if p else "import",
            _saved_rules(saved.get("category_values")),
            str(saved.get("category_default") or ""),
        )
    else:
        p = presets.detect(headers)
        result = _from_preset(p, headers) if p else Resolved(suggest(headers))
    if overrides:
        result.mapping = with_overrides(result.mapping, overrides)
        if result.source == "preset" and "category" in overrides.values():
            # A column the user maps to the category themselves: its values need their rules
            # or the default they pick, not the preset's.
            result.category_default = ""
    return result


def _from_preset(p: Any, headers: Sequence[str]) -> Resolved:
    """The mapping a preset gives these headers, with its converters and category default."""
    return Resolved(
        p.apply(headers),
        p.name,
        "preset",
        dict(p.converters),
        p.ticket_source,
        category_default=p.category_default,
    )


def _saved_rules(raw: Any) -> list[tuple[str, str]]:
    if not isinstance(raw, list):
        return []
    return [
        (str(r[0]), str(r[1]))
        for r in raw
        if isinstance(r, (list, tuple)) and len(r) == 2 and all(isinstance(x, str) for x in r)
    ]


def parse_category_values(items: Sequence[str]) -> list[tuple[str, str]]:
    """`--category-value "Speaker=speaker"`, `"VIP*=vip"`: (pattern, category) rules."""
    from desktop.base.errors import UserError

    rules = []
    for item in items:
        pattern, sep, category = item.rpartition("=")
        pattern, category = pattern.strip(), category.strip().lower()
        if not sep or not pattern:
            raise UserError(
                refusal(
                    "use VALUE=category (a pattern may hold * and ?), not {item}",
                    item=repr(item[:60]),
                )
            )
        check_category(category)
        rules.append((pattern, category))
    return rules


def check_category(category: str) -> str:
    """`category` when it is one Confdesk knows; a clear error otherwise."""
    from db.models import CATEGORIES
    from desktop.base.errors import UserError

    if category not in CATEGORIES:
        raise UserError(
            refusal(
                "unknown category {category}: use one of {CATEGORIES}",
                category=repr(category[:40]),
                CATEGORIES=", ".join(CATEGORIES),
            )
        )
    return category


# Two-character Chinese surnames; everything else takes the first character.
_COMPOUND_SURNAMES = {
    "歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "司徒", "東方", "东方", "皇甫",
    "令狐", "公孫", "公孙", "夏侯", "慕容", "尉遲", "尉迟", "長孫", "长孙", "宇文", "軒轅",
    "轩辕", "端木", "澹台", "西門", "西门", "南宮", "南宫",
}  # fmt: skip
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame"}
_PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "dos",
    "das", "ter", "ten", "bin", "binti", "al", "el", "ibn", "st",
}  # fmt: skip


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0x20000 <= o <= 0x2FA1F or 0xF900 <= o <= 0xFAFF


def split_full_name(name: str) -> tuple[str, str]:
    """(given, family) from one name column.

    Chinese names (no spaces) take the surname first; `Family, Given` is honoured; a first
    word in capitals followed by others (`CHAN Tai Man`, Hong Kong style) is the family name;
    otherwise the last word (with particles such as `van der`) is the family name.
    """
    name = " ".join(name.split())
    if not name:
        return "", ""
    compact = name.replace(" ", "").replace("·", "").replace("・", "")
    if all(_is_cjk(c) for c in compact):
        if len(compact) == 1:
            return "", compact
        n = 2 if compact[:2] in _COMPOUND_SURNAMES and len(compact) > 2 else 1
        return compact[n:], compact[:n]
    if "," in name:
        family, _, given = name.partition(",")
        return given.strip(), family.strip()
    words = name.split(" ")
    while len(words) > 1 and words[0].rstrip(".").lower() in _HONORIFICS:
        words = words[1:]
    if len(words) == 1:
        return words[0], ""
    first = words[0]
    if len(first) > 1 and first.isupper() and not all(w.isupper() for w in words):
        return " ".join(words[1:]), first
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in _PARTICLES:
        i -= 1
    return " ".join(words[:i]), " ".join(words[i:])
