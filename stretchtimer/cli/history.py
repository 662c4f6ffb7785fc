"""History on the command line: ``history``, ``stats`` and ``export``. No Qt."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from stretchtimer import paths
from stretchtimer.cli.context import EXIT_FAILED, CliContext
from stretchtimer.cli.output import print_table
from stretchtimer.model.days import counting_rule, started_local, today_for
from stretchtimer.model.history import HistoryError, HistoryStore, RecordStatus, SessionRecord
from stretchtimer.model.history.export import (
    ExportFormat,
    NotAFileError,
    session_json,
    write_export,
)
from stretchtimer.model.settings import Settings, load_settings
from stretchtimer.model.streaks import HistoryDigest, Stats, stats_from_digest
from stretchtimer.model.texts import fill
from stretchtimer.model.timefmt import mmss

DEFAULT_LIMIT = 20
# More sessions than twenty years of stretching ten times a day; SQLite's own limit is far
# above, but a number this size is a typing slip, not a wish.
MAX_LIMIT = 1_000_000


def stats_json(stats: Stats, settings: Settings) -> dict[str, Any]:
    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 2)

    return {
        "today": stats.today.isoformat(),
        "today_done": stats.today_done,
        "current_streak_days": stats.current_streak,
        "longest_streak_days": stats.longest_streak,
        "weekly_goal_days": stats.weekly_goal_days,
        "this_week_days": stats.week_days_done,
        "weeks_in_a_row": stats.weeks_in_a_row,
        "longest_weeks_in_a_row": stats.longest_weeks_in_a_row,
        "sessions": stats.total_sessions,
        "minutes": round(stats.total_minutes, 2),
        "minutes_per_week": [
            {
                "week_start": w.week_start.isoformat(),
                "minutes": round(w.minutes, 2),
                "days_done": w.days_done,
            }
            for w in stats.minutes_per_week
        ],
        "favourite_routines": [
            {"routine_id": f.routine_id, "routine_name": f.routine_name, "sessions": f.sessions}
            for f in stats.favourite_routines
        ],
        "stiffness_before_average": rounded(stats.before_average),
        "stiffness_after_average": rounded(stats.after_average),
        "stiffness_change_average": rounded(stats.change_average),
        "day_start_hour": settings.day_start_hour,
        "counting_rule": counting_rule(settings).english(),
    }


@contextmanager
def _history(ctx: CliContext) -> Iterator[HistoryStore | None]:
    """The store, or ``None`` when nothing was ever recorded (no file is created then)."""
    path = paths.history_path(ctx.data_dir)
    if not path.exists():
        yield None
        return
    store, notices = HistoryStore.open(path)
    try:
        # Rows that break a rule are left out of every read; say which, before the output.
        notices += store.problems().messages()
    except HistoryError:
        store.close()
        raise
    for notice in notices:
        ctx.warn(notice)
    try:
        yield store
    finally:
        store.close()


def _settings(ctx: CliContext) -> Settings:
    settings, problems = load_settings(paths.settings_path(ctx.data_dir))
    for problem in problems:
        ctx.warn(ctx.translator.problem(problem))
    return settings


def _rating(value: int | None) -> str:
    return "-" if value is None else str(value)


def _status(ctx: CliContext, status: RecordStatus) -> str:
    return {
        RecordStatus.IN_PROGRESS: ctx.translate("Cli", "in progress"),
        RecordStatus.COMPLETED: ctx.translate("Cli", "completed"),
        RecordStatus.STOPPED: ctx.translate("Cli", "stopped"),
        RecordStatus.INTERRUPTED: ctx.translate("Cli", "interrupted"),
    }.get(status, status.value)


def _clock(ctx: CliContext, record: SessionRecord) -> str:
    local = started_local(record)
    return ctx.locale.clock(local.hour, local.minute)


def cmd_history(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        with _history(ctx) as store:
            records = store.sessions(limit=args.limit) if store else []
    except HistoryError as exc:
        return ctx.fail(str(exc))
    if args.json:
        ctx.say(json.dumps([session_json(r) for r in records], indent=2, ensure_ascii=False))
        return 0
    if not records:
        ctx.say(ctx.translate("Cli", "No sessions recorded yet."))
        return 0
    rows = [
        (
            ctx.locale.date(r.local_date),
            _clock(ctx, r),
            r.routine_name,
            mmss(r.credited_seconds),
            _status(ctx, r.status),
            f"{_rating(r.stiffness_before)} -> {_rating(r.stiffness_after)}"
            if r.stiffness_before is not None or r.stiffness_after is not None
            else "",
        )
        for r in records
    ]
    header = (
        ctx.translate("Cli", "DATE"),
        ctx.translate("Cli", "START"),
        ctx.translate("Cli", "ROUTINE"),
        ctx.translate("Cli", "HELD"),
        ctx.translate("Cli", "STATUS"),
        ctx.translate("Cli", "STIFFNESS"),
    )
    print_table(ctx.out, header, rows)
    return 0


class StatsWords:
    """The ``stats`` lines in the user's language.

    A class with a ``tr`` method, as Qt's tools expect of plurals ("%n day(s)"); its
    name is the translation context.
    """

    def __init__(self, ctx: CliContext) -> None:
        self._ctx = ctx
        self._locale = ctx.locale

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        return self._ctx.translate("StatsWords", source, disambiguation, n)

    def lines(self, stats: Stats) -> list[tuple[str, str]]:
        days = stats.current_streak
        streak = self.tr("%n day(s)", "", days)
        if stats.today_done:
            streak = fill(self.tr("%1 (today done)"), streak)
        elif stats.streak_waiting_for_today:
            streak = fill(self.tr("%1 (stretch today to keep it going)"), streak)
        goal = stats.weekly_goal_days
        week = fill(
            self.tr("%1 of %n day(s)", "", goal), self._locale.integer(stats.week_days_done)
        )
        if stats.week_goal_met:
            week = fill(self.tr("%1 (goal met)"), week)
        weeks = stats.weeks_in_a_row
        in_a_row = fill(self.tr("%n week(s) in a row (longest %1)", "", weeks),
                        self._locale.integer(stats.longest_weeks_in_a_row))  # fmt: skip
        longest = stats.longest_streak
        lines = [
            (self.tr("Current streak"), streak),
            (self.tr("Longest streak"), self.tr("%n day(s)", "", longest)),
            (self.tr("This week"), week),
            (self.tr("Weekly goal met"), in_a_row),
            (self.tr("Sessions"), self._locale.integer(stats.total_sessions)),
            (self.tr("Minutes stretched"), self._locale.fixed(stats.total_minutes, 0)),
        ]
        if stats.before_average is not None or stats.after_average is not None:
            lines.append((self.tr("Stiffness"), self._stiffness(stats)))
        if stats.favourite_routines:
            one = self.tr("%1 (%2)")
            favourites = ", ".join(
                fill(one, f.routine_name, self._locale.integer(f.sessions))
                for f in stats.favourite_routines
            )
            lines.append((self.tr("Favourite routines"), favourites))
        return lines

    def _stiffness(self, stats: Stats) -> str:
        parts = []
        if stats.before_average is not None:
            parts.append(fill(self.tr("%1 before"), self._locale.fixed(stats.before_average, 1)))
        if stats.after_average is not None:
            parts.append(fill(self.tr("%1 after"), self._locale.fixed(stats.after_average, 1)))
        text = fill(self.tr("%1 (0-10, average)"), ", ".join(parts))
        if stats.change_average is not None:
            change = self._locale.signed(stats.change_average, 1)
            text = fill(self.tr("%1; %2 per session"), text, change)
        return text


def cmd_stats(args: argparse.Namespace, ctx: CliContext) -> int:
    settings = _settings(ctx)
    today = today_for(settings)
    try:
        with _history(ctx) as store:
            digest = store.digest() if store else None
    except HistoryError as exc:
        return ctx.fail(str(exc))
    if digest is None:
        digest = HistoryDigest({}, 0, 0.0, (), ())
    stats = stats_from_digest(digest, today, settings.weekly_goal_days)
    if args.json:
        ctx.say(json.dumps(stats_json(stats, settings), indent=2, ensure_ascii=False))
        return 0
    lines = StatsWords(ctx).lines(stats)
    width = max(len(label) for label, _ in lines) + 2
    for label, value in lines:
        ctx.say(f"{label + ':':<{width}}{value}")
    ctx.say(ctx.translator.text(counting_rule(settings)))
    return 0


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    fmt: ExportFormat = "csv" if args.csv else "json"
    target = Path(args.csv or args.json).expanduser()
    try:
        with _history(ctx) as store:
            count = write_export(store, target, fmt, force=args.force)
    except FileExistsError:
        return ctx.fail(
            fill(ctx.translate("Cli", "%1 already exists; add --force to replace it"), str(target))
        )
    except NotAFileError as exc:
        return ctx.fail(fill(ctx.words.not_a_file(exc.kind), str(target)))
    except HistoryError as exc:
        return ctx.fail(str(exc))
    except OSError as exc:
        message = ctx.translate("Cli", "cannot write %1: %2")
        return ctx.fail(fill(message, str(target), str(exc.strerror or exc)), EXIT_FAILED)
    ctx.say(fill(ctx.words.sessions_exported(count), str(target)))
    return 0


def _limit(text: str) -> int:
    number = text.strip()
    if not re.fullmatch(r"[+-]?[0-9]+", number):
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number")
    # Thousands of digits are refused by int() itself, so the size is judged on the text.
    size = number.lstrip("+-").lstrip("0")
    if number.startswith("-") or not size:
        raise argparse.ArgumentTypeError("must be 1 or more")
    if len(size) > len(str(MAX_LIMIT)) or int(size) > MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_LIMIT}")
    return int(size)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``history``, ``stats`` and ``export`` to the subcommands of ``stretchtimer``."""
    p = sub.add_parser("history", help="list recent sessions")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.add_argument(
        "--limit", type=_limit, default=DEFAULT_LIMIT, metavar="N",
        help=f"show the N most recent sessions (default {DEFAULT_LIMIT}, at most {MAX_LIMIT})",
    )  # fmt: skip
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("stats", help="streaks, this week against the goal, totals")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("export", help="write every session with its exercises to a file")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--csv", metavar="FILE", help="as CSV, one row per exercise")
    where.add_argument("--json", metavar="FILE", help="as JSON")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_export)


__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "add_parsers", "stats_json"]
