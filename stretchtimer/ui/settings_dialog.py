"""The settings dialog: sound, voice, breathing pace, motion, the practice goal (General)
and the reminders (Reminders)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.settings import Settings, setting_limits
from stretchtimer.ui.desktop.settings_group import DesktopOptions, DesktopSettingsGroup
from stretchtimer.ui.reminders.page import RemindersPage, ReminderStatus
from stretchtimer.ui.sync_section import SyncSection


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings()`` gives the new ones after OK.

    Ranges, steps and the values "Restore Defaults" puts back come from the Settings
    declaration itself, so the dialog can never offer a value the loader would refuse.
    """

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        desktop: DesktopOptions | None = None,
        routines: Sequence[tuple[str, str]] = (),
        reminder_status: ReminderStatus | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("StretchTimer settings"))
        self._original = settings

        self.volume = QSlider(Qt.Orientation.Horizontal)
        low, high, step = _whole_limits("volume")
        self.volume.setRange(low, high)
        self.volume.setSingleStep(step)
        self.volume.setValue(settings.volume)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume_label = QLabel()
        self.volume.valueChanged.connect(self._on_volume_value_changed)
        self._on_volume_value_changed(settings.volume)
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_label)
        self.muted = self._check(self.tr("&Mute all sounds"), settings.muted)
        self.ticks = self._check(self.tr("&Ticks in the last three seconds"), settings.tick_sounds)
        self.breath = self._check(
            self.tr("Soft tones when the &breath turns"), settings.breath_sounds
        )
        self.voice = self._check(
            self.tr("Spoken &prompts (exercise names, switch sides, rest)"), settings.voice_prompts
        )
        self.voice_countdown = self._check(
            self.tr("Spoken &countdown (three, two, one)"), settings.voice_countdown
        )
        sound = QGroupBox(self.tr("Sound"))
        sound_form = QFormLayout(sound)
        sound_form.addRow(self.tr("&Volume"), volume_row)
        for box in (self.muted, self.ticks, self.breath, self.voice, self.voice_countdown):
            sound_form.addRow(box)

        self.inhale = self._seconds("inhale_seconds", settings.inhale_seconds)
        self.inhale.setAccessibleName(self.tr("Breathe in for"))
        self.exhale = self._seconds("exhale_seconds", settings.exhale_seconds)
        self.exhale.setAccessibleName(self.tr("Breathe out for"))
        self.reduced_motion = self._check(
            self.tr("&Reduce motion (steady ring and breathing guide)"), settings.reduced_motion
        )
        pace = QGroupBox(self.tr("Breathing and motion"))
        pace_form = QFormLayout(pace)
        pace_form.addRow(self.tr("Breathe &in for"), self.inhale)
        pace_form.addRow(self.tr("Breathe &out for"), self.exhale)
        pace_form.addRow(self.reduced_motion)

        self.goal = _whole_spin("weekly_goal_days", settings.weekly_goal_days)
        self.goal.setSuffix(self.tr(" days a week"))
        self.goal.setAccessibleName(self.tr("Weekly goal"))
        self.day_start = _whole_spin("day_start_hour", settings.day_start_hour)
        self.day_start.setSuffix(":00")
        self.day_start.setAccessibleName(self.tr("A new day starts at"))
        self.day_start.setToolTip(
            self.tr(
                "A session before this hour counts for the day before, "
                "so a late-night stretch keeps your streak."
            )
        )
        self.show_safety = self._check(
            self.tr("Show the &safety notice on the routine list"), not settings.safety_acknowledged
        )
        practice = QGroupBox(self.tr("Practice"))
        practice_form = QFormLayout(practice)
        practice_form.addRow(self.tr("Weekly &goal"), self.goal)
        practice_form.addRow(self.tr("A new &day starts at"), self.day_start)
        practice_form.addRow(self.show_safety)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.clicked.connect(self.restore_defaults)
        self.desktop = DesktopSettingsGroup(settings, desktop) if desktop is not None else None
        general = QWidget()
        general_layout = QVBoxLayout(general)
        for group in (sound, pace, practice, self.desktop):
            if group is not None:
                general_layout.addWidget(group)
        general_layout.addStretch(1)
        self._general_layout = general_layout
        self.sync: SyncSection | None = None
        self.reminders_page = RemindersPage(settings.reminders, routines, reminder_status)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("&General"))
        self.tabs.addTab(self.reminders_page, self.tr("&Reminders"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def set_sync(self, section: SyncSection) -> None:
        """Add the sync section (when the history can sync; see ``stretchtimer.app``)."""
        self.sync = section
        self._general_layout.insertWidget(self._general_layout.count() - 1, section)

    def accept(self) -> None:
        if self.sync is None or self.sync.check():
            super().accept()

    def _check(self, text: str, on: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(on)
        return box

    def _seconds(self, setting: str, value: float) -> QDoubleSpinBox:
        limits = setting_limits(setting)
        spin = QDoubleSpinBox()
        spin.setRange(limits.low, limits.high)
        spin.setSingleStep(limits.step)
        spin.setDecimals(0 if float(limits.step).is_integer() else 1)
        spin.setSuffix(self.tr(" s"))
        spin.setValue(value)
        return spin

    def show_settings(self, settings: Settings) -> None:
        """Put ``settings`` into every control (OK then keeps them, Cancel does not)."""
        self.volume.setValue(settings.volume)
        self.muted.setChecked(settings.muted)
        self.ticks.setChecked(settings.tick_sounds)
        self.breath.setChecked(settings.breath_sounds)
        self.voice.setChecked(settings.voice_prompts)
        self.voice_countdown.setChecked(settings.voice_countdown)
        self.inhale.setValue(settings.inhale_seconds)
        self.exhale.setValue(settings.exhale_seconds)
        self.reduced_motion.setChecked(settings.reduced_motion)
        self.goal.setValue(settings.weekly_goal_days)
        self.day_start.setValue(settings.day_start_hour)
        self.show_safety.setChecked(not settings.safety_acknowledged)
        if self.desktop is not None:
            self.desktop.show_settings(settings)

    def restore_defaults(self) -> None:
        self.show_settings(Settings())

    def _on_volume_value_changed(self, value: int) -> None:
        self.volume_label.setText(f"{value} %")

    def result_settings(self) -> Settings:
        chosen = self._original if self.desktop is None else self.desktop.apply_to(self._original)
        # The sync folder is a place, not a preference: Restore Defaults leaves it be.
        if self.sync is not None:
            chosen = chosen.with_changes(sync_folder=self.sync.folder())
        return chosen.with_changes(
            volume=self.volume.value(),
            muted=self.muted.isChecked(),
            tick_sounds=self.ticks.isChecked(),
            breath_sounds=self.breath.isChecked(),
            voice_prompts=self.voice.isChecked(),
            voice_countdown=self.voice_countdown.isChecked(),
            inhale_seconds=self.inhale.value(),
            exhale_seconds=self.exhale.value(),
            reduced_motion=self.reduced_motion.isChecked(),
            weekly_goal_days=self.goal.value(),
            day_start_hour=self.day_start.value(),
            safety_acknowledged=not self.show_safety.isChecked(),
            reminders=self.reminders_page.result(),
        )


def _whole_limits(setting: str) -> tuple[int, int, int]:
    limits = setting_limits(setting)
    return int(limits.low), int(limits.high), int(limits.step)


def _whole_spin(setting: str, value: int) -> QSpinBox:
    low, high, step = _whole_limits(setting)
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setValue(value)
    return spin
