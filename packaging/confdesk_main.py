"""Entry point of the frozen app: the `confdesk` command (the GUI when run without arguments)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
