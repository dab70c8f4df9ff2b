"""Reading registration files: every encoding and delimiter spreadsheets write, and XLSX."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from desktop.base.errors import UserError
from desktop.core.attendee_import.readers import read_table

# Texts each encoding can hold: Big5 has no Simplified characters, GBK no Traditional-only
# ones, Windows-1252 no Chinese at all.
TRADITIONAL = [
    ["A001", "陳大文", "tai.man@example.hk", "國立臺灣大學"],
    ["A002", "林美玲", "mei@example.tw", "香港科技園公司"],
    ["A003", "歐陽志明", "cm@example.tw", "臺北市立大學"],
    ["A004", "張偉", "wei@example.hk", "中央研究院"],
    ["A005", "黃嘉欣", "kayan@example.hk", "香港中文大學"],
]
SIMPLIFIED = [
    ["B001", "陈大文", "dawen@example.cn", "北京大学"],
    ["B002", "李小龙", "xl@example.cn", "上海交通大学"],
    ["B003", "王伟", "ww@example.cn", "深圳市科技有限公司"],
    ["B004", "刘洋", "ly@example.cn", "清华大学"],
    ["B005", "赵丽颖", "zly@example.cn", "中国科学院"],
]
ACCENTED = [
    ["C001", "José Müller", "jose@example.es", "Café Zoë"],
    ["C002", "Françoise Lefèvre", "fl@example.fr", "Université de Genève"],
    ["C003", "Ångström Bjørn", "ab@example.no", "Øresund Institut"],
    ["C004", "Zoë Núñez", "zn@example.es", "Señor Labs"],
    ["C005", "Chloé Dubois", "cd@example.fr", "École Normale"],
]
MIXED = TRADITIONAL[:2] + SIMPLIFIED[:2] + ACCENTED[:2]
HEAD_EN = ["ID", "Name", "Email", "Organization"]
HEAD_TW = ["編號", "姓名", "電郵", "機構"]
HEAD_CN = ["编号", "姓名", "电子邮件", "机构"]

# (label, codec to write with, BOM to prepend, header, rows, encoding the reader reports)
ENCODINGS = [
    ("utf-8", "utf-8", b"", HEAD_TW, MIXED, "utf-8"),
    ("utf-8-bom", "utf-8", codecs.BOM_UTF8, HEAD_CN, MIXED, "utf-8-sig"),
    ("utf-16le-bom", "utf-16-le", codecs.BOM_UTF16_LE, HEAD_TW, MIXED, "utf-16"),
    ("utf-16be-bom", "utf-16-be", codecs.BOM_UTF16_BE, HEAD_CN, MIXED, "utf-16"),
    ("big5", "big5", b"", HEAD_TW, TRADITIONAL, "cp950"),
    ("cp950", "cp950", b"", HEAD_TW, TRADITIONAL, "cp950"),
    ("gbk", "gbk", b"", HEAD_CN, SIMPLIFIED, "gb18030"),
    ("cp936", "cp936", b"", HEAD_CN, SIMPLIFIED, "gb18030"),
    ("gb18030", "gb18030", b"", HEAD_CN, SIMPLIFIED, "gb18030"),
    ("cp1252", "cp1252", b"", HEAD_EN, ACCENTED, "cp1252"),
]
DELIMS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}


def write(path: Path, codec: str, bom: bytes, header: list[str], rows: list[list[str]], d: str):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=d, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        # One value holding the delimiter itself, so quoting is exercised too.
        w.writerow([*r[:3], f"{r[3]} {d} dept"])
    path.write_bytes(bom + buf.getvalue().encode(codec))


@pytest.mark.parametrize("dname", DELIMS)
@pytest.mark.parametrize(
    "label,codec,bom,header,rows,expected", ENCODINGS, ids=[e[0] for e in ENCODINGS]
)
def test_every_encoding_and_delimiter_reads_back_field_for_field(
    tmp_path: Path, label, codec, bom, header, rows, expected, dname
) -> None:
    d = DELIMS[dname]
    path = tmp_path / f"{label}-{dname}.csv"
    write(path, codec, bom, header, rows, d)
    table = read_table(path)
    assert table.encoding == expected
    assert table.delimiter == d
    assert table.headers == header
    assert table.rows == [[*r[:3], f"{r[3]} {d} dept"] for r in rows]
    assert table.lines == list(range(2, 2 + len(rows)))


def test_overrides_win_over_detection(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    write(path, "cp1252", b"", HEAD_EN, ACCENTED, ";")
    table = read_table(path, encoding="latin-1", delimiter="semicolon")
    assert table.encoding == "iso8859-1" and table.delimiter == ";"
    assert table.rows[0][1] == "José Müller"
    # Forcing the wrong delimiter gives one column per line, not an error.
    assert len(read_table(path, delimiter=",").headers) == 1


def test_bad_overrides_are_clear(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    write(path, "utf-8", b"", HEAD_EN, ACCENTED, ",")
    with pytest.raises(UserError, match="unknown encoding 'klingon'"):
        read_table(path, encoding="klingon")
    with pytest.raises(UserError, match="unknown delimiter"):
        read_table(path, delimiter="#")
    other = path.with_name("y.csv")
    other.write_bytes("ID,Name\n1,Zoë\n".encode("cp1252"))
    with pytest.raises(UserError, match=r"line 2: byte 0x.. is not valid big5"):
        read_table(other, encoding="big5")


def test_xlsx_dates_stay_dates_and_float_phones_keep_digits(tmp_path: Path) -> None:
    path = tmp_path / "reg.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.append(["nothing here"])
    ws2 = wb.create_sheet("Registrations")
    ws2.append(["Name", "Phone", "Registered", "Mobile", "Fee"])
    ws2.append(["陳大文", 85291234567.0, dt.datetime(2026, 9, 27, 15, 0), 61234567, 12.5])
    ws2.append(["Zoë Núñez", 4.4207946e9, dt.date(2026, 9, 28), None, 0.0])
    ws2.append([None, None, None, None, None])  # empty rows are skipped
    wb.save(path)
    table = read_table(path, sheet="Registrations")
    assert table.kind == "xlsx" and table.sheet == "Registrations"
    assert table.sheets == ["Cover", "Registrations"]
    assert table.headers == ["Name", "Phone", "Registered", "Mobile", "Fee"]
    assert table.rows[0][:2] == ["陳大文", "85291234567"]
    assert table.rows[0][2] == dt.datetime(2026, 9, 27, 15, 0)
    assert table.rows[0][3:] == ["61234567", "12.5"]
    assert table.rows[1][1] == "4420794600"
    assert len(table.rows) == 2
    assert read_table(path).sheet == "Cover"
    with pytest.raises(UserError, match=r"no sheet named 'Nope'.*Cover, Registrations"):
        read_table(path, sheet="Nope")


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "is empty"),
        (b"\r\n\r\n  \r\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "not a text file: it is a PNG image"),
        (bytes(range(256)) * 40, "not a text file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "Excel 97-2003"),
        (b"Name,Email,name\nA,a@x.org,B\n", "columns 1 and 3 are both named 'name'"),
    ],
    ids=["empty", "blank-lines", "png", "random-bytes", "xls", "duplicate-columns"],
)
def test_unreadable_files_give_one_clear_line(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "registrations.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        read_table(path)


def test_bad_byte_in_the_middle_names_its_line(tmp_path: Path) -> None:
    lines = ["ID,Name,Email"] + [f"{i},陳大文{i},p{i}@example.hk" for i in range(1, 80)]
    data = "\n".join(lines).encode("utf-8")
    cut = data.index(b"\n41,") + 4  # start of line 42's name
    path = tmp_path / "damaged.csv"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    with pytest.raises(UserError, match=r"damaged.csv: line 42: byte 0xff is not valid utf-8"):
        read_table(path)


def test_xlsx_renamed_to_csv_is_read_as_xlsx_and_missing_file_is_clear(tmp_path: Path):
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Email"])
    wb.active.append(["Ana", "ana@example.org"])
    path = tmp_path / "export.csv"
    wb.save(path)
    assert read_table(path).rows == [["Ana", "ana@example.org"]]
    with pytest.raises(UserError, match="no file at"):
        read_table(tmp_path / "missing.csv")
    (tmp_path / "broken.xlsx").write_text("Name\nAna\n")
    with pytest.raises(UserError, match="not a readable XLSX"):
        read_table(tmp_path / "broken.xlsx")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('Name,Email\n"unterminated,a@b.c\nX Y,x@y.z\n', 2),
        ('Name,Email\nAna Lima,a@x.org\nBo Chen,"b@x.org\n', 3),
        ('Name;Email\r\n"Ana\r\nLima";a@x.org\r\n"Bo Chen;b@x.org\r\nCy Dee;c@x.org\r\n', 4),
    ],
)
def test_unclosed_quote_names_its_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(text.encode())
    with pytest.raises(UserError, match=rf"^bad\.csv: line {line}: unclosed quote"):
        read_table(path)


def test_quoted_fields_with_line_breaks_still_read(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_bytes(
        b'Name,Email,Notes\n"Ana\nLima",a@x.org,"two\r\nlines"\nBo Chen,b@x.org,"last ""one""\n"'
    )
    table = read_table(path)
    assert table.rows == [
        ["Ana\nLima", "a@x.org", "two\r\nlines"],
        ["Bo Chen", "b@x.org", 'last "one"\n'],
    ]
    assert table.lines == [2, 5]
