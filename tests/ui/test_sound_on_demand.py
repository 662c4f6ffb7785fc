"""The cue player is built when a session is coming and let go when the window rests."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchtimer.model.session import Cue
from stretchtimer.model.settings import Settings
from stretchtimer.ui.sound_on_demand import SoundOnDemand


class FakePlayer(QObject):
    warning = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.applied: list[Settings] = []
        self.played: list[Sequence[Cue]] = []
        self.samples: list[int] = []
        self.shut_down = False

    def apply_settings(self, settings: Settings) -> None:
        self.applied.append(settings)

    def play_cues(self, cues: Sequence[Cue]) -> list[str]:
        self.played.append(cues)
        return ["tick"] * len(cues)

    def play_sample(self, volume: int) -> bool:
        self.samples.append(volume)
        return True

    def say_sample(self, phrase: str) -> bool:
        return bool(phrase)

    def missing_voice(self) -> str | None:
        return None

    def shutdown(self) -> None:
        self.shut_down = True


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.running = False

    def session_running(self) -> bool:
        return self.running


class Maker:
    def __init__(self) -> None:
        self.made: list[FakePlayer] = []

    def __call__(self, settings: Settings) -> FakePlayer:
        player = FakePlayer()
        player.apply_settings(settings)
        self.made.append(player)
        return player


def test_nothing_is_built_until_a_session_is_coming_then_once() -> None:
    make = Maker()
    sound = SoundOnDemand(make, Settings())
    sound.apply_settings(Settings(volume=30))
    assert make.made == [] and sound.player is None
    sound.prepare()
    sound.prepare()
    assert len(make.made) == 1
    assert make.made[0].applied[-1].volume == 30  # built with the settings of now
    sound.apply_settings(Settings(volume=50))
    assert make.made[0].applied[-1].volume == 50


def test_a_cue_or_a_test_sound_builds_it_when_nothing_did() -> None:
    make = Maker()
    sound = SoundOnDemand(make, Settings())
    assert sound.play_sample(40) is True
    assert make.made[0].samples == [40]
    assert sound.say_sample("Breathe in") is True
    assert sound.missing_voice() is None
    assert sound.play_cues(()) == []
    assert len(make.made) == 1


def test_the_settings_dialog_takes_it_for_a_sound_check() -> None:
    from stretchtimer.ui.settings_dialog import SoundCheck

    assert isinstance(SoundOnDemand(Maker(), Settings()), SoundCheck)


def test_no_sound_at_all_is_silence_not_an_error() -> None:
    sound = SoundOnDemand(lambda _settings: None, Settings())
    sound.prepare()
    assert sound.player is None
    assert sound.play_sample(40) is False
    assert list(sound.play_cues(())) == []


def test_hidden_with_no_session_it_is_let_go_and_built_again_for_the_next(
    qtbot: QtBot,
) -> None:
    make = Maker()
    window = Window()
    qtbot.addWidget(window)
    sound = SoundOnDemand(make, Settings())
    sound.rest_with(window)
    window.show()
    sound.prepare()
    window.running = True
    window.hide()  # a session goes on in the tray: its cues still sound
    assert sound.player is make.made[0] and not make.made[0].shut_down
    window.running = False
    sound.session_ended()  # and ends there
    assert sound.player is None and make.made[0].shut_down
    sound.prepare()
    window.show()
    window.hide()
    assert sound.player is None and make.made[1].shut_down
    assert len(make.made) == 2


def test_a_session_ending_on_screen_keeps_the_player(qtbot: QtBot) -> None:
    make = Maker()
    window = Window()
    qtbot.addWidget(window)
    sound = SoundOnDemand(make, Settings())
    sound.rest_with(window)
    window.show()
    sound.prepare()
    sound.session_ended()
    assert sound.player is make.made[0]


def test_a_warning_is_passed_on_once_for_the_whole_run(qtbot: QtBot) -> None:
    make = Maker()
    sound = SoundOnDemand(make, Settings())
    heard: list[str] = []
    sound.warning.connect(heard.append)
    sound.prepare()
    make.made[0].warning.emit("No sound output")
    sound.release()
    sound.prepare()
    make.made[1].warning.emit("No sound output")
    assert heard == ["No sound output"]
