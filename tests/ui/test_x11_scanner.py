"""The real app on a real X server, badge codes typed like a scanner by xdotool.

xdotool types through the XTEST extension exactly what a keyboard-mode scanner sends: a
Shift press before each capital and a Shift release after it, keys a few ms apart, then
Enter. Each check that the attendee is in is made by a separate process (the CLI) reading
the event database the app writes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.engine import open_store
from db.models import Attendee
from tests.conftest import ROOT
from tests.tools import need

pytestmark = pytest.mark.slow

DESK = "X11 Desk"


def wait_for(what: str, check: Callable[[], Any], timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


class Processes:
    """Every program the test starts, each in its own process group, all ended at the end."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen] = []

    def start(self, cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
        with log.open("wb") as out:
            proc = subprocess.Popen(
                cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        self.started.append(proc)
        return proc

    def stop_all(self) -> None:
        for proc in reversed(self.started):  # the app first, the X server last
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=10)


@pytest.fixture
def processes() -> Iterator[Processes]:
    procs = Processes()
    try:
        yield procs
    finally:
        procs.stop_all()


def free_display() -> int:
    for n in range(71, 400):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise AssertionError("no free X display number")


def managed(wm: subprocess.Popen, env: dict[str, str]) -> bool:
    """Whether the window manager runs and answers for the display (EWMH desktops)."""
    if wm.poll() is not None:
        raise AssertionError("the window manager ended at start")
    done = subprocess.run(["xdotool", "get_desktop"], env=env, capture_output=True)
    return done.returncode == 0


def start_x(processes: Processes, tmp_path: Path) -> dict[str, str]:
    """Xvfb and openbox on a free display; the environment for programs on it."""
    for _attempt in range(5):
        n = free_display()
        # -noreset: by default the server resets when its last client leaves (the xdotool
        # that found it ready), and a window manager connecting meanwhile fails to open it.
        xvfb = processes.start(
            ["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
            dict(os.environ),
            tmp_path / f"xvfb{n}.log",
        )
        env = {**os.environ, "DISPLAY": f":{n}", "QT_QPA_PLATFORM": "xcb"}
        env.pop("QT_QPA_PLATFORMTHEME", None)

        def ready(xvfb: subprocess.Popen = xvfb, env: dict[str, str] = env) -> bool | None:
            if xvfb.poll() is not None:
                return None  # lost the race for that display number
            done = subprocess.run(["xdotool", "getdisplaygeometry"], env=env, capture_output=True)
            return done.returncode == 0

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and xvfb.poll() is None and not ready():
            time.sleep(0.1)
        if ready():
            openbox = processes.start(["openbox"], env, tmp_path / "openbox.log")
            # Until openbox has taken the root window, windowactivate fails with
            # "Your windowmanager claims not to support _NET_ACTIVE_WINDOW".
            wait_for("openbox to manage the display", partial(managed, openbox, env))
            return env
    raise AssertionError("could not start Xvfb")


def cli(db: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def shown(db: Path, attendee_id: int) -> dict[str, Any]:
    """The attendee as another process sees it (`confdesk attendees show ID --json`)."""
    return json.loads(cli(db, "attendees", "show", str(attendee_id), "--json"))


def attendee_count(db: Path) -> int:
    """Rows in the attendees table, counted by a separate process."""
    code = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
        "print(c.execute('select count(*) from attendee').fetchone()[0])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"xdotool {' '.join(args)}: {done.stderr}"
    return done.stdout.strip()


def scan(env: dict[str, str], code: str) -> None:
    """What a scanner sends: the code 8 ms a key (Shift around capitals), then Enter.

    xdotool waits half the delay after each press and each release: 4 ms between key events,
    far inside the desk's 30 ms, and a scanner's own pace. This test runs on the real clock
    and the X server's time stamps, so the gaps that decide are kept generous: a scanner's
    well below 30 ms, a person's (300 ms a key) and the pauses between steps well above it.

    One xdotool runs both commands (`type`, then `key Return`): a second xdotool process
    would start 20-40 ms later, a pause before Enter that no scanner makes.
    """
    xdotool(env, "type", "--delay", "8", "--args", "1", code, "key", "--delay", "8", "Return")


def refused_scans(db: Path) -> str:
    """Check-in log rows that are not a check-in (unknown code...), read by another process."""
    code = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
        "print(c.execute(\"select code || ' ' || result from checkin_log"
        " where result != 'checked_in'\").fetchall())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def start_app(
    processes: Processes, env: dict[str, str], tmp_path: Path, db: Path, title: str, *args: str
) -> tuple[subprocess.Popen, str]:
    """`confdesk --db DB gui ARGS` on the X server, and its window once shown (by `title`)."""
    app = processes.start(
        [sys.executable, "-m", "desktop", "--db", str(db), "gui", *args],
        {**env, "PYTHONPATH": str(ROOT)},
        tmp_path / "app.log",
    )
    window = wait_for(
        f"the {title} window",
        lambda: (
            app.poll() is None
            and subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(app.pid), "--name", title],
                env=env,
                capture_output=True,
                text=True,
            ).stdout.split()
        ),
    )[0]
    return app, window


def test_badge_codes_typed_through_x_are_checked_in(processes, tmp_path):
    need("Xvfb", "xdotool", "openbox")
    db = tmp_path / "x11.sqlite"
    cli(db, "demo", "--attendees", "50")
    store = open_store(str(db))
    try:
        with store.session() as s:
            people = s.execute(
                select(Attendee.id, Attendee.badge_code)
                .where(Attendee.status == "registered", Attendee.checked_in_at.is_(None))
                .order_by(Attendee.id)
                .limit(4)
            ).all()
    finally:
        store.close()
    assert len(people) == 4 and all(code.isupper() for _i, code in people)
    before = attendee_count(db)

    env = start_x(processes, tmp_path)
    app, window = start_app(
        processes, env, tmp_path, db, "Confdesk", "--screen", "desk", "--desk", DESK
    )
    xdotool(env, "windowactivate", "--sync", window)
    wait_for("the window to have the focus", lambda: xdotool(env, "getactivewindow") == window)
    time.sleep(1.0)  # the desk puts the focus in its search field once it is shown

    def checked_in(attendee_id: int) -> dict[str, Any]:
        return wait_for(
            f"attendee {attendee_id} checked in",
            lambda: (card := shown(db, attendee_id))["checked_in_at"] and card,
            timeout=20,
        )

    try:
        # 1. The focus in the desk's search field, as the desk opens.
        first_id, first_code = people[0]
        scan(env, first_code)
        assert checked_in(first_id)["checked_in_desk"] == DESK

        # 2. Someone started typing a name in the field, then the badge is scanned.
        xdotool(env, "type", "--delay", "300", "chan")
        time.sleep(0.5)
        second_id, second_code = people[1]
        scan(env, second_code)
        assert checked_in(second_id)["checked_in_desk"] == DESK

        # 3. The focus moved off the field (Tab: on to the next widget of the desk).
        xdotool(env, "key", "Tab")
        time.sleep(0.5)
        third_id, third_code = people[2]
        scan(env, third_code)
        assert checked_in(third_id)["checked_in_desk"] == DESK

        # 4. The walk-in form open (F2): the scan checks the owner in, registers nobody.
        xdotool(env, "key", "F2")
        wait_for(
            "the walk-in form",
            lambda: (
                subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--name", "Walk-in registration"],
                    env=env,
                    capture_output=True,
                ).returncode
                == 0
            ),
        )
        time.sleep(0.5)
        fourth_id, fourth_code = people[3]
        scan(env, fourth_code)
        assert checked_in(fourth_id)["checked_in_desk"] == DESK
        time.sleep(0.5)
        assert attendee_count(db) == before
        assert refused_scans(db) == "[]"
        assert app.poll() is None, "the app quit"
    except BaseException:
        print((tmp_path / "app.log").read_text(errors="replace"))
        raise


def test_the_kiosk_takes_scans_after_someone_typed_an_e_mail(processes, tmp_path):
    """Found trying the kiosk with real keys: once a person had typed on its e-mail page and
    gone back, every scan on the welcome page was ignored (Qt hands each key event of the X
    server the same address, which the scan buffer took for the same event travelling on to
    a parent)."""
    need("Xvfb", "xdotool", "openbox")
    db = tmp_path / "kiosk.sqlite"
    cli(db, "demo", "--attendees", "30")
    store = open_store(str(db))
    try:
        with store.session() as s:
            (aid, code), (aid2, code2) = s.execute(
                select(Attendee.id, Attendee.badge_code)
                .where(Attendee.status == "registered", Attendee.checked_in_at.is_(None))
                .order_by(Attendee.id)
                .limit(2)
            ).all()
    finally:
        store.close()
    from desktop.ui.settings import Settings

    Settings().set_staff_pin("2468")  # the app reads the same settings folder (conftest)
    env = start_x(processes, tmp_path)
    app, window = start_app(processes, env, tmp_path, db, "kiosk", "--kiosk", "--desk", "Kiosk X")
    xdotool(env, "windowactivate", "--sync", window)
    time.sleep(1.0)
    try:
        scan(env, code)  # on the welcome page, nothing typed yet
        wait_for("the first scan", lambda: shown(db, aid)["checked_in_at"], timeout=20)
        time.sleep(13)  # the answer goes back to the welcome page by itself
        # The e-mail page (its button, centred low on the 1280x800 screen), two letters
        # typed by a person, then Back.
        xdotool(env, "mousemove", "640", "630", "click", "1")
        time.sleep(0.5)
        xdotool(env, "type", "--delay", "300", "ab")
        time.sleep(0.5)
        xdotool(env, "key", "Escape")  # back to the welcome page
        time.sleep(0.5)
        scan(env, code2)
        card = wait_for("the scan after typing", lambda: shown(db, aid2)["checked_in_at"], 20)
        assert card
        assert app.poll() is None, "the app quit"
    except BaseException:
        print((tmp_path / "app.log").read_text(errors="replace"))
        raise


def test_an_indico_ticket_typed_through_x_is_checked_in(processes, tmp_path):
    """An Indico ticket's QR holds JSON: a scanner types its braces and quotes with Shift,
    its spaces and digits as they are; the desk reads it as one scan and checks the
    registrant in (the Indico export with its ticket column imported first)."""
    need("Xvfb", "xdotool", "openbox")
    db = tmp_path / "indico.sqlite"
    cli(db, "init", "--name", "HK AI Summit")
    secret = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    export = tmp_path / "indico.csv"
    export.write_text(
        "ID,Name,Email,Registration state,Ticket UUID\n"
        f"7,Tai Man Chan,tm@example.hk,complete,{secret}\n",
        "utf-8",
    )
    cli(db, "attendees", "import", str(export))
    ticket = json.dumps(
        {
            "registrant_id": 90211,
            "checkin_secret": secret,
            "event_id": "1234",
            "server_url": "https://indico.example.org",
            "version": 1,
        }
    )
    env = start_x(processes, tmp_path)
    app, window = start_app(
        processes, env, tmp_path, db, "Confdesk", "--screen", "desk", "--desk", DESK
    )
    xdotool(env, "windowactivate", "--sync", window)
    wait_for("the window to have the focus", lambda: xdotool(env, "getactivewindow") == window)
    time.sleep(1.0)
    try:
        scan(env, ticket)
        card = wait_for(
            "the registrant checked in",
            lambda: (card := shown(db, 1))["checked_in_at"] and card,
            timeout=20,
        )
        assert card["checked_in_desk"] == DESK
        assert refused_scans(db) == "[]"
        assert app.poll() is None, "the app quit"
    except BaseException:
        print("REFUSED", refused_scans(db))
        print((tmp_path / "app.log").read_text(errors="replace"))
        raise
