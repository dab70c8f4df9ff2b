"""Images kept in the event's store (its logo, a badge template's pictures).

An image is checked (PNG or JPEG, a readable picture of sane size), stored once per content
as base64 in `asset`, and named by the reference `asset:<sha256>`. Renderers need a file:
`asset_file` writes the stored bytes once into the user's cache folder (owner-only) and
returns its path, so every desk of an event prints the same logo, whoever chose it.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import Asset
from db.words import refusal
from desktop.base.errors import UserError
from desktop.core.text import clean

PREFIX = "asset:"
MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 12_000
# MPO: the multi-picture JPEG of phone cameras, a JPEG to every reader.
_TYPES = {
    "PNG": ("image/png", ".png"),
    "JPEG": ("image/jpeg", ".jpg"),
    "MPO": ("image/jpeg", ".jpg"),
}
_EXT = dict(_TYPES.values())


def _cache_dir() -> Path:
    from desktop.base.user_cache import cache_dir

    return cache_dir() / "assets"


def check_image(data: bytes, label: str = "the image") -> str:
    """The media type of a PNG or JPEG picture; a clear error for anything else."""
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise UserError(refusal("{label} is empty", label=label))
    if len(data) > MAX_BYTES:
        raise UserError(
            refusal(
                "{label} is larger than {MAX_BYTES} MB; use a smaller one",
                label=label,
                MAX_BYTES=MAX_BYTES // (1024 * 1024),
            )
        )
    try:
        with Image.open(io.BytesIO(data)) as img:
            kind = img.format or ""
            width, height = img.size
            img.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise UserError(
            refusal("{label} is not a PNG or JPEG picture Confdesk can read", label=label)
        ) from None
    if kind not in _TYPES:
        raise UserError(
            refusal(
                "{label} is a {value} picture; use PNG or JPEG",
                label=label,
                value=kind or "unknown",
            )
        )
    if not (0 < width <= MAX_PIXELS and 0 < height <= MAX_PIXELS):
        raise UserError(
            refusal(
                "{label} is {width} x {height} pixels; at most {MAX_PIXELS} a side",
                label=label,
                width=width,
                height=height,
                MAX_PIXELS=MAX_PIXELS,
            )
        )
    return _TYPES[kind][0]


def read_image_file(path: str | Path) -> bytes:
    """The bytes of a picture file, or one clear line saying why it cannot be read."""
    p = Path(path).expanduser()
    try:
        if p.stat().st_size > MAX_BYTES:
            raise UserError(
                refusal(
                    "{name} is larger than {MAX_BYTES} MB; use a smaller one",
                    name=p.name,
                    MAX_BYTES=MAX_BYTES // (1024 * 1024),
                )
            )
        return p.read_bytes()
    except FileNotFoundError:
        raise UserError(refusal("no such file: {p}", p=p)) from None
    except IsADirectoryError:
        raise UserError(refusal("{p} is a folder, not a picture", p=p)) from None
    except OSError as exc:
        raise UserError(
            refusal("cannot read {name}: {value}", name=p.name, value=exc.strerror or "unreadable")
        ) from None


def store_image(session: Session, event_id: int, data: bytes, name: str = "") -> str:
    """Keep a checked picture in the store (once per content); returns its reference."""
    media_type = check_image(data, clean(name, 100) or "the image")
    digest = hashlib.sha256(data).hexdigest()
    found = session.scalar(
        select(Asset.id).where(Asset.event_id == event_id, Asset.sha256 == digest)
    )
    if found is None:
        try:
            with session.begin_nested():  # another desk may add the same picture meanwhile
                session.add(
                    Asset(
                        event_id=event_id,
                        sha256=digest,
                        name=clean(name, 300),
                        media_type=media_type,
                        data=base64.b64encode(data).decode("ascii"),
                    )
                )
        except IntegrityError:
            pass  # it is there now: the same content, the same reference
    return PREFIX + digest


def asset_name(session: Session, ref: str) -> str:
    """The file name a stored picture came from ("" when unknown)."""
    if not ref.startswith(PREFIX):
        return Path(ref).name if ref else ""
    return session.scalar(select(Asset.name).where(Asset.sha256 == ref[len(PREFIX) :])) or ""


def asset_file(session: Session, ref: str | None) -> str | None:
    """A file holding the picture `ref` names, for renderers; None when there is none.

    `asset:<sha256>` is written once to the cache folder; any other value is a path kept
    by an older Confdesk and is used while that file exists.
    """
    if not ref:
        return None
    if not ref.startswith(PREFIX):
        return ref if Path(ref).is_file() else None
    digest = ref[len(PREFIX) :]
    row = session.execute(
        select(Asset.media_type, Asset.data).where(Asset.sha256 == digest).limit(1)
    ).first()
    if row is None:
        return None
    folder = _cache_dir()
    path = folder / f"{digest}{_EXT.get(row.media_type, '.img')}"
    try:
        if hashlib.sha256(path.read_bytes()).hexdigest() == digest:
            return str(path)
    except OSError:
        pass  # not written yet (or unreadable): write it
    tmp = ""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".asset-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(base64.b64decode(row.data))
        os.replace(tmp, path)
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        return None  # full or read-only cache: printed without the picture, never a crash
    return str(path)
