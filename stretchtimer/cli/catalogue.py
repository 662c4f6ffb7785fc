"""The catalogue on the command line: ``routines``, ``exercises`` and ``plan``. No Qt."""

from __future__ import annotations

import argparse
import json
from typing import Any

from stretchtimer.cli.context import EXIT_USAGE, CliContext
from stretchtimer.cli.output import print_table
from stretchtimer.model.catalogue import Catalogue, Routine
from stretchtimer.model.plan import Plan, compile_plan
from stretchtimer.model.timefmt import mmss


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
        rows.append((routine.id, mmss(plan.total_seconds), _positions(plan), routine.name))
    print_table(ctx.out, ("ID", "TIME", "POSITION", "NAME"), rows)
    return 0


def cmd_exercises(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = ctx.load().catalogue
    rows = []
    for ex in catalogue.exercises.values():
        dose = f"{ex.hold_seconds:g}s x{ex.reps}" + (
            " per side" if ex.sides.value == "both" else ""
        )
        rows.append((ex.id, ex.position.value, ex.mode.value, dose, ex.name))
    print_table(ctx.out, ("ID", "POSITION", "MODE", "DOSE", "NAME"), rows)
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
    routine = find_routine(catalogue, args.routine, ctx)
    if routine is None:
        return EXIT_USAGE
    plan = compile_plan(routine, catalogue)
    if args.json:
        ctx.say(json.dumps(plan_to_json(plan), indent=2))
        return 0
    rows = []
    for s in plan.steps:
        what = s.exercise.name if s.exercise else ""
        detail = f"rep {s.rep}/{s.reps}" if s.reps else ""
        if s.side.value != "none":
            detail += f" {s.side.value}"
        rows.append((str(s.index), mmss(s.start), f"{s.seconds:g}s", s.phase.value, what, detail))
    print_table(ctx.out, ("#", "AT", "LENGTH", "PHASE", "EXERCISE", ""), rows)
    ctx.say(f"Total: {mmss(plan.total_seconds)}")
    return 0


def find_routine(catalogue: Catalogue, routine_id: str, ctx: CliContext) -> Routine | None:
    """The routine, or ``None`` after telling which ids there are."""
    if routine_id in catalogue.routines:
        return catalogue.routines[routine_id]
    valid = ", ".join(sorted(catalogue.routines))
    ctx.fail(f"unknown routine {routine_id!r}; valid routines: {valid}")
    return None


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``routines``, ``exercises`` and ``plan`` to the subcommands of ``stretchtimer``."""
    p = sub.add_parser("routines", help="list the routines with their real length")
    p.set_defaults(func=cmd_routines)
    p = sub.add_parser("exercises", help="list the exercises")
    p.set_defaults(func=cmd_exercises)
    p = sub.add_parser("plan", help="print a routine's timeline")
    p.add_argument("routine", metavar="ROUTINE")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(func=cmd_plan)


__all__ = ["add_parsers", "find_routine", "plan_to_json"]
