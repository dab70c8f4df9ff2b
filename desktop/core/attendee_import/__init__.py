"""Importing registrations: read (readers), map (mapping, presets), check (validate), sync."""

from desktop.core.attendee_import.readers import Table, read_table
from desktop.core.attendee_import.sync import (
    ImportOptions,
    ImportResult,
    import_file,
    import_table,
    write_rejects,
)

__all__ = [
    "ImportOptions",
    "ImportResult",
    "Table",
    "import_file",
    "import_table",
    "read_table",
    "write_rejects",
]
