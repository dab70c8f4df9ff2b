"""Importing registrations: read (readers), map (mapping, presets), check (validate), sync."""

from desktop.core.importing.readers import Table, read_table
from desktop.core.importing.sync import (
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
