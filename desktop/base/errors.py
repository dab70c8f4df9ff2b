"""Errors whose message is meant for the user: one clear line, no traceback."""


class UserError(Exception):
    """Bad input or an impossible request; `exit_code` is what the CLI exits with."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def __reduce__(self) -> tuple[type, tuple[str, int]]:
        # Kept whole when a job in a worker process raises it.
        # The message stays what it was (a db.words.Words keeps its key and values).
        return (type(self), (self.args[0], self.exit_code))


class Cancelled(Exception):
    """A long job was cancelled by its caller; nothing it started was kept."""
