"""The README a newcomer reads and the docs/ files it links to (plain text checks, no Qt).

- README.md stays short: at most 150 lines, and the `sh` block with `make run` and
  `make test` within its first 30 lines;
- every relative link (and image) in README.md and docs/*.md points at a file that exists,
  and its `#anchor` names a heading of that file (GitHub's rule: lowercase, punctuation
  other than `-` and `_` dropped, spaces to `-`, `-1`, `-2`... for repeated headings);
- every docs/*.md is linked from the README;
- one benchmark table only, in docs/benchmarks.md (the only table with a `Measured` column),
  naming every tests/bench/bench_*.py, and naming nothing else.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from tests.conftest import ROOT

README = ROOT / "README.md"
DOCS = ROOT / "docs"
BENCH = ROOT / "tests" / "bench"
BENCHMARKS = DOCS / "benchmarks.md"

MAX_README_LINES = 150
START_HERE_LINES = 30

_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_INLINE_CODE = re.compile(r"`[^`]*`")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def markdown_files() -> list[Path]:
    return [README, *sorted(DOCS.glob("*.md"))]


def prose_lines(path: Path) -> list[str]:
    """The file's lines with fenced code blocks blanked out (kept as "" to keep numbering)."""
    out: list[str] = []
    fence = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _FENCE.match(line)
        if fence is None and m:
            fence = m.group(1)
            out.append("")
        elif fence is not None:
            if line.strip().startswith(fence):
                fence = None
            out.append("")
        else:
            out.append(line)
    return out


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading's text."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link's text only
    text = text.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    out: set[str] = set()
    for line in prose_lines(path):
        m = _HEADING.match(line)
        if not m:
            continue
        base = anchor(m.group(2))
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.add(base if n == 0 else f"{base}-{n}")
    return out


def links(path: Path) -> list[tuple[int, str]]:
    """(line number, target) of every link and image outside code."""
    out = []
    for number, line in enumerate(prose_lines(path), 1):
        for m in _LINK.finditer(_INLINE_CODE.sub("", line)):
            out.append((number, m.group(1)))
    return out


def is_relative(target: str) -> bool:
    return not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) and not target.startswith(
        "//"
    )


def tables(path: Path) -> list[tuple[list[str], list[list[str]]]]:
    """Every pipe table outside code: (header cells, rows of cells)."""

    def cells(line: str) -> list[str]:
        line = line.strip()
        line = line.removeprefix("|").removesuffix("|")
        return [c.strip() for c in re.split(r"(?<!\\)\|", line)]

    lines = prose_lines(path)
    out = []
    i = 0
    while i < len(lines) - 1:
        if "|" in lines[i] and _SEPARATOR.match(lines[i + 1].strip()):
            header = cells(lines[i])
            rows = []
            i += 2
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(cells(lines[i]))
                i += 1
            out.append((header, rows))
        else:
            i += 1
    return out


def test_readme_is_short() -> None:
    count = len(README.read_text(encoding="utf-8").splitlines())
    assert count <= MAX_README_LINES, f"README.md has {count} lines (at most {MAX_README_LINES})"


def test_readme_starts_with_make_run_and_make_test() -> None:
    head = README.read_text(encoding="utf-8").splitlines()[:START_HERE_LINES]
    blocks = []
    block: list[str] | None = None
    for line in head:
        if block is None and re.match(r"^```sh\s*$", line):
            block = []
        elif block is not None and line.startswith("```"):
            blocks.append("\n".join(block))
            block = None
        elif block is not None:
            block.append(line)
    assert any(
        re.search(r"^make run\b", b, re.M) and re.search(r"^make test\b", b, re.M) for b in blocks
    ), f"no ```sh block with `make run` and `make test` in the first {START_HERE_LINES} lines"


def test_relative_links_point_at_files_and_headings() -> None:
    broken = []
    for path in markdown_files():
        for number, target in links(path):
            if not is_relative(target):
                continue
            file_part, _, fragment = target.partition("#")
            dest = (path.parent / unquote(file_part)).resolve() if file_part else path
            where = f"{path.relative_to(ROOT)}:{number}: {target}"
            if not dest.exists():
                broken.append(f"{where} (no such file)")
            elif fragment and dest.suffix == ".md" and unquote(fragment) not in anchors(dest):
                broken.append(f"{where} (no such heading in {dest.relative_to(ROOT)})")
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_every_docs_file_is_linked_from_the_readme() -> None:
    linked = {
        (README.parent / unquote(t.partition("#")[0])).resolve()
        for _, t in links(README)
        if is_relative(t) and t.partition("#")[0]
    }
    docs = sorted(DOCS.glob("*.md"))
    assert docs, "no docs/*.md"
    missing = [str(p.relative_to(ROOT)) for p in docs if p.resolve() not in linked]
    assert not missing, f"not linked from README.md: {missing}"


def measured_tables() -> list[tuple[Path, list[str], list[list[str]]]]:
    return [
        (path, header, rows)
        for path in markdown_files()
        for header, rows in tables(path)
        if "Measured" in header
    ]


def test_one_benchmark_table_in_docs_benchmarks() -> None:
    found = sorted({str(p.relative_to(ROOT)) for p, _, _ in measured_tables()})
    assert found == ["docs/benchmarks.md"], f"tables with a Measured column: {found}"
    assert len(measured_tables()) == 1, "more than one table with a Measured column"


def test_benchmark_table_names_every_benchmark() -> None:
    (_, header, rows), *_ = [t for t in measured_tables() if t[0] == BENCHMARKS] or [
        (BENCHMARKS, [], [])
    ]
    assert "Benchmark" in header, f"no Benchmark column in {BENCHMARKS.relative_to(ROOT)}"
    column = header.index("Benchmark")
    named = set()
    for row in rows:
        cell = row[column] if column < len(row) else ""
        values = re.findall(r"`([^`]+)`", cell) or [cell]
        for value in values:
            name = value.split()[0] if value.split() else ""
            assert (BENCH / f"{name}.py").is_file(), f"{value!r}: no tests/bench/{name}.py"
            named.add(name)
    modules = {p.stem for p in BENCH.glob("bench_*.py")}
    assert modules, "no tests/bench/bench_*.py"
    assert not modules - named, f"not in the benchmark table: {sorted(modules - named)}"
