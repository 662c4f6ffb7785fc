"""Composition root: parse arguments, build paths, stores and the window.

Nothing else in StretchTimer builds the long-lived objects; everything below receives
what it needs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from stretchtimer import cli, paths

if TYPE_CHECKING:
    from stretchtimer.model.settings import Settings


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
    return run_window(args, ctx)


def run_window(args: argparse.Namespace, ctx: cli.CliContext) -> int:
    """Build the Qt application and everything the window needs, then run it.

    Qt is imported only here, so the headless commands stay fast.
    """
    from PySide6.QtGui import QIcon  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from stretchtimer import resources  # noqa: PLC0415
    from stretchtimer.model.plan import Plan  # noqa: PLC0415
    from stretchtimer.model.safety import builtin_safety  # noqa: PLC0415
    from stretchtimer.model.settings import load_settings, save_settings  # noqa: PLC0415
    from stretchtimer.ui.driver import SessionDriver, scaled_clock, system_clock  # noqa: PLC0415
    from stretchtimer.ui.event_log import EventLog  # noqa: PLC0415
    from stretchtimer.ui.main_window import MainWindow  # noqa: PLC0415
    from stretchtimer.ui.theme import follow_system_scheme  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("StretchTimer")
    app.setApplicationDisplayName("StretchTimer")
    app.setDesktopFileName("stretchtimer")
    follow_system_scheme(app)
    icon = resources.icon_path("stretchtimer.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    notices: list[str] = []
    data_dir = paths.ensure_private_dir(ctx.data_dir)
    settings_file = paths.settings_path(data_dir)
    settings, problems = load_settings(settings_file)
    notices += problems
    loaded = ctx.load()
    notices += [f"Skipped a routine file: {p}" for p in loaded.problems]
    catalogue = loaded.catalogue
    if args.routine and args.routine not in catalogue.routines:
        valid = ", ".join(sorted(catalogue.routines))
        print(
            f"stretchtimer: unknown routine {args.routine!r}; valid routines: {valid}", file=ctx.err
        )
        return cli.EXIT_USAGE

    clock = scaled_clock(system_clock, args.time_scale)

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock, time_scale=args.time_scale)

    event_log = EventLog(Path(args.event_log)) if args.event_log else None
    window = MainWindow(catalogue, settings, builtin_safety(), make_driver, event_log=event_log)
    window.exit_when_done = args.exit_when_done

    def save(new: Settings) -> None:
        try:
            save_settings(new, settings_file)
        except OSError as exc:
            window.set_notices([f"Your settings could not be saved to {settings_file}: {exc}"])

    window.settings_changed.connect(save)
    for line in notices:
        print(f"stretchtimer: {line}", file=ctx.err)
    window.set_notices(notices)
    window.show()
    if args.routine and args.start:
        window.start_routine(args.routine)
    elif args.routine:
        window.picker.focus_card(args.routine)
    code = app.exec()
    if event_log is not None:
        event_log.close()
    return int(code)
