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
import contextlib
import csv
import datetime as dt
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.words import refusal
from desktop.base.errors import UserError
from desktop.core.attendee_import.files import refuse_database_source
from desktop.core.text import strip_controls

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
# XLSX limits, checked before and while openpyxl parses, so a hostile workbook is refused in
# seconds: rows of a sheet (Excel's own maximum is 1,048,576), characters in a cell (Excel's
# limit), the unpacked size of the whole archive (from its zip directory) and its parts.
MAX_XLSX_ROWS = 1_000_000
MAX_CELL_CHARS = 32_767
MAX_XLSX_UNPACKED = 512 * 2**20
MAX_XLSX_PARTS = 10_000
_SCAN_CHUNK = 1 << 20
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_CELL_REF = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br=[\"']([A-Z]{1,3}[0-9]{1,7})[\"']")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


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
    # Rows (by index) read from several lines because a quoted value holds a line break:
    # the row's last line. Sparse: most files have none.
    ends: dict[int, int] = field(default_factory=dict)


def delimiter_from_name(value: str) -> str:
    """`tab`, `\\t`, `;`, `semicolon`... -> the delimiter character."""
    d = DELIMITER_NAMES.get(value.strip().lower() if len(value) > 1 else value)
    if d is None:
        raise UserError(
            refusal("unknown delimiter {value}: use one of , ; tab |", value=repr(value))
        )
    return d


def check_encoding(name: str) -> str:
    """A codec name Python knows, or a clear error."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UserError(
            refusal(
                "unknown encoding {name} (for example utf-8, utf-16, big5, cp950, gbk, gb18030, cp1252)",
                name=repr(name),
            )
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
            refusal(
                "{name}: line {line}: byte 0x{bad} is not valid {encoding}; save the file again as UTF-8, or give its encoding with --encoding",
                name=name,
                line=line,
                bad=bad,
                encoding=encoding,
            )
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
        raise UserError(refusal("{name} is not a text file (it contains binary data)", name=name))
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
            refusal(
                "{name}: cannot tell the text encoding; give it with --encoding (for example big5, gbk, cp1252)",
                name=name,
            )
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
    """Undo Confdesk's export guard: `'=...` back to `=...`, `''=...` back to `'=...` (a
    value that really started with an apostrophe; see core.attendee_export.neutralise)."""
    if len(value) > 1 and value[0] == "'":
        rest = value[1:].lstrip("'")
        if rest[:1] and rest[0] in "=+-@\t\r":
            return value[1:]
    return value


def _clean_headers(raw: list[Any], name: str) -> list[str]:
    headers = [
        unquote_formula(strip_controls("" if h is None else str(h)).replace("\ufeff", "").strip())
        for h in raw
    ]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise UserError(refusal("{name}: the first row holds no column names", name=name))
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):
        if not h:
            headers[i] = h = f"Column {i + 1}"
        key = h.casefold()
        if key in seen:
            raise UserError(
                refusal(
                    "{name}: columns {seen} and {i} are both named {h}; rename one so each column has its own name",
                    name=name,
                    seen=seen[key] + 1,
                    i=i + 1,
                    h=repr(h),
                )
            )
        seen[key] = i
    return headers


def _check_last_record(text: str, first: int, delim: str, start: int, name: str) -> None:
    """Refuse a file whose last record ends inside a quoted field.

    A quote that is never closed makes csv swallow every following line into one field
    (only the strict dialect notices, and it also refuses harmless stray quotes elsewhere).
    Such a field always runs to the end of the file, so only the last record needs the
    strict re-read; quoted fields with line breaks that do close are read as usual.
    """
    if start < 1:
        return
    try:
        for _rec in csv.reader(_lines(text, first, start), delimiter=delim, strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise UserError(
                refusal(
                    '{name}: line {start}: unclosed quote (a value opens with " and is never closed, so every line after it would be read as one value); fix the quote and import again',
                    name=name,
                    start=start,
                )
            ) from None
        # Other strictness complaints (a stray quote inside a value) are tolerated, as above.


_NON_SPACE = re.compile(r"\S")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def _lines(text: str, start: int = 0, first_line: int = 1) -> Iterator[str]:
    """The lines of `text` from offset `start` (from line `first_line`), each with its line
    break, as `open(newline="")` gives them to csv."""
    pos = start
    skip = first_line - 1
    for m in _NEWLINE.finditer(text, start):
        if skip:
            skip -= 1
        else:
            yield text[pos : m.end()]
        pos = m.end()
    if pos < len(text) and not skip:
        yield text[pos:]


class _CellCache:
    """One string object per distinct value of a column that repeats (category, country,
    organization): 100,000 rows of the same few words then cost a few KB, not tens of MB.
    A column that turns out to hold mostly distinct values (e-mails, ids) stops being cached.
    """

    LIMIT = 4096

    def __init__(self) -> None:
        self._cols: dict[int, dict[str, str] | None] = {}

    def get(self, col: int, raw: str) -> str:
        try:
            seen = self._cols[col]
        except KeyError:
            seen = self._cols[col] = {}
        if seen is None:
            return unquote_formula(strip_controls(raw))
        value = seen.get(raw)
        if value is None:
            value = unquote_formula(strip_controls(raw))
            if len(seen) < self.LIMIT:
                seen[raw] = value
            else:
                self._cols[col] = None
        return value


def _read_text(
    path: Path,
    held: list[bytes],
    encoding: str | None,
    delimiter: str | None,
    limit: int | None,
) -> Table:
    """`held` is a list of the file's bytes, the only reference to them: they are let go
    once decoded, so a large file is not in memory twice (bytes and text) while it is read."""
    name = path.name
    data = held.pop()
    enc = check_encoding(encoding) if encoding else detect_encoding(data, name)
    text = _decode(data, enc, name)
    del data
    # The text is read in place (an offset past a BOM, lines cut one by one) rather than
    # copied into a StringIO: for a 100,000-row file each copy costs tens of MB at the peak.
    first = 1 if text.startswith("\ufeff") else 0
    if not _NON_SPACE.search(text, first):
        raise UserError(refusal("{name} is empty", name=name))
    delim = (
        delimiter_from_name(delimiter)
        if delimiter
        else sniff_delimiter(text[first : first + 65536])
    )
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(_lines(text, first), delimiter=delim)
    cells = _CellCache()
    headers: list[str] | None = None
    rows: list[list[Any]] = []
    lines: list[int] = []
    ends: dict[int, int] = {}
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
            if prev > start and any("\n" in c or "\r" in c for c in rec):
                ends[len(rows)] = prev
            rows.append([cells.get(i, c) for i, c in enumerate(rec)])
            lines.append(start)
    except csv.Error as exc:
        raise UserError(
            refusal("{name}: line {line_num}: {exc}", name=name, line_num=reader.line_num, exc=exc)
        ) from None
    if not truncated:
        _check_last_record(text, first, delim, prev_start, name)
    assert headers is not None  # text is not blank, so one row exists
    return Table(
        headers=headers,
        rows=rows,
        lines=lines,
        ends=ends,
        kind="csv",
        encoding=enc,
        delimiter=delim,
        truncated=truncated,
    )


def _ooxml_unescape(text: str) -> str:
    """`_x000D_`-style escapes (how Excel stores characters XML cannot hold) as characters."""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def cell_text(value: Any) -> Any:
    """An XLSX cell as the value an import uses: integral floats as digits, dates kept."""
    if isinstance(value, str):
        return unquote_formula(strip_controls(_ooxml_unescape(value)))
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
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()  # openpyxl gives date-only cells as midnight datetimes
    return value  # None, datetime, date


def _damage(exc: BaseException) -> str:
    """What an exception from reading a workbook says about the file, without its contents."""
    if isinstance(exc, SyntaxError):  # ElementTree's ParseError and lxml's XMLSyntaxError
        position = getattr(exc, "position", None)
        line, col = position if position else (exc.lineno, exc.offset)
        return f"damaged XML at line {line}, column {col}" if line else "damaged XML"
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        return "the zip archive is damaged"
    if isinstance(exc, KeyError):
        return "a part of the workbook is missing"
    if isinstance(exc, NotImplementedError):
        return "it is compressed or encrypted in a way Excel files are not"
    return "its contents are damaged"


_AGAIN = "open it in Excel and save it again, or save it as CSV"


def _scan_xlsx(data: bytes, name: str) -> dict[str, int]:
    """Check the archive before openpyxl parses it; the number of rows of each sheet part.

    The unpacked size comes from the zip directory (zipfile holds each part to its declared
    size, so a part cannot grow past it). Each XML part is then streamed once: more than a
    MiB without a single `<` is a value no cell can hold.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UserError(
            refusal(
                "{name} is not a readable XLSX workbook ({damage})", name=name, damage=_damage(exc)
            )
        ) from None
    with zf:
        infos = zf.infolist()
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_XLSX_UNPACKED or len(infos) > MAX_XLSX_PARTS:
            raise UserError(
                refusal(
                    "{name} unpacks to {unpacked} MiB in {count} parts; Confdesk reads workbooks of up to {MAX_XLSX_UNPACKED} MiB unpacked (save it as CSV, or split it)",
                    name=name,
                    unpacked=format(unpacked / 2**20, ",.0f"),
                    count=format(len(infos), ","),
                    MAX_XLSX_UNPACKED=MAX_XLSX_UNPACKED // 2**20,
                )
            )
        rows: dict[str, int] = {}
        for info in infos:
            if not info.filename.lower().endswith(".xml"):
                continue
            sheet = info.filename.startswith("xl/worksheets/")
            count, tail, cell = 0, b"", b""
            try:
                with zf.open(info) as fh:
                    while chunk := fh.read(_SCAN_CHUNK):
                        if len(chunk) == _SCAN_CHUNK and b"<" not in chunk:
                            where = f"cell {cell.decode()} of {info.filename.rsplit('/', 1)[-1]}"
                            raise UserError(
                                refusal(
                                    "{name}: {value} holds more than 1 MiB; a cell holds at most {MAX_CELL_CHARS} characters (Excel's limit)",
                                    name=name,
                                    value=where if cell else "a value",
                                    MAX_CELL_CHARS=format(MAX_CELL_CHARS, ","),
                                )
                            )
                        if sheet:
                            refs = _CELL_REF.findall(tail + chunk)
                            cell = refs[-1] if refs else cell
                            # Row tags that start before the last 64 bytes count now; the
                            # rest is scanned again with the next chunk.
                            buf = tail + chunk
                            cut = max(len(buf) - 64, 0)
                            count += len(_ROW_TAG.findall(buf)) - len(_ROW_TAG.findall(buf, cut))
                            tail = buf[cut:]
                count += len(_ROW_TAG.findall(tail)) if sheet else 0
            except UserError:
                raise
            except Exception as exc:  # zlib, CRC, unsupported compression: a damaged file
                raise UserError(
                    refusal(
                        "{name} is not a readable XLSX workbook ({damage}); {AGAIN}",
                        name=name,
                        damage=_damage(exc),
                        AGAIN=_AGAIN,
                    )
                ) from None
            if sheet:
                rows[info.filename] = count
        return rows


def _too_many_rows(name: str, title: str, rows: str) -> UserError:
    return UserError(
        refusal(
            "{name}: sheet {title} has {rows} rows; Confdesk imports at most {MAX_XLSX_ROWS} rows (split the file)",
            name=name,
            title=repr(title),
            rows=rows,
            MAX_XLSX_ROWS=format(MAX_XLSX_ROWS, ","),
        )
    )


def _read_xlsx(path: Path, data: bytes, sheet: str | None, limit: int | None) -> Table:
    import openpyxl
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import InvalidFileException

    name = path.name
    sheet_rows = _scan_xlsx(data, name)
    try:
        # From memory: openpyxl refuses a path whose name does not end in .xlsx.
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except InvalidFileException as exc:
        raise UserError(
            refusal("{name} is not a readable XLSX workbook ({exc})", name=name, exc=exc)
        ) from None
    except Exception as exc:  # any failure to parse a hostile or damaged workbook
        raise UserError(
            refusal(
                "{name} is not a readable XLSX workbook ({damage}); {AGAIN}",
                name=name,
                damage=_damage(exc),
                AGAIN=_AGAIN,
            )
        ) from None
    try:
        names = list(wb.sheetnames)
        worksheets = {w.title: w for w in wb.worksheets}
        if sheet is not None and sheet not in names:
            raise UserError(
                refusal(
                    "{name} has no sheet named {sheet} (sheets: {names})",
                    name=name,
                    sheet=repr(sheet),
                    names=", ".join(names),
                )
            )
        if sheet is not None and sheet not in worksheets:
            raise UserError(
                refusal(
                    "{name}: {sheet} is a chart sheet, not a sheet of rows",
                    name=name,
                    sheet=repr(sheet),
                )
            )
        if not worksheets:
            raise UserError(refusal("{name} holds no sheet of rows", name=name))
        ws = worksheets[sheet] if sheet is not None else wb.worksheets[0]
        part = str(getattr(ws, "_worksheet_path", "")).lstrip("/")
        declared = sheet_rows.get(part, max(sheet_rows.values(), default=0))
        if declared > MAX_XLSX_ROWS:
            raise _too_many_rows(name, ws.title, f"{declared:,}")
        # Read every row: read-only mode otherwise stops at the sheet's <dimension>, which
        # some writers get wrong (a 100-row sheet declaring A1:C11 gave 10 rows).
        ws.reset_dimensions()
        headers: list[str] | None = None
        rows: list[list[Any]] = []
        lines: list[int] = []
        truncated = False
        try:
            for num, rec in enumerate(ws.iter_rows(values_only=True), start=1):
                if num > MAX_XLSX_ROWS:
                    raise _too_many_rows(name, ws.title, f"more than {MAX_XLSX_ROWS:,}")
                if not rec:
                    continue
                for col, v in enumerate(rec, start=1):
                    if isinstance(v, str) and len(v) > MAX_CELL_CHARS:
                        raise UserError(
                            refusal(
                                "{name}: sheet {title}, cell {get_column_letter}{num} holds {count} characters; a cell holds at most {MAX_CELL_CHARS} (Excel's limit)",
                                name=name,
                                title=repr(ws.title),
                                get_column_letter=get_column_letter(col),
                                num=num,
                                count=format(len(v), ","),
                                MAX_CELL_CHARS=format(MAX_CELL_CHARS, ","),
                            )
                        )
                if not any(v is not None and str(v).strip() for v in rec):
                    continue
                if headers is None:
                    headers = _clean_headers(
                        [_ooxml_unescape(v) if isinstance(v, str) else v for v in rec], name
                    )
                    continue
                if limit is not None and len(rows) >= limit:
                    truncated = True
                    break
                rows.append([cell_text(v) for v in rec])
                lines.append(num)
        except UserError:
            raise
        except Exception as exc:  # the sheet's XML (or a cell in it) is damaged
            raise UserError(
                refusal(
                    "{name}: sheet {title} is damaged ({damage}); {AGAIN}",
                    name=name,
                    title=repr(ws.title),
                    damage=_damage(exc),
                    AGAIN=_AGAIN,
                )
            ) from None
        if headers is None:
            raise UserError(
                refusal("{name}: sheet {title} is empty", name=name, title=repr(ws.title))
            )
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
        with contextlib.suppress(Exception):
            wb.close()


def read_table(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    limit: int | None = None,
    database: str | Path | None = None,
) -> Table:
    """Read a CSV/TSV/TXT or XLSX registration file; `limit` stops after that many data rows.

    `database` is the event's SQLite file: refused as a source before anything reads it.
    """
    path = Path(path)
    name = path.name
    refuse_database_source(path, database)
    if not path.exists():
        raise UserError(refusal("no file at {path}", path=path))
    if path.is_dir():
        raise UserError(refusal("{path} is a folder, not a file", path=path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            refusal("cannot read {path}: {value}", path=path, value=exc.strerror or exc)
        ) from None
    if not data.strip():
        raise UserError(refusal("{name} is empty", name=name))
    if data.startswith(b"PK\x03\x04"):
        # An XLSX, whatever its name says (Excel users rename files).
        return _read_xlsx(path, data, sheet, limit)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise UserError(
            refusal("{name} is not a readable XLSX workbook (not a zip file)", name=name)
        )
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise UserError(
                refusal("{name} is not a text file: it is {what}", name=name, what=what)
            )
    held = [data]
    del data
    return _read_text(path, held, encoding, delimiter, limit)
