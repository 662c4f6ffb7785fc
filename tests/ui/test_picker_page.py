"""The routine list: pictures, last done, pinned first, the streak header, focus and arrows,
and the friendly banner for problems."""

# The tests assert one attribute's changing value in turn; mypy keeps the first narrowing.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT

from stretchtimer.model.days import today_for
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary
from stretchtimer.ui.colours import ACCENT, contrast, readable_on
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.picker.card import RoutineCard, last_done_text
from stretchtimer.ui.theme import dark_palette


def add_session(store: HistoryStore, routine_id: str, day: date, seconds: float = 300.0) -> None:
    started = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    sid = store.begin_session(routine_id, routine_id, started, "UTC", day, 600.0)
    items = (ItemSummary(0, "cat-cow", "Cat–cow", 60.0, seconds, ItemOutcome.COMPLETED),)
    store.finish(
        sid,
        SessionSummary(routine_id, routine_id, SessionStatus.COMPLETED, 600, seconds, seconds, items),
    )


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    opened, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    return opened


def card(window: MainWindow, routine_id: str) -> RoutineCard:
    return next(c for c in window.picker.cards if c.info.routine_id == routine_id)


def test_every_card_has_a_picture(window: MainWindow) -> None:
    for c in window.picker.cards:
        assert c.picture.frame_count() == 1
        assert c.info.first is not None and c.picture.accessibleName() == c.info.first.name


def test_cards_say_when_each_routine_was_last_done_and_the_header_the_streak(
    window: MainWindow, store: HistoryStore
) -> None:
    today = today_for(window.settings.value)
    for back in (1, 2, 3):
        add_session(store, SHORT.id, today - timedelta(days=back))
    add_session(store, "quick-reset", today - timedelta(days=20))
    assert not window.picker.standing.isVisible()
    window.attach(history=store)
    assert card(window, SHORT.id).last_done.text() == "Last done yesterday"
    assert card(window, "quick-reset").last_done.text().startswith("Last done on ")
    assert card(window, "midday-desk-break").last_done.text() == "Not done yet"
    assert window.picker.standing.isVisible()
    assert window.picker.streak_label.text() == "3-day streak: stretch today to keep it"
    assert window.picker.week_label.text().startswith("This week: ")
    assert window.picker.week_label.text().endswith(" of 4 days")
    store.close()


@pytest.mark.parametrize(
    ("ago", "text"),
    [(0, "Last done today"), (1, "Last done yesterday"), (4, "Last done 4 days ago")],
)
def test_last_done_words(qtbot: QtBot, ago: int, text: str) -> None:
    today = date(2025, 6, 18)
    assert last_done_text(today - timedelta(days=ago), today) == text
    assert last_done_text(None, today) == "Not done yet"


def test_p_pins_a_routine_to_the_top_and_again_unpins_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    third = window.picker.cards[2]
    routine_id = third.info.routine_id
    third.setFocus()
    qtbot.keyClick(third, Qt.Key.Key_P)
    assert window.settings.value.pinned_routines == (routine_id,)
    first = window.picker.cards[0]
    assert first.info.routine_id == routine_id and first.pinned
    assert first.hasFocus()
    assert first.pin_button.accessibleName().startswith("Unpin")
    qtbot.mouseClick(first.pin_button, Qt.MouseButton.LeftButton)
    assert window.settings.value.pinned_routines == ()
    assert window.picker.cards[2].info.routine_id == routine_id


def test_the_arrow_keys_move_between_cards(window: MainWindow, qtbot: QtBot) -> None:
    cards = window.picker.cards
    cards[0].setFocus()
    qtbot.keyClick(cards[0], Qt.Key.Key_Right)
    assert cards[1].hasFocus()
    qtbot.keyClick(cards[1], Qt.Key.Key_Down)
    assert cards[4].hasFocus()
    qtbot.keyClick(cards[4], Qt.Key.Key_Left)
    assert cards[3].hasFocus()
    qtbot.keyClick(cards[3], Qt.Key.Key_Up)
    assert cards[0].hasFocus()
    qtbot.keyClick(cards[0], Qt.Key.Key_Up)  # nothing above the first row: stays
    assert cards[0].hasFocus()


def accent_pixels(image: QImage, accent: QColor) -> int:
    found = 0
    for y in range(image.height()):
        for x in (1, 2, 3, image.width() - 3, image.width() - 2):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - accent.red()) + abs(pixel.green() - accent.green()) + abs(
                pixel.blue() - accent.blue()
            ) < 40:
                found += 1
    return found


def test_the_focused_card_has_a_ring_the_others_do_not(window: MainWindow) -> None:
    first, second = window.picker.cards[:2]
    second.setFocus()
    QApplication.processEvents()
    plain = first.grab().toImage()
    first.setFocus()
    QApplication.processEvents()
    ringed = first.grab().toImage()
    assert plain != ringed
    window_colour = first.palette().color(QPalette.ColorRole.Window)
    ring = readable_on(ACCENT, window_colour, 3.0)
    assert accent_pixels(ringed, ring) > first.height()  # down both sides
    assert accent_pixels(plain, ring) == 0


def test_cards_keep_a_visible_outline_on_a_dark_palette(window: MainWindow) -> None:
    first = window.picker.cards[0]
    first.setPalette(dark_palette())
    window.picker.cards[1].setFocus()
    QApplication.processEvents()
    image = first.grab().toImage()
    edge = image.pixelColor(image.width() // 2, 3)
    background = dark_palette().color(QPalette.ColorRole.Window)
    assert contrast(edge, background) >= 1.6


def test_problems_are_a_friendly_banner_with_details_and_dismiss(
    window: MainWindow, qtbot: QtBot
) -> None:
    banner = window.picker.banner
    assert not banner.isVisible()
    window.set_notices(["routines/a.json: item 'x': field 'reps': must be 1 to 50"])
    assert banner.isVisible()
    assert banner.headline.text() == (
        "1 thing needs your attention; everything else works as usual."
    )
    assert not banner.details.isVisible()
    qtbot.mouseClick(banner.details_button, Qt.MouseButton.LeftButton)
    assert banner.details.isVisible() and "a.json" in banner.details.text()
    window.show_problem("History could not be saved.")
    assert banner.headline.text().startswith("2 things need your attention")
    assert banner.messages()[-1] == "History could not be saved."
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    window.show_problem("The sound output went away.")
    assert banner.isVisible() and banner.messages() == ["The sound output went away."]


def test_the_streak_header_leaves_the_window_free_to_be_narrow(
    window: MainWindow, store: HistoryStore
) -> None:
    QApplication.processEvents()
    before = window.picker.minimumSizeHint().width()
    window.attach(history=store)  # "No streak yet: today can start one" and the week
    assert window.picker.standing.isVisible()
    QApplication.processEvents()
    # The streak line has a row of its own and wraps: the page is no wider for it (beside
    # the title it once pushed the window's least width past 1,000 pixels).
    assert window.picker.minimumSizeHint().width() <= before
    store.close()


def test_a_long_word_in_a_card_title_shrinks_the_title_instead_of_being_cut(
    qtbot: QtBot,
) -> None:
    from PySide6.QtGui import QFont

    from stretchtimer.ui.pages.picker.title import SMALLEST, CardTitle

    font = QFont()
    font.setPointSizeF(14.0)
    font.setBold(True)
    title = CardTitle("Linderung bei Rückenschmerzen", font)
    qtbot.addWidget(title)
    room = title.fontMetrics().horizontalAdvance("Rückenschmerzen") - 20
    title.resize(room, 200)
    title.show()
    widest = max(title.fontMetrics().horizontalAdvance(w) for w in title.text().split())
    assert widest <= title.contentsRect().width()
    assert SMALLEST * 14.0 <= title.font().pointSizeF() < 14.0
    title.resize(room + 200, 200)  # room again: back to the full size
    assert title.font().pointSizeF() == 14.0


def test_a_card_whose_first_exercise_has_no_picture_shows_the_neutral_figure(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = card(window, SHORT.id).info.first
    assert first is not None
    info = replace(card(window, SHORT.id).info, own=True)
    bare = RoutineCard(info, lambda _exercise: [])
    qtbot.addWidget(bare)
    assert bare.picture.showing_placeholder()


def ink_pixels(image: QImage, ink: QColor) -> int:
    """Pixels within a few levels of ``ink`` (the figure's lines, not their antialiased rims)."""

    def near(c: QColor) -> bool:
        return (
            max(abs(c.red() - ink.red()), abs(c.green() - ink.green()), abs(c.blue() - ink.blue()))
            <= 8
        )

    return sum(
        near(image.pixelColor(x, y)) for y in range(image.height()) for x in range(image.width())
    )


def test_a_shown_routine_list_keeps_its_pictures_as_pixels_not_parsed_svgs(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    for c in window.picker.cards:
        c.picture.grab()  # each card's picture painted at least once
    QApplication.processEvents()
    assert window.picker.findChildren(QSvgRenderer) == []
    # Nor held anywhere else: no parsed document is alive in the process (a wrapper whose
    # object an earlier test deleted does not count).
    live = [o for o in gc.get_objects() if isinstance(o, QSvgRenderer) and shiboken6.isValid(o)]
    assert live == []
    assert all(not c.picture.showing_placeholder() for c in window.picker.cards)


def test_a_card_picture_is_drawn_again_in_the_dark_palette_ink(
    qtbot: QtBot, window: MainWindow
) -> None:
    picture = window.picker.cards[0].picture
    light_ink = picture.palette().color(QPalette.ColorRole.WindowText)
    dark_ink = dark_palette().color(QPalette.ColorRole.WindowText)
    assert ink_pixels(picture.grab().toImage(), light_ink) > 20
    picture.setPalette(dark_palette())
    drawn = picture.grab().toImage()
    assert ink_pixels(drawn, dark_ink) > 20
    assert ink_pixels(drawn, light_ink) == 0
