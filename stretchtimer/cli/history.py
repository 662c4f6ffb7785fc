"""History on the command line: ``history``, ``stats`` and ``export``. No Qt.

The export writer lives here too and the history page uses it, so a CSV or JSON file is
the same whichever way it was made.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from stretchtimer import paths
from stretchtimer.model.history import (
    HistoryError,
    HistoryStore,
    ItemRecord,
    SessionRecord,
    system_tz_name,
)
from stretchtimer.model.settings import Settings, load_settings
from stretchtimer.model.streaks import (
    MIN_COUNTED_SECONDS,
    HistoryDigest,
    Stats,
    local_day,
    stats_from_digest,
    time_zone,
)

if TYPE_CHECKING:
    from stretchtimer.cli import CliContext

ExportFormat = Literal["csv", "json"]
EXPORT_FORMAT_NAME = "stretchtimer-history"
EXPORT_FORMAT_VERSION = 1
DEFAULT_LIMIT = 20

CSV_COLUMNS = (
    "session_id", "local_date", "started_utc", "time_zone", "routine_id", "routine_name",
    "status", "session_planned_seconds", "session_active_seconds", "session_credited_seconds",
    "stiffness_before", "stiffness_after", "item", "exercise_id", "exercise_name",
    "exercise_planned_seconds", "exercise_credited_seconds", "exercise_outcome",
)  # fmt: skip


# ----- shared helpers ------------------------------------------------------------------------
def counting_rule(settings: Settings) -> str:
    minutes = MIN_COUNTED_SECONDS / 60
    return (
        f"A day counts when you complete a routine or hold stretches for {minutes:g} minutes "
        f"or more in total; a day starts at {settings.day_start_hour:02d}:00."
    )


def today_for(settings: Settings, now: datetime | None = None) -> date:
    """Today's local day for the streak rules, from the machine's clock and time zone."""
    return local_day(now or datetime.now(UTC), system_tz_name(), settings.day_start_hour)


def started_local(record: SessionRecord) -> datetime:
    """The start time on the clock where the session happened."""
    try:
        return record.started_utc.astimezone(time_zone(record.tz_name))
    except ValueError:
        return record.started_utc


def clock_time(record: SessionRecord) -> str:
    """``HH:MM`` of the start, on the clock where the session happened."""
    local = started_local(record)
    return f"{local.hour:02d}:{local.minute:02d}"


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def session_json(record: SessionRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "routine_id": record.routine_id,
        "routine_name": record.routine_name,
        "started_utc": _utc_text(record.started_utc),
        "time_zone": record.tz_name,
        "local_date": record.local_date.isoformat(),
        "planned_seconds": record.planned_seconds,
        "active_seconds": record.active_seconds,
        "credited_seconds": record.credited_seconds,
        "status": record.status.value,
        "stiffness_before": record.stiffness_before,
        "stiffness_after": record.stiffness_after,
    }


def item_json(item: ItemRecord) -> dict[str, Any]:
    return {
        "item": item.item,
        "exercise_id": item.exercise_id,
        "exercise_name": item.exercise_name,
        "planned_seconds": item.planned_seconds,
        "credited_seconds": item.credited_seconds,
        "outcome": item.outcome.value,
    }


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
        "counting_rule": counting_rule(settings),
    }


# ----- export ---------------------------------------------------------------------------------
def _cell(value: object) -> object:
    # Spreadsheets run text starting with these as formulas; a routine name must stay text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def _csv_text(records: Sequence[SessionRecord], items: dict[int, list[ItemRecord]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        session = [
            r.id, r.local_date.isoformat(), _utc_text(r.started_utc), r.tz_name, r.routine_id,
            r.routine_name, r.status.value, r.planned_seconds, r.active_seconds,
            r.credited_seconds, r.stiffness_before, r.stiffness_after,
        ]  # fmt: skip
        rows: list[tuple[object, ...]] = [i.values() for i in items.get(r.id, [])] or [(None,) * 6]
        for row in rows:
            writer.writerow([_cell(v) for v in (*session, *row)])
    return buffer.getvalue()


def _json_text(records: Sequence[SessionRecord], items: dict[int, list[ItemRecord]]) -> str:
    document = {
        "format": EXPORT_FORMAT_NAME,
        "version": EXPORT_FORMAT_VERSION,
        "exported_utc": _utc_text(datetime.now(UTC)),
        "sessions": [
            {**session_json(r), "exercises": [item_json(i) for i in items.get(r.id, [])]}
            for r in records
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _write_atomically(target: Path, text: str, *, force: bool) -> None:
    """Write a complete file or nothing; without ``force`` never replace an existing one."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            Path(temp).replace(target)
        else:
            try:
                # A hard link fails if the name exists, so nothing can be overwritten in a race.
                os.link(temp, target)
            except FileExistsError:
                raise
            except OSError:
                if target.exists():
                    raise FileExistsError(target) from None
                Path(temp).replace(target)
    finally:
        Path(temp).unlink(missing_ok=True)
    # Make the new name itself durable; not every system lets a folder be opened for this.
    with suppress(OSError):
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def write_export(
    store: HistoryStore | None, target: Path, fmt: ExportFormat, *, force: bool = False
) -> int:
    """Export every session with its exercises, oldest first; returns how many sessions.

    Raises:
        FileExistsError: ``target`` exists and ``force`` is false.
        OSError: the file cannot be written.
        HistoryError: the history cannot be read.
    """
    if target.exists() and not force:
        raise FileExistsError(target)
    records = store.sessions(newest_first=False) if store else []
    items = store.all_items() if store else {}
    text = _csv_text(records, items) if fmt == "csv" else _json_text(records, items)
    _write_atomically(target, text, force=force)
    return len(records)


# ----- commands -------------------------------------------------------------------------------
@contextmanager
def _history(ctx: CliContext) -> Iterator[HistoryStore | None]:
    """The store, or ``None`` when nothing was ever recorded (no file is created then)."""
    path = paths.history_path(ctx.data_dir)
    if not path.exists():
        yield None
        return
    store, notices = HistoryStore.open(path)
    for notice in notices:
        print(f"warning: {notice}", file=ctx.err)
    try:
        yield store
    finally:
        store.close()


def _settings(ctx: CliContext) -> Settings:
    settings, problems = load_settings(paths.settings_path(ctx.data_dir))
    for problem in problems:
        print(f"warning: {problem}", file=ctx.err)
    return settings


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def _rating(value: int | None) -> str:
    return "-" if value is None else str(value)


def _table(out: TextIO, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip(), file=out)


def cmd_history(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        with _history(ctx) as store:
            records = store.sessions(limit=args.limit) if store else []
    except HistoryError as exc:
        print(f"stretchtimer: {exc}", file=ctx.err)
        return 1
    if args.json:
        json.dump([session_json(r) for r in records], ctx.out, indent=2, ensure_ascii=False)
        ctx.out.write("\n")
        return 0
    if not records:
        print("No sessions recorded yet.", file=ctx.out)
        return 0
    rows = [
        (
            r.local_date.isoformat(),
            clock_time(r),
            r.routine_name,
            _duration(r.credited_seconds),
            r.status.value.replace("_", " "),
            f"{_rating(r.stiffness_before)} -> {_rating(r.stiffness_after)}"
            if r.stiffness_before is not None or r.stiffness_after is not None
            else "",
        )
        for r in records
    ]
    _table(ctx.out, ("DATE", "START", "ROUTINE", "HELD", "STATUS", "STIFFNESS"), rows)
    return 0


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def cmd_stats(args: argparse.Namespace, ctx: CliContext) -> int:
    settings = _settings(ctx)
    today = today_for(settings)
    try:
        with _history(ctx) as store:
            digest = store.digest() if store else None
    except HistoryError as exc:
        print(f"stretchtimer: {exc}", file=ctx.err)
        return 1
    if digest is None:
        digest = HistoryDigest({}, 0, 0.0, (), ())
    stats = stats_from_digest(digest, today, settings.weekly_goal_days)
    if args.json:
        json.dump(stats_json(stats, settings), ctx.out, indent=2, ensure_ascii=False)
        ctx.out.write("\n")
        return 0
    streak = _plural(stats.current_streak, "day", "days")
    if stats.today_done:
        streak += " (today done)"
    elif stats.streak_waiting_for_today:
        streak += " (stretch today to keep it going)"
    week = f"{stats.week_days_done} of {stats.weekly_goal_days} days"
    if stats.week_goal_met:
        week += " (goal met)"
    lines = [
        ("Current streak", streak),
        ("Longest streak", _plural(stats.longest_streak, "day", "days")),
        ("This week", week),
        ("Weekly goal met", f"{_plural(stats.weeks_in_a_row, 'week', 'weeks')} in a row"
                            f" (longest {stats.longest_weeks_in_a_row})"),
        ("Sessions", str(stats.total_sessions)),
        ("Minutes stretched", f"{stats.total_minutes:,.0f}"),
    ]  # fmt: skip
    if stats.before_average is not None or stats.after_average is not None:
        parts = []
        if stats.before_average is not None:
            parts.append(f"{stats.before_average:.1f} before")
        if stats.after_average is not None:
            parts.append(f"{stats.after_average:.1f} after")
        text = ", ".join(parts) + " (0-10, average)"
        if stats.change_average is not None:
            text += f"; {stats.change_average:+.1f} per session"
        lines.append(("Stiffness", text))
    if stats.favourite_routines:
        favourites = ", ".join(f"{f.routine_name} ({f.sessions})" for f in stats.favourite_routines)
        lines.append(("Favourite routines", favourites))
    width = max(len(label) for label, _ in lines) + 2
    for label, value in lines:
        print(f"{label + ':':<{width}}{value}", file=ctx.out)
    print(counting_rule(settings), file=ctx.out)
    return 0


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    fmt: ExportFormat = "csv" if args.csv else "json"
    target = Path(args.csv or args.json).expanduser()
    try:
        with _history(ctx) as store:
            count = write_export(store, target, fmt, force=args.force)
    except FileExistsError:
        print(f"stretchtimer: {target} already exists; add --force to replace it", file=ctx.err)
        return 1
    except HistoryError as exc:
        print(f"stretchtimer: {exc}", file=ctx.err)
        return 1
    except OSError as exc:
        print(f"stretchtimer: cannot write {target}: {exc.strerror or exc}", file=ctx.err)
        return 1
    print(f"Exported {_plural(count, 'session', 'sessions')} to {target}", file=ctx.out)
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def add_parsers(sub: Any) -> None:
    """Add ``history``, ``stats`` and ``export`` to the subcommands of ``stretchtimer``."""
    p = sub.add_parser("history", help="list recent sessions")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.add_argument(
        "--limit", type=_positive, default=DEFAULT_LIMIT, metavar="N",
        help=f"show the N most recent sessions (default {DEFAULT_LIMIT})",
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


__all__ = [
    "CSV_COLUMNS",
    "add_parsers",
    "clock_time",
    "counting_rule",
    "started_local",
    "stats_json",
    "today_for",
    "write_export",
]
