"""The settings dialog: sound and voice, breathing pace, motion, appearance and the practice
goal (General), and the reminders (Reminders)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.language import ENDONYMS, SYSTEM
from stretchtimer.model.settings import Settings, setting_choices, setting_limits
from stretchtimer.ui.access import quiet_scroll_area
from stretchtimer.ui.desktop.settings_group import DesktopOptions, DesktopSettingsGroup
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.reminders.page import RemindersPage, ReminderStatus
from stretchtimer.ui.sync_section import SyncSection
from stretchtimer.ui.tall_page import TallPage, fit_to_screen


@runtime_checkable
class SoundCheck(Protocol):
    """What "Test sound" and "Test voice" need of the player (CuePlayer has both)."""

    def play_sample(self, volume: int) -> bool: ...
    def say_sample(self, phrase: str) -> bool: ...
    def missing_voice(self) -> str | None: ...


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings()`` gives the new ones after OK.

    Ranges, steps, choices and the values "Restore Defaults" puts back come from the
    Settings declaration itself, so the dialog can never offer a value the loader would
    refuse. Options that depend on another (the sounds on "Mute", the spoken countdown on
    the spoken prompts) are greyed out while it is off.
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
        # The application name is added to the title by Qt; the dialog names itself only.
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self._check: SoundCheck | None = None
        self.desktop = DesktopSettingsGroup(settings, desktop) if desktop is not None else None
        self.general = QWidget()
        general_layout = QVBoxLayout(self.general)
        for group in (self._sound(settings), self._pace(settings), self._look(settings),
                      self._practice(settings), self.desktop):  # fmt: skip
            if group is not None:
                general_layout.addWidget(group)
        general_layout.addStretch(1)
        self._general_layout = general_layout
        self.sync: SyncSection | None = None
        self.reminders_page = RemindersPage(settings.reminders, routines, reminder_status)
        self.tabs = QTabWidget()
        # The tab bar takes the focus; the widget around it would be a blank stop of its own
        # (its policy passes on to the tab bar, its focus proxy, so the bar's is set after).
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        general_page, reminders_page = TallPage(self.general), TallPage(self.reminders_page)
        quiet_scroll_area(general_page, self.tr("General settings"))
        quiet_scroll_area(reminders_page, self.tr("Reminder settings"))
        self.tabs.addTab(general_page, self.tr("&General"))
        self.tabs.addTab(reminders_page, self.tr("&Reminders"))
        self._fitted = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.clicked.connect(self.restore_defaults)
        layout.addWidget(buttons)
        self._update_dependents()

    # ----- the groups ----------------------------------------------------------------------
    def _sound(self, settings: Settings) -> QGroupBox:
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
        # A label with a mnemonic needs a buddy, or the "&" is drawn as it is.
        self.volume_caption = QLabel(self.tr("&Volume"))
        self.volume_caption.setBuddy(self.volume)
        self.muted = self._check_box(self.tr("&Mute all sounds"), settings.muted)
        self.ticks = self._check_box(
            self.tr("&Ticks in the last three seconds"), settings.tick_sounds
        )
        self.breath = self._check_box(
            self.tr("Soft tones when the &breath turns"), settings.breath_sounds
        )
        self.voice = self._check_box(
            self.tr("Spoken &prompts (exercise names, switch sides, rest)"), settings.voice_prompts
        )
        self.voice_countdown = self._check_box(
            self.tr("Spoken &countdown (three, two, one)"), settings.voice_countdown
        )
        self.muted.toggled.connect(self._update_dependents)
        self.voice.toggled.connect(self._update_dependents)
        self.test_sound_button = QPushButton(self.tr("Test &sound"))
        self.test_sound_button.setToolTip(self.tr("Play the hold tone at this volume"))
        self.test_sound_button.clicked.connect(self.test_sound)
        self.test_voice_button = QPushButton(self.tr("Test voic&e"))
        self.test_voice_button.setToolTip(self.tr("Say a prompt the way a session would"))
        self.test_voice_button.clicked.connect(self.test_voice)
        tests = QHBoxLayout()
        tests.addWidget(self.test_sound_button)
        tests.addWidget(self.test_voice_button)
        tests.addStretch(1)
        self.sound_note = QLabel()
        self.sound_note.setWordWrap(True)
        self.sound_note.setAccessibleDescription(self.tr("Sound test result"))
        self.sound_note.hide()
        group = QGroupBox(self.tr("Sound"))
        form = QFormLayout(group)
        form.addRow(self.volume_caption, volume_row)
        for box in (self.muted, self.ticks, self.breath, self.voice, self.voice_countdown):
            form.addRow(box)
        form.addRow(tests)
        form.addRow(self.sound_note)
        return group

    def _pace(self, settings: Settings) -> QGroupBox:
        self.inhale = self._seconds("inhale_seconds", settings.inhale_seconds)
        self.inhale.setAccessibleName(self.tr("Breathe in for"))
        self.exhale = self._seconds("exhale_seconds", settings.exhale_seconds)
        self.exhale.setAccessibleName(self.tr("Breathe out for"))
        self.reduced_motion = self._check_box(
            self.tr("Red&uce motion: a still ring and breathing circle, cues without a pulse"),
            settings.reduced_motion,
        )
        self.reduced_motion.setToolTip(
            self.tr(
                "The countdown ring does not sweep and the breathing circle does not grow "
                "(a thin bar fills instead); a cue lights the ring for a moment, without a pulse."
            )
        )
        group = QGroupBox(self.tr("Breathing and motion"))
        form = QFormLayout(group)
        form.addRow(self.tr("Breathe &in for"), self.inhale)
        form.addRow(self.tr("Breathe &out for"), self.exhale)
        form.addRow(self.reduced_motion)
        return group

    def _look(self, settings: Settings) -> QGroupBox:
        names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        self.appearance = QComboBox()
        for value in setting_choices("appearance"):
            self.appearance.addItem(names.get(value, value), value)
        self.appearance.setAccessibleName(self.tr("Appearance"))
        self._choose_appearance(settings.appearance)
        self.language = QComboBox()
        for value in setting_choices("language"):
            # Each language is named in itself, so it can be found whatever is shown now.
            name = self.tr("Follow the system") if value == SYSTEM else ENDONYMS[value]
            self.language.addItem(name, value)
        self.language.setAccessibleName(self.tr("Language"))
        self._choose(self.language, settings.language)
        self.language_note = QLabel(
            self.tr("StretchTimer speaks the new language when it next starts.")
        )
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        group = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(group)
        form.addRow(self.tr("Light or dar&k"), self.appearance)
        form.addRow(self.tr("L&anguage"), self.language)
        form.addRow(self.language_note)
        return group

    def _on_language_current_index_changed(self) -> None:
        self.language_note.setVisible(self.language.currentData() != self._original.language)

    def _practice(self, settings: Settings) -> QGroupBox:
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
        self.show_safety = self._check_box(
            self.tr("Show the safety &notice on the routine list"),
            not settings.safety_acknowledged,
        )
        group = QGroupBox(self.tr("Practice"))
        form = QFormLayout(group)
        form.addRow(self.tr("&Weekly goal"), self.goal)
        form.addRow(self.tr("A new &day starts at"), self.day_start)
        form.addRow(self.show_safety)
        return group

    def set_sync(self, section: SyncSection) -> None:
        """Add the sync section (when the history can sync; see ``stretchtimer.app``)."""
        self.sync = section
        self._general_layout.insertWidget(self._general_layout.count() - 1, section)

    def show_reminders(self) -> None:
        self.tabs.setCurrentIndex(1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # once: after that the size is the person's
            self._fitted = True
            fit_to_screen(self)

    def accept(self) -> None:
        if self.sync is None or self.sync.check():
            super().accept()

    def _check_box(self, text: str, on: bool) -> QCheckBox:
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

    def _choose_appearance(self, value: str) -> None:
        self._choose(self.appearance, value)

    @staticmethod
    def _choose(box: QComboBox, value: str) -> None:
        box.setCurrentIndex(max(0, box.findData(value)))

    # ----- behaviour ---------------------------------------------------------------------
    def set_sound_check(self, check: SoundCheck | None) -> None:
        """The player that "Test sound" and "Test voice" use (None: no sound this session)."""
        self._check = check

    def _update_dependents(self) -> None:
        sound = not self.muted.isChecked()
        for control in (self.volume, self.volume_caption, self.volume_label, self.ticks,
                        self.breath, self.voice, self.test_sound_button,
                        self.test_voice_button):  # fmt: skip
            control.setEnabled(sound)
        self.voice_countdown.setEnabled(sound and self.voice.isChecked())

    def test_sound(self) -> None:
        if self._check is None:
            self._say(self.tr("Sound is not available in this session, so cues are silent."))
        elif self._check.play_sample(self.volume.value()):
            self._say(fill(self.tr("Playing the hold tone at %1 %."), str(self.volume.value())))
        else:
            self._say(
                self.tr(
                    "No sound could be played. Check that speakers or headphones are "
                    "connected and turned up."
                )
            )

    def test_voice(self) -> None:
        phrase = self.tr("Switch sides.")
        if self._check is not None and self._check.say_sample(phrase):
            self._say(self.tr("Saying a prompt now."))
        elif self._check is not None and (language := self._check.missing_voice()):
            self._say(
                fill(
                    self.tr(
                        "No %1 voice is installed on this computer, so spoken prompts stay "
                        "silent. Installing a text-to-speech voice for %1 (speech-dispatcher "
                        "with espeak-ng on Linux) adds one."
                    ),
                    language,
                )
            )
        else:
            self._say(
                self.tr(
                    "No voice is available on this computer, so spoken prompts stay silent. "
                    "Installing a text-to-speech voice (speech-dispatcher on Linux) adds one."
                )
            )

    def _say(self, text: str) -> None:
        self.sound_note.setText(text)
        self.sound_note.show()

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
        self._choose_appearance(settings.appearance)
        self._choose(self.language, settings.language)
        self.goal.setValue(settings.weekly_goal_days)
        self.day_start.setValue(settings.day_start_hour)
        self.show_safety.setChecked(not settings.safety_acknowledged)
        if self.desktop is not None:
            self.desktop.show_settings(settings)

    def restore_defaults(self) -> None:
        self.show_settings(Settings())

    def _on_volume_value_changed(self, value: int) -> None:
        self.volume_label.setText(fill(self.tr("%1 %"), str(value)))

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
            appearance=str(self.appearance.currentData()),
            language=str(self.language.currentData()),
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
