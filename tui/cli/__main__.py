"""`python -m tui.cli` runs the `gwr` command."""

import sys

from tui.cli import main

sys.exit(main())
