"""The window's own options, apart from the subcommands, so the window starts without them.

``stretchtimer`` with no subcommand parses its arguments with :func:`window_parser` alone:
building every subcommand's parser imports the headless commands (the history store,
sync, sharing) and compiles their patterns, which the window does not need before its
first frame. :func:`stretchtimer.cli.build_parser` adds the same options to the full parser.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from stretchtimer import __version__, paths

PROG = "stretchtimer"
DESCRIPTION = "Guided stretching sessions. With no command, opens the window."


def add_window_options(parser: argparse.ArgumentParser) -> None:
    """The global options and the window's: the same in the light and the full parser."""
    parser.add_argument("--version", action="version", version=f"StretchTimer {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep history, settings and your routines in DIR (also ${paths.DATA_DIR_ENV})",
    )
    window = parser.add_argument_group("window options")
    window.add_argument("--routine", metavar="ID", help="open straight into this routine")
    window.add_argument("--start", action="store_true", help="start the --routine at once")
    window.add_argument(
        "--time-scale", type=float, default=1.0, metavar="F",
        help="run the session clock F times faster (demos and tests)",
    )  # fmt: skip
    window.add_argument("--event-log", metavar="FILE", help="append session events as JSON lines")
    window.add_argument(
        "--exit-when-done", action="store_true", help="quit when the session finishes"
    )
    window.add_argument(
        "--background", action="store_true",
        help="start in the system tray without showing the window (used at login)",
    )  # fmt: skip


class _NotForTheWindowError(Exception):
    """The light parser cannot take these arguments; the full one will say why."""


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotForTheWindowError(message)


def window_parser() -> argparse.ArgumentParser:
    """A parser of the window's options only (no subcommands, no help of its own)."""
    parser = _WindowParser(prog=PROG, description=DESCRIPTION, add_help=False)
    add_window_options(parser)
    return parser


def usage_error(message: str) -> NoReturn:
    """Print the window's usage line and ``message`` on stderr and exit with 2, as argparse does."""
    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    add_window_options(parser)
    parser.error(message)


def parse_window_args(argv: list[str]) -> argparse.Namespace | None:
    """The window's arguments, or None when ``argv`` needs the full parser.

    That is a subcommand, ``--help``, or anything the window's options do not know (the
    full parser then says what is wrong, as it always has).
    """
    if any(arg in ("-h", "--help") or arg == "--" for arg in argv):
        return None
    parser = window_parser()
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotForTheWindowError:
        return None  # a bad value: the full parser reports it, with its usage line
    if rest:
        return None
    args.command = None
    return args
