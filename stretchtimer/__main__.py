"""``python -m stretchtimer``."""

import sys

from stretchtimer.app import main

sys.exit(main())
