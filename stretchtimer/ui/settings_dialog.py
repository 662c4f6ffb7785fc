"""The settings dialog: sound, voice, breathing pace, motion and the practice goal."""

from __future__ import annotations

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
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.settings import Settings


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings()`` gives the new ones after OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("StretchTimer settings"))
        self._original = settings

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
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

        self.inhale = self._seconds(settings.inhale_seconds, self.tr("Breathe in for"))
        self.exhale = self._seconds(settings.exhale_seconds, self.tr("Breathe out for"))
        self.reduced_motion = self._check(
            self.tr("&Reduce motion (steady ring and breathing guide)"), settings.reduced_motion
        )
        pace = QGroupBox(self.tr("Breathing and motion"))
        pace_form = QFormLayout(pace)
        pace_form.addRow(self.tr("Breathe &in for"), self.inhale)
        pace_form.addRow(self.tr("Breathe &out for"), self.exhale)
        pace_form.addRow(self.reduced_motion)

        self.goal = QSpinBox()
        self.goal.setRange(1, 7)
        self.goal.setValue(settings.weekly_goal_days)
        self.goal.setSuffix(self.tr(" days a week"))
        self.goal.setAccessibleName(self.tr("Weekly goal"))
        self.day_start = QSpinBox()
        self.day_start.setRange(0, 12)
        self.day_start.setValue(settings.day_start_hour)
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
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for group in (sound, pace, practice):
            layout.addWidget(group)
        layout.addWidget(buttons)

    def _check(self, text: str, on: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(on)
        return box

    def _seconds(self, value: float, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(1.0, 15.0)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setSuffix(self.tr(" s"))
        spin.setValue(value)
        spin.setAccessibleName(name)
        return spin

    def _on_volume_value_changed(self, value: int) -> None:
        self.volume_label.setText(f"{value} %")

    def result_settings(self) -> Settings:
        return self._original.with_changes(
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
        )
