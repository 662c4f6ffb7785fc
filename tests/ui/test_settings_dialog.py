"""The settings dialog builds its controls from the Settings declaration."""

from __future__ import annotations

from dataclasses import fields

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QSlider, QSpinBox
from pytestqt.qtbot import QtBot

from stretchtimer.model.breathing import BreathingPattern
from stretchtimer.model.settings import Settings, setting_limits
from stretchtimer.ui.settings_dialog import SettingsDialog

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
