"""`confdesk gui`: the QApplication, the store, the first-start demo and the main window.

On the very first start (no `--db`, no CONFDESK_DB, nothing in the settings and no file at the
default path) the default event file is created with the demo event, so a new user sees
something real. Any store error shows one clear message with a way out (open another
database, create a new event, quit), never a traceback.

`CONFDESK_EXIT_AFTER_PAINT=1` quits right after the main window's first paint and prints the
time since the process started and the peak memory (the cold-start benchmark uses it).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from db.engine import (
    ENV_VAR,
    Store,
    describe,
    open_store,
    resolve_url,
    unconnected_store,
)
from db.errors import ServerUnreachableError, StoreError, safe_summary
from db.paths import default_db_path
from desktop.base.errors import UserError
from desktop.core.text import script_variants
from desktop.ui import gc_guard, i18n
from desktop.ui.context import AppContext
from desktop.ui.errors import user_message
from desktop.ui.main_window import MainWindow
from desktop.ui.resources import resources_dir
from desktop.ui.settings import Settings
from desktop.ui.theme import apply_theme
from desktop.ui.worker import DbWorker

log = logging.getLogger("confdesk")

EXIT_AFTER_PAINT = "CONFDESK_EXIT_AFTER_PAINT"
DEMO_ATTENDEES = 1200
DEMO_SEED = 2026


def setup_logging() -> Path | None:
    """Log to `<data folder>/logs/confdesk.log` (rotated); None when it cannot be written."""
    from db.paths import log_path

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        log.removeHandler(old)  # a second run() in one process (tests) logs to its own folder
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


_in_hook = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Uncaught errors in slots: logged, then shown as one message; the app keeps running."""
    global _in_hook
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.exit(0)  # quit() would ask every window first: a kiosk says no
        return
    log.error("uncaught error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if _in_hook or QApplication.instance() is None:
        return
    _in_hook = True
    try:
        if isinstance(exc, (UserError, StoreError)):
            text = user_message(exc)
        else:
            text = QCoreApplication.translate(
                "Errors", "Something went wrong ({error}). Details are in the log file."
            ).format(error=f"{exc_type.__name__}: {exc}")
        QMessageBox.warning(QApplication.activeWindow(), "Confdesk", text)
    finally:
        _in_hook = False


class _FirstPaint(QObject):
    """Quits the application once any widget of the main window has been painted."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and obj.window() is self.window
        ):
            self.done = True
            # Let the rest of this frame paint, then report and quit.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu = usage.ru_utime + usage.ru_stime  # steadier than wall time on a busy machine
        print(
            f"painted {process_age():.3f} s peak_rss_mb {usage.ru_maxrss / 1024:.1f}"
            f" cpu_s {cpu:.3f} window {self.window.objectName()}",
            flush=True,
        )
        QApplication.exit(0)  # quit() would ask every window first: a kiosk says no


def process_age() -> float:
    """Seconds since this process started (from /proc on Linux; else since import)."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/self/stat") as fh:
            start = int(fh.read().rsplit(")", 1)[1].split()[19]) / ticks
        with open("/proc/uptime") as fh:
            return float(fh.read().split()[0]) - start
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


def generate_demo_with_progress(store: Store, parent: QWidget | None = None) -> None:
    """Fill `store` with the demo event on a thread while a progress dialog shows."""
    from desktop.core.demo import generate

    state: dict[str, Any] = {"done": 0, "total": DEMO_ATTENDEES, "error": None}

    def progress(done: int, total: int, _message: str) -> None:
        state["done"], state["total"] = done, total

    def job() -> None:
        try:
            generate(store, attendees=DEMO_ATTENDEES, seed=DEMO_SEED, progress=progress)
        except BaseException as exc:
            state["error"] = exc

    dialog = QProgressDialog(
        QCoreApplication.translate("Shell", "Creating the demo event…"),
        "",
        0,
        DEMO_ATTENDEES,
        parent,
    )
    dialog.setWindowTitle("Confdesk")
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(600)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    thread = threading.Thread(target=job, name="confdesk-demo", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.03)
        dialog.setMaximum(max(state["total"], 1))
        dialog.setValue(min(state["done"], state["total"]))
        QApplication.processEvents()
    dialog.close()
    if state["error"] is not None:
        raise state["error"]


class Shell:
    """Owns the open store, its worker and the main window; switches between events."""

    def __init__(self, app: QApplication, settings: Settings, start_screen: str | None) -> None:
        self.app = app
        self.settings = settings
        self.start_screen = start_screen
        self.store: Store | None = None
        self.worker: DbWorker | None = None
        self.window: MainWindow | None = None
        self.welcome: QWidget | None = None

    def initial_target(self, db: str | None) -> str | None:
        """What to open: --db, else CONFDESK_DB, else the settings, else None (default file)."""
        return db or os.environ.get(ENV_VAR) or self.settings.database or None

    def open(self, target: str | None, remember: bool = False) -> None:
        """Open a store and show its event in a new main window; raises StoreError/UserError."""
        from desktop.core.events import current_event

        url = resolve_url(target)
        first_start = target is None and not default_db_path().exists()
        offline = False
        try:
            store = open_store(target, create=first_start)
        except ServerUnreachableError:
            # A desk started during an outage works from its copy of the event.
            store, offline = unconnected_store(target), True
        try:
            if first_start:
                generate_demo_with_progress(store, self.window)
            if offline:
                event_id, event_name = self._event_of_mirror(store)
            else:
                with store.factory() as s:
                    event = current_event(s)
                    event_id, event_name = event.id, event.name
        except BaseException:
            store.close()
            if first_start:
                _remove_sqlite(url)
            raise
        if store.backup_path:
            log.info("upgraded %s; backup at %s", describe(url), store.backup_path)
        if not offline:
            from desktop.core.search_upkeep import refresh_on_open

            self.app.setOverrideCursor(Qt.CursorShape.WaitCursor)  # seconds, once after an update
            try:
                if changed := refresh_on_open(store):
                    log.info("search texts of %d people brought up to date", changed)
            finally:
                self.app.restoreOverrideCursor()
        worker = DbWorker(store)
        if offline:
            mirror = worker.mirror(self.settings.desk)
            if mirror is not None:
                mirror.mark_unreachable()
        ctx = AppContext(
            store=store,
            worker=worker,
            event_id=event_id,
            desk=self.settings.desk,
            operator=self.settings.operator,
        )
        apply_theme(self.app, self.settings.get("ui/theme"))
        window = MainWindow(ctx, self.settings, event_name)
        window.rebuild_requested.connect(self.rebuild)
        window.database_requested.connect(self.switch)
        window.new_event_requested.connect(self.new_event)
        window.restore_in_place_requested.connect(self.restore_in_place)
        window.restore_as_new_requested.connect(self.restore_as_new)
        old = (self.window, self.worker, self.store)
        self.store, self.worker, self.window = store, worker, window
        key = self.start_screen or self.settings.get("ui/last_screen") or "attendees"
        if offline:
            key = "desk"  # the one screen that works without the server
        self.start_screen = None
        window.show_screen(key if key in window.screen_actions else "attendees")
        window.show()
        if remember and target:
            self.settings.database = target
        self.settings.add_recent_event(recent_target(target), event_name)
        self._check_in_background(store, window)
        # OpenCC's dictionaries load once (~0.1 s), here rather than at the first Chinese search.
        threading.Thread(target=script_variants, args=("陳",), daemon=True).start()
        if first_start:
            self._welcome(window)
        if old[0] is not None:
            old[0].close()
            old[0].deleteLater()
        self._close(old[1], old[2])

    def _event_of_mirror(self, store: Store) -> tuple[int, str]:
        """The event's id and name from this desk's mirror; the server's error when the desk
        has no copy of the event."""
        from desktop.core.events import current_event
        from desktop.core.mirror import Mirror, mirror_path

        mirror = Mirror(mirror_path(store.url, self.settings.desk))
        try:
            if not mirror.ready():
                raise StoreError(
                    QCoreApplication.translate(
                        "Shell",
                        "cannot connect to {server}, and desk {desk} has no copy of the event "
                        "yet: it needs the server once before it can work without it",
                    ).format(server=describe(store.url), desk=repr(self.settings.desk))
                )
            with mirror.session() as s:
                event = current_event(s)
                return event.id, event.name
        finally:
            mirror.close()

    def _check_in_background(self, store: Store, window: MainWindow) -> None:
        """SQLite's quick check of every page, off the GUI thread and off the desk lane: a
        damaged file is said at once and writing to it stops before the first scan lands."""
        if not store.is_sqlite:
            return
        from concurrent.futures import ThreadPoolExecutor

        from db.check import check_text, quick_check

        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="confdesk-check")
        future = pool.submit(quick_check, store)
        pool.shutdown(wait=False)
        timer = QTimer(window)

        def poll() -> None:
            if not future.done():
                return
            timer.stop()
            try:
                report = future.result()
            except Exception as exc:  # the check could not run: say why, do not stop the desk
                log.warning("quick check failed: %s", safe_summary(exc))
                return
            if report.ok or self.store is not store:
                return
            store.mark_damaged()
            from db.backup import newest_backup
            from db.errors import damage_message

            backup = newest_backup(store.sqlite_path) if store.sqlite_path else None
            log.error("damaged event file: %s", check_text(report))
            window.setWindowTitle(
                QCoreApplication.translate("Shell", "DAMAGED - {title}").format(
                    title=window.windowTitle()
                )
            )
            QMessageBox.critical(
                window,
                QCoreApplication.translate("Shell", "The event file is damaged"),
                damage_message(describe(store.url), str(backup) if backup else None) + ".",
            )

        timer.timeout.connect(poll)
        timer.start(200)

    def open_interactively(self, target: str | None) -> bool:
        """Open at start; on failure explain and offer another database, a new event or quit."""
        remember = False
        while True:
            try:
                self.open(target, remember)
                return True
            except Exception as exc:  # a refusal, a store error, or a bug (logged)
                message = user_message(exc)
            choice = self._ask_after_failure(message)
            if choice == "quit":
                return False
            if choice == "open":
                from desktop.ui.event_dialogs import choose_event_file

                path = choose_event_file(None)
                if path:
                    target, remember = path, True
            elif choice == "new":
                path = self._new_event_file(None)
                if path:
                    target, remember = path, True

    def rebuild(self) -> None:
        """Open the event again in a new window (after the appearance or the language
        changed: the new window is built in the language now chosen)."""
        i18n.install(self.app, self.settings.get("ui/language"))
        if self.store is not None:
            screen = self.window.current_key() if self.window is not None else None
            self.start_screen = screen or None
            path = self.store.sqlite_path
            self.switch(str(path) if path is not None else self.store.url)

    def switch(self, target: str) -> None:
        """Open another event from the running window; the current one stays on failure."""
        try:
            self.open(target, remember=True)
        except Exception as exc:  # a refusal, a store error, or a bug (logged)
            QMessageBox.warning(self.window, "Confdesk", user_message(exc))

    def _welcome(self, window: MainWindow) -> None:
        """The first start's welcome over the demo event (not modal: the demo works)."""
        from desktop.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(window)
        dialog.create_requested.connect(self.new_event)
        dialog.import_requested.connect(self.new_event_then_import)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.welcome = dialog
        dialog.show()

    def new_event_then_import(self) -> None:
        """Create the user's event, open it, and start the import wizard on it."""
        path = self._new_event_file(self.window)
        if not path:
            return
        self.switch(path)
        window = self.window
        if window is not None and describe(window.ctx.store.url) == describe(resolve_url(path)):
            from desktop.ui.import_wizard import open_import_wizard

            open_import_wizard(window.ctx, window)

    def restore_in_place(self, backup: str) -> None:
        """Put a backup in place of the open event file: close it, restore, open it again
        (the event as it was when restoring fails, with the reason)."""
        from db.restore import restore_backup

        assert self.store is not None and self.store.sqlite_path is not None
        target = str(self.store.sqlite_path)
        self.app.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._close(self.worker, self.store)
        self.worker = self.store = None
        try:
            done = restore_backup(Path(backup), target)
            message = QCoreApplication.translate(
                "Shell", "The event was restored from {file}."
            ).format(file=Path(backup).name)
            if done.kept_aside:
                kept = QCoreApplication.translate(
                    "Shell", "The file it replaced is kept as {file}."
                )
                message += "\n\n" + kept.format(file=done.kept_aside.name)
            failed = False
        except (StoreError, UserError) as exc:
            message = QCoreApplication.translate("Shell", "Nothing was restored: {error}").format(
                error=user_message(exc)
            )
            failed = True
        except Exception as exc:
            message = QCoreApplication.translate("Shell", "Nothing was restored: {error}").format(
                error=user_message(exc)
            )
            failed = True
        finally:
            self.app.restoreOverrideCursor()
        old = self.window
        if not self.open_interactively(target):
            if old is not None:
                old.close()
            self.app.quit()
            return
        (QMessageBox.warning if failed else QMessageBox.information)(
            self.window, QCoreApplication.translate("Shell", "Restore"), message
        )

    def restore_as_new(self, backup: str, target: str) -> None:
        """Restore a backup into a new event file and open it (the open event is untouched)."""
        from db.restore import restore_backup

        if Path(target).exists():
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Shell", "Restore"),
                QCoreApplication.translate(
                    "Shell", "{file} already exists; choose a new file name"
                ).format(file=target),
            )
            return
        self.app.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restore_backup(Path(backup), target)
        except (StoreError, UserError) as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Shell", "Restore"),
                QCoreApplication.translate("Shell", "Nothing was restored: {error}").format(
                    error=user_message(exc)
                ),
            )
            return
        except Exception as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Shell", "Restore"),
                QCoreApplication.translate("Shell", "Nothing was restored: {error}").format(
                    error=user_message(exc)
                ),
            )
            return
        finally:
            self.app.restoreOverrideCursor()
        self.switch(target)

    def new_event(self) -> None:
        path = self._new_event_file(self.window)
        if path:
            self.switch(path)

    def _new_event_file(self, parent: QWidget | None) -> str:
        from desktop.ui.event_dialogs import NewEventDialog

        dialog = NewEventDialog(parent)
        return dialog.created_path if dialog.exec() == NewEventDialog.DialogCode.Accepted else ""

    def _ask_after_failure(self, message: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, "Confdesk", message)
        box.setInformativeText(
            QCoreApplication.translate(
                "Shell", "Open another event database, create a new event, or quit."
            )
        )
        open_b = box.addButton(
            QCoreApplication.translate("Shell", "Open another…"), QMessageBox.ButtonRole.AcceptRole
        )
        new_b = box.addButton(
            QCoreApplication.translate("Shell", "New event…"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(
            QCoreApplication.translate("Shell", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        clicked = box.clickedButton()
        return "open" if clicked is open_b else "new" if clicked is new_b else "quit"

    @staticmethod
    def _close(worker: DbWorker | None, store: Store | None) -> None:
        if worker is not None:
            worker.shutdown()
        if store is not None:
            store.close()

    def shutdown(self) -> None:
        self._close(self.worker, self.store)
        self.worker = self.store = None


def recent_target(target: str | None) -> str:
    """What File > Recent events keeps of an opened event: a file's absolute path, or a
    server's URL without its password (the settings file is no place for one)."""
    if not target:
        return str(default_db_path())
    if "://" not in target:
        return str(Path(target).expanduser().resolve())
    from sqlalchemy.engine import URL, make_url

    try:
        u = make_url(target)
    except Exception:  # no URL at all: nothing to keep of it
        return str(default_db_path())
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False)


def _remove_sqlite(url: str) -> None:
    """Remove a half-made first-start file so the next start tries again cleanly."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setApplicationName("Confdesk")
    app.setOrganizationName("Confdesk")
    app.setApplicationDisplayName("Confdesk")
    app.setDesktopFileName("confdesk")
    gc_guard.install(app)  # cyclic garbage collected on this thread, never on a worker
    icon = resources_dir() / "icons" / "confdesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run(
    db: str | None,
    desk: str | None,
    screen: str | None,
    argv: Sequence[str],
    kiosk: bool = False,
) -> int:
    """Start the desktop app (`kiosk`: straight into kiosk mode); returns the exit code."""
    setup_logging()
    app = make_application(argv)
    settings = Settings()
    i18n.install(app, settings.get("ui/language"))  # before any window is built
    if desk:
        settings.desk = desk
    sys.excepthook = excepthook
    shell = Shell(app, settings, screen)
    if not shell.open_interactively(shell.initial_target(db)):
        shell.shutdown()
        return 1
    if (kiosk or settings.get("kiosk/at_start")) and shell.window is not None:
        shell.window.enter_kiosk()
    if os.environ.get(EXIT_AFTER_PAINT) and shell.window is not None:
        watched = shell.window.kiosk or shell.window
        app.installEventFilter(_FirstPaint(watched))
    app.setQuitOnLastWindowClosed(True)
    try:
        return int(app.exec())
    finally:
        shell.shutdown()
