"""Errors the store raises with a message meant for the user (one clear line)."""


class StoreError(Exception):
    """The database cannot be opened or used; the message says which and why."""


class NewerSchemaError(StoreError):
    """The database was written by a newer Confdesk than this one."""
