"""Command line: headless subcommands, and the options that start the window.

``stretchtimer`` with no subcommand opens the window; ``routines``, ``exercises`` and
``plan`` print the catalogue and a routine's timeline without starting Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from stretchtimer import __version__, paths, resources
from stretchtimer.cli import history as history_cli
from stretchtimer.model.catalogue import (
    Catalogue,
    CatalogueError,
    LoadResult,
    Routine,
    load_catalogue,
)
from stretchtimer.model.plan import Plan, compile_plan

EXIT_USAGE = 2


@dataclass
class CliContext:
    """What every subcommand gets: where data lives and where to print."""

    data_dir: Path
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def load(self) -> LoadResult:
        result = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(self.data_dir))
        for problem in result.problems:
            print(f"warning: skipped: {problem}", file=self.err)
        return result


Command = Callable[[argparse.Namespace, CliContext], int]


def format_minutes(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def _positions(plan: Plan) -> str:
    seen: list[str] = []
    for step in plan.steps:
        if step.exercise is not None and step.exercise.position.value not in seen:
            seen.append(step.exercise.position.value)
    return "/".join(seen)


def cmd_routines(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = ctx.load().catalogue
    rows = []
    for routine in catalogue.routines.values():
        plan = compile_plan(routine, catalogue)
        rows.append(
            (routine.id, format_minutes(plan.total_seconds), _positions(plan), routine.name)
        )
    _table(ctx.out, ("ID", "TIME", "POSITION", "NAME"), rows)
    return 0


def cmd_exercises(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = ctx.load().catalogue
    rows = []
    for ex in catalogue.exercises.values():
        dose = f"{ex.hold_seconds:g}s x{ex.reps}" + (
            " per side" if ex.sides.value == "both" else ""
        )
        rows.append((ex.id, ex.position.value, ex.mode.value, dose, ex.name))
    _table(ctx.out, ("ID", "POSITION", "MODE", "DOSE", "NAME"), rows)
    return 0


def plan_to_json(plan: Plan) -> dict[str, Any]:
    return {
        "routine": plan.routine.id,
        "name": plan.routine.name,
        "total_seconds": plan.total_seconds,
        "steps": [
            {
                "index": s.index,
                "phase": s.phase.value,
                "exercise": s.exercise_id,
                "side": s.side.value,
                "rep": s.rep,
                "reps": s.reps,
                "start": s.start,
                "seconds": s.seconds,
            }
            for s in plan.steps
        ],
    }


def cmd_plan(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = ctx.load().catalogue
    routine = _find_routine(catalogue, args.routine, ctx)
    if routine is None:
        return EXIT_USAGE
    plan = compile_plan(routine, catalogue)
    if args.json:
        json.dump(plan_to_json(plan), ctx.out, indent=2)
        ctx.out.write("\n")
        return 0
    rows = []
    for s in plan.steps:
        what = s.exercise.name if s.exercise else ""
        detail = f"rep {s.rep}/{s.reps}" if s.reps else ""
        if s.side.value != "none":
            detail += f" {s.side.value}"
        rows.append(
            (str(s.index), format_minutes(s.start), f"{s.seconds:g}s", s.phase.value, what, detail)
        )
    _table(ctx.out, ("#", "AT", "LENGTH", "PHASE", "EXERCISE", ""), rows)
    print(f"Total: {format_minutes(plan.total_seconds)}", file=ctx.out)
    return 0


def _find_routine(catalogue: Catalogue, routine_id: str, ctx: CliContext) -> Routine | None:
    if routine_id in catalogue.routines:
        return catalogue.routines[routine_id]
    valid = ", ".join(sorted(catalogue.routines))
    print(f"stretchtimer: unknown routine {routine_id!r}; valid routines: {valid}", file=ctx.err)
    return None


def _table(out: TextIO, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip(), file=out
        )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stretchtimer",
        description="Guided stretching sessions. With no command, opens the window.",
    )
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("routines", help="list the routines with their real length")
    p.set_defaults(func=cmd_routines)
    p = sub.add_parser("exercises", help="list the exercises")
    p.set_defaults(func=cmd_exercises)
    p = sub.add_parser("plan", help="print a routine's timeline")
    p.add_argument("routine", metavar="ROUTINE")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(func=cmd_plan)
    history_cli.add_parsers(sub)
    for command in sub.choices.values():
        # Also accepted after the command; SUPPRESS keeps the global value when absent.
        command.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as the global option"
        )
    return parser


def run_command(args: argparse.Namespace, ctx: CliContext) -> int:
    """Run a parsed subcommand; the window options are handled by ``stretchtimer.app``."""
    func: Command = args.func
    try:
        return func(args, ctx)
    except CatalogueError as exc:
        print(f"stretchtimer: the built-in catalogue is damaged:\n{exc}", file=ctx.err)
        return 1
    except BrokenPipeError:
        return 0


def main(argv: Sequence[str]) -> int:
    """Entry point for tests and ``stretchtimer.app.main``: parse, then dispatch."""
    from stretchtimer import app  # noqa: PLC0415  (app imports this module)

    return app.main(argv)
