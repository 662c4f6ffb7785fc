"""The window takes a catalogue loaded again (routine files arrived by sync): cards follow."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot
from ui_fakes import FakeClock
from window_kit import open_window


def test_routines_that_arrived_show_as_cards_and_gone_ones_leave(qtbot: QtBot) -> None:
    w = open_window(qtbot, FakeClock())
    shared = w.catalogue
    before = set(shared.routines)
    [first, *_] = shared.routines.values()
    arrived = dataclasses.replace(first, id="from-home", name="From home")
    loaded = dataclasses.replace(
        shared, routines={"from-home": arrived}, exercises=dict(shared.exercises)
    )
    w.replace_catalogue(loaded)
    assert w.catalogue is shared  # the editor and the reminders hold this one
    assert set(shared.routines) == {"from-home"} != before
    assert [c.info.routine_id for c in w.picker.cards] == ["from-home"]


def test_the_tray_menu_hears_of_routines_that_arrived(qtbot: QtBot) -> None:
    w = open_window(qtbot, FakeClock())
    [first, *_] = w.catalogue.routines.values()
    loaded = dataclasses.replace(
        w.catalogue,
        routines={"from-home": dataclasses.replace(first, id="from-home")},
        exercises=dict(w.catalogue.exercises),
    )
    with qtbot.waitSignal(w.routines_changed, timeout=1000):
        w.replace_catalogue(loaded)
