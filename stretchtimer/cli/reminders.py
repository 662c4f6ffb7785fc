"""Reminders on the command line: list them with the desktop signals' state, add, remove,
pause. Edits the same settings file as the window, atomically; a running window follows."""

from __future__ import annotations

import argparse
import json
import os
from datetime import UTC, datetime, timedelta

from stretchtimer import paths
from stretchtimer.cli.context import EXIT_FAILED, EXIT_USAGE, CliContext
from stretchtimer.cli.output import print_table
from stretchtimer.model.history import system_tz_name
from stretchtimer.model.reminders import (
    ActiveBreak,
    DailyReminder,
    ReminderSettings,
    days_text,
    parse_clock,
    parse_days,
    pause_until_tomorrow,
    upcoming,
)
from stretchtimer.model.reminders.schedule import (
    EVERY_DAY,
    MAX_ACTIVE_MINUTES,
    MAX_DAILY,
    MIN_ACTIVE_MINUTES,
)
from stretchtimer.model.reminders.status import SIGNAL_NAMES, read_status, status_path
from stretchtimer.model.settings import Settings, save_settings, settings_from_dict
from stretchtimer.model.streaks import time_zone

MAX_PAUSE_MINUTES = 7 * 24 * 60


def _now() -> datetime:
    try:
        return datetime.now(time_zone(system_tz_name()))
    except ValueError:
        return datetime.now().astimezone()


def _read(ctx: CliContext, *, force: bool = False) -> Settings | int:
    """The settings to edit, or an exit code: a damaged file is never written over."""
    path = paths.settings_path(ctx.data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        return ctx.fail(f"cannot read {path}: {exc}")
    except json.JSONDecodeError as exc:
        return ctx.fail(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}); "
            "fix or remove it first, nothing was changed"
        )
    settings, problems = settings_from_dict(data, str(path))
    if problems and not force:
        for line in problems:
            print(f"stretchtimer: {line}", file=ctx.err)
        return ctx.fail("saving would drop the parts named above; fix them, or pass --force")
    return settings


def _write(ctx: CliContext, settings: Settings, reminders: ReminderSettings) -> int:
    path = paths.settings_path(ctx.data_dir)
    try:
        paths.ensure_private_dir(ctx.data_dir)
        save_settings(settings.with_changes(reminders=reminders), path)
    except OSError as exc:
        return ctx.fail(f"cannot save {path}: {exc.strerror or exc}")
    return 0


def _edit(args: argparse.Namespace, ctx: CliContext) -> tuple[Settings, ReminderSettings] | int:
    settings = _read(ctx, force=args.force)
    if isinstance(settings, int):
        return settings
    return settings, settings.reminders


def _routine(args: argparse.Namespace, ctx: CliContext) -> str | int | None:
    if args.routine is None:
        return None
    routines = ctx.load().catalogue.routines
    if args.routine not in routines:
        valid = ", ".join(sorted(routines))
        return ctx.fail(f"unknown routine {args.routine!r}; valid routines: {valid}", EXIT_USAGE)
    return str(args.routine)


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    at = parse_clock(args.time)
    if at is None:
        return ctx.fail(f"{args.time!r} is not a time of day as HH:MM (24-hour)", EXIT_USAGE)
    days = parse_days(args.days) if args.days else EVERY_DAY
    if days is None:
        return ctx.fail(
            f"{args.days!r} is not a set of weekdays, e.g. mon-fri or sat,sun", EXIT_USAGE
        )
    routine = _routine(args, ctx)
    if isinstance(routine, int):
        return routine
    edit = _edit(args, ctx)
    if isinstance(edit, int):
        return edit
    settings, reminders = edit
    new = DailyReminder(at, days, routine)
    if new in reminders.daily:
        ctx.say(f"already there: {at:%H:%M} {days_text(days)}")
        return 0
    if len(reminders.daily) >= MAX_DAILY:
        return ctx.fail(f"there are {MAX_DAILY} daily reminders already; remove one first")
    daily = tuple(sorted((*reminders.daily, new), key=lambda r: r.at))
    code = _write(ctx, settings, reminders.with_changes(daily=daily, enabled=True))
    if code == 0:
        ctx.say(f"added: {at:%H:%M} {days_text(days)}" + (f" {routine}" if routine else ""))
    return code


def cmd_every(args: argparse.Namespace, ctx: CliContext) -> int:
    if not MIN_ACTIVE_MINUTES <= args.minutes <= MAX_ACTIVE_MINUTES:
        return ctx.fail(f"MINUTES must be {MIN_ACTIVE_MINUTES} to {MAX_ACTIVE_MINUTES}", EXIT_USAGE)
    routine = _routine(args, ctx)
    if isinstance(routine, int):
        return routine
    edit = _edit(args, ctx)
    if isinstance(edit, int):
        return edit
    settings, reminders = edit
    natural = reminders.active_break.natural_break_minutes if reminders.active_break else 5
    brk = ActiveBreak(args.minutes, routine, natural)
    code = _write(ctx, settings, reminders.with_changes(active_break=brk, enabled=True))
    if code == 0:
        ctx.say(f"a break after every {args.minutes} min at the computer")
    return code


def cmd_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    edit = _edit(args, ctx)
    if isinstance(edit, int):
        return edit
    settings, reminders = edit
    count = len(reminders.daily) + (reminders.active_break is not None)
    if not 1 <= args.number <= count:
        return ctx.fail(
            f"there is no reminder {args.number}; "
            f"'stretchtimer reminders' numbers them (1 to {count})"
            if count
            else "there are no reminders to remove",
            EXIT_USAGE,
        )
    index = args.number - 1
    if index < len(reminders.daily):
        daily = reminders.daily[:index] + reminders.daily[index + 1 :]
        changed = reminders.with_changes(daily=daily)
    else:
        changed = reminders.with_changes(active_break=None)
    code = _write(ctx, settings, changed)
    if code == 0:
        ctx.say(f"removed reminder {args.number}")
    return code


def cmd_pause(args: argparse.Namespace, ctx: CliContext) -> int:
    now = _now()
    if args.how == "tomorrow":
        until: datetime | None = pause_until_tomorrow(now)
    else:
        try:
            minutes = int(args.how)
        except ValueError:
            return ctx.fail(
                f"{args.how!r} is neither a number of minutes nor 'tomorrow'", EXIT_USAGE
            )
        if not 0 <= minutes <= MAX_PAUSE_MINUTES:
            return ctx.fail(f"MINUTES must be 0 to {MAX_PAUSE_MINUTES}", EXIT_USAGE)
        until = (now + timedelta(minutes=minutes)).astimezone(UTC) if minutes else None
    edit = _edit(args, ctx)
    if isinstance(edit, int):
        return edit
    settings, reminders = edit
    code = _write(ctx, settings, reminders.with_changes(paused_until=until))
    if code == 0:
        when = until.astimezone(now.tzinfo).strftime("%a %H:%M") if until else None
        ctx.say(f"reminders paused until {when}" if when else "reminders resumed")
    return code


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    settings = _read(ctx, force=True)
    if isinstance(settings, int):
        return settings
    reminders = settings.reminders
    now = _now()
    names = {r.id: r.name for r in ctx.load().catalogue.routines.values()}
    state = "on" if reminders.enabled else "off"
    if reminders.paused_until is not None and reminders.paused_until > now.astimezone(UTC):
        state += f", paused until {reminders.paused_until.astimezone(now.tzinfo):%a %H:%M}"
    ctx.say(f"Reminders: {state}")
    rows = [
        (
            str(i),
            f"{r.at:%H:%M}",
            days_text(r.days),
            r.routine or "-",
            names.get(r.routine or "", "choose a routine" if r.routine is None else "(not found)"),
        )
        for i, r in enumerate(reminders.daily, 1)
    ]
    brk = reminders.active_break
    if brk is not None:
        rows.append(
            (
                str(len(rows) + 1),
                f"every {brk.minutes} min",
                "active time",
                brk.routine or "-",
                names.get(brk.routine or "", "choose a routine"),
            )
        )
    if rows:
        print_table(ctx.out, ("N", "WHEN", "DAYS", "ROUTINE", "NAME"), rows)
    else:
        ctx.say("No reminders; add one with 'stretchtimer reminders add 12:30 --days mon-fri'.")
    if reminders.working_hours is not None:
        spans = [
            f"{days_text(frozenset({i}))} {s[0] // 60:02d}:{s[0] % 60:02d}-"
            f"{s[1] // 60:02d}:{s[1] % 60:02d}"
            for i, s in enumerate(reminders.working_hours.days)
            if s is not None
        ]
        ctx.say("Working hours: " + (", ".join(spans) or "none"))
    nudge = f"at {reminders.streak_nudge_at:%H:%M}" if reminders.streak_nudge else "off"
    ctx.say(f"Evening streak nudge: {nudge}")
    coming = upcoming(reminders, now)
    if coming:
        ctx.say("Next:")
        for item in coming:
            what = "streak nudge" if item.reminder is None else (item.reminder.routine or "-")
            ctx.say(f"  {item.when:%a %d %b %H:%M}  {what}")
    _show_signals(ctx)
    return 0


def _show_signals(ctx: CliContext) -> None:
    status, problem = read_status(status_path(ctx.data_dir))
    if status is None:
        ctx.say(
            "Desktop signals: not known. The running StretchTimer looks at the desktop; "
            "none has run with this data folder yet."
            if not problem
            else f"Desktop signals: not known ({problem})."
        )
        return
    seen = status.written_utc.astimezone(_now().tzinfo)
    running = _alive(status.pid)
    who = f"StretchTimer (pid {status.pid}) " + ("running now" if running else "no longer running")
    ctx.say(f"Desktop signals, as seen by {who}, at {seen:%a %H:%M}:")
    rows = []
    for name in SIGNAL_NAMES:
        entry = status.signals.get(name)
        if entry is None:
            rows.append((name, "unknown", ""))
        elif entry.available:
            rows.append((name, "available", entry.source))
        else:
            rows.append((name, "unavailable" if entry.reason else "checking", entry.reason))
    print_table(ctx.out, ("SIGNAL", "STATE", "HOW / WHY"), rows)
    if status.waiting:
        ctx.say(f"A due reminder waits: {status.waiting.replace('_', ' ')}.")


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
