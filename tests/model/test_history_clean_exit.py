"""The full integrity check runs only after a run that did not end cleanly."""

from __future__ import annotations

from pathlib import Path

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


def test_a_first_start_and_a_clean_exit_give_the_quick_check(history: Path) -> None:
    assert start_check(history) is Check.QUICK
    assert mark_running(history)
    mark_clean(history)
    assert not marker_path(history).exists()
    assert start_check(history) is Check.QUICK


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
    for check in (Check.QUICK, Check.FULL):
        HistoryStore.open(history, check=check)[0].close()
    HistoryStore.open(history)[0].close()
    assert seen == [Check.QUICK, Check.FULL, Check.FULL]  # full unless told otherwise
