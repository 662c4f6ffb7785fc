"""The words of "Next:" for every kind of next step, and the dose line."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, short_catalogue

from stretchtimer.model.plan import Dose, NextKind, compile_plan
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.texts import dose_text, next_up_text


@pytest.fixture
def lines(qtbot: QtBot) -> list[str]:
    cat = short_catalogue()
    plan = compile_plan(SHORT, cat)
    return [next_up_text(plan.next_up(s.index)) for s in plan.steps]


def test_every_step_of_the_short_routine_says_what_comes_next(lines: list[str]) -> None:
    assert lines == [
        "Next: a few slow breaths",  # warm-up
        "Next: Neck side tilt · 5 s × 2 per side",  # breathing
        "Next: hold for 5 s on the left side",  # get ready
        "Next: the right side",  # hold, left
        "Next: the right side",  # switch sides
        "Next: a short rest, then rep 2 of 2",  # hold, right
        "Next: rep 2 of 2, left side",  # rest
        "Next: the right side",  # hold, left
        "Next: the right side",  # switch sides
        "Next: Cat–cow · 0:10",  # hold, right
        "Next: move with the breath for 0:10",  # get ready for the flow
        "This is the last step.",  # the flow
        "",  # done
    ]


@pytest.mark.parametrize(
    ("dose", "text"),
    [
        (Dose(20, 3, per_side=True, flow=False), "Knee to chest · 20 s × 3 per side"),
        (Dose(10, 5, per_side=False, flow=False), "Knee to chest · 10 s × 5"),
        (Dose(15, 1, per_side=True, flow=False), "Knee to chest · 15 s per side"),
        (Dose(12.5, 1, per_side=False, flow=False), "Knee to chest · 12.5 s"),
        (Dose(90, 1, per_side=False, flow=True), "Knee to chest · 1:30"),
    ],
)
def test_dose_text(qtbot: QtBot, dose: Dose, text: str) -> None:
    assert dose_text("Knee to chest", dose) == text


def test_a_name_with_a_placeholder_in_it_is_shown_as_it_is(qtbot: QtBot) -> None:
    dose = Dose(10, 2, per_side=False, flow=False)
    assert dose_text("Odd %2 name", dose) == "Odd %2 name · 10 s × 2"
    assert fill("%1 and %3", "a") == "a and %3"


def test_the_done_step_has_nothing_next(qtbot: QtBot) -> None:
    plan = compile_plan(SHORT, short_catalogue())
    coming = plan.next_up(len(plan.steps) - 2)
    assert coming is not None and coming.kind is NextKind.END
    assert next_up_text(replace(coming, kind=NextKind.CLOSING_BREATHS)) == (
        "Next: a few slow breaths to finish"
    )
    assert next_up_text(None) == ""
