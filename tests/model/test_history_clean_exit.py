"""The full integrity check runs only after a run that did not end cleanly."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from stretchtimer.model.history import Check, HistoryStore
from stretchtimer.model.history import files as history_files
from stretchtimer.model.history.clean_exit import (
    mark_clean,
    mark_running,
    marker_path,
    start_check,
)


@pytest.fixture
def history(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


def test_a_first_start_and_a_clean_exit_open_without_a_scan(history: Path) -> None:
    assert start_check(history) is Check.SCHEMA
    assert mark_running(history)
    mark_clean(history)
    assert not marker_path(history).exists()
    assert start_check(history) is Check.SCHEMA


def test_a_run_cut_short_leaves_the_marker_and_the_next_start_checks_it_all(
    history: Path,
) -> None:
    assert mark_running(history)
    # (killed here: nothing removes the marker)
    assert start_check(history) is Check.FULL


def test_a_marker_that_cannot_be_made_is_said_not_raised(tmp_path: Path) -> None:
    inside_a_file = tmp_path / "a-file"
    inside_a_file.write_text("not a folder")
    assert mark_running(inside_a_file / "history.sqlite3") is False
    mark_clean(inside_a_file / "history.sqlite3")  # nothing to remove, nothing raised


def test_the_store_runs_the_pragma_it_is_asked_for(
    history: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    HistoryStore.open(history)[0].close()
    seen: list[Check] = []
    real = history_files._check

    def spy(conn: object, check: Check) -> int | None:
        seen.append(check)
        return real(conn, check)  # type: ignore[arg-type]

    monkeypatch.setattr(history_files, "_check", spy)
    for check in (Check.QUICK, Check.FULL, Check.SCHEMA):
        HistoryStore.open(history, check=check)[0].close()
    HistoryStore.open(history)[0].close()
    assert seen == [Check.QUICK, Check.FULL, Check.SCHEMA, Check.FULL]  # full unless told


def test_an_open_without_a_scan_runs_no_check_pragma(history: Path) -> None:
    HistoryStore.open(history)[0].close()
    pragmas: list[str] = []
    real = sqlite3.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = real(*args, **kwargs)
        conn.set_trace_callback(pragmas.append)
        return conn

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sqlite3, "connect", traced)
        HistoryStore.open(history, check=Check.SCHEMA)[0].close()
    assert pragmas, "the trace saw the opening"
    assert not [p for p in pragmas if p.startswith(("PRAGMA quick_check", "PRAGMA integrity"))]
