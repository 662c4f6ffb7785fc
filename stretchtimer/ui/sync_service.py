"""Merges the history with the sync folder on a thread of its own, when it may have changed.

The merge reads and writes files a sync engine is busy with and takes in thousands of
records on a first run, so it never runs on the GUI thread: a worker on its own
``QThread`` owns a second connection to the history and does it all. The service asks
for a merge at start-up, when the folder is chosen or changed, when the sync engine
changes a file in it (a ``QFileSystemWatcher``, debounced, since a sync engine touches
many files in a burst) and before the history is shown; a session that is running puts
every merge off until it is over, so nothing competes with its clock or its sounds.

Each merge then merges the person's own routine files and pictures too; when files here
changed, the worker loads the catalogue again (on its thread, from disk) and the service
hands it over, so the window shows the routines that arrived.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QFileSystemWatcher,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from stretchtimer import paths, resources
from stretchtimer.model.catalogue import Catalogue, load_catalogue
from stretchtimer.model.history import HistoryError, HistoryStore
from stretchtimer.model.plan import Plan
from stretchtimer.model.session import SessionSummary
from stretchtimer.ui.placeholders import fill

if TYPE_CHECKING:
    from stretchtimer.model.sync.file_merge import FilesReport
    from stretchtimer.model.sync.file_state import Conflict, FileState
    from stretchtimer.model.sync.history_store import HistoryRecords
    from stretchtimer.model.sync.merge import MergeReport
    from stretchtimer.model.sync.runner import SyncStatus
    from stretchtimer.model.sync.state import SyncState
    from stretchtimer.ui.main_window import SessionRecorder

DEBOUNCE_MS = 2000
STOP_WAIT_MS = 30_000


class _Worker(QObject):
    """Lives on the sync thread: its own history connection, the state between merges."""

    done = Signal(object, object, object, object)  # MergeReport, SyncStatus, FilesReport,
    # and the catalogue loaded again when files here changed (else None)

    def __init__(
        self,
        history: Path,
        data_dir: Path,
        label: str,
        clock_ms: Callable[[], int],
        load: Callable[[], Catalogue],
    ):
        super().__init__()
        self._history_path = history
        self._data_dir = data_dir
        self._label = label
        self._clock_ms = clock_ms
        self._load = load
        self._store: HistoryStore | None = None
        self._records: HistoryRecords | None = None
        self._state: SyncState | None = None
        self._files: FileState | None = None

    @Slot(str, bool)
    def merge(self, folder: str, create: bool) -> None:
        # Sync's model (75 modules, OpenSSL's hashes among them: 7.6 MiB) is loaded here,
        # on this thread, by the first merge: with no sync folder it is never needed.
        from stretchtimer.model.sync.file_merge import FilesReport  # noqa: PLC0415
        from stretchtimer.model.sync.history_store import HistoryRecords  # noqa: PLC0415
        from stretchtimer.model.sync.merge import MergeReport  # noqa: PLC0415
        from stretchtimer.model.sync.runner import (  # noqa: PLC0415
            run_file_sync,
            run_sync,
            status_of,
        )
        from stretchtimer.model.sync.state import SyncState  # noqa: PLC0415
        from stretchtimer.model.sync.store import StoreError  # noqa: PLC0415

        device = ""
        files = FilesReport(folder_available=False)
        catalogue: Catalogue | None = None
        try:
            if self._store is None or self._records is None:
                # The window moves a damaged file aside; sync only says it cannot merge.
                self._store, _ = HistoryStore.open(self._history_path, move_damaged=False)
                self._records = HistoryRecords(self._store)  # one: it remembers what it read
            records = self._records
            device = records.device_id()
            report, self._state = run_sync(
                Path(folder), records, self._data_dir, device=device,
                label=self._label, now_ms=self._clock_ms(), state=self._state, create=create,
            )  # fmt: skip
        except (HistoryError, StoreError) as exc:
            report = MergeReport(problems=[str(exc)])
        if report.folder_available and device:
            files, self._files = run_file_sync(
                Path(folder), self._data_dir, device=device, now_ms=self._clock_ms(),
                state=self._files,
            )  # fmt: skip
            if files.changed:
                catalogue = self._load()
        state = self._state or SyncState(folder, device)
        status = status_of(state, Path(folder), self._files)
        self.done.emit(report, status, files, catalogue)

    @Slot(str)
    def last_merge(self, folder: str) -> None:
        """At quit: merge once more if there is something to send, then end the thread."""
        if folder:
            self.merge(folder, False)
        thread = self.thread()
        if thread is not None:
            thread.quit()

    def close(self) -> None:
        """On the sync thread as it ends: the connection goes with the thread that made it."""
        if self._store is not None:
            self._store.close()
            self._store = self._records = None


class SyncService(QObject):
    """Merges when it may matter, never on the GUI thread, never during a session.

    Signals:
        merged(object): a :class:`~stretchtimer.model.sync.merge.MergeReport` after each merge.
        history_changed(): records arrived from another device; the history should be read again.
        routines_changed(object): own files arrived; the :class:`Catalogue` loaded again.
        problem(str): something the person should know (said once, until it changes); each
            version of a file that lost to a newer one and was kept is told once too.
    """

    merged = Signal(object)
    history_changed = Signal()
    routines_changed = Signal(object)
    problem = Signal(str)
    _run = Signal(str, bool)
    _last = Signal(str)

    def __init__(
        self,
        history: Path,
        data_dir: Path,
        label: str,
        *,
        clock_ms: Callable[[], int],
        load_catalogue: Callable[[], Catalogue] | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        """``load_catalogue`` loads the catalogue again, in the window's language (on the
        sync thread, after own files arrived); by default, as the files say (English)."""
        super().__init__(parent)
        self.folder = ""
        self._chosen = False
        self.last_report: MergeReport | None = None
        self.last_files: FilesReport | None = None
        self.last_status: SyncStatus | None = None
        self._busy = False
        self._running = False
        self._wanted = False
        self._told = ""
        self._thread = QThread(self)
        self._thread.setObjectName("stretchtimer-sync")
        load = load_catalogue or (lambda: _as_the_files_say(data_dir))
        self._worker = _Worker(history, data_dir, label, clock_ms, load)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.close, Qt.ConnectionType.DirectConnection)
        self._run.connect(self._worker.merge, Qt.ConnectionType.QueuedConnection)
        self._last.connect(self._worker.last_merge, Qt.ConnectionType.QueuedConnection)
        self._worker.done.connect(self._on_worker_done, Qt.ConnectionType.QueuedConnection)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._thread.start()

    # ----- what the app tells it ----------------------------------------------------------
    def set_folder(self, folder: str, *, chosen: bool = False) -> None:
        """The sync folder from the settings ("" is off); a new one is merged at once.

        ``chosen``: the person has just picked it, so its ``StretchTimer`` folder may be
        made (at start-up a missing one means an unplugged drive, and is left alone).
        """
        if folder == self.folder:
            return
        self.folder = folder
        self._chosen = chosen
        self._told = ""
        self._watch()
        if folder:
            self.request(now=True)
        else:
            self._debounce.stop()
            self._wanted = False

    def set_session_running(self, running: bool) -> None:
        """While a session runs, merges wait; the one asked for meanwhile runs after it."""
        self._busy = running
        if not running and self._wanted:
            self._start()

    def request(self, *, now: bool = False) -> None:
        """Ask for a merge: ``now`` for start-up and the history page, else after a lull."""
        if not self.folder:
            return
        if now:
            self._debounce.stop()
            self._wanted = True
            self._start()
        else:
            self._debounce.start()

    def merge_when_shown(self, page: QObject) -> None:
        """Merge each time ``page`` is about to be shown (the history page)."""
        page.installEventFilter(self)

    def is_active(self) -> bool:
        """Whether a merge is running or waiting, or a timer is set (for tests and quitting)."""
        return self._running or self._wanted or self._debounce.isActive()

    def stop(self) -> None:
        """At quit (after the history's last writes have landed): one last merge sends what
        this run recorded, then the thread ends; the GUI waits for that, at most
        ``STOP_WAIT_MS`` (a merge with nothing new takes milliseconds)."""
        self._debounce.stop()
        self._wanted = False
        folder, self.folder = self.folder, ""
        self._watch()
        if self._thread.isRunning():
            self._last.emit(folder)
            self._thread.wait(STOP_WAIT_MS)
        self._running = False  # its report is not waited for

    # ----- internals ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.request(now=True)
        return False

    def _start(self) -> None:
        if self._busy or self._running or not self.folder:
            return
        self._wanted = False
        self._running = True
        self._run.emit(self.folder, self._chosen)
        self._chosen = False

    def _watch(self) -> None:
        """Watch the app's folder for new devices and every other device's folder."""
        watched = self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        if not self.folder:
            return
        from stretchtimer.model.sync.folder import APP_FOLDER  # noqa: PLC0415

        root = Path(self.folder) / APP_FOLDER
        wanted = [self.folder]
        if root.is_dir():
            wanted.append(str(root))
            wanted += [str(p) for p in sorted(root.iterdir()) if p.is_dir()]
        self._watcher.addPaths(wanted)

    def _on_watcher_directory_changed(self, _path: str) -> None:
        self._watch()  # a new device, or the app's folder made
        self.request()

    def _on_debounce_timeout(self) -> None:
        self._wanted = True
        self._start()

    def _problem_text(self, problems: list[str]) -> str:
        more = len(problems) - 1
        text = self.tr("Sync: %1 (and %n more)", "", more) if more else self.tr("Sync: %1")
        return fill(text, problems[0])

    def conflict_text(self, kept: Conflict) -> str:
        text = self.tr(
            "%1 was changed on two computers. The newer version is used; the other is kept as %2."
        )
        return fill(text, kept.file, kept.copy)

    def _on_worker_done(
        self,
        report: MergeReport,
        status: SyncStatus,
        files: FilesReport,
        catalogue: Catalogue | None,
    ) -> None:
        self._running = False
        self.last_report = report
        self.last_status = status
        self.last_files = files
        self.merged.emit(report)
        if report.imported:
            self.history_changed.emit()
        if catalogue is not None:
            self.routines_changed.emit(catalogue)
        problems = [*report.problems, *files.problems]
        said = "\n".join(problems)
        if said != self._told:
            self._told = said
            if problems:
                self.problem.emit(self._problem_text(problems))
        for kept in files.conflicts:
            self.problem.emit(fill(self.tr("Sync: %1"), self.conflict_text(kept)))
        if self._wanted:
            self._start()


def _as_the_files_say(data_dir: Path) -> Catalogue:
    routines = paths.user_routines_dir(data_dir)
    return load_catalogue(resources.catalogue_path(), routines).catalogue


class SyncedRecorder:
    """The window's history recorder, telling sync when a session starts and ends.

    Merges wait while a session runs; when it ends (or is rated) a merge sends it soon.
    """

    def __init__(self, recorder: SessionRecorder, sync: SyncService) -> None:
        self.recorder = recorder
        self._sync = sync

    def begin(self, plan: Plan, summary: Callable[[], SessionSummary]) -> None:
        self._sync.set_session_running(True)
        self.recorder.begin(plan, summary)

    def update(self, summary: SessionSummary) -> None:
        self.recorder.update(summary)

    def finish(self, summary: SessionSummary) -> None:
        self.recorder.finish(summary)
        self._sync.set_session_running(False)
        self._sync.request()

    def set_checkin(self, *, before: int | None = None, after: int | None = None) -> bool:
        saved = self.recorder.set_checkin(before=before, after=after)
        self._sync.request()
        return saved


__all__ = ["DEBOUNCE_MS", "SyncService", "SyncedRecorder"]
