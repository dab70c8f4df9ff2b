"""Bad badge templates: one clear line that names the file, the item and the field; exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.pdf import templates
from tests.pdf.helpers import NAMES, add_people


def _run(event_db: Path, tmp_path: Path, template: str, capsys) -> tuple[int, str]:
    out = tmp_path / "b.pdf"
    rc = main(["--db", str(event_db), "badges", str(out), "--template", template])
    err = capsys.readouterr().err
    assert not out.exists()
    return rc, err


def test_template_errors_name_the_problem(store, event_db: Path, tmp_path: Path, capsys) -> None:
    add_people(store, NAMES[:1])
    not_json = tmp_path / "passwd"
    not_json.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    rc, err = _run(event_db, tmp_path, str(not_json), capsys)
    assert rc == 2 and err.count("\n") == 1
    assert f"cannot read template {not_json}: not a Confdesk badge template" in err
    assert "invalid JSON at line 1" in err

    rc, err = _run(event_db, tmp_path, "no-such-template", capsys)
    assert rc == 2
    for name in templates.builtin_names():
        assert name in err

    spec = json.loads((templates.TEMPLATE_DIR / "cr80.json").read_text(encoding="utf-8"))
    spec["front"][1]["max_size"] = "big"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(spec), encoding="utf-8")
    rc, err = _run(event_db, tmp_path, str(bad), capsys)
    assert rc == 2 and "front item 2: 'max_size' must be a number" in err

    spec = json.loads((templates.TEMPLATE_DIR / "cr80.json").read_text(encoding="utf-8"))
    spec["front"][0]["color"] = "blue-ish"
    bad.write_text(json.dumps(spec), encoding="utf-8")
    rc, err = _run(event_db, tmp_path, str(bad), capsys)
    assert rc == 2 and "front item 1: 'color' must be a colour" in err


def test_every_builtin_template_still_loads() -> None:
    for name in templates.builtin_names():
        assert templates.builtin(name)["name"] == name


@pytest.mark.parametrize("name", templates.builtin_names())
def test_a_normalised_template_has_the_typed_shape(name: str) -> None:
    """What `normalise` returns is what `Template` and `Item` declare, for every shipped
    template: a key the renderer reads is declared, and every declared key is there."""
    from typing import get_type_hints

    spec = templates.builtin(name)
    assert set(spec) == set(get_type_hints(templates.Template))
    declared = get_type_hints(templates.Item)
    for item in (*spec["front"], *spec["back"]):
        assert set(item) <= set(declared), item["id"]
        assert templates.Item.__required_keys__ <= set(item), item["id"]
