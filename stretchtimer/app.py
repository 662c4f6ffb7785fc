"""Composition root: parse arguments, build paths, stores and the window. Nothing else builds objects."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from stretchtimer import cli

    return cli.main(list(sys.argv[1:] if argv is None else argv))
