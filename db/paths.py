"""Where Confdesk keeps its files: the user's data folder and the default event file."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """The user's Confdesk data folder (created on demand by callers that write)."""
    override = os.environ.get("CONFDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir("Confdesk", False))


def default_db_path() -> Path:
    """The event file used when no --db, CONFDESK_DB or chosen event names another."""
    return data_dir() / "events" / "default.sqlite"


def log_path() -> Path:
    """The log file of the app and the command: tracebacks go here, never to the user."""
    return data_dir() / "logs" / "confdesk.log"
