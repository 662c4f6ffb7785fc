"""One merge: read what is new in the folder, take in what is newer, send what is ours.

The steps, each safe to stop after:

1. The first time a store is merged, if its history lacks something the state says it
   took in (it was replaced by an empty one, or restored from a backup), the state is
   forgotten and every segment is read again. So it is if one of this device's own
   segments, read whole before, is gone or damaged: what it held is sent again.
2. New segment files of every device (this one's too) are read and checked.
3. Records newer than the local history's versions are taken in, in short transactions;
   a check-in whose session has not arrived waits in the state for it.
4. Local records newer than anything in the folder are written as new segments of this
   device (skipped when the store says nothing was written since the last merge); then
   small segments are compacted and the manifest rewritten if it changed.

The state is updated only for what succeeded, so a failure (a full disk, a folder that
went away, a history that is busy) is simply tried again by the next merge. The local
history is only ever written through :meth:`RecordStore.apply`, which never replaces a
record with an older version.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from stretchtimer.model.sync.compact import compact, to_compact
from stretchtimer.model.sync.folder import FileInfo, Folder, FolderError, FolderMissingError
from stretchtimer.model.sync.manifest import MANIFEST_NAME, Manifest, encode_manifest
from stretchtimer.model.sync.reading import FolderScan, is_segment_name, scan_folder
from stretchtimer.model.sync.records import Key, Kind, SyncRecord, Version
from stretchtimer.model.sync.segments import SUFFIX, encode_segment, split_for_segments
from stretchtimer.model.sync.state import DeviceSeen, SyncState
from stretchtimer.model.sync.store import RecordStore, StoreError

# A device that only reads still says it is alive this often.
MANIFEST_REFRESH_MS = 24 * 60 * 60 * 1000


@dataclass
class MergeReport:
    """What one merge did and found; ``problems`` and ``waiting`` are for the person."""

    imported: int = 0
    exported: int = 0
    unsent: int = 0  # local records that could not be written (a full disk...); sent later
    folder_available: bool = True
    problems: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)

    @property
    def history_changed(self) -> bool:
        return self.imported > 0


def segment_name(now_ms: int, token: str) -> str:
    moment = datetime.fromtimestamp(now_ms / 1000, UTC)
    return f"s{moment:%Y%m%dT%H%M%S}-{token}{SUFFIX}"


def _beats(record: SyncRecord, entry: tuple[Version, str] | None) -> bool:
    if entry is None:
        return True
    version, digest = entry
    if record.version != version:
        return record.version > version
    return record.digest() > digest


def _consistent(state: SyncState, local: dict[Key, Version]) -> bool:
    """Whether the local history holds at least every version the state says it took in."""
    for key, (version, _) in state.view.items():
        if state.refused.get(key) == version or key in state.pending:
            continue
        have = local.get(key)
        if have is None:
            if not version.deleted:
                return False
        elif have < version:
            return False
    return True


@dataclass
class _Merge:
    """One merge in progress: the parts it works on, and what it has done so far."""

    folder: Folder
    store: RecordStore
    state: SyncState
    device: str
    label: str
    now_ms: int
    token: Callable[[], str]
    report: MergeReport = field(default_factory=MergeReport)

    def name_for(self) -> str:
        return segment_name(self.now_ms, self.token())

    def take_in(
        self, local: dict[Key, Version], updates: dict[Key, SyncRecord]
    ) -> dict[Key, SyncRecord]:
        """Apply what is newer than the local history; returns the check-ins still waiting."""
        pending = self.state.pending
        incoming = [r for key, r in updates.items() if _wanted(r, local.get(key))]
        incoming += [r for key, r in pending.items() if key not in updates]
        result = self.store.apply(incoming)
        for key in result.applied:
            local[key] = (updates.get(key) or pending[key]).version
        for record, why in result.refused:
            self.state.refused[record.key] = record.version
            self.report.problems.append(
                f"A {record.key.kind.value} from device {record.version.device} "
                f"({record.key.uuid}) was not taken in: {why}"
            )
        self.report.imported += len(result.applied)
        return {r.key: r for r in result.orphans}

    def send(self, local: dict[Key, Version]) -> list[FileInfo]:
        """Write local records newer than the folder's as new segments of this device."""
        view = self.state.view
        outgoing = [
            key
            for key, version in local.items()
            if ((entry := view.get(key)) is None and not version.deleted)
            or (entry is not None and version > entry[0])
        ]
        # A check-in travels with or after its session; of a session that never left this
        # device (deleted before it could), it would only wait elsewhere for ever.
        leaving = {k.uuid for k in outgoing if k.kind is Kind.SESSION}
        outgoing = [
            k
            for k in outgoing
            if k.kind is Kind.SESSION or k.uuid in leaving or Key(Kind.SESSION, k.uuid) in view
        ]
        if not outgoing:
            return []
        records = sorted(self.store.records(outgoing), key=lambda r: (r.key.kind, r.key.uuid))
        written: list[FileInfo] = []
        for group in split_for_segments(records):
            try:
                data = encode_segment(self.device, group)
                info = self.folder.write(self.device, self.name_for(), data)
            except FolderError as exc:
                self.report.problems.append(str(exc))
                self.report.unsent = len(records) - self.report.exported
                break
            written.append(info)
            self.state.merged[f"{self.device}/{info.name}"] = info.changed
            for record in group:
                self.state.see(record.key, record.version, record.digest())
            self.report.exported += len(group)
        return written

    def tidy(self, scan: FolderScan, written: list[FileInfo]) -> None:
        """Compact this device's small segments and rewrite its manifest if it changed."""
        device, merged = self.device, self.state.merged
        own = [*scan.own, *written]
        changed = bool(written)
        while group := to_compact(own):
            done = compact(self.folder, device, group, self.name_for)
            self.report.problems.extend(done.problems)
            for info in done.written:
                merged[f"{device}/{info.name}"] = info.changed
            for name in done.removed:
                merged.pop(f"{device}/{name}", None)
            own = [f for f in own if f.name not in set(done.removed)] + done.written
            changed = changed or bool(done.written or done.removed)
            if not done.removed:
                break  # what could not be read or removed waits for the next merge
        seen = scan.devices.get(device)
        if not (
            changed
            or seen is None
            or seen.wrote_ms is None
            or self.now_ms - seen.wrote_ms > MANIFEST_REFRESH_MS
            or seen.label != self.label
            or seen.missing
        ):
            return
        names = tuple(sorted(f.name for f in own))
        manifest = Manifest(device, self.label, self.now_ms, names)
        try:
            self.folder.write(device, MANIFEST_NAME, encode_manifest(manifest))
        except FolderError as exc:
            self.report.problems.append(str(exc))
        else:
            self.state.devices[device] = DeviceSeen(self.label, self.now_ms, len(names), 0)

    def remember(self, scan: FolderScan, updates: dict[Key, SyncRecord]) -> None:
        """What was read and taken in is now known: the state moves on."""
        state = self.state
        for key, record in updates.items():
            state.see(key, record.version, record.digest())
        for path in [p for p in state.merged if p.split("/", 1)[0] in scan.scanned]:
            if path not in scan.present:
                del state.merged[path]
        state.merged.update(scan.read)
        kept = {
            p: why
            for p, why in state.file_problems.items()
            if p.split("/", 1)[0] not in scan.scanned
        }
        state.file_problems = kept | scan.file_problems
        state.devices = dict(scan.devices)
        report = self.report
        report.problems = [*scan.problems, *scan.skipped, *report.problems]
        report.problems += [why for why in scan.file_problems.values() if why not in scan.waiting]
        report.waiting = list(scan.waiting)

    def own_files_lost(self, scan: FolderScan) -> bool:
        """Whether a segment of this device, read whole before, is gone or damaged now.

        Only this device removes its files (when it compacts them, and then it knows), so
        either a sync engine or a person damaged one.
        """
        own = f"{self.device}/"
        return any(
            path.startswith(own) and (path not in scan.present or path in scan.file_problems)
            for path in self.state.merged
        )

    def drop_damaged_own(self, scan: FolderScan) -> None:
        """This device's segments that cannot be read: what they held is sent again by now."""
        own = f"{self.device}/"
        for path in [p for p in scan.file_problems if p.startswith(own)]:
            name = path[len(own) :]
            if is_segment_name(name):
                try:
                    self.folder.remove(self.device, name)
                except FolderError as exc:
                    self.report.problems.append(str(exc))
                    continue
                self.state.file_problems.pop(path, None)
                scan.own = [f for f in scan.own if f.name != name]

    def run(self) -> MergeReport:
        report, state, store = self.report, self.state, self.store
        try:
            local = store.versions()
            # Nothing written here since the last merge (only what it took in itself):
            # then nothing can be newer here than in the folder, and a long history need
            # not be compared record by record again.
            same = state.checked is store
            quiet = same and state.local_token is not None and store.token() == state.local_token
            if not same:  # once per store: a history started afresh lacks what it had
                if not _consistent(state, local):
                    state.forget_folder()
                state.checked = store
            try:
                scan = scan_folder(self.folder, state.merged, self.device, self.now_ms)
                if self.own_files_lost(scan):
                    # What they held may be nowhere else: find out what the folder really
                    # holds, and send again whatever it lacks.
                    state.forget_folder()
                    quiet = False
                    scan = scan_folder(self.folder, state.merged, self.device, self.now_ms)
            except FolderError as exc:
                report.folder_available = state.reachable = not isinstance(exc, FolderMissingError)
                report.problems.append(str(exc))
                return report
            state.reachable = True
            updates = {k: r for k, r in scan.records.items() if _beats(r, state.view.get(k))}
            state.pending = self.take_in(local, updates)
        except StoreError as exc:
            report.problems.append(str(exc))
            return report
        self.remember(scan, updates)
        sent = True
        try:
            written = [] if quiet and not state.unsent else self.send(local)
        except StoreError as exc:
            report.problems.append(str(exc))
            written, sent = [], False
        else:
            if not report.unsent:
                self.drop_damaged_own(scan)
        state.unsent = bool(report.unsent) or not sent  # then the next merge tries again
        state.local_token = store.token()
        self.tidy(scan, written)
        state.records_in += report.imported
        state.records_out += report.exported
        state.last_merge_ms = self.now_ms
        return report


def _wanted(record: SyncRecord, have: Version | None) -> bool:
    """A newer version of a record held here, or a live record not held here yet."""
    if have is None:
        return not record.deleted
    return record.version > have


def merge(
    folder: Folder,
    store: RecordStore,
    state: SyncState,
    *,
    device: str,
    label: str,
    now_ms: int,
    token: Callable[[], str] = lambda: secrets.token_hex(4),
) -> MergeReport:
    """Merge the folder and the local history both ways; ``state`` is updated in place."""
    report = _Merge(folder, store, state, device, label, now_ms, token).run()
    state.problems = [*report.problems, *report.waiting]
    return report


__all__ = ["MergeReport", "merge", "segment_name"]
