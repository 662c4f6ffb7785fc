"""Appearance (system, light, dark) and text contrast: WCAG AA, checked from the palettes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from stretchtimer.model.plan import Phase
from stretchtimer.ui.colours import (
    AA_TEXT,
    ACCENT,
    PHASE_COLOURS,
    contrast,
    phase_ink,
    readable_on,
)
from stretchtimer.ui.pages.history.texts import mute
from stretchtimer.ui.theme import Appearance, dark_palette, is_dark, light_palette, scheme_for
from stretchtimer.ui.widgets._palette import blend
from stretchtimer.ui.widgets.notice_banner import WARM
from stretchtimer.ui.widgets.track_bar import TrackBar

R = QPalette.ColorRole
TEXT_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.PlaceholderText, R.Base),
    (R.PlaceholderText, R.Window),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.Link, R.Base),
    (R.Link, R.Window),
]


def palettes(app: QApplication) -> dict[str, QPalette]:
    return {"light": light_palette(app), "dark": dark_palette()}


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    saved = QPalette(instance.palette())
    yield instance
    instance.setPalette(saved)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("text", "ground"), TEXT_PAIRS, ids=lambda r: r.name)
def test_every_text_colour_of_the_palette_meets_aa(
    app: QApplication, scheme: str, text: R, ground: R
) -> None:
    palette = palettes(app)[scheme]
    ratio = contrast(palette.color(text), palette.color(ground))
    assert ratio >= AA_TEXT, f"{scheme} {text.name} on {ground.name}: {ratio:.2f}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_coloured_and_quieter_text_meets_aa_too(app: QApplication, scheme: str) -> None:
    palette = palettes(app)[scheme]
    window, ink = palette.color(R.Window), palette.color(R.WindowText)
    for phase in Phase:
        assert contrast(phase_ink(phase, window), window) >= AA_TEXT, phase
    # The history page's side notes and a card's positions line are quieter than the text.
    label = QLabel()
    label.setPalette(palette)
    mute(label)
    assert contrast(label.palette().color(R.WindowText), window) >= AA_TEXT
    assert contrast(readable_on(blend(window, ink, 0.7), window), window) >= AA_TEXT
    # Text on the tinted boxes: the caution, the banner, the summary's tiles and milestone.
    for tint_colour in (PHASE_COLOURS[Phase.GET_READY], WARM, ACCENT):
        tint = readable_on(tint_colour, window, 3.0)
        for amount in (0.14, 0.32):
            assert contrast(ink, blend(window, tint, amount)) >= AA_TEXT, (tint_colour, amount)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_outlines_and_the_focus_ring_stand_out(app: QApplication, scheme: str) -> None:
    palette = palettes(app)[scheme]
    window, ink = palette.color(R.Window), palette.color(R.WindowText)
    # WCAG 1.4.11: 3:1 for what shows a control's state, such as the focus ring.
    assert contrast(readable_on(ACCENT, window, 3.0), window) >= 3.0
    # A card's outline (a third of the way to the text colour) is visible on both.
    assert contrast(blend(window, ink, 0.32), window) >= 1.6


def test_readable_on_moves_a_colour_only_as_far_as_needed() -> None:
    white = QColor("#ffffff")
    kept = readable_on("#000000", white)
    assert kept == QColor("#000000")
    darker = readable_on("#D99A1E", white)
    assert contrast(darker, white) >= AA_TEXT
    assert contrast(darker, white) < 6.0  # the least change that reaches the ratio


@pytest.mark.parametrize(
    ("appearance", "system", "shown"),
    [
        ("system", Qt.ColorScheme.Dark, Qt.ColorScheme.Dark),
        ("system", Qt.ColorScheme.Light, Qt.ColorScheme.Light),
        ("system", Qt.ColorScheme.Unknown, Qt.ColorScheme.Unknown),
        ("light", Qt.ColorScheme.Dark, Qt.ColorScheme.Light),
        ("dark", Qt.ColorScheme.Light, Qt.ColorScheme.Dark),
    ],
)
def test_the_scheme_for_each_appearance(
    appearance: str, system: Qt.ColorScheme, shown: Qt.ColorScheme
) -> None:
    assert scheme_for(appearance, system) == shown


def test_the_appearance_follows_the_setting_and_for_system_the_desktop(
    app: QApplication,
) -> None:
    follower = Appearance(app, "dark")
    assert is_dark(app.palette())
    follower.set_appearance("light")
    assert not is_dark(app.palette())
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not is_dark(app.palette())  # "light" stays light whatever the desktop does
    follower.set_appearance("system")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(app.palette())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark(app.palette())
    follower.deleteLater()


def test_progress_tracks_stay_visible_on_a_dark_window(qtbot: QtBot) -> None:
    bar = TrackBar()
    qtbot.addWidget(bar)
    bar.setPalette(dark_palette())
    bar.resize(200, 8)
    bar.setRange(0, 4)
    bar.setValue(1)
    image = bar.grab().toImage()
    window = dark_palette().color(R.Window)
    empty = image.pixelColor(150, 4)  # past the filled quarter
    assert contrast(empty, window) >= 1.6
    filled = image.pixelColor(20, 4)
    assert contrast(filled, window) >= 3.0
