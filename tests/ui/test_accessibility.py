"""What assistive technology is told, through Qt's own accessibility interfaces: cards that
are buttons, Tab stops that all have a role and a name, labels whose names are their live
values, one polite announcement per step and one at the end, and reduced motion that keeps
the ring still."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_widgets import image, paints, shown
from ui_fakes import SHORT, FakeClock
from window_kit import step_time, until_phase

from stretchtimer.model.history import HistoryStore
from stretchtimer.model.plan import Phase
from stretchtimer.model.settings import Settings
from stretchtimer.ui.access import install_roles
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.history.page import HistoryPage
from stretchtimer.ui.settings_dialog import SettingsDialog
from stretchtimer.ui.widgets.calendar_heatmap import CalendarHeatmap
from stretchtimer.ui.widgets.checkin import CheckinWidget
from stretchtimer.ui.widgets.countdown_ring import CountdownRing
from stretchtimer.ui.widgets.trend_chart import StiffnessChart, WeeklyMinutesChart

Role = QAccessible.Role
NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


@pytest.fixture(autouse=True)
def _roles() -> None:
    install_roles()


def reader(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets Tab reaches inside ``root``, in order, as QWidget's own search picks them."""
    stops: list[QWidget] = []
    widget: QWidget | None = root.nextInFocusChain()
    for _ in range(2000):
        if widget is root or widget is None:
            return stops
        tab = Qt.FocusPolicy.TabFocus.value
        if (
            widget.focusPolicy().value & tab
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
            and root.isAncestorOf(widget)
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    raise AssertionError("the focus chain does not come back round")


def blank_stops(root: QWidget) -> list[str]:
    """Each Tab stop that a reader would announce as nothing, or as a mere container."""
    found = []
    for widget in tab_stops(root):
        iface = reader(widget)
        if iface.role() in (Role.Client, Role.NoRole) or not iface.text(NAME).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {iface.role()}")
    return found


def test_a_routine_card_is_a_button_a_reader_can_press(window: MainWindow, qtbot: QtBot) -> None:
    card = next(c for c in window.picker.cards if c.info.routine_id == SHORT.id)
    iface = reader(card)
    assert iface.role() == Role.Button
    assert iface.text(NAME) == "UI short"
    described = iface.text(DESCRIPTION)
    assert "min" in described and "Two exercises for view tests." in described
    action = iface.actionInterface()
    assert action is not None
    press = QAccessibleActionInterface.pressAction()
    assert press in action.actionNames()
    with qtbot.waitSignal(card.chosen) as chosen:
        action.doAction(press)
    assert chosen.args == [SHORT.id]


def test_the_routine_list_has_no_blank_tab_stop(window: MainWindow) -> None:
    assert window.picker.card_area.focusPolicy() is Qt.FocusPolicy.NoFocus
    stops = tab_stops(window.picker)
    assert any(stop in window.picker.cards for stop in stops)
    assert blank_stops(window.picker) == []


def test_the_history_page_has_no_blank_tab_stop(qtbot: QtBot, tmp_path: Path) -> None:
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    page = HistoryPage(store, Settings())
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.heatmap in tab_stops(page)
    assert blank_stops(page) == []
    store.close()


def test_the_settings_dialog_has_no_blank_tab_stop(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tabs.tabBar() in tab_stops(dialog)
    # The tab widget passes the focus to its bar; focusable itself, a reader met a blank.
    assert dialog.tabs.focusPolicy() is Qt.FocusPolicy.NoFocus
    assert blank_stops(dialog) == []


def test_the_session_and_its_check_ins_have_no_blank_tab_stop(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.start_routine(SHORT.id, check_in=True)
    page = window.session_page
    assert page.before_checkin in tab_stops(page)
    assert blank_stops(page) == []
    # What the reader says for the button is the text it shows.
    assert reader(page.before_checkin.skip_button).text(NAME) == "Start without answering"
    qtbot.keyClick(page.before_checkin, Qt.Key.Key_5)
    until_phase(window, clock, Phase.HOLD)
    assert blank_stops(page) == []


def test_the_painted_widgets_say_what_they_are(qtbot: QtBot) -> None:
    for widget, role in (
        (CalendarHeatmap(), Role.Chart),
        (StiffnessChart(), Role.Chart),
        (WeeklyMinutesChart(), Role.Chart),
        (CheckinWidget("How stiff?"), Role.Grouping),
        (CountdownRing(), Role.StaticText),
    ):
        qtbot.addWidget(widget)
        assert reader(widget).role() == role, type(widget).__name__
        assert reader(widget).text(NAME).strip(), type(widget).__name__


def test_the_session_labels_read_their_live_values(
    window: MainWindow, clock: FakeClock
) -> None:
    window.start_routine(SHORT.id)
    page = window.session_page
    until_phase(window, clock, Phase.HOLD)
    for label in (page.time_left, page.phase_label, page.next_label, page.counter_label):
        assert label.text()
        assert reader(label).text(NAME) == label.text()
        assert reader(label).text(DESCRIPTION)  # what the value is, said after it
    assert reader(page.time_left).text(DESCRIPTION) == "Time left in the routine"
    before = reader(page.ring).text(NAME)
    assert before.endswith("seconds left")
    step_time(window, clock, 1.0)
    assert reader(page.ring).text(NAME) != before
    assert reader(page.ring).text(NAME).endswith("left")


@pytest.fixture
def said(window: MainWindow) -> Iterator[list[tuple[str, str]]]:
    heard: list[tuple[str, str]] = []
    window.session_page.announcer.announced.connect(lambda t: heard.append(("session", t)))
    window.summary_page.announcer.announced.connect(lambda t: heard.append(("summary", t)))
    yield heard


def test_each_step_is_announced_once_as_it_begins_and_the_end_once(
    window: MainWindow, clock: FakeClock, said: list[tuple[str, str]]
) -> None:
    window.start_routine(SHORT.id)
    driver = window.driver
    assert driver is not None
    begun = [driver.step.phase]
    driver.step_started.connect(lambda started: begun.append(started.step.phase))
    # Ten polls a second: an announcement per poll would be hundreds.
    for _ in range(1000):
        if window.stack.currentWidget() is window.summary_page:
            break
        step_time(window, clock, 0.1)
    assert window.stack.currentWidget() is window.summary_page
    steps = [phase for phase in begun if phase is not Phase.DONE]
    from_session = [text for source, text in said if source == "session"]
    assert len(from_session) == len(steps)
    assert from_session[:3] == ["Warm up", "Breathe", "Get ready: Neck side tilt"]
    assert from_session.count("Hold — left side") == 2  # two reps, each announced once
    assert [text for source, text in said if source == "summary"] == [
        "Session finished. UI short: 0:56 in all, 0:30 of stretching. "
        "2 of 2 exercises completed."
    ]


def test_pausing_and_ticking_announce_nothing(
    window: MainWindow, clock: FakeClock, said: list[tuple[str, str]]
) -> None:
    window.start_routine(SHORT.id)
    assert window.driver is not None
    step_time(window, clock, 1.0)
    window.driver.pause()
    step_time(window, clock, 30.0)
    window.driver.resume()
    step_time(window, clock, 1.0)
    assert said == [("session", "Warm up")]


def test_reduced_motion_keeps_the_ring_whole_and_still(qtbot: QtBot) -> None:
    ring = CountdownRing()
    counter = shown(qtbot, ring, 320, 320)
    ring.set_remaining(20)
    ring.set_progress(0.2)
    sweeping = image(ring)
    ring.set_reduced_motion(True)
    still = image(ring)
    assert still != sweeping
    QApplication.processEvents()
    # The progress goes on; nothing moves, so nothing is painted for it.
    assert paints(counter, lambda: ring.set_progress(0.7)) == 0
    assert image(ring) == still
    ring.set_reduced_motion(False)
    assert image(ring) != still
