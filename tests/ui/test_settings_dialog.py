"""The settings dialog builds its controls from the Settings declaration."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDoubleSpinBox, QLabel, QSlider, QSpinBox
from pytestqt.qtbot import QtBot

from stretchtimer.model.breathing import BreathingPattern
from stretchtimer.model.settings import Settings, setting_choices, setting_limits
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.desktop.settings_group import DesktopOptions
from stretchtimer.ui.settings_dialog import SettingsDialog
from stretchtimer.ui.sync_section import SyncSection

NON_DEFAULT = Settings(
    volume=20,
    muted=True,
    tick_sounds=False,
    breath_sounds=True,
    voice_prompts=True,
    voice_countdown=True,
    reduced_motion=True,
    safety_acknowledged=True,
    inhale_seconds=3.5,
    exhale_seconds=8.0,
    day_start_hour=5,
    weekly_goal_days=6,
    appearance="dark",
    language="fr",
)


@pytest.fixture
def dialog(qtbot: QtBot) -> SettingsDialog:
    made = SettingsDialog(NON_DEFAULT)
    qtbot.addWidget(made)
    return made


def controls(dialog: SettingsDialog) -> dict[str, QSlider | QSpinBox | QDoubleSpinBox]:
    return {
        "volume": dialog.volume,
        "inhale_seconds": dialog.inhale,
        "exhale_seconds": dialog.exhale,
        "day_start_hour": dialog.day_start,
        "weekly_goal_days": dialog.goal,
    }


def test_the_dialog_round_trips_every_field(dialog: SettingsDialog) -> None:
    assert dialog.result_settings() == NON_DEFAULT


def test_every_number_setting_has_a_control_with_the_declared_limits(
    dialog: SettingsDialog,
) -> None:
    declared = {f.name for f in fields(Settings) if "limits" in f.metadata}
    shown = controls(dialog)
    assert set(shown) == declared
    for name, control in shown.items():
        limits = setting_limits(name)
        assert (control.minimum(), control.maximum()) == (limits.low, limits.high), name
        assert control.singleStep() == limits.step, name


def test_the_dialog_cannot_offer_a_pace_the_breathing_pattern_refuses(
    dialog: SettingsDialog,
) -> None:
    for value in (dialog.inhale.minimum(), dialog.inhale.maximum()):
        dialog.inhale.setValue(value)
        dialog.exhale.setValue(value)
        chosen = dialog.result_settings()
        BreathingPattern(chosen.inhale_seconds, chosen.exhale_seconds)


def test_restore_defaults_puts_back_the_declared_defaults(
    dialog: SettingsDialog, qtbot: QtBot
) -> None:
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result_settings() == Settings()


def test_no_label_shows_a_stray_ampersand(dialog: SettingsDialog) -> None:
    # A mnemonic "&" is drawn as it is unless the label has a buddy to give the focus to.
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    assert dialog.volume_caption.buddy() is dialog.volume


def test_the_title_is_not_doubled(dialog: SettingsDialog) -> None:
    assert dialog.windowTitle() == "Settings"


def test_every_mnemonic_is_used_once(qtbot: QtBot) -> None:
    everything = DesktopOptions(tray=Availability.yes(), autostart=Availability.yes())
    dialog = SettingsDialog(NON_DEFAULT, desktop=everything)
    qtbot.addWidget(dialog)
    letters = []
    # The General tab and the tab names; the Reminders tab's controls are its own page's.
    texts = [w.text() for w in dialog.general.findChildren(QLabel)]
    texts += [w.text() for w in dialog.general.findChildren(QAbstractButton)]
    texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    for text in texts:
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters)), sorted(letters)


def test_options_that_depend_on_another_are_off_while_it_is_off(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    assert dialog.muted.isChecked()  # NON_DEFAULT mutes everything
    for control in (dialog.volume, dialog.ticks, dialog.breath, dialog.voice,
                    dialog.voice_countdown, dialog.test_sound_button):  # fmt: skip
        assert not control.isEnabled()
    dialog.muted.setChecked(False)
    assert dialog.voice.isEnabled() and dialog.voice_countdown.isEnabled()
    dialog.voice.setChecked(False)
    assert not dialog.voice_countdown.isEnabled()
    dialog.voice.setChecked(True)
    assert dialog.voice_countdown.isEnabled()


class FakeCheck:
    def __init__(self, *, sound: bool, voice: bool, missing: str | None = None) -> None:
        self.sound, self.voice, self.missing = sound, voice, missing
        self.calls: list[tuple[str, object]] = []

    def play_sample(self, volume: int) -> bool:
        self.calls.append(("sound", volume))
        return self.sound

    def say_sample(self, phrase: str) -> bool:
        self.calls.append(("voice", phrase))
        return self.voice

    def missing_voice(self) -> str | None:
        return self.missing


def test_test_sound_plays_at_the_slider_volume(qtbot: QtBot, dialog: SettingsDialog) -> None:
    check = FakeCheck(sound=True, voice=True)
    dialog.set_sound_check(check)
    dialog.muted.setChecked(False)
    dialog.volume.setValue(35)
    qtbot.mouseClick(dialog.test_sound_button, Qt.MouseButton.LeftButton)
    assert check.calls == [("sound", 35)]
    assert dialog.sound_note.text() == "Playing the hold tone at 35 %."


def test_test_voice_says_plainly_when_there_is_no_voice(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    dialog.muted.setChecked(False)
    dialog.set_sound_check(FakeCheck(sound=True, voice=False))
    qtbot.mouseClick(dialog.test_voice_button, Qt.MouseButton.LeftButton)
    assert dialog.sound_note.isVisible() or not dialog.isVisible()
    assert dialog.sound_note.text().startswith("No voice is available on this computer")
    dialog.set_sound_check(FakeCheck(sound=True, voice=True))
    qtbot.mouseClick(dialog.test_voice_button, Qt.MouseButton.LeftButton)
    assert dialog.sound_note.text() == "Saying a prompt now."
    dialog.set_sound_check(None)
    qtbot.mouseClick(dialog.test_sound_button, Qt.MouseButton.LeftButton)
    assert dialog.sound_note.text().startswith("Sound is not available in this session")


def test_the_appearance_offers_every_declared_choice(dialog: SettingsDialog) -> None:
    offered = [dialog.appearance.itemData(i) for i in range(dialog.appearance.count())]
    assert offered == list(setting_choices("appearance"))
    assert [dialog.appearance.itemText(i) for i in range(3)] == [
        "Follow the system", "Light", "Dark",
    ]  # fmt: skip


def test_test_voice_names_the_language_that_has_no_voice(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    dialog.muted.setChecked(False)
    dialog.set_sound_check(FakeCheck(sound=True, voice=False, missing="Deutsch"))
    qtbot.mouseClick(dialog.test_voice_button, Qt.MouseButton.LeftButton)
    assert dialog.sound_note.text().startswith("No Deutsch voice is installed on this computer")


def test_the_language_is_chosen_from_each_language_named_in_itself(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == list(setting_choices("language"))
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["Follow the system", "English", "Deutsch", "Français", "Español"]
    assert dialog.language.currentData() == NON_DEFAULT.language
    assert dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(offered.index("de"))
    # A change applies at the next start, and the dialog says so.
    assert not dialog.language_note.isHidden()
    assert dialog.result_settings().language == "de"
    dialog.restore_defaults()
    assert dialog.result_settings().language == "system"
    assert not dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(offered.index(NON_DEFAULT.language))
    assert dialog.language_note.isHidden()


def test_the_dialog_fits_a_1024x640_screen(qtbot: QtBot, tmp_path: Path) -> None:
    """Its tabs scroll down instead of setting a least height taller than the screen."""
    everything = DesktopOptions(tray=Availability.yes(), autostart=Availability.yes())
    dialog = SettingsDialog(NON_DEFAULT, desktop=everything)
    dialog.set_sync(SyncSection("", tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    least = dialog.minimumSizeHint()
    assert least.width() <= 1024 and least.height() <= 640 - 40  # a title bar and a panel
    free = dialog.screen().availableGeometry()
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    # Sideways nothing is squeezed: the General tab is as wide as it needs to be.
    general = dialog.general
    assert general.width() >= general.minimumSizeHint().width()
