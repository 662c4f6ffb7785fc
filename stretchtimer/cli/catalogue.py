"""The catalogue on the command line: ``routines``, ``exercises`` and ``plan``. No Qt."""

from __future__ import annotations

import argparse
import json
from typing import Any

from stretchtimer.cli.context import EXIT_USAGE, CliContext
from stretchtimer.cli.output import print_table
from stretchtimer.model.catalogue import Catalogue, Mode, Position, Routine, Sides
from stretchtimer.model.plan import Phase, Plan, Side, compile_plan
from stretchtimer.model.texts import fill
from stretchtimer.model.timefmt import mmss


def _position(ctx: CliContext, position: Position) -> str:
    # The window's own words ("Session"), so a position reads the same in both.
    return {
        Position.FLOOR: ctx.translate("Session", "floor"),
        Position.SEATED: ctx.translate("Session", "seated"),
        Position.STANDING: ctx.translate("Session", "standing"),
    }[position]


def _positions(plan: Plan, ctx: CliContext) -> str:
    seen: list[str] = []
    for step in plan.steps:
        if step.exercise is not None:
            word = _position(ctx, step.exercise.position)
            if word not in seen:
                seen.append(word)
    return "/".join(seen)


def cmd_routines(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = ctx.load().catalogue
    rows = []
    for routine in catalogue.routines.values():
        plan = compile_plan(routine, catalogue)
        rows.append((routine.id, mmss(plan.total_seconds), _positions(plan, ctx), routine.name))
    header = (
        ctx.translate("Cli", "ID"),
        ctx.translate("Cli", "TIME"),
        ctx.translate("Cli", "POSITION"),
        ctx.translate("Cli", "NAME"),
    )
    print_table(ctx.out, header, rows)
    return 0


def _mode(ctx: CliContext, mode: Mode) -> str:
    if mode is Mode.FLOW:
        return ctx.translate("Cli", "flow")
    return ctx.translate("Cli", "hold")


def cmd_exercises(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = ctx.load().catalogue
    rows = []
    for ex in catalogue.exercises.values():
        if ex.sides is Sides.BOTH:
            dose = ctx.translate("Cli", "%1s x%2 per side")
        else:
            dose = ctx.translate("Cli", "%1s x%2")
        dose = fill(dose, ctx.locale.short(ex.hold_seconds), ctx.locale.integer(ex.reps))
        rows.append((ex.id, _position(ctx, ex.position), _mode(ctx, ex.mode), dose, ex.name))
    header = (
        ctx.translate("Cli", "ID"),
        ctx.translate("Cli", "POSITION"),
        ctx.translate("Cli", "MODE"),
        ctx.translate("Cli", "DOSE"),
        ctx.translate("Cli", "NAME"),
    )
    print_table(ctx.out, header, rows)
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
        detail = fill(ctx.translate("Cli", "rep %1/%2"), str(s.rep), str(s.reps)) if s.reps else ""
        if s.side is not Side.NONE:
            detail += " " + _side(ctx, s.side)
        seconds = fill(ctx.translate("Cli", "%1s"), ctx.locale.short(s.seconds))
        rows.append((str(s.index), mmss(s.start), seconds, _phase(ctx, s.phase), what, detail))
    header = (
        "#",
        ctx.translate("Cli", "AT"),
        ctx.translate("Cli", "LENGTH"),
        ctx.translate("Cli", "PHASE"),
        ctx.translate("Cli", "EXERCISE"),
        "",
    )
    print_table(ctx.out, header, rows)
    ctx.say(fill(ctx.translate("Cli", "Total: %1"), mmss(plan.total_seconds)))
    return 0


def _side(ctx: CliContext, side: Side) -> str:
    if side is Side.LEFT:
        return ctx.translate("Cli", "left")
    return ctx.translate("Cli", "right")


def _phase(ctx: CliContext, phase: Phase) -> str:
    """The phase as a word of the table (the value itself in English, as it always was)."""
    return {
        Phase.WARMUP: ctx.translate("Cli", "warmup"),
        Phase.BREATHING: ctx.translate("Cli", "breathing"),
        Phase.GET_READY: ctx.translate("Cli", "get_ready"),
        Phase.HOLD: ctx.translate("Cli", "hold"),
        Phase.SWITCH_SIDES: ctx.translate("Cli", "switch_sides"),
        Phase.REST: ctx.translate("Cli", "rest"),
        Phase.DONE: ctx.translate("Cli", "done"),
    }.get(phase, phase.value)


def find_routine(catalogue: Catalogue, routine_id: str, ctx: CliContext) -> Routine | None:
    """The routine, or ``None`` after telling which ids there are."""
    if routine_id in catalogue.routines:
        return catalogue.routines[routine_id]
    valid = ", ".join(sorted(catalogue.routines))
    message = ctx.translate("Cli", "unknown routine %1; valid routines: %2")
    ctx.fail(fill(message, repr(routine_id), valid))
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
