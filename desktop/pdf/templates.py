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
- band:  x y w h, category colour fill with its label (text, default "{category_label}";
         "{category_label_zh}" in Traditional Chinese, "{category_label_zh_hans}" in
         Simplified, or both languages: "{category_label} {category_label_zh}"),
         text_color, max_size, min_size
- image: x y w h, source "event_logo" or a file path
- box:   x y w h, fill, stroke, stroke_width (mm)
- line:  x y w h, a line from (x, y) to (x + w, y + h), color, stroke_width (mm)
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Required, TypedDict, cast

from db.words import note, refusal
from desktop.base.errors import UserError

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
    "category_label_zh",
    "category_label_zh_hans",
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
# Words as staff name things ("Speaker badge 2026", "講者"): letters of any script, digits,
# spaces inside, '-', '_' and '.'; never a path (no '/' or '\\'), at most 80 characters.
_NAME_RE = re.compile(r"^(?=.{1,80}$)[^\W_](?:[\w.\- ]*[\w.\-])?$")


class Item(TypedDict, total=False):
    """One item of a normalised template: type, id and position always; the rest by type
    (the module's docstring lists which), every default filled in by `normalise`."""

    type: Required[str]
    id: Required[str]
    x: Required[float]
    y: Required[float]
    w: float
    h: float
    size: float  # qr
    text: str
    data: str  # qr
    source: str  # image
    name: str  # image: the picture's name in the designer
    max_size: float
    min_size: float
    bold: bool
    color: str
    text_color: str
    fill: str
    stroke: str
    stroke_width: float
    align: str
    valign: str
    max_lines: int
    upper: bool
    grow_into: str


class Background(TypedDict):
    color: str
    image: str | None


class Template(TypedDict):
    """A normalised badge template, as `normalise` returns it and the renderer reads it."""

    format: str
    version: int
    name: str
    title: str
    width_mm: float
    height_mm: float
    bleed_mm: float
    background: Background
    sides: str
    category_colors: dict[str, str]
    front: list[Item]
    back: list[Item]


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


def _num(item: Mapping[str, Any], key: str, where: str, unit: str = "mm") -> float:
    if key not in item:
        raise UserError(
            refusal(
                "{where}: missing {key} (a number, {unit})", where=where, key=repr(key), unit=unit
            )
        )
    v = item[key]
    if not isinstance(v, bool) and isinstance(v, int | float | str):
        with contextlib.suppress(ValueError):
            return float(v)
    raise UserError(
        refusal(
            "{where}: {key} must be a number ({unit}), not {v}",
            where=where,
            key=repr(key),
            unit=unit,
            v=repr(v),
        )
    )


_COLOR_RE = re.compile(r"^(#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3}|)$")
_COLOR_KEYS = ("color", "text_color", "fill", "stroke")
_SIZE_KEYS = {"max_size": "pt", "min_size": "pt", "stroke_width": "mm"}


def normalise(spec: Mapping[str, Any]) -> Template:
    """A validated deep copy of a template with every default filled in; UserError if invalid.

    `spec` is what a file or the designer holds (any JSON object); the answer is typed."""
    if not isinstance(spec, Mapping) or spec.get("format") != FORMAT:
        raise UserError(
            refusal("not a Confdesk badge template (format must be confdesk-badge-template)")
        )
    if _num(spec, "version", "template", "an integer") > VERSION:
        raise UserError(
            refusal(
                "template version {spec} is newer than this Confdesk ({VERSION})",
                spec=spec.get("version"),
                VERSION=VERSION,
            )
        )
    t: dict[str, Any] = copy.deepcopy(dict(spec))
    t["version"] = VERSION
    name = str(t.get("name", ""))
    if not _NAME_RE.match(name):
        raise UserError(
            refusal(
                "template name {name}: use letters, digits, spaces, '-', '_' or '.' (at most 80, starting with a letter or digit)",
                name=repr(name),
            )
        )
    t.setdefault("title", name)
    for key in ("width_mm", "height_mm"):
        v = _num(t, key, f"template {name}")
        if not 10 <= v <= 500:
            raise UserError(
                refusal("template {name}: {key} must be between 10 and 500 mm", name=name, key=key)
            )
    t["bleed_mm"] = _num({"bleed_mm": t.get("bleed_mm") or 0}, "bleed_mm", f"template {name}")
    bg = t.get("background") or {}
    if not isinstance(bg, dict):
        raise UserError(
            refusal(
                "template {name}: 'background' must be an object with color and image", name=name
            )
        )
    t["background"] = {"color": bg.get("color") or "#ffffff", "image": bg.get("image") or None}
    t["sides"] = t.get("sides", "front")
    if t["sides"] not in SIDES:
        raise UserError(
            refusal(
                "template {name}: sides must be one of {SIDES}", name=name, SIDES=", ".join(SIDES)
            )
        )
    colors = dict(DEFAULT_CATEGORY_COLORS)
    extra = t.get("category_colors") or {}
    if not isinstance(extra, dict) or not all(
        isinstance(v, str) and v and _COLOR_RE.match(v) for v in extra.values()
    ):
        raise UserError(
            refusal(
                "template {name}: 'category_colors' must map categories to colours like #1f5f9e",
                name=name,
            )
        )
    colors.update(extra)
    t["category_colors"] = colors
    for side in ("front", "back"):
        items = t.get(side) or []
        if not isinstance(items, list):
            raise UserError(
                refusal("template {name}: {side} must be a list of items", name=name, side=side)
            )
        norm = []
        for i, raw in enumerate(items):
            where = f"template {name}, {side} item {i + 1}"
            if not isinstance(raw, dict) or raw.get("type") not in ITEM_TYPES:
                raise UserError(
                    refusal(
                        "{where}: type must be one of {ITEM_TYPES}",
                        where=where,
                        ITEM_TYPES=", ".join(ITEM_TYPES),
                    )
                )
            item = {**_ITEM_DEFAULTS[raw["type"]], **raw}
            item.setdefault("id", f"{side}-{i + 1}")
            keys = ("x", "y", "size") if item["type"] == "qr" else ("x", "y", "w", "h")
            for k in keys:
                item[k] = _num(item, k, where)
            for k, unit in _SIZE_KEYS.items():
                if k in item:
                    item[k] = _num(item, k, where, unit)
            for k in _COLOR_KEYS:
                if k in item and not (isinstance(item[k], str) and _COLOR_RE.match(item[k])):
                    raise UserError(
                        refusal(
                            "{where}: {k} must be a colour like #1f5f9e, not {item}",
                            where=where,
                            k=repr(k),
                            item=repr(item[k]),
                        )
                    )
            for k in ("text", "data", "source"):
                if k in item and not isinstance(item[k], str):
                    raise UserError(
                        refusal(
                            "{where}: {k} must be text, not {item}",
                            where=where,
                            k=repr(k),
                            item=repr(item[k]),
                        )
                    )
            if item["type"] == "text":
                item["max_lines"] = int(_num(item, "max_lines", where, "lines"))
                if item["max_lines"] < 1:
                    raise UserError(refusal("{where}: 'max_lines' must be at least 1", where=where))
                if item["min_size"] <= 0 or item["max_size"] < item["min_size"]:
                    raise UserError(refusal("{where}: need 0 < min_size <= max_size", where=where))
                if item["align"] not in ("left", "center", "right"):
                    raise UserError(
                        refusal("{where}: align must be left, center or right", where=where)
                    )
                if item["valign"] not in ("top", "middle", "bottom"):
                    raise UserError(
                        refusal("{where}: valign must be top, middle or bottom", where=where)
                    )
            norm.append(item)
        t[side] = norm
    return cast(Template, t)


def load_file(path: str | Path) -> Template:
    """Read and validate a template JSON file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(refusal("template file not found: {p}", p=p)) from None
    except IsADirectoryError:
        raise UserError(
            refusal("cannot read template {p}: it is a folder, not a JSON file", p=p)
        ) from None
    except UnicodeDecodeError:
        raise UserError(
            refusal("cannot read template {p}: not a Confdesk badge template (not UTF-8 text)", p=p)
        ) from None
    except OSError as exc:
        raise UserError(
            refusal("cannot read template {p}: {value}", p=p, value=exc.strerror or exc)
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            refusal(
                "cannot read template {p}: not a Confdesk badge template (invalid JSON at line {lineno}, column {colno}: {msg})",
                p=p,
                lineno=exc.lineno,
                colno=exc.colno,
                msg=exc.msg.lower(),
            )
        ) from None
    try:
        return normalise(data)
    except UserError as exc:
        raise UserError(refusal("cannot read template {p}: {exc}", p=p, exc=exc)) from None


def builtin_names() -> list[str]:
    """Names of the templates shipped in resources/templates."""
    return sorted(p.stem for p in TEMPLATE_DIR.glob("*.json"))


def builtin(name: str) -> Template:
    """A shipped template by name; UserError listing the available names if unknown."""
    path = TEMPLATE_DIR / f"{name}.json"
    if not path.exists():
        raise UserError(
            refusal(
                "unknown template {name} (built-in: {builtin_names})",
                name=repr(name),
                builtin_names=", ".join(builtin_names()),
            )
        )
    return load_file(path)


def to_json(spec: Mapping[str, Any]) -> str:
    """The template as the JSON text saved to files (stable key order, 2-space indent)."""
    return json.dumps(normalise(spec), ensure_ascii=False, indent=2) + "\n"


def save_file(spec: Mapping[str, Any], path: str | Path) -> Path:
    p = Path(path)
    p.write_text(to_json(spec), encoding="utf-8")
    return p


# Item kinds whose content can be hidden by another: boxes and lines are decoration (a header
# box under the event name is meant to be under it), so they never count as overlapping.
_CONTENT = ("text", "qr", "band", "image")
_KIND_LABEL = {"qr": "QR", "band": "Category band", "image": "Image"}


def item_rect(item: Item) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in mm of an item's box."""
    if item["type"] == "qr":
        return item["x"], item["y"], item["x"] + item["size"], item["y"] + item["size"]
    x, y, w, h = item["x"], item["y"], item["w"], item["h"]
    return min(x, x + w), min(y, y + h), max(x, x + w), max(y, y + h)


ASSET_PREFIX = "asset:"  # a picture kept in the event's store (desktop.core.assets)


def side_items(spec: Template, side: str) -> list[Item]:
    """The items of one side ("front" or "back")."""
    return spec["back"] if side == "back" else spec["front"]


def image_refs(spec: Template) -> set[str]:
    """The stored pictures a template uses (its images and its background)."""
    refs = {
        str(i.get("source") or "") for i in (*spec["front"], *spec["back"]) if i["type"] == "image"
    }
    refs.add(str(spec["background"]["image"] or ""))
    return {r for r in refs if r.startswith(ASSET_PREFIX)}


def with_files(spec: Template, files: dict[str, str]) -> Template:
    """A copy of `spec` for drawing: each stored picture's reference replaced by its file
    (a picture that cannot be had is left out, never a broken box)."""
    out = copy.deepcopy(spec)
    for item in (*out["front"], *out["back"]):
        src = str(item.get("source") or "")
        if item["type"] == "image" and src.startswith(ASSET_PREFIX):
            item["source"] = files.get(src, "")
    image = str(out["background"]["image"] or "")
    if image.startswith(ASSET_PREFIX):
        out["background"] = {**out["background"], "image": files.get(image) or None}
    return out


def item_label(item: Item) -> str:
    """How the designer names an item to a user: "QR", "Category band", "Name text"."""
    if item["type"] == "image" and item.get("source", "event_logo") == "event_logo":
        return note("Logo")
    if item["type"] == "image" and item.get("name"):
        return note("Image {name}", name=item["name"])
    if item["type"] in _KIND_LABEL:
        return note(_KIND_LABEL[item["type"]])
    return note(
        "{name} text", name=str(item["id"]).replace("_", " ").replace("-", " ").capitalize()
    )


def overlaps(
    spec: Template, side: str = "front"
) -> list[tuple[str, str, tuple[float, float, float, float]]]:
    """Pairs of content items (text, QR, band, image) whose boxes overlap on one side.

    Each as (id, other id, the shared rectangle in mm), in template order. A QR under another
    item may not scan and text under text is unreadable; the designer warns but allows it.
    """
    items = [i for i in side_items(spec, side) if i["type"] in _CONTENT]
    out = []
    for n, a in enumerate(items):
        ax0, ay0, ax1, ay1 = item_rect(a)
        for b in items[n + 1 :]:
            bx0, by0, bx1, by1 = item_rect(b)
            x0, y0, x1, y1 = max(ax0, bx0), max(ay0, by0), min(ax1, bx1), min(ay1, by1)
            if x1 - x0 > 0.05 and y1 - y0 > 0.05:  # touching edges are not an overlap
                out.append((a["id"], b["id"], (x0, y0, x1, y1)))
    return out


def overlap_warnings(spec: Template, side: str = "front") -> list[str]:
    """One line per overlapping pair, e.g. "QR overlaps Category band"."""
    by_id = {i["id"]: i for i in side_items(spec, side)}
    return [
        note("{item} overlaps {other}", item=item_label(by_id[a]), other=item_label(by_id[b]))
        for a, b, _r in overlaps(spec, side)
    ]
