"""The window fits a 1024x640 screen with nothing clipped, and comes back where it was left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock, short_catalogue

from stretchtimer.model.close_rule import CloseAction
from stretchtimer.model.plan import Plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.session import SessionState
from stretchtimer.model.settings import Settings
from stretchtimer.model.window_fit import Rect
from stretchtimer.ui.desktop.close_to_tray import CloseToTray
from stretchtimer.ui.desktop.window_placement import DEFAULT_FRAME, place_window, remembered
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.history.page import HistoryPage
from stretchtimer.ui.settings_model import SettingsModel

SMALL = Rect(0, 0, 1024, 640)
DESK = Rect(0, 0, 1920, 1080)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    clock = FakeClock()

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    w = MainWindow(short_catalogue(), SettingsModel(Settings()), builtin_safety(), make_driver)
    w.attach(history_page=HistoryPage(None, Settings()))
    qtbot.addWidget(w)
    yield w
    if w.driver is not None:
        w.driver.stop()


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def shown_part(widget: QWidget) -> QRect:
    """The part of ``widget`` its window shows: its rectangle cut by every ancestor's."""
    window = widget.window()
    shown = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return shown


def clipped_controls(page: QWidget) -> list[str]:
    """Visible controls the window cuts off, even by a pixel.

    Inside a scroll area, a card below the fold is reached by scrolling; the scroll area
    itself must be wholly shown.
    """
    cut = []
    for child in page.findChildren(QWidget):
        kinds = QAbstractButton | QLabel | QAbstractScrollArea
        if not isinstance(child, kinds) or not child.isVisible() or in_scroll_area(child):
            continue
        if shown_part(child).size() != child.size():
            name = child.objectName() or getattr(child, "text", lambda: "")()[:30]
            cut.append(f"{type(child).__name__} {name!r}")
    return cut


def test_a_1024x640_screen_shows_every_control_of_every_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    chosen = place_window(window, Settings(), screens=[SMALL], first_screen=SMALL)
    assert chosen.width + DEFAULT_FRAME.left + DEFAULT_FRAME.right <= SMALL.width
    assert chosen.height + DEFAULT_FRAME.top + DEFAULT_FRAME.bottom <= SMALL.height
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (chosen.width, chosen.height)
    assert clipped_controls(window.picker) == []
    window.start_routine(SHORT.id)
    assert window.stack.currentWidget() is window.session_page
    assert clipped_controls(window.session_page) == []
    assert window.driver is not None
    window.driver.stop()
    assert window.stack.currentWidget() is window.summary_page
    assert clipped_controls(window.summary_page) == []
    window.show_history()
    assert window.history_page is not None and clipped_controls(window.history_page) == []


def test_a_big_screen_gets_the_preferred_size(window: MainWindow) -> None:
    chosen = place_window(window, Settings(), screens=[DESK], first_screen=DESK)
    assert (chosen.width, chosen.height) == (1280, 720)


def test_a_remembered_geometry_on_an_existing_screen_is_restored(
    qtbot: QtBot, window: MainWindow
) -> None:
    settings = Settings(window_geometry=(200, 150, 1100, 650))
    chosen = place_window(window, settings, screens=[DESK], first_screen=DESK)
    assert chosen == Rect(200, 150, 1100, 650)
    assert window.geometry().getRect() == (200, 150, 1100, 650)
    assert remembered(window, Settings()).window_geometry == (200, 150, 1100, 650)


def test_a_geometry_on_an_unplugged_screen_is_not_restored(window: MainWindow) -> None:
    settings = Settings(window_geometry=(-1500, 100, 1100, 650))  # a monitor on the left
    chosen = place_window(window, settings, screens=[SMALL], first_screen=SMALL)
    assert chosen.width <= SMALL.width and chosen.height <= SMALL.height
    assert window.size().toTuple() == (chosen.width, chosen.height)


def test_maximised_and_full_screen_come_back(qtbot: QtBot, window: MainWindow) -> None:
    place_window(window, Settings(window_maximized=True), screens=[DESK], first_screen=DESK)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    place_window(
        window,
        Settings(window_maximized=True, window_full_screen=True),
        screens=[DESK],
        first_screen=DESK,
    )
    window.show()
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    saved = remembered(window, Settings())
    assert saved.window_full_screen
    window.showNormal()
    assert not remembered(window, Settings()).window_full_screen


def test_closing_hides_to_the_tray_and_says_so_once(qtbot: QtBot, window: MainWindow) -> None:
    answers = [CloseAction.HIDE_AND_EXPLAIN, CloseAction.HIDE]
    quits: list[int] = []
    closer = CloseToTray(
        window, lambda: answers.pop(0) if answers else CloseAction.QUIT,
        quit_app=lambda: quits.append(1),
    )  # fmt: skip
    told: list[bool] = []
    closer.hidden.connect(told.append)
    window.show()
    qtbot.waitExposed(window)
    window.start_routine(SHORT.id)
    assert not window.close()  # refused: it went to the tray instead
    assert not window.isVisible() and told == [True]
    # The session goes on in the tray.
    assert window.driver is not None and window.driver.state is SessionState.RUNNING
    window.show()
    window.close()
    assert told == [True, False] and quits == []
    window.close()  # the third close quits
    assert quits == [1]


def test_quit_closes_for_real_and_saves_the_session(qtbot: QtBot, window: MainWindow) -> None:
    quits: list[int] = []
    closer = CloseToTray(window, lambda: CloseAction.HIDE, quit_app=lambda: quits.append(1))
    window.show()
    qtbot.waitExposed(window)
    window.start_routine(SHORT.id)
    window.hide()  # in the tray
    closer.quit()
    assert quits == [1]
    assert window.driver is not None and window.driver.state is SessionState.FINISHED


def test_closing_quits_when_the_rule_says_so(qtbot: QtBot, window: MainWindow) -> None:
    quits: list[int] = []
    CloseToTray(window, lambda: CloseAction.QUIT, quit_app=lambda: quits.append(1))
    window.show()
    qtbot.waitExposed(window)
    assert window.close()
    assert quits == [1]
