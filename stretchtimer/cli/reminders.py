"""Reminders on the command line: list them with the desktop signals' state; the edits
(``add``, ``every``, ``remove``, ``pause``) are in :mod:`~stretchtimer.cli.reminder_edits`."""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime

from stretchtimer.cli.context import EXIT_FAILED, CliContext
from stretchtimer.cli.output import print_table
from stretchtimer.cli.reminder_edits import (
    cmd_add,
    cmd_every,
    cmd_pause,
    cmd_remove,
    now_here,
    read_settings,
)
from stretchtimer.model.reminders import ReminderSettings, days_text, upcoming
from stretchtimer.model.reminders.status import SIGNAL_NAMES, read_status, status_path
from stretchtimer.model.texts import fill


def _state(ctx: CliContext, reminders: ReminderSettings, now: datetime) -> str:
    """The first line of ``reminders``: on or off, and a pause that has not ended."""
    until = reminders.paused_until
    if until is None or until <= now.astimezone(UTC):
        if reminders.enabled:
            return ctx.translate("Cli", "Reminders: on")
        return ctx.translate("Cli", "Reminders: off")
    when = ctx.locale.weekday_clock(until.astimezone(now.tzinfo))
    if reminders.enabled:
        return fill(ctx.translate("Cli", "Reminders: on, paused until %1"), when)
    return fill(ctx.translate("Cli", "Reminders: off, paused until %1"), when)


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    settings = read_settings(ctx, force=True)
    if isinstance(settings, int):
        return settings
    reminders = settings.reminders
    now = now_here()
    names = {r.id: r.name for r in ctx.load().catalogue.routines.values()}
    ctx.say(_state(ctx, reminders, now))
    _show_table(ctx, reminders, names)
    _show_hours(ctx, reminders)
    coming = upcoming(reminders, now)
    if coming:
        ctx.say(ctx.translate("Cli", "Next:"))
        nudge = ctx.translate("Cli", "streak nudge")
        for item in coming:
            what = nudge if item.reminder is None else (item.reminder.routine or "-")
            ctx.say(f"  {ctx.locale.day_clock(item.when)}  {what}")
    _show_signals(ctx)
    return 0


def _show_table(ctx: CliContext, reminders: ReminderSettings, names: dict[str, str]) -> None:
    choose = ctx.translate("Cli", "choose a routine")
    rows = [
        (
            str(i),
            ctx.locale.clock(r.at.hour, r.at.minute),
            days_text(r.days),
            r.routine or "-",
            names.get(
                r.routine or "",
                choose if r.routine is None else ctx.translate("Cli", "(not found)"),
            ),
        )
        for i, r in enumerate(reminders.daily, 1)
    ]
    brk = reminders.active_break
    if brk is not None:
        rows.append(
            (
                str(len(rows) + 1),
                ctx.words.every_minutes(brk.minutes),
                ctx.translate("Cli", "active time"),
                brk.routine or "-",
                names.get(brk.routine or "", choose),
            )
        )
    if rows:
        header = (
            ctx.translate("Cli", "N"),
            ctx.translate("Cli", "WHEN"),
            ctx.translate("Cli", "DAYS"),
            ctx.translate("Cli", "ROUTINE"),
            ctx.translate("Cli", "NAME"),
        )
        print_table(ctx.out, header, rows)
    else:
        ctx.say(
            ctx.translate(
                "Cli",
                "No reminders; add one with 'stretchtimer reminders add 12:30 --days mon-fri'.",
            )
        )


def _show_hours(ctx: CliContext, reminders: ReminderSettings) -> None:
    """The working hours and the evening nudge, the times written as the language does."""
    clock = ctx.locale.clock
    if reminders.working_hours is not None:
        spans = [
            f"{days_text(frozenset({i}))} {clock(*divmod(s[0], 60))}-{clock(*divmod(s[1], 60))}"
            for i, s in enumerate(reminders.working_hours.days)
            if s is not None
        ]
        hours = ", ".join(spans) or ctx.translate("Cli", "none")
        ctx.say(fill(ctx.translate("Cli", "Working hours: %1"), hours))
    if reminders.streak_nudge:
        at = reminders.streak_nudge_at
        message = ctx.translate("Cli", "Evening streak nudge: at %1")
        ctx.say(fill(message, clock(at.hour, at.minute)))
    else:
        ctx.say(ctx.translate("Cli", "Evening streak nudge: off"))


def _show_signals(ctx: CliContext) -> None:
    status, problem = read_status(status_path(ctx.data_dir))
    if status is None:
        if problem:
            ctx.say(fill(ctx.translate("Cli", "Desktop signals: not known (%1)."), str(problem)))
        else:
            ctx.say(
                ctx.translate(
                    "Cli",
                    "Desktop signals: not known. The running StretchTimer looks at the desktop; "
                    "none has run with this data folder yet.",
                )
            )
        return
    seen = ctx.locale.weekday_clock(status.written_utc.astimezone(now_here().tzinfo))
    if _alive(status.pid):
        heading = ctx.translate(
            "Cli", "Desktop signals, as seen by StretchTimer (pid %1) running now, at %2:"
        )
    else:
        heading = ctx.translate(
            "Cli", "Desktop signals, as seen by StretchTimer (pid %1) no longer running, at %2:"
        )
    ctx.say(fill(heading, str(status.pid), seen))
    rows = []
    for name in SIGNAL_NAMES:
        entry = status.signals.get(name)
        if entry is None:
            rows.append((name, ctx.translate("Cli", "unknown"), ""))
        elif entry.available:
            rows.append((name, ctx.translate("Cli", "available"), entry.source))
        elif entry.reason:
            rows.append((name, ctx.translate("Cli", "unavailable"), entry.reason))
        else:
            rows.append((name, ctx.translate("Cli", "checking"), entry.reason))
    header = (
        ctx.translate("Cli", "SIGNAL"),
        ctx.translate("Cli", "STATE"),
        ctx.translate("Cli", "HOW / WHY"),
    )
    print_table(ctx.out, header, rows)
    if status.waiting:
        waits = ctx.translate("Cli", "A due reminder waits: %1.")
        ctx.say(fill(waits, status.waiting.replace("_", " ")))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive, not ours to signal
    return True


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``reminders`` (list) and its ``add``, ``every``, ``remove``, ``pause``."""
    p = sub.add_parser("reminders", help="list reminders and the desktop signals; edit them")
    p.set_defaults(func=cmd_show)
    edits = p.add_subparsers(dest="reminders_command", metavar="ACTION")

    def edit(name: str, text: str) -> argparse.ArgumentParser:
        q = edits.add_parser(name, help=text)
        q.add_argument(
            "--force",
            action="store_true",
            help="save even if the settings file has parts that would be dropped",
        )
        q.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as the global option"
        )
        return q

    q = edit("add", "a daily reminder at HH:MM")
    q.add_argument("time", metavar="HH:MM")
    q.add_argument("--days", metavar="DAYS", help="e.g. mon-fri, sat,sun, daily (default daily)")
    q.add_argument("--routine", metavar="ID", help="the routine to suggest")
    q.set_defaults(func=cmd_add)
    q = edit("every", "a break after MINUTES of active time at the computer")
    q.add_argument("minutes", type=int, metavar="MINUTES")
    q.add_argument("--routine", metavar="ID", help="the routine to suggest")
    q.set_defaults(func=cmd_every)
    q = edit("remove", "remove reminder N (as numbered by 'stretchtimer reminders')")
    q.add_argument("number", type=int, metavar="N")
    q.set_defaults(func=cmd_remove)
    q = edit("pause", "pause reminders for MINUTES (0 resumes) or until tomorrow")
    q.add_argument("how", metavar="MINUTES|tomorrow")
    q.set_defaults(func=cmd_pause)


__all__ = ["EXIT_FAILED", "add_parsers"]
