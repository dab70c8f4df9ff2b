"""Badge templates: versioned JSON in millimetres, shipped in `resources/templates/` or saved
in the event's database (BadgeTemplate) by the designer.

A template (format `confdesk-badge-template`, version 1):

    {"format": "confdesk-badge-template", "version": 1, "name": "a6-conference",
     "title": "...", "width_mm": 105, "height_mm": 148, "bleed_mm": 2,
     "background": {"color": "#ffffff", "image": null},
     "sides": "front" | "duplex" | "fold",
     "category_colors": {"speaker": "#c0392b", ...},
     "front": [item, ...], "back": [item, ...]}

Items (all positions and sizes in mm from the badge's top-left corner):
- text:  x y w h, text ("{given_name} {family_name}", any attendee field in braces, or plain
         static text), max_size/min_size (pt), bold, color, align left|center|right,
         valign top|middle|bottom, max_lines, upper (bool), grow_into (the id of a text item
         below whose space this one takes when that one is empty, e.g. no Chinese name)
- qr:    x y size, data (default "{badge_code}"), color
- band:  x y w h, category colour fill with its label (text, default "{category_label}"),
         text_color, max_size, min_size
- image: x y w h, source "event_logo" or a file path
- box:   x y w h, fill, stroke, stroke_width (mm)
- line:  x y w h, a line from (x, y) to (x + w, y + h), color, stroke_width (mm)
"""

from __future__ import annotations

import copy
import functools
import json
import re
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "resources" / "templates"
FORMAT = "confdesk-badge-template"
VERSION = 1
ITEM_TYPES = ("text", "qr", "band", "image", "box", "line")
SIDES = ("front", "duplex", "fold")
FIELDS = (
    "given_name",
    "family_name",
    "display_name",
    "name_local",
    "organization",
    "title",
    "country",
    "category",
    "category_label",
    "badge_code",
    "number",
    "email",
    "event_name",
)
DEFAULT_CATEGORY_COLORS = {
    "attendee": "#1f5f9e",
    "speaker": "#c0392b",
    "vip": "#8a6d1d",
    "press": "#37474f",
    "staff": "#2e7d32",
    "exhibitor": "#d35400",
    "sponsor": "#6a1b9a",
    "student": "#00838f",
}
_FIELD_RE = re.compile(r"\{(\w+)\}")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")

_ITEM_DEFAULTS: dict[str, dict[str, Any]] = {
    "text": {
        "text": "",
        "max_size": 14.0,
        "min_size": 6.0,
        "bold": False,
        "color": "#000000",
        "align": "left",
        "valign": "middle",
        "max_lines": 2,
        "upper": False,
    },
    "qr": {"data": "{badge_code}", "color": "#000000"},
    "band": {
        "text": "{category_label}",
        "text_color": "#ffffff",
        "max_size": 20.0,
        "min_size": 8.0,
        "color": "",
    },
    "image": {"source": "event_logo"},
    "box": {"fill": "", "stroke": "#000000", "stroke_width": 0.3},
    "line": {"color": "#000000", "stroke_width": 0.3},
}


def fields_in(text: str) -> list[str]:
    """The attendee fields a text item refers to."""
    return _FIELD_RE.findall(text)


def expand(text: str, values: dict[str, str]) -> str:
    """Fill `{field}` placeholders (unknown fields stay empty); blank lines are dropped."""
    literal, parts = _compiled(text)
    if literal:
        return parts[0]
    out = "".join(values.get(p[1:], "") or "" if p[:1] == "\0" else p for p in parts)
    if "\n" not in out:
        return " ".join(out.split())
    lines = [" ".join(ln.split()) for ln in out.split("\n")]
    return "\n".join(ln for ln in lines if ln)


@functools.lru_cache(maxsize=512)
def _compiled(text: str) -> tuple[bool, tuple[str, ...]]:
    """A template text split into literal pieces and fields (marked with a NUL prefix)."""
    pieces = _FIELD_RE.split(text)  # literal, field, literal, field, ...
    if len(pieces) == 1:
        lines = [" ".join(ln.split()) for ln in text.split("\n")]
        return True, ("\n".join(ln for ln in lines if ln),)
    return False, tuple(p if i % 2 == 0 else "\0" + p for i, p in enumerate(pieces) if p or i % 2)


def _num(item: dict, key: str, where: str) -> float:
    try:
        v = float(item[key])
    except (KeyError, TypeError, ValueError):
        raise UserError(f"{where}: {key!r} must be a number (mm)") from None
    return v


def normalise(spec: dict[str, Any]) -> dict[str, Any]:
    """A validated deep copy of a template with every default filled in; UserError if invalid."""
    if not isinstance(spec, dict) or spec.get("format") != FORMAT:
        raise UserError("not a Confdesk badge template (format must be confdesk-badge-template)")
    if int(spec.get("version", 0)) > VERSION:
        raise UserError(
            f"template version {spec.get('version')} is newer than this Confdesk ({VERSION})"
        )
    t = copy.deepcopy(spec)
    t["version"] = VERSION
    name = str(t.get("name", ""))
    if not _NAME_RE.match(name):
        raise UserError(f"template name {name!r}: use letters, digits, '-', '_' or '.'")
    t.setdefault("title", name)
    for key in ("width_mm", "height_mm"):
        v = _num(t, key, f"template {name}")
        if not 10 <= v <= 500:
            raise UserError(f"template {name}: {key} must be between 10 and 500 mm")
    t["bleed_mm"] = float(t.get("bleed_mm", 0) or 0)
    bg = t.get("background") or {}
    t["background"] = {"color": bg.get("color") or "#ffffff", "image": bg.get("image") or None}
    t["sides"] = t.get("sides", "front")
    if t["sides"] not in SIDES:
        raise UserError(f"template {name}: sides must be one of {', '.join(SIDES)}")
    colors = dict(DEFAULT_CATEGORY_COLORS)
    colors.update(t.get("category_colors") or {})
    t["category_colors"] = colors
    for side in ("front", "back"):
        items = t.get(side) or []
        if not isinstance(items, list):
            raise UserError(f"template {name}: {side} must be a list of items")
        norm = []
        for i, raw in enumerate(items):
            where = f"template {name}, {side} item {i + 1}"
            if not isinstance(raw, dict) or raw.get("type") not in ITEM_TYPES:
                raise UserError(f"{where}: type must be one of {', '.join(ITEM_TYPES)}")
            item = {**_ITEM_DEFAULTS[raw["type"]], **raw}
            item.setdefault("id", f"{side}-{i + 1}")
            keys = ("x", "y", "size") if item["type"] == "qr" else ("x", "y", "w", "h")
            for k in keys:
                item[k] = _num(item, k, where)
            if item["type"] == "text":
                if item["min_size"] <= 0 or item["max_size"] < item["min_size"]:
                    raise UserError(f"{where}: need 0 < min_size <= max_size")
                if item["align"] not in ("left", "center", "right"):
                    raise UserError(f"{where}: align must be left, center or right")
            norm.append(item)
        t[side] = norm
    return t


def load_file(path: str | Path) -> dict[str, Any]:
    """Read and validate a template JSON file."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"template file not found: {p}") from None
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot read template {p.name}: {exc}") from None
    return normalise(data)


def builtin_names() -> list[str]:
    """Names of the templates shipped in resources/templates."""
    return sorted(p.stem for p in TEMPLATE_DIR.glob("*.json"))


def builtin(name: str) -> dict[str, Any]:
    path = TEMPLATE_DIR / f"{name}.json"
    if not path.exists():
        raise UserError(f"unknown template {name!r} (built-in: {', '.join(builtin_names())})")
    return load_file(path)


def to_json(spec: dict[str, Any]) -> str:
    """The template as the JSON text saved to files (stable key order, 2-space indent)."""
    return json.dumps(normalise(spec), ensure_ascii=False, indent=2) + "\n"


def save_file(spec: dict[str, Any], path: str | Path) -> Path:
    p = Path(path)
    p.write_text(to_json(spec), encoding="utf-8")
    return p
