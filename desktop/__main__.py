"""`python -m desktop`: the same as the `confdesk` command."""

import sys

from desktop.cli import main

sys.exit(main())
