"""HistoryRecorder and its writer thread: rows, checkpoints, a failing or locked disk, a quit."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock, short_catalogue

from stretchtimer.model.history import (
    HistoryDamagedError,
    HistoryError,
    HistoryStore,
    HistoryWriteError,
    SessionRecord,
)
from stretchtimer.model.plan import Plan, compile_plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.session import SessionMachine, SessionSummary
from stretchtimer.model.settings import Settings
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.history_writer import HistoryWriter
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.recorder import HistoryRecorder
from stretchtimer.ui.settings_model import SettingsModel

WRITES = ("begin_session", "checkpoint", "finish", "set_checkin")
FULL = "Could not save to the history: the disk is full."


class DiskStore:
    """A real store, opened by the writer's thread, whose disk the test controls.

    Writes wait while ``gate`` is clear (another program holds the lock) and fail while
    ``full`` is set; each records its name and the thread it ran on.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.store: HistoryStore | None = None
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()
        self.full = False
        self.unopenable: str | None = None
        self.opened_on: int | None = None
        self.threads: list[int] = []
        self.calls: list[str] = []

    def open(self) -> HistoryStore:
        if self.unopenable is not None:
            raise HistoryError(self.unopenable)
        self.opened_on = threading.get_ident()
        self.store, _ = HistoryStore.open(self.path)
        return cast(HistoryStore, self)

    def __getattr__(self, name: str) -> object:
        real = getattr(self.store, name)
        if name not in WRITES:
            return real

        def write(*args: object, **kwargs: object) -> object:
            self.threads.append(threading.get_ident())
            self.entered.set()
            assert self.gate.wait(10), "the test never let the write go"
            if self.full:
                raise HistoryWriteError(FULL)
            self.calls.append(name)
            return real(*args, **kwargs)

        return write


def machine_at(seconds: float) -> tuple[SessionMachine, float]:
    m = SessionMachine(compile_plan(SHORT, short_catalogue()))
    m.start(0.0)
    t = 0.0
    while t < seconds:
        t += 0.5
        m.advance(t)
    return m, t


@pytest.fixture
def disk(tmp_path: Path) -> DiskStore:
    return DiskStore(tmp_path / "history.sqlite3")


@pytest.fixture
def writer(disk: DiskStore) -> Iterator[HistoryWriter]:
    w = HistoryWriter(disk.open)
    yield w
    disk.gate.set()
    w.close(timeout=1.0)


@pytest.fixture
def reader(disk: DiskStore) -> Iterator[Callable[[], HistoryStore]]:
    """The history as the history page reads it, on the test's own thread (opened once)."""
    opened: list[HistoryStore] = []

    def read() -> HistoryStore:
        if not opened:
            opened.append(HistoryStore.open(disk.path)[0])
        return opened[0]

    yield read
    for store in opened:
        store.close()


def stored(reader: Callable[[], HistoryStore], rec: HistoryRecorder) -> SessionRecord | None:
    return None if rec.session_id is None else reader().session(rec.session_id)


def wait_saved(qtbot: QtBot, writer: HistoryWriter) -> None:
    with qtbot.waitSignal(writer.saved, timeout=5000):
        writer.retry()


def test_begin_checkpoint_finish_and_a_rating_land_in_the_file(
    qtbot: QtBot, writer: HistoryWriter, reader: Callable[[], HistoryStore]
) -> None:
    moment = datetime(2026, 3, 1, 0, 30, tzinfo=UTC)
    rec = HistoryRecorder(writer, utc_now=lambda: moment)
    m, t = machine_at(20)
    rec.begin(m.plan, lambda: m.summary(t))
    assert rec.is_timer_active
    qtbot.waitUntil(lambda: rec.session_id is not None, timeout=5000)
    rec.update(m.summary(t))
    wait_saved(qtbot, writer)
    row = stored(reader, rec)
    assert row is not None and row.status.value == "in_progress"
    assert row.credited_seconds == pytest.approx(m.summary(t).credited_hold_seconds)
    assert row.credited_seconds > 0
    m.stop(t)
    with qtbot.waitSignal(rec.saved, timeout=5000):
        rec.finish(m.summary())
    assert rec.set_checkin(after=4)
    qtbot.waitUntil(lambda: getattr(stored(reader, rec), "stiffness_after", None) == 4)
    row = stored(reader, rec)
    assert row is not None and row.status.value == "stopped"
    qtbot.waitUntil(lambda: not rec.is_timer_active, timeout=5000)


def test_every_write_runs_on_the_writer_thread_never_the_gui_thread(
    qtbot: QtBot, disk: DiskStore, writer: HistoryWriter
) -> None:
    rec = HistoryRecorder(writer)
    m, t = machine_at(12)
    rec.begin(m.plan, lambda: m.summary(t))
    rec.set_checkin(before=6)
    rec.update(m.summary(t))
    m.stop(t)
    rec.finish(m.summary())
    qtbot.waitUntil(lambda: "finish" in disk.calls and "set_checkin" in disk.calls)
    assert disk.calls[0] == "begin_session"
    gui = threading.get_ident()
    assert disk.opened_on == writer.thread_ident != gui
    assert set(disk.threads) == {writer.thread_ident}


def test_a_held_lock_never_blocks_the_window_and_the_newest_state_lands(
    qtbot: QtBot, disk: DiskStore, writer: HistoryWriter, reader: Callable[[], HistoryStore]
) -> None:
    rec = HistoryRecorder(writer)
    m, t = machine_at(6)
    disk.gate.clear()  # another program holds the write lock
    rec.begin(m.plan, lambda: m.summary(t))
    assert disk.entered.wait(5)  # the writer is stuck in the first write ...
    for later in (8, 10):
        while t < later:
            t += 0.5
            m.advance(t)
        rec.update(m.summary(t))  # ... and the window goes on all the same
    m.stop(t)
    final = m.summary()
    rec.finish(final)
    rec.set_checkin(before=3)
    assert not disk.gate.is_set() and disk.calls == []
    disk.gate.set()
    qtbot.waitUntil(lambda: "set_checkin" in disk.calls, timeout=5000)
    # What queued up behind the lock is folded: the finish carries every checkpoint.
    assert disk.calls == ["begin_session", "finish", "set_checkin"]
    qtbot.waitUntil(lambda: not rec.is_timer_active, timeout=5000)
    row = stored(reader, rec)
    assert row is not None and row.status.value == "stopped"
    assert row.credited_seconds == pytest.approx(final.credited_hold_seconds)
    assert row.stiffness_before == 3


def test_a_failing_disk_is_reported_once_and_recovered_says_it_is_over(
    qtbot: QtBot, disk: DiskStore, writer: HistoryWriter, reader: Callable[[], HistoryStore]
) -> None:
    rec = HistoryRecorder(writer)
    problems: list[str] = []
    recovered: list[str] = []
    rec.problem.connect(problems.append)
    rec.recovered.connect(recovered.append)
    m, t = machine_at(10)
    disk.full = True
    rec.begin(m.plan, lambda: m.summary(t))
    rec.update(m.summary(t))
    m.stop(t)
    summary: SessionSummary = m.summary()
    rec.finish(summary)
    with qtbot.waitSignal(writer.failed, timeout=5000):
        rec._on_timer_timeout()
    qtbot.waitUntil(lambda: bool(problems))
    assert len(problems) == 1 and "disk is full" in problems[0]
    assert rec.session_id is None and rec.is_timer_active  # still trying
    disk.full = False
    rec._on_timer_timeout()  # the next retry
    qtbot.waitUntil(lambda: bool(recovered), timeout=5000)
    assert recovered == problems
    row = stored(reader, rec)
    assert row is not None and row.status.value == "stopped"
    qtbot.waitUntil(lambda: not rec.is_timer_active, timeout=5000)


def test_a_history_that_cannot_be_opened_at_start_gets_the_session_once_it_can(
    qtbot: QtBot, disk: DiskStore, reader: Callable[[], HistoryStore]
) -> None:
    disk.unopenable = "The history cannot be opened: database or disk is full."
    writer = HistoryWriter(disk.open)
    try:
        rec = HistoryRecorder(writer)
        problems: list[str] = []
        rec.problem.connect(problems.append)
        m, t = machine_at(10)
        rec.begin(m.plan, lambda: m.summary(t))
        qtbot.waitUntil(lambda: bool(problems), timeout=5000)
        assert "disk is full" in problems[0]
        m.stop(t)
        rec.finish(m.summary())
        disk.unopenable = None  # the disk was freed
        with qtbot.waitSignal(rec.recovered, timeout=5000):
            rec._on_timer_timeout()
        qtbot.waitUntil(lambda: getattr(stored(reader, rec), "status", None) == "stopped")
        qtbot.waitUntil(lambda: not rec.is_timer_active, timeout=5000)
        row = stored(reader, rec)
        assert row is not None
        assert row.credited_seconds == pytest.approx(m.summary().credited_hold_seconds)
    finally:
        writer.close(timeout=1.0)


def test_close_writes_what_is_still_queued_before_it_returns(
    qtbot: QtBot, disk: DiskStore, reader: Callable[[], HistoryStore]
) -> None:
    writer = HistoryWriter(disk.open)
    rec = HistoryRecorder(writer)
    m, t = machine_at(10)
    disk.gate.clear()
    rec.begin(m.plan, lambda: m.summary(t))
    m.stop(t)
    rec.finish(m.summary())
    rec.stop()
    threading.Timer(0.2, disk.gate.set).start()  # the lock goes while the app quits
    assert writer.close()
    rows = reader().sessions()
    assert [r.status.value for r in rows] == ["stopped"]


def test_close_gives_up_after_its_time_on_a_disk_that_stays_full(
    qtbot: QtBot, disk: DiskStore, reader: Callable[[], HistoryStore]
) -> None:
    writer = HistoryWriter(disk.open)
    rec = HistoryRecorder(writer)
    m, t = machine_at(10)
    disk.full = True
    rec.begin(m.plan, lambda: m.summary(t))
    m.stop(t)
    rec.finish(m.summary())
    rec.stop()
    assert not writer.close(timeout=0.6)
    assert reader().sessions() == []


def test_a_refused_rating_is_reported_and_the_session_still_lands(
    qtbot: QtBot, writer: HistoryWriter, reader: Callable[[], HistoryStore]
) -> None:
    rec = HistoryRecorder(writer)
    problems: list[str] = []
    rec.problem.connect(problems.append)
    m, t = machine_at(10)
    rec.begin(m.plan, lambda: m.summary(t))
    rec.set_checkin(before=11)
    qtbot.waitUntil(lambda: bool(problems), timeout=5000)
    assert "refused" in problems[0] and "rating before" in problems[0]
    m.stop(t)
    rec.finish(m.summary())
    qtbot.waitUntil(lambda: getattr(stored(reader, rec), "status", None) == "stopped")
    row = stored(reader, rec)
    assert row is not None and row.stiffness_before is None


def test_periodic_checkpoint_uses_the_live_summary(
    qtbot: QtBot, writer: HistoryWriter, reader: Callable[[], HistoryStore]
) -> None:
    rec = HistoryRecorder(writer)
    m, t = machine_at(30)
    rec.begin(m.plan, lambda: m.summary(t))
    with qtbot.waitSignal(writer.saved, timeout=5000):
        rec._on_timer_timeout()
    qtbot.waitUntil(lambda: rec.session_id is not None, timeout=5000)
    row = stored(reader, rec)
    assert row is not None and row.credited_seconds == pytest.approx(
        m.summary(t).credited_hold_seconds
    )
    rec.stop()


def test_the_windows_could_not_be_saved_notice_clears_when_saving_works_again(
    qtbot: QtBot, disk: DiskStore, writer: HistoryWriter
) -> None:
    rec = HistoryRecorder(writer)
    clock = FakeClock()

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    window = MainWindow(
        short_catalogue(), SettingsModel(Settings()), builtin_safety(), make_driver, recorder=rec
    )
    qtbot.addWidget(window)
    rec.problem.connect(window.show_problem)
    rec.recovered.connect(window.clear_problem)
    disk.full = True
    window.start_routine(SHORT.id)
    notice = window.session_page.status_label
    qtbot.waitUntil(lambda: "could not be saved" in notice.text(), timeout=5000)
    disk.full = False
    rec._on_timer_timeout()
    qtbot.waitUntil(lambda: notice.text() == "", timeout=5000)
    assert rec.session_id is not None
    # Shown on the picker (after the session), it goes the same way.
    assert window.driver is not None
    window.driver.stop()
    window.show_picker()
    disk.full = True
    window.start_routine(SHORT.id)
    window.driver.stop()
    window.show_picker()
    banner = window.picker.banner
    qtbot.waitUntil(lambda: "could not be saved" in banner.details.text())
    disk.full = False
    rec._on_timer_timeout()
    qtbot.waitUntil(lambda: "could not be saved" not in banner.details.text())
    assert banner.isHidden()
    # A problem too long to show whole is taken down too; a notice that replaced it stays.
    window.start_routine(SHORT.id)
    long_problem = "History could not be saved: " + "x" * 5000
    window.show_problem(long_problem)
    window.clear_problem(long_problem)
    assert notice.text() == ""
    window.show_problem(long_problem)
    window.session_page.show_notice("Paused: the computer was asleep.")
    window.clear_problem(long_problem)
    assert notice.text() == "Paused: the computer was asleep."
    rec.stop()


def test_damage_the_first_opening_finds_is_heard_however_soon_it_comes(qtbot: QtBot) -> None:
    # The writer's thread opens the file as soon as it starts; what it finds then must
    # reach a listener that was given with the writer, not one connected a moment after.
    def damaged_at_once() -> HistoryStore:
        raise HistoryDamagedError("The history at h is damaged (page 3).") from ValueError("p3")

    heard: list[str] = []
    writer = HistoryWriter(damaged_at_once, on_damaged=heard.append)
    qtbot.waitUntil(lambda: heard == ["p3"], timeout=10_000)
    assert writer.close(timeout=0.5) is True
