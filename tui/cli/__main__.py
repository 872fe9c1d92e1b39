"""`python -m tui.cli` runs the `gwr` command."""

import sys

from tui.cli import console_main

sys.exit(console_main())
