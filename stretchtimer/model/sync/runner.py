"""Sync as a person uses it: choose a folder, merge now, ask how it stands.

The merge itself (:mod:`~stretchtimer.model.sync.merge`) works on a folder, a store and a
state in memory; here they are tied to real places: the state cache beside the history
in the data folder, the segments under the chosen sync folder. A folder that would carry
the history's own SQLite file is refused, since that is what sync engines damage.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from stretchtimer import resources
from stretchtimer.model.sync.file_merge import FilesReport, merge_files
from stretchtimer.model.sync.file_state import (
    Conflict,
    FileState,
    load_file_state,
    save_file_state,
)
from stretchtimer.model.sync.folder import APP_FOLDER, DiskFolder
from stretchtimer.model.sync.merge import MergeReport, merge
from stretchtimer.model.sync.own_files import OwnFiles
from stretchtimer.model.sync.state import DeviceSeen, SyncState, load_state, save_state
from stretchtimer.model.sync.store import RecordStore

STATE_FILE = "sync-state.sqlite3"
MAX_FOLDER_TEXT = 4096


class SyncFolderError(ValueError):
    """A folder that cannot be used for sync; the message says why, for the person."""


def state_path(data_dir: Path) -> Path:
    """Where a data folder keeps what it knows of the sync folder (never in the sync folder)."""
    return data_dir / STATE_FILE


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_sync_folder(text: str, data_dir: Path) -> Path:
    """The folder ``text`` names, made absolute and checked; raises :class:`SyncFolderError`."""
    if not text.strip() or len(text) > MAX_FOLDER_TEXT or "\0" in text:
        raise SyncFolderError("Choose a folder to sync through.")
    folder = Path(os.path.abspath(Path(text).expanduser()))  # noqa: PTH100 (keeps symlinks)
    if not folder.is_dir():
        if folder.exists():
            raise SyncFolderError(f"{folder} is a file, not a folder.")
        raise SyncFolderError(
            f"{folder} does not exist; create it (or start your sync engine) first."
        )
    real, data = folder.resolve(), data_dir.expanduser().resolve()
    if _inside(data, real):
        raise SyncFolderError(
            f"{folder} holds StretchTimer's own data folder ({data_dir}); syncing it would put "
            "the history database in the shared folder, where sync engines damage it. "
            "Choose a folder outside it."
        )
    if _inside(real, data):
        raise SyncFolderError(
            f"{folder} is inside StretchTimer's data folder; choose the folder your sync "
            "engine shares."
        )
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        raise SyncFolderError(f"{folder} cannot be written to (no permission).")
    return folder


@dataclass
class SyncStatus:
    """How sync stands, as ``sync status`` and the settings page show it."""

    folder: Path
    device: str
    reachable: bool
    last_merge_ms: int | None
    records_in: int
    records_out: int
    devices: dict[str, DeviceSeen] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    files_in: int = 0  # routine files and pictures taken in from other devices
    files_out: int = 0
    conflicts: list[Conflict] = field(default_factory=list)  # losing versions kept


def run_sync(
    folder: Path,
    store: RecordStore,
    data_dir: Path,
    *,
    device: str,
    label: str,
    now_ms: int,
    state: SyncState | None = None,
    create: bool = False,
) -> tuple[MergeReport, SyncState]:
    """Merge once and keep the state; pass the last ``state`` back to skip reading it again.

    ``create`` when the person has just chosen ``folder``: its ``StretchTimer`` folder is
    made if need be (later, a missing one means the drive or share is not there).
    """
    path = state_path(data_dir)
    if state is None or state.folder != str(folder) or state.device != device:
        state = load_state(path, str(folder), device)
    disk = DiskFolder(folder, create=create)
    report = merge(disk, store, state, device=device, label=label, now_ms=now_ms)
    try:
        save_state(state, path)
    except OSError as exc:
        # Only a cache: the next merge reads the folder again. Worth saying, not failing.
        report.problems.append(f"What was merged could not be noted in {path}: {exc}.")
    return report, state


def run_file_sync(
    folder: Path,
    data_dir: Path,
    *,
    device: str,
    now_ms: int,
    state: FileState | None = None,
    catalogue_file: Path | None = None,
) -> tuple[FilesReport, FileState]:
    """Merge the person's own routine files and pictures once, after the history's merge
    (which makes the ``StretchTimer`` folder when the person has just chosen ``folder``)."""
    said: str | None = None
    if state is None or state.folder != str(folder) or state.device != device:
        state, said = load_file_state(data_dir, str(folder), device)
    own = OwnFiles.with_builtin(data_dir, catalogue_file or resources.catalogue_path())
    report = merge_files(DiskFolder(folder), own, state, device=device, now_ms=now_ms)
    if said is not None:
        report.problems.insert(0, said)
    try:
        save_file_state(state, data_dir)
    except OSError as exc:
        report.problems.append(
            f"What was merged of your routine files could not be noted in {data_dir}: {exc}."
        )
    return report, state


def status_of(state: SyncState, folder: Path, files: FileState | None = None) -> SyncStatus:
    """How sync stands by ``state`` and ``files`` (``reachable`` as of the last merge)."""
    problems = [*state.problems, *state.file_problems.values()]
    if files is not None:
        problems += files.problems
    problems = list(dict.fromkeys(problems))
    return SyncStatus(
        folder=folder,
        device=state.device,
        reachable=state.reachable,
        last_merge_ms=state.last_merge_ms,
        records_in=state.records_in,
        records_out=state.records_out,
        devices=dict(state.devices),
        problems=problems,
        files_in=files.files_in if files else 0,
        files_out=files.files_out if files else 0,
        conflicts=list(files.conflicts) if files else [],
    )


def sync_status(folder: Path, data_dir: Path, device: str) -> SyncStatus:
    """How sync stands, from the state saved in ``data_dir`` and a look at the folder."""
    files, _ = load_file_state(data_dir, str(folder), device)
    status = status_of(load_state(state_path(data_dir), str(folder), device), folder, files)
    status.reachable = (folder / APP_FOLDER).is_dir()
    return status


def own_folder(folder: Path, device: str) -> Path:
    """Where this device's files are, for a person who wants to look."""
    return folder / APP_FOLDER / device


__all__ = [
    "STATE_FILE",
    "SyncFolderError",
    "SyncStatus",
    "check_sync_folder",
    "own_folder",
    "run_file_sync",
    "run_sync",
    "state_path",
    "status_of",
    "sync_status",
]
