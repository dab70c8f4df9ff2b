"""Vector QR codes: fixed mask, merged runs, decodable output, naive path still valid."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from desktop.pdf import qr
from tests.pdf.helpers import decode_qr, render_png


def test_runs_merge_adjacent_modules() -> None:
    m = qr.matrix("ABCD-1Z-ABCDEFGHIJKL")
    assert m.size in (21, 25)  # version 1 or 2: alphanumeric mode keeps it small
    dark = sum(n for _, _, n in m.runs)
    assert len(m.runs) < dark  # merged: fewer rectangles than dark modules
    assert all(c >= 0 and c + n <= m.size for _, c, n in m.runs)
    # The three finder patterns: row 0 starts with a 7-module run at both left and right.
    assert (0, 0, 7) in m.runs and (0, m.size - 7, 7) in m.runs


def test_fixed_mask_codes_decode(tmp_path: Path) -> None:
    codes = [
        f"K7Q2-{n}-ABCDEFGHIJ{k}"
        for n, k in (("1", "KL"), ("ZZ", "23"), ("A0B", "77"), ("3F2K", "Q4"))
    ]
    pdf = tmp_path / "qr.pdf"
    c = Canvas(str(pdf), pagesize=(500, 160))
    for i, code in enumerate(codes):
        qr.draw_qr(c, 10 + i * 120, 20, 110, code)
    c.save()
    (png,) = render_png(pdf, dpi=100)
    assert sorted(decode_qr(png)) == sorted(codes)


def test_naive_path_decodes_too(tmp_path: Path) -> None:
    pdf = tmp_path / "slow.pdf"
    c = Canvas(str(pdf), pagesize=(200, 200))
    qr.draw_qr_slow(c, 10, 10, 180, "K7Q2-5-ABCDEFGHIJKL")
    c.save()
    (png,) = render_png(pdf, dpi=100)
    assert decode_qr(png) == ["K7Q2-5-ABCDEFGHIJKL"]


def test_fast_encoder_matches_qrcode_with_the_same_mask() -> None:
    import random

    import qrcode
    from qrcode import constants

    rng = random.Random(5)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-"
    for length in (2, 5, 19, 20, 21, 25, 40, 70, 150):
        for _ in range(6):
            data = "A" + "".join(rng.choice(alphabet) for _ in range(length - 1))
            for level, ec in (("M", constants.ERROR_CORRECT_M), ("H", constants.ERROR_CORRECT_H)):
                ref = qrcode.QRCode(error_correction=ec, border=0, mask_pattern=qr.FIXED_MASK)
                ref.add_data(data)
                ref.make(fit=True)
                got = qr.matrix(data, qr.FIXED_MASK, level)
                assert got.size == len(ref.modules)
                assert got.runs == qr._runs(ref.modules), (data, level)
