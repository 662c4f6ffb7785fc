"""HistoryRecorder: rows at start, checkpoints, finish, and a disk that fails for a while."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, short_catalogue

from stretchtimer.model.history import HistoryStore, HistoryWriteError
from stretchtimer.model.plan import compile_plan
from stretchtimer.model.session import SessionMachine, SessionSummary
from stretchtimer.ui.recorder import HistoryRecorder


class FlakyStore:
    """Delegates to a real store but fails every write while ``broken`` is set."""

    def __init__(self, store: HistoryStore) -> None:
        self.store = store
        self.broken = False

    def __getattr__(self, name: str) -> object:
        real = getattr(self.store, name)
        if name in ("begin_session", "checkpoint", "finish", "set_checkin") and self.broken:

            def fail(*args: object, **kwargs: object) -> None:
                raise HistoryWriteError("the disk is full")

            return fail
        return real


def machine_at(seconds: float) -> tuple[SessionMachine, float]:
    m = SessionMachine(compile_plan(SHORT, short_catalogue()))
    m.start(0.0)
    t = 0.0
    while t < seconds:
        t += 0.5
        m.advance(t)
    return m, t


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    s, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    return s


def test_begin_checkpoint_finish(qtbot: QtBot, store: HistoryStore) -> None:
    moment = datetime(2026, 3, 1, 0, 30, tzinfo=UTC)
    rec = HistoryRecorder(store, utc_now=lambda: moment)
    m, t = machine_at(20)
    rec.begin(m.plan, lambda: m.summary(t))
    assert rec.session_id is not None and rec.is_timer_active
    rec.update(m.summary(t))
    row = store.session(rec.session_id)
    assert row is not None and row.status.value == "in_progress"
    assert row.credited_seconds == pytest.approx(m.summary(t).credited_hold_seconds)
    assert row.credited_seconds > 0
    m.stop(t)
    rec.finish(m.summary())
    row = store.session(rec.session_id)
    assert row is not None and row.status.value == "stopped"
    assert not rec.is_timer_active
    assert rec.set_checkin(after=4)


def test_a_failing_disk_is_reported_once_and_the_finish_lands_later(
    qtbot: QtBot, store: HistoryStore
) -> None:
    flaky = FlakyStore(store)
    rec = HistoryRecorder(flaky)  # type: ignore[arg-type]
    problems: list[str] = []
    recovered: list[bool] = []
    rec.problem.connect(problems.append)
    rec.recovered.connect(lambda: recovered.append(True))
    m, t = machine_at(10)
    flaky.broken = True
    rec.begin(m.plan, lambda: m.summary(t))
    rec.update(m.summary(t))
    m.stop(t)
    summary: SessionSummary = m.summary()
    rec.finish(summary)
    assert len(problems) == 1 and "disk is full" in problems[0]
    assert rec.session_id is None and rec.is_timer_active  # still trying
    flaky.broken = False
    rec._on_timer_timeout()  # the next retry
    assert rec.session_id is not None
    assert recovered == [True]
    assert rec.session_id is not None
    row = store.session(rec.session_id)
    assert row is not None and row.status.value == "stopped"
    assert not rec.is_timer_active


def test_periodic_checkpoint_uses_the_live_summary(qtbot: QtBot, store: HistoryStore) -> None:
    rec = HistoryRecorder(store)
    m, t = machine_at(30)
    rec.begin(m.plan, lambda: m.summary(t))
    rec._on_timer_timeout()
    assert rec.session_id is not None
    row = store.session(rec.session_id)
    assert row is not None and row.credited_seconds == pytest.approx(
        m.summary(t).credited_hold_seconds
    )
    rec.stop()
