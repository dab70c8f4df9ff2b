"""Show errors to the user as one clear message; internal errors go to the log file."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import StoreError, describe_db_error, safe_summary
from desktop.base.errors import UserError

log = logging.getLogger("confdesk")


def said(message: str) -> str:
    """A message from the core in the interface's language: a refusal
    (`db.words.refusal`) by its template, any other text as it is."""
    key = getattr(message, "key", None)
    if key is None:
        return message
    template = QCoreApplication.translate("CoreWords", key)
    if template == key:
        return str(message)
    values = {
        name: said(value) if isinstance(value, str) else value
        for name, value in getattr(message, "values", {}).items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming a value wrongly
        log.warning("translation of a refusal does not fit its values: %r", key)
        return str(message)


def user_message(exc: BaseException) -> str:
    """The one line a user should read for this exception, in the interface's language."""
    if isinstance(exc, (UserError, StoreError)):
        message = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        return said(message)
    known = describe_db_error(exc)
    if known:
        text = said(known)
        return text[0].upper() + text[1:] + "." if text == str(known) else text
    log.error("internal error\n%s", "".join(traceback.format_exception(exc)))
    return QCoreApplication.translate(
        "Errors", "Something went wrong ({error}). Details are in the log file."
    ).format(error=safe_summary(exc))


def report_error(exc: BaseException, title: str = "Confdesk") -> None:
    parent = QApplication.activeWindow()
    QMessageBox.warning(parent, title, user_message(exc))
