"""Composition root: parse arguments, build paths, stores and the window.

Nothing else in StretchTimer builds the long-lived objects; everything below receives
what it needs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from stretchtimer import cli, paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    ctx = cli.CliContext(data_dir=paths.data_dir(args.data_dir))
    if args.command is not None:
        return cli.run_command(args, ctx)
    if args.start and not args.routine:
        parser.error("--start needs --routine ID")
    if not 0 < args.time_scale <= 1000:
        parser.error("--time-scale must be more than 0 and at most 1000")
    # Qt is imported only when a window is wanted, so the headless commands stay fast.
    from stretchtimer.ui.launch import run_window  # noqa: PLC0415

    return run_window(args, ctx)
