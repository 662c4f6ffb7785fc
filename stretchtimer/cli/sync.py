"""Sync on the command line: ``sync enable FOLDER``, ``disable``, ``status`` and ``now``. No Qt.

``enable`` and ``disable`` change the same setting as the settings window; ``now`` writes
this computer's new records to the folder and merges everyone else's, then exits.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from stretchtimer import paths
from stretchtimer.cli.context import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CliContext
from stretchtimer.cli.output import print_table
from stretchtimer.model.device_name import device_label
from stretchtimer.model.history import HistoryError, HistoryStore
from stretchtimer.model.settings import Settings, load_settings, save_settings
from stretchtimer.model.sync.file_state import Conflict
from stretchtimer.model.sync.history_store import HistoryRecords
from stretchtimer.model.sync.runner import (
    SyncFolderError,
    SyncStatus,
    check_sync_folder,
    own_folder,
    run_file_sync,
    run_sync,
    sync_status,
)
from stretchtimer.model.sync.store import StoreError
from stretchtimer.model.texts import fill


def _settings(ctx: CliContext) -> Settings:
    settings, problems = load_settings(paths.settings_path(ctx.data_dir))
    for problem in problems:
        ctx.warn(ctx.translator.problem(problem))
    return settings


@contextmanager
def _history(ctx: CliContext) -> Iterator[HistoryStore]:
    store, notices = HistoryStore.open(paths.history_path(ctx.data_dir))
    for notice in notices:
        ctx.warn(notice)
    try:
        yield store
    finally:
        store.close()


def _merge(ctx: CliContext, folder: Path, *, create: bool = False) -> int:
    problem = _writable(ctx)
    if problem is not None:
        return problem
    try:
        with _history(ctx) as store:
            records = HistoryRecords(store)
            device = records.device_id()
            report, _ = run_sync(
                folder, records, ctx.data_dir, device=device,
                label=device_label(), now_ms=time.time_ns() // 1_000_000, create=create,
            )  # fmt: skip
    except (HistoryError, StoreError) as exc:
        return ctx.fail(str(exc))
    for line in [*report.problems, *report.waiting]:
        ctx.warn(line)
    if not report.folder_available:
        return EXIT_FAILED
    received, sent = ctx.words.records(report.imported), ctx.words.records(report.exported)
    ctx.say(fill(ctx.translate("Cli", "Received %1, sent %2."), received, sent))
    files, _ = run_file_sync(
        folder, ctx.data_dir, device=device, now_ms=time.time_ns() // 1_000_000
    )
    for line in [*files.problems, *files.waiting]:
        ctx.warn(line)
    if files.files_in or files.files_out:
        message = ctx.translate("Cli", "Own files: %1 received, %2 sent.")
        ctx.say(
            fill(message, ctx.locale.integer(files.files_in), ctx.locale.integer(files.files_out))
        )
    for kept in files.conflicts:
        ctx.warn(conflict_text(ctx, kept))
    unsent = report.unsent + files.unsent
    if report.unsent:
        ctx.warn(ctx.words.records_unsent(report.unsent))
    if files.unsent:
        ctx.warn(ctx.words.files_unsent(files.unsent))
    return EXIT_FAILED if unsent or not files.folder_available else EXIT_OK


def conflict_text(ctx: CliContext, kept: Conflict) -> str:
    """A version that lost, and where it is kept, as the command line says it."""
    message = ctx.translate(
        "Cli",
        "%1 was changed on two computers; the newer version is used, "
        "the other (of device %2) is kept as %3",
    )
    return fill(message, kept.file, kept.device, kept.copy)


def _writable(ctx: CliContext) -> int | None:
    try:
        paths.check_data_dir(ctx.data_dir, writable=True)
    except paths.DataDirError as exc:
        return ctx.fail(str(exc), EXIT_USAGE if exc.usage else EXIT_FAILED)
    return None


def _save(ctx: CliContext, settings: Settings) -> int | None:
    target = paths.settings_path(ctx.data_dir)
    try:
        save_settings(settings, target)
    except OSError as exc:
        message = ctx.translate("Cli", "cannot save the settings to %1: %2")
        return ctx.fail(fill(message, str(target), str(exc.strerror or exc)))
    return None


def cmd_enable(args: argparse.Namespace, ctx: CliContext) -> int:
    problem = _writable(ctx)
    if problem is not None:
        return problem
    try:
        folder = check_sync_folder(args.folder, ctx.data_dir)
    except SyncFolderError as exc:
        return ctx.fail(str(exc), EXIT_USAGE)
    problem = _save(ctx, _settings(ctx).with_changes(sync_folder=str(folder)))
    if problem is not None:
        return problem
    ctx.say(fill(ctx.translate("Cli", "History is synced through %1."), str(folder)))
    return _merge(ctx, folder, create=True)


def cmd_disable(args: argparse.Namespace, ctx: CliContext) -> int:
    settings = _settings(ctx)
    if not settings.sync_folder:
        ctx.say(ctx.translate("Cli", "Sync is already off."))
        return EXIT_OK
    problem = _writable(ctx) or _save(ctx, settings.with_changes(sync_folder=""))
    if problem is not None:
        return problem
    message = ctx.translate(
        "Cli",
        "Sync is off. What this computer wrote stays in %1 "
        "for your other computers; your history here is unchanged.",
    )
    ctx.say(fill(message, settings.sync_folder))
    return EXIT_OK


def _when(ctx: CliContext, stamp_ms: int | None) -> str:
    if stamp_ms is None:
        return ctx.translate("Cli", "never")
    moment = datetime.fromtimestamp(stamp_ms / 1000, UTC).astimezone()
    return ctx.locale.date_clock(moment)


def status_json(status: SyncStatus) -> dict[str, Any]:
    def when(stamp_ms: int | None) -> str | None:
        return (
            None if stamp_ms is None else datetime.fromtimestamp(stamp_ms / 1000, UTC).isoformat()
        )

    return {
        "folder": str(status.folder),
        "device_id": status.device,
        "folder_reachable": status.reachable,
        "last_merge_utc": when(status.last_merge_ms),
        "records_in": status.records_in,
        "records_out": status.records_out,
        "files_in": status.files_in,
        "files_out": status.files_out,
        "conflicts_kept": [
            {"file": c.file, "kept_as": c.copy, "device_id": c.device, "at_utc": when(c.at_ms)}
            for c in status.conflicts
        ],
        "devices": [
            {
                "device_id": device,
                "name": seen.label,
                "this_device": device == status.device,
                "last_wrote_utc": when(seen.wrote_ms),
                "segments": seen.segments,
                "segments_not_arrived": seen.missing,
            }
            for device, seen in sorted(status.devices.items())
        ],
        "problems": status.problems,
    }


def cmd_status(args: argparse.Namespace, ctx: CliContext) -> int:
    settings = _settings(ctx)
    if not settings.sync_folder:
        if args.json:
            ctx.say(json.dumps({"folder": None}))
        else:
            ctx.say(
                ctx.translate(
                    "Cli", "Sync is off. Turn it on with: stretchtimer sync enable FOLDER"
                )
            )
        return EXIT_OK
    folder = Path(settings.sync_folder)
    device = ""
    if paths.history_path(ctx.data_dir).exists():
        try:
            with _history(ctx) as store:
                device = store.device_id or ""
        except HistoryError as exc:
            return ctx.fail(str(exc))
    status = sync_status(folder, ctx.data_dir, device)
    if args.json:
        ctx.say(json.dumps(status_json(status), indent=2, ensure_ascii=False))
        return EXIT_OK
    _say_status(ctx, status, folder, device)
    return EXIT_OK


def _say_status(ctx: CliContext, status: SyncStatus, folder: Path, device: str) -> None:
    number = ctx.locale.integer
    folder_line = str(folder)
    if not status.reachable:
        where = ctx.translate("Cli", "%1  (not there now: unplugged or not mounted?)")
        folder_line = fill(where, folder_line)
    lines = [
        (ctx.translate("Cli", "Folder:"), folder_line),
        (ctx.translate("Cli", "This device:"),
         device or ctx.translate("Cli", "not made yet (nothing recorded)")),
    ]  # fmt: skip
    if device:
        lines.append((ctx.translate("Cli", "Its files:"), str(own_folder(folder, device))))
    received_sent = ctx.translate("Cli", "%1 received, %2 sent")
    lines += [
        (ctx.translate("Cli", "Last merge:"), _when(ctx, status.last_merge_ms)),
        (ctx.translate("Cli", "Records:"),
         fill(received_sent, number(status.records_in), number(status.records_out))),
        (ctx.translate("Cli", "Own files:"),
         fill(received_sent, number(status.files_in), number(status.files_out))),
    ]  # fmt: skip
    # The labels padded to one column, at least as wide as the English ones always were.
    width = max(14, *(len(label) + 2 for label, _ in lines))
    for label, value in lines:
        ctx.say(f"{label:<{width}}{value}")
    if status.devices:
        this_one = ctx.translate("Cli", "%1 (this one)")
        rows = [
            (
                fill(this_one, d) if d == device else d,
                seen.label or "?",
                _when(ctx, seen.wrote_ms),
                fill(ctx.words.still_to_come(seen.missing), number(seen.segments))
                if seen.missing
                else number(seen.segments),
            )
            for d, seen in sorted(status.devices.items())
        ]
        header = (
            ctx.translate("Cli", "DEVICE"),
            ctx.translate("Cli", "NAME"),
            ctx.translate("Cli", "LAST WROTE"),
            ctx.translate("Cli", "FILES"),
        )
        ctx.say("")
        print_table(ctx.out, header, rows)
    if status.conflicts:
        ctx.say("")
        ctx.say(
            ctx.translate(
                "Cli", "Changed on two computers (the newer version is used, the other kept):"
            )
        )
        kept_as = ctx.translate("Cli", "  %1 (%2): kept as %3")
        for kept in status.conflicts:
            ctx.say(fill(kept_as, kept.file, _when(ctx, kept.at_ms), kept.copy))
    if status.problems:
        ctx.say("")
        ctx.say(ctx.translate("Cli", "Problems:"))
        for line in status.problems:
            ctx.say(f"  {line}")


def cmd_now(args: argparse.Namespace, ctx: CliContext) -> int:
    settings = _settings(ctx)
    if not settings.sync_folder:
        return ctx.fail(
            ctx.translate("Cli", "sync is off; turn it on with: stretchtimer sync enable FOLDER")
        )
    return _merge(ctx, Path(settings.sync_folder))


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sync`` and its own subcommands to the subcommands of ``stretchtimer``."""
    p = sub.add_parser("sync", help="one history across your computers, through a synced folder")
    actions = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    a = actions.add_parser("enable", help="sync history through FOLDER (e.g. a Syncthing folder)")
    a.add_argument("folder", metavar="FOLDER")
    a.set_defaults(func=cmd_enable)
    a = actions.add_parser("disable", help="stop syncing; the history here stays as it is")
    a.set_defaults(func=cmd_disable)
    a = actions.add_parser("status", help="the folder, this device, the devices seen, problems")
    a.add_argument("--json", action="store_true", help="as JSON")
    a.set_defaults(func=cmd_status)
    a = actions.add_parser("now", help="send this computer's new records and merge the others'")
    a.set_defaults(func=cmd_now)
    for action in actions.choices.values():
        action.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as the global option"
        )


__all__ = ["add_parsers", "device_label", "status_json"]
