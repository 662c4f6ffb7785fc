"""Follow the system's light or dark scheme with Qt's Fusion style.

Fusion draws from the application palette. Where the platform supplies a palette that
matches its colour scheme, that palette is used as it is; where it reports a dark scheme
but hands over a light palette (a bare X session, some window managers), a dark palette
is built here so the app still follows the scheme.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from stretchtimer.ui.colours import ACCENT


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#1f2124",
        role.WindowText: "#e8e6e3",
        role.Base: "#17181a",
        role.AlternateBase: "#25272b",
        role.ToolTipBase: "#2b2d31",
        role.ToolTipText: "#e8e6e3",
        role.PlaceholderText: "#9a9ea6",
        role.Text: "#e8e6e3",
        role.Button: "#2b2d31",
        role.ButtonText: "#e8e6e3",
        role.BrightText: "#ffffff",
        role.Light: "#3a3d42",
        role.Midlight: "#33363a",
        role.Mid: "#4a4e55",
        role.Dark: "#121314",
        role.Shadow: "#000000",
        role.Highlight: ACCENT,
        role.HighlightedText: "#ffffff",
        role.Link: "#6cc3b8",
        role.LinkVisited: "#a58de8",
    }
    for r, value in colours.items():
        p.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#6b6f76"))
    return p


def light_palette(app: QApplication) -> QPalette:
    p = app.style().standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return p


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Set the palette for ``scheme`` (default: what the system reports now)."""
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette(app))


def follow_system_scheme(app: QApplication) -> None:
    app.setStyle("Fusion")
    apply_scheme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda s: apply_scheme(app, s))
