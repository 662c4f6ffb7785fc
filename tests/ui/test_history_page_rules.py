"""The history page on a history with rows that break a rule: shown without them, and said."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary
from stretchtimer.model.settings import Settings
from stretchtimer.ui.pages.history.page import HistoryPage
from stretchtimer.ui.pages.history.problems import ProblemsNote

TODAY = date(2025, 6, 18)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def store(path: Path) -> Iterator[HistoryStore]:
    opened, _ = HistoryStore.open(path)
    for n in range(1, 4):  # the three days before today
        day = TODAY - timedelta(days=n)
        started = datetime(day.year, day.month, day.day, 7, tzinfo=UTC)
        sid = opened.begin_session("morning-back", f"Morning {n}", started, "UTC", day, 600.0)
        item = ItemSummary(0, "cat-cow", "Cat–cow", 60.0, 300.0, ItemOutcome.COMPLETED)
        summary = SessionSummary(
            "morning-back", f"Morning {n}", SessionStatus.COMPLETED, 600.0, 300, 300, (item,)
        )
        opened.finish(sid, summary)
        opened.set_checkin(sid, before=6, after=3)
    yield opened
    opened.close()


def hand_edit(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(sql)
    conn.commit()
    conn.close()


def make_page(qtbot: QtBot, store: HistoryStore) -> HistoryPage:
    page = HistoryPage(store, Settings())
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.refresh(TODAY)
    return page


def listed(page: HistoryPage) -> list[int]:
    model = page.sessions.table.model()
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE sessions SET status = 'done' WHERE id = 1",
        "UPDATE sessions SET credited_seconds = -300 WHERE id = 1",
        "UPDATE sessions SET local_date = '2025-02-30' WHERE id = 1",
        "UPDATE sessions SET tz_name = '/etc/localtime' WHERE id = 1",
        "UPDATE sessions SET started_utc = 'never' WHERE id = 1",
    ],
)
def test_the_page_shows_the_other_sessions_and_says_one_is_left_out(
    qtbot: QtBot, store: HistoryStore, path: Path, edit: str, tmp_path: Path
) -> None:
    hand_edit(path, edit)
    page = make_page(qtbot, store)
    note = page.findChild(ProblemsNote, "history_problems")
    assert note is not None
    assert not note.isHidden()
    assert note.text().startswith("1 record")
    assert "could not be read" in note.text()
    assert str(path) in note.toolTip()
    assert "session 1," in note.toolTip()
    assert sorted(listed(page)) == [2, 3]
    assert page.stats is not None
    assert page.stats.total_sessions == 2
    # Session 1 was yesterday's: without it the streak is broken, the two days before remain.
    assert (page.stats.current_streak, page.stats.longest_streak) == (0, 2)
    assert len(page.stats.checkins) == 2

    page.choose_export_file = lambda title, suggested, filter_: str(tmp_path / suggested)
    exported = page.export("json")
    assert exported is not None
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert sorted(s["id"] for s in document["sessions"]) == [2, 3]


def test_the_note_goes_once_the_row_is_mended(
    qtbot: QtBot, store: HistoryStore, path: Path
) -> None:
    hand_edit(path, "UPDATE sessions SET status = 'done' WHERE id = 2")
    page = make_page(qtbot, store)
    note = page.findChild(ProblemsNote, "history_problems")
    assert note is not None
    assert not note.isHidden()
    hand_edit(path, "UPDATE sessions SET status = 'completed' WHERE id = 2")
    page.refresh(TODAY)
    assert note.isHidden()
    assert sorted(listed(page)) == [1, 2, 3]


def test_a_clean_history_shows_no_note(qtbot: QtBot, store: HistoryStore) -> None:
    page = make_page(qtbot, store)
    note = page.findChild(ProblemsNote, "history_problems")
    assert note is not None
    assert note.isHidden()
