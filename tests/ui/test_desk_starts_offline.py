"""A desk laptop started while the event's PostgreSQL server is down (restarted during an
outage): it opens on the Desk screen from its copy of the event, says it is offline, checks
people in, and sends the check-ins once the server is back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from db.engine import open_store
from db.errors import StoreError
from desktop.core.desk_link import DeskLink
from desktop.ui.app import Shell
from desktop.ui.desk import DeskScreen
from desktop.ui.settings import Settings
from tests.db.desk_parts import is_checked_in, pg_event

pytestmark = pytest.mark.postgres


def _shell(qapp: QApplication, desk: str) -> Shell:
    settings = Settings()
    settings.desk = desk
    return Shell(qapp, settings, None)


def test_a_desk_started_during_an_outage_checks_people_in_from_its_copy(
    qapp: QApplication, qtbot: Any, own_pg_server: Any, tmp_path: Path
) -> None:
    url = own_pg_server.url
    people = [{"given_name": "Ka Yan", "family_name": "Lee"}, {"given_name": "Ravi", "family_name": "Iyer"}]  # fmt: skip
    ids, codes = pg_event(url, "Outage Start", people)
    link = DeskLink.open(url, "Desk Restarted")  # the desk ran once while the server was up
    assert link.refresh_mirror()
    link.close()
    own_pg_server.crash()

    shell = _shell(qapp, "Desk Restarted")
    try:
        shell.open(url)  # no error dialog: the desk opens from its copy
        window = shell.window
        assert window is not None and window.current_key() == "desk"
        assert "Outage Start" in window.windowTitle()
        screen = window.screen_widget("desk")
        assert isinstance(screen, DeskScreen)
        qtbot.waitExposed(window)
        with qtbot.waitSignal(screen.result_shown, timeout=5000) as got:
            screen.scan(codes[0])
        assert got.args == ["checked_in"]
        assert screen.panel.headline.text().startswith("Checked in")
        qtbot.waitUntil(lambda: "Offline since" in screen.link.banner.text(), timeout=5000)
        assert "1 check-in waiting to be sent" in screen.link.banner.text()
        window.grab().save(str(tmp_path / "desk-started-offline.png"))
        own_pg_server.resume()
        qtbot.waitUntil(lambda: not screen.link.banner.isVisible(), timeout=30000)
    finally:
        if shell.window is not None:
            shell.window.close()
        shell.shutdown()
    store = open_store(url)
    try:
        assert is_checked_in(store, ids[0]) and not is_checked_in(store, ids[1])
    finally:
        store.close()


def test_a_desk_that_never_saw_the_server_says_so(qapp: QApplication, own_pg_server: Any) -> None:
    url = own_pg_server.url
    pg_event(url, "Never Seen", [{"given_name": "Wing", "family_name": "Lo"}])
    own_pg_server.crash()
    shell = _shell(qapp, "Brand New Desk")
    try:
        with pytest.raises(StoreError, match="has no copy of the event yet") as err:
            shell.open(url)
        assert "Traceback" not in str(err.value) and "SELECT" not in str(err.value)
        assert shell.window is None
    finally:
        shell.shutdown()
        own_pg_server.resume()
