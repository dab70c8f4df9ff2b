"""`python -m desktop`: the same as the `confdesk` command."""

from desktop.cli import run

run()
