"""Show errors to the user as one clear message; internal errors go to the log file."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import StoreError, describe_db_error, safe_summary
from desktop.base.errors import UserError

log = logging.getLogger("confdesk")


def user_message(exc: BaseException) -> str:
    """The one line a user should read for this exception."""
    if isinstance(exc, (UserError, StoreError)):
        return str(exc)
    known = describe_db_error(exc)
    if known:
        return known[0].upper() + known[1:] + "."
    log.error("internal error\n%s", "".join(traceback.format_exception(exc)))
    return QCoreApplication.translate(
        "Errors", "Something went wrong ({error}). Details are in the log file."
    ).format(error=safe_summary(exc))


def report_error(exc: BaseException, title: str = "Confdesk") -> None:
    parent = QApplication.activeWindow()
    QMessageBox.warning(parent, title, user_message(exc))
