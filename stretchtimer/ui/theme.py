"""Light or dark with Qt's Fusion style: following the system, or as the person chose.

Fusion draws from the application palette. The appearance setting says "system" (follow
the scheme the desktop reports, and its changes), "light" or "dark". Where the platform
reports a dark scheme but hands over a light palette (a bare X session, some window
managers), the dark palette is built here, so the app still follows the scheme. Every text
colour pair of both palettes meets WCAG AA (4.5:1); a test checks it from the palettes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from stretchtimer.ui.colours import ACCENT_STRONG


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
        role.Highlight: ACCENT_STRONG,
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
    p.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT_STRONG))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return p


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Set the palette for ``scheme`` (default: what the system reports now)."""
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette(app))


def scheme_for(appearance: str, system: Qt.ColorScheme) -> Qt.ColorScheme:
    """The scheme to show for an appearance setting, given what the system reports."""
    if appearance == "light":
        return Qt.ColorScheme.Light
    if appearance == "dark":
        return Qt.ColorScheme.Dark
    return system


class Appearance(QObject):
    """Keeps the application's palette to the appearance setting and, for "system", to
    the desktop's scheme as it changes."""

    def __init__(self, app: QApplication, appearance: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self._appearance = appearance
        self._shown: Qt.ColorScheme | None = None
        app.setStyle("Fusion")
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self._apply()

    @property
    def scheme(self) -> Qt.ColorScheme | None:
        return self._shown

    def set_appearance(self, appearance: str) -> None:
        if appearance != self._appearance:
            self._appearance = appearance
            self._apply()

    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._apply(scheme)

    def _apply(self, system: Qt.ColorScheme | None = None) -> None:
        reported = system if system is not None else QGuiApplication.styleHints().colorScheme()
        wanted = scheme_for(self._appearance, reported)
        if wanted != self._shown:
            self._shown = wanted
            apply_scheme(self._app, wanted)

