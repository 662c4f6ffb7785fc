"""Command line: the parser with every subcommand, and the dispatch of the headless ones.

``stretchtimer`` with no subcommand opens the window (``stretchtimer.app`` does that); the
subcommands print the catalogue (:mod:`~stretchtimer.cli.catalogue`) and the history
(:mod:`~stretchtimer.cli.history`), share routines (:mod:`~stretchtimer.cli.routines`),
and put StretchTimer in the desktop's menu (:mod:`~stretchtimer.cli.desktop`), without
starting Qt. This package never imports the
window, and the window never imports it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from stretchtimer import paths
from stretchtimer.cli.context import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    CliContext,
)
from stretchtimer.cli.output import GuardedOutput, OutputError
from stretchtimer.cli.window_options import DESCRIPTION, PROG, add_window_options
from stretchtimer.model.catalogue import CatalogueError
from stretchtimer.model.texts import fill

Command = Callable[[argparse.Namespace, CliContext], int]


def build_parser() -> argparse.ArgumentParser:
    """The full parser, every subcommand's included (the window needs only its options)."""
    from stretchtimer.cli import (  # noqa: PLC0415  (the window starts without them)
        catalogue,
        desktop,
        history,
        reminders,
        routines,
        sync,
    )

    parser = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION)
    add_window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    catalogue.add_parsers(sub)
    history.add_parsers(sub)
    desktop.add_parsers(sub)
    routines.add_parsers(sub)
    reminders.add_parsers(sub)
    sync.add_parsers(sub)
    for command in sub.choices.values():
        # Also accepted after the command; SUPPRESS keeps the global value when absent.
        command.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as the global option"
        )
    return parser


def check_data_dir(ctx: CliContext, *, writable: bool) -> int | None:
    """``None`` when the data folder can be used, else the exit code after saying why."""
    try:
        paths.check_data_dir(ctx.data_dir, writable=writable)
    except paths.DataDirError as exc:
        return ctx.fail(str(exc), EXIT_USAGE if exc.usage else EXIT_FAILED)
    return None


def run_command(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run a parsed subcommand; the window options are handled by ``stretchtimer.app``."""
    problem = check_data_dir(ctx, writable=False)
    if problem is not None:
        return problem
    func: Command = args.func
    out = GuardedOutput(ctx.out)
    try:
        told = CliContext(ctx.data_dir, out=out, err=ctx.err, chosen_language=ctx.language)
        code = func(args, told)
        out.flush()
    except CatalogueError as exc:
        return ctx.fail(
            fill(
                ctx.translate("Cli", "the built-in catalogue is damaged:\n%1"),
                ctx.translator.error(exc),
            )
        )
    except OutputError as exc:
        return ctx.fail(str(exc))
    except BrokenPipeError:
        # The reader went away (``| head``): what it wanted, it has.
        return EXIT_OK
    return code


__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "CliContext",
    "build_parser",
    "check_data_dir",
    "run_command",
]
