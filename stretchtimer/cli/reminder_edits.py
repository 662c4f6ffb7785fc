"""Changing reminders on the command line: ``reminders add``, ``every``, ``remove`` and
``pause``. Edits the same settings file as the window, atomically; a running window follows."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta

from stretchtimer import paths
from stretchtimer.cli.context import EXIT_USAGE, CliContext
from stretchtimer.model.history import system_tz_name
from stretchtimer.model.reminders import (
    ActiveBreak,
    DailyReminder,
    ReminderSettings,
    days_text,
    parse_clock,
    parse_days,
    pause_until_tomorrow,
)
from stretchtimer.model.reminders.schedule import (
    EVERY_DAY,
    MAX_ACTIVE_MINUTES,
    MAX_DAILY,
    MIN_ACTIVE_MINUTES,
)
from stretchtimer.model.settings import Settings, save_settings, settings_from_dict
from stretchtimer.model.streaks import time_zone
from stretchtimer.model.texts import fill

MAX_PAUSE_MINUTES = 7 * 24 * 60


def now_here() -> datetime:
    try:
        return datetime.now(time_zone(system_tz_name()))
    except ValueError:
        return datetime.now().astimezone()


def read_settings(ctx: CliContext, *, force: bool = False) -> Settings | int:
    """The settings to edit, or an exit code: a damaged file is never written over."""
    path = paths.settings_path(ctx.data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        return ctx.fail(fill(ctx.translate("Cli", "cannot read %1: %2"), str(path), str(exc)))
    except json.JSONDecodeError as exc:
        message = ctx.translate(
            "Cli",
            "%1 is not valid JSON (line %2, column %3); "
            "fix or remove it first, nothing was changed",
        )
        return ctx.fail(fill(message, str(path), str(exc.lineno), str(exc.colno)))
    settings, problems = settings_from_dict(data, str(path))
    if problems and not force:
        for line in problems:
            print(f"stretchtimer: {ctx.translator.problem(line)}", file=ctx.err)
        return ctx.fail(
            ctx.translate(
                "Cli", "saving would drop the parts named above; fix them, or pass --force"
            )
        )
    return settings


def _write(ctx: CliContext, settings: Settings, reminders: ReminderSettings) -> int:
    path = paths.settings_path(ctx.data_dir)
    try:
        paths.ensure_private_dir(ctx.data_dir)
        save_settings(settings.with_changes(reminders=reminders), path)
    except OSError as exc:
        message = ctx.translate("Cli", "cannot save %1: %2")
        return ctx.fail(fill(message, str(path), str(exc.strerror or exc)))
    return 0


def _routine(args: argparse.Namespace, ctx: CliContext) -> str | int | None:
    if args.routine is None:
        return None
    routines = ctx.load().catalogue.routines
    if args.routine not in routines:
        valid = ", ".join(sorted(routines))
        message = ctx.translate("Cli", "unknown routine %1; valid routines: %2")
        return ctx.fail(fill(message, repr(args.routine), valid), EXIT_USAGE)
    return str(args.routine)


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    at = parse_clock(args.time)
    if at is None:
        message = ctx.translate("Cli", "%1 is not a time of day as HH:MM (24-hour)")
        return ctx.fail(fill(message, repr(args.time)), EXIT_USAGE)
    days = parse_days(args.days) if args.days else EVERY_DAY
    if days is None:
        message = ctx.translate("Cli", "%1 is not a set of weekdays, e.g. mon-fri or sat,sun")
        return ctx.fail(fill(message, repr(args.days)), EXIT_USAGE)
    routine = _routine(args, ctx)
    if isinstance(routine, int):
        return routine
    settings = read_settings(ctx, force=args.force)
    if isinstance(settings, int):
        return settings
    reminders = settings.reminders
    new = DailyReminder(at, days, routine)
    if new in reminders.daily:
        message = ctx.translate("Cli", "already there: %1 %2")
        ctx.say(fill(message, ctx.locale.clock(at.hour, at.minute), days_text(days)))
        return 0
    if len(reminders.daily) >= MAX_DAILY:
        return ctx.fail(ctx.words.too_many_daily(MAX_DAILY))
    daily = tuple(sorted((*reminders.daily, new), key=lambda r: r.at))
    code = _write(ctx, settings, reminders.with_changes(daily=daily, enabled=True))
    if code == 0:
        clock = ctx.locale.clock(at.hour, at.minute)
        if routine:
            ctx.say(fill(ctx.translate("Cli", "added: %1 %2 %3"), clock, days_text(days), routine))
        else:
            ctx.say(fill(ctx.translate("Cli", "added: %1 %2"), clock, days_text(days)))
    return code


def cmd_every(args: argparse.Namespace, ctx: CliContext) -> int:
    if not MIN_ACTIVE_MINUTES <= args.minutes <= MAX_ACTIVE_MINUTES:
        return ctx.fail(_minutes_range(ctx, MIN_ACTIVE_MINUTES, MAX_ACTIVE_MINUTES), EXIT_USAGE)
    routine = _routine(args, ctx)
    if isinstance(routine, int):
        return routine
    settings = read_settings(ctx, force=args.force)
    if isinstance(settings, int):
        return settings
    reminders = settings.reminders
    natural = reminders.active_break.natural_break_minutes if reminders.active_break else 5
    brk = ActiveBreak(args.minutes, routine, natural)
    code = _write(ctx, settings, reminders.with_changes(active_break=brk, enabled=True))
    if code == 0:
        ctx.say(ctx.words.break_every(args.minutes))
    return code


def cmd_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    settings = read_settings(ctx, force=args.force)
    if isinstance(settings, int):
        return settings
    reminders = settings.reminders
    count = len(reminders.daily) + (reminders.active_break is not None)
    if not 1 <= args.number <= count:
        if not count:
            return ctx.fail(ctx.translate("Cli", "there are no reminders to remove"), EXIT_USAGE)
        message = ctx.translate(
            "Cli", "there is no reminder %1; 'stretchtimer reminders' numbers them (1 to %2)"
        )
        return ctx.fail(fill(message, str(args.number), str(count)), EXIT_USAGE)
    index = args.number - 1
    if index < len(reminders.daily):
        daily = reminders.daily[:index] + reminders.daily[index + 1 :]
        changed = reminders.with_changes(daily=daily)
    else:
        changed = reminders.with_changes(active_break=None)
    code = _write(ctx, settings, changed)
    if code == 0:
        ctx.say(fill(ctx.translate("Cli", "removed reminder %1"), str(args.number)))
    return code


def cmd_pause(args: argparse.Namespace, ctx: CliContext) -> int:
    now = now_here()
    if args.how == "tomorrow":
        until: datetime | None = pause_until_tomorrow(now)
    else:
        try:
            minutes = int(args.how)
        except ValueError:
            message = ctx.translate("Cli", "%1 is neither a number of minutes nor 'tomorrow'")
            return ctx.fail(fill(message, repr(args.how)), EXIT_USAGE)
        if not 0 <= minutes <= MAX_PAUSE_MINUTES:
            return ctx.fail(_minutes_range(ctx, 0, MAX_PAUSE_MINUTES), EXIT_USAGE)
        until = (now + timedelta(minutes=minutes)).astimezone(UTC) if minutes else None
    settings = read_settings(ctx, force=args.force)
    if isinstance(settings, int):
        return settings
    reminders = settings.reminders
    code = _write(ctx, settings, reminders.with_changes(paused_until=until))
    if code == 0:
        if until is None:
            ctx.say(ctx.translate("Cli", "reminders resumed"))
        else:
            when = ctx.locale.weekday_clock(until.astimezone(now.tzinfo))
            ctx.say(fill(ctx.translate("Cli", "reminders paused until %1"), when))
    return code


def _minutes_range(ctx: CliContext, low: int, high: int) -> str:
    message = ctx.translate("Cli", "MINUTES must be %1 to %2")
    return fill(message, str(low), str(high))


__all__ = [
    "MAX_PAUSE_MINUTES",
    "cmd_add",
    "cmd_every",
    "cmd_pause",
    "cmd_remove",
    "now_here",
    "read_settings",
]
