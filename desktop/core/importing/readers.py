"""Reading registration files: CSV/TSV in any encoding an organizer's laptop produces, and XLSX.

`read_table()` turns a file into a `Table` (header + rows of cell values). For text files the
encoding is detected (byte-order marks, strict UTF-8, then charset-normalizer restricted to the
encodings spreadsheets really write: Big5/cp950, GB18030/GBK, Windows-1252) and the delimiter
is sniffed (`,` `;` tab `|`); both can be overridden. XLSX is read through openpyxl in
read-only mode: dates stay dates, and numbers Excel stored as floats keep their digits.
Every failure is a UserError with one line that says what is wrong and where.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError

DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
DELIMITER_NAMES = {
    "comma": ",",
    "semicolon": ";",
    "tab": "\t",
    "\\t": "\t",
    "pipe": "|",
    **{d: d for d in DELIMITERS},
}
# Encodings a detector may answer, mapped to the superset we decode with.
_SUPERSETS = {
    "big5": "cp950",
    "big5hkscs": "big5hkscs",
    "cp950": "cp950",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "gb18030": "gb18030",
    "cp1252": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "iso8859_15": "cp1252",
    "utf_8": "utf-8",
    "ascii": "utf-8",
}
_CANDIDATES = ["utf_8", "cp950", "big5", "gb18030", "gbk", "cp1252"]
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"SQLite format 3": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an old Excel 97-2003 (.xls) or Word file; save it as .xlsx or CSV",
    b"\x1f\x8b": "a gzip archive",
}
MAX_FIELD = 1_000_000  # csv module limit per cell; a real registration cell is far below


@dataclass
class Table:
    """A file's header row and data rows, with how it was read."""

    headers: list[str]
    rows: list[list[Any]]
    # File line (CSV) or sheet row (XLSX) number of each data row, for messages.
    lines: list[int]
    kind: str  # "csv" | "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    # Set when `limit` stopped reading early: the rows are only a preview.
    truncated: bool = False


def delimiter_from_name(value: str) -> str:
    """`tab`, `\\t`, `;`, `semicolon`... -> the delimiter character."""
    d = DELIMITER_NAMES.get(value.strip().lower() if len(value) > 1 else value)
    if d is None:
        raise UserError(f"unknown delimiter {value!r}: use one of , ; tab |")
    return d


def check_encoding(name: str) -> str:
    """A codec name Python knows, or a clear error."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UserError(
            f"unknown encoding {name!r} (for example utf-8, utf-16, big5, cp950, gbk, gb18030, cp1252)"
        ) from None


def _line_of(data: bytes, offset: int, encoding: str) -> int:
    """1-based line number of a byte offset (UTF-16 counts two-byte newlines)."""
    if encoding.startswith("utf-16") or encoding.startswith("utf_16"):
        le = encoding.endswith("le") or data[:2] == codecs.BOM_UTF16_LE
        nl = b"\n\x00" if le else b"\x00\n"
        return sum(1 for i in range(0, offset - offset % 2, 2) if data[i : i + 2] == nl) + 1
    return data.count(b"\n", 0, offset) + 1


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start, encoding)
        bad = data[exc.start : exc.start + 1].hex()
        raise UserError(
            f"{name}: line {line}: byte 0x{bad} is not valid {encoding}; "
            "save the file again as UTF-8, or give its encoding with --encoding"
        ) from None


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: many zero bytes on one side of each pair."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _damaged_utf8(data: bytes) -> bool:
    """Mostly valid multi-byte UTF-8 with a few bad bytes: a damaged UTF-8 file, not Big5."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    return good > 0 and bad * 20 <= good


def detect_encoding(data: bytes, name: str = "file") -> str:
    """The encoding of a registration text file (see the module docstring for the order)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return "utf-32"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    utf16 = _looks_utf16(data)
    if utf16:
        return utf16
    if b"\x00" in data[:65536]:
        raise UserError(f"{name} is not a text file (it contains binary data)")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if _damaged_utf8(data):
            _decode(data, "utf-8", name)  # raises with the line of the first bad byte
            raise AssertionError from exc  # pragma: no cover
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144], cp_isolation=_CANDIDATES).best()
    if best is None:
        raise UserError(
            f"{name}: cannot tell the text encoding; give it with --encoding (for example big5, gbk, cp1252)"
        )
    return _SUPERSETS.get(best.encoding, best.encoding)


def sniff_delimiter(text: str) -> str:
    """`,` `;` tab or `|`, from the first lines; csv.Sniffer first, then a count in the header."""
    lines = [ln for ln in text[:65536].splitlines() if ln.strip()][:30]
    if not lines:
        return ","
    sample = "\n".join(lines)
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        found = ""
    header = lines[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    if found in DELIMITERS and counts.get(found, 0) > 0:
        return found
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def unquote_formula(value: str) -> str:
    """Undo Confdesk's export guard: `'=...` back to `=...` (see core.exporting)."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def _clean_headers(raw: list[Any], name: str) -> list[str]:
    headers = [("" if h is None else str(h)).replace("\ufeff", "").strip() for h in raw]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise UserError(f"{name}: the first row holds no column names")
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):
        if not h:
            headers[i] = h = f"Column {i + 1}"
        key = h.casefold()
        if key in seen:
            raise UserError(
                f"{name}: columns {seen[key] + 1} and {i + 1} are both named {h!r}; "
                "rename one so each column has its own name"
            )
        seen[key] = i
    return headers


def _check_last_record(text: str, delim: str, start: int, name: str) -> None:
    """Refuse a file whose last record ends inside a quoted field.

    A quote that is never closed makes csv swallow every following line into one field
    (only the strict dialect notices, and it also refuses harmless stray quotes elsewhere).
    Such a field always runs to the end of the file, so only the last record needs the
    strict re-read; quoted fields with line breaks that do close are read as usual.
    """
    if start < 1:
        return
    tail = "".join(itertools.islice(io.StringIO(text, newline=""), start - 1, None))
    try:
        for _rec in csv.reader(io.StringIO(tail, newline=""), delimiter=delim, strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise UserError(
                f'{name}: line {start}: unclosed quote (a value opens with " and is never '
                "closed, so every line after it would be read as one value); "
                "fix the quote and import again"
            ) from None
        # Other strictness complaints (a stray quote inside a value) are tolerated, as above.


def _read_text(
    path: Path,
    data: bytes,
    encoding: str | None,
    delimiter: str | None,
    limit: int | None,
) -> Table:
    name = path.name
    enc = check_encoding(encoding) if encoding else detect_encoding(data, name)
    text = _decode(data, enc, name)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise UserError(f"{name} is empty")
    delim = delimiter_from_name(delimiter) if delimiter else sniff_delimiter(text)
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    headers: list[str] | None = None
    rows: list[list[Any]] = []
    lines: list[int] = []
    truncated = False
    prev = prev_start = 0
    try:
        for rec in reader:
            start, prev = prev + 1, reader.line_num
            prev_start = start
            if not any(c.strip() for c in rec):
                continue
            if headers is None:
                headers = _clean_headers(rec, name)
                continue
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            rows.append([unquote_formula(c) for c in rec])
            lines.append(start)
    except csv.Error as exc:
        raise UserError(f"{name}: line {reader.line_num}: {exc}") from None
    if not truncated:
        _check_last_record(text, delim, prev_start, name)
    assert headers is not None  # text is not blank, so one row exists
    return Table(
        headers=headers,
        rows=rows,
        lines=lines,
        kind="csv",
        encoding=enc,
        delimiter=delim,
        truncated=truncated,
    )


def cell_text(value: Any) -> Any:
    """An XLSX cell as the value an import uses: integral floats as digits, dates kept."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, str):
        return unquote_formula(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()  # openpyxl gives date-only cells as midnight datetimes
    return value  # None, datetime, date


def _read_xlsx(path: Path, data: bytes, sheet: str | None, limit: int | None) -> Table:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    name = path.name
    try:
        # From memory: openpyxl refuses a path whose name does not end in .xlsx.
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise UserError(f"{name} is not a readable XLSX workbook ({exc})") from None
    try:
        names = list(wb.sheetnames)
        if sheet is None:
            ws = wb.worksheets[0]
        elif sheet in names:
            ws = wb[sheet]
        else:
            raise UserError(f"{name} has no sheet named {sheet!r} (sheets: {', '.join(names)})")
        headers: list[str] | None = None
        rows: list[list[Any]] = []
        lines: list[int] = []
        truncated = False
        for num, rec in enumerate(ws.iter_rows(values_only=True), start=1):
            if not any(v is not None and str(v).strip() for v in rec):
                continue
            if headers is None:
                headers = _clean_headers(list(rec), name)
                continue
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            rows.append([cell_text(v) for v in rec])
            lines.append(num)
        if headers is None:
            raise UserError(f"{name}: sheet {ws.title!r} is empty")
        return Table(
            headers=headers,
            rows=rows,
            lines=lines,
            kind="xlsx",
            sheet=ws.title,
            sheets=names,
            truncated=truncated,
        )
    finally:
        wb.close()


def read_table(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    limit: int | None = None,
) -> Table:
    """Read a CSV/TSV/TXT or XLSX registration file; `limit` stops after that many data rows."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise UserError(f"no file at {path}")
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not data.strip():
        raise UserError(f"{name} is empty")
    if data.startswith(b"PK\x03\x04"):
        # An XLSX, whatever its name says (Excel users rename files).
        return _read_xlsx(path, data, sheet, limit)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise UserError(f"{name} is not a readable XLSX workbook (not a zip file)")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise UserError(f"{name} is not a text file: it is {what}")
    return _read_text(path, data, encoding, delimiter, limit)
