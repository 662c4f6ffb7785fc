"""The settings dialog's "Desktop" group: start at login, and what the tray's absence means."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from stretchtimer.model.settings import Settings
from stretchtimer.ui.desktop import Availability


@dataclass(frozen=True)
class DesktopOptions:
    """What the desktop allows here, found at start-up."""

    tray: Availability
    autostart: Availability


class DesktopSettingsGroup(QGroupBox):
    """Edits ``start_at_login``; says plainly why a desktop feature cannot work here."""

    def __init__(
        self, settings: Settings, options: DesktopOptions, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Desktop"), parent)
        self.setObjectName("desktop_settings")
        self.start_at_login = QCheckBox(self.tr("Start StretchTimer in the tray when I &log in"))
        self.start_at_login.setObjectName("start_at_login")
        self.start_at_login.setChecked(settings.start_at_login and options.autostart.available)
        self.start_at_login.setEnabled(options.autostart.available)
        layout = QVBoxLayout(self)
        layout.addWidget(self.start_at_login)
        self.notes: list[QLabel] = []
        for reason in (options.autostart.reason, options.tray.reason):
            if reason:
                note = QLabel(reason)
                note.setWordWrap(True)
                note.setObjectName("desktop_note")
                layout.addWidget(note)
                self.notes.append(note)
        if options.autostart.reason:
            self.start_at_login.setToolTip(options.autostart.reason)

    def show_settings(self, settings: Settings) -> None:
        if self.start_at_login.isEnabled():
            self.start_at_login.setChecked(settings.start_at_login)

    def apply_to(self, settings: Settings) -> Settings:
        if not self.start_at_login.isEnabled():
            return settings
        return settings.with_changes(start_at_login=self.start_at_login.isChecked())


__all__ = ["DesktopOptions", "DesktopSettingsGroup"]
