"""Closing the window: quit unless something needs StretchTimer running and a tray exists."""

from __future__ import annotations

import itertools

import pytest

from stretchtimer.model.close_rule import CloseAction, close_action


@pytest.mark.parametrize(
    ("login", "reminders", "background"),
    [c for c in itertools.product([False, True], repeat=3) if any(c)],
)
def test_kept_in_the_tray_when_something_needs_it(
    login: bool, reminders: bool, background: bool
) -> None:
    common = {"start_at_login": login, "reminders_on": reminders,
              "started_in_background": background}  # fmt: skip
    assert close_action(tray_shown=True, notice_shown=False, **common) is (
        CloseAction.HIDE_AND_EXPLAIN
    )
    assert close_action(tray_shown=True, notice_shown=True, **common) is CloseAction.HIDE
    # With no tray there is no way back to a hidden window: closing quits.
    assert close_action(tray_shown=False, notice_shown=False, **common) is CloseAction.QUIT


def test_otherwise_closing_quits_as_with_any_window() -> None:
    assert close_action(
        tray_shown=True, start_at_login=False, reminders_on=False,
        started_in_background=False, notice_shown=False,
    ) is CloseAction.QUIT  # fmt: skip
