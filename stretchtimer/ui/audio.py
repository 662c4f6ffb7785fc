"""CuePlayer: the session's sounds on QSoundEffect, and optional spoken prompts.

Which cue gets which sound or phrase is decided by the pure rules in
:mod:`stretchtimer.model.cue_sounds`; this module only plays them, on time, and copes
when it cannot.
"""

from __future__ import annotations

import logging
import wave
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from stretchtimer.model.cue_sounds import CueSounds, Sound, speech_template
from stretchtimer.model.session import Cue
from stretchtimer.model.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

# Engines that exist for Qt's own tests and never make a sound.
SILENT_SPEECH_ENGINES = frozenset({"mock"})
# Decoding all the WAVs takes a few milliseconds; a stuck sound system must not hold the
# window longer than this.
PRELOAD_WAIT_MS = 300


def perceptual_gain(volume: int) -> float:
    """Linear gain for a 0-100 volume setting.

    Loudness is heard logarithmically, so a straight line would crowd all the audible
    change into the bottom of the slider. A cube (the curve PulseAudio uses for its own
    sliders) gives even steps: 70 % is about -9 dB, 50 % about -18 dB, 0 is silence.
    """
    return (min(100, max(0, volume)) / 100) ** 3


def wav_seconds(path: Path) -> float:
    """Length of a WAV file, or 0.0 when it cannot be read (the player reports that)."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / wav.getframerate()
    except (OSError, EOFError, wave.Error):
        return 0.0


class CuePlayer(QObject):
    """Plays the sound (and says the phrase) for each session cue.

    Every sound is loaded into its own QSoundEffect when the player is built, so the first
    cue starts as quickly as the rest. A phrase waits until the tone it accompanies has
    rung out, and a phrase still waiting is replaced by a newer one. When several cues
    with sounds are handed over in one event-loop turn (a late poll catching up), the
    latest supersedes the earlier ones: a burst of stale sounds helps nobody.

    Signals:
        warning(str): emitted at most once, with a message for a person, when cue sounds
            cannot be played (no audio output, no sound server, a missing or damaged
            WAV file). The session goes on silently; nothing raises.
        speaking(str): a phrase was handed to the speech engine (for logs and tests).
    """

    warning = Signal(str)
    speaking = Signal(str)

    def __init__(
        self,
        sounds_dir: Path,
        parent: QObject | None = None,
        *,
        speech_engine: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = Settings()
        self._picker = CueSounds(
            ticks=self._settings.tick_sounds, breath=self._settings.breath_sounds
        )
        self._no_output = QMediaDevices.defaultAudioOutput().isNull()
        self._broken: list[Path] = []
        # Problems found while building are told after it, once someone can be listening.
        self._built = False
        self._warned = False
        self._shut_down = False
        self._lengths: dict[Sound, float] = {}
        self._effects: dict[Sound, QSoundEffect] = {}
        # The sound started in the current event-loop turn, which a later cue supersedes.
        self._this_turn: QSoundEffect | None = None
        self._turn_timer = QTimer(self)
        self._turn_timer.setSingleShot(True)
        self._turn_timer.setInterval(0)
        self._turn_timer.timeout.connect(self._on_turn_timer_timeout)
        self._speech_engine = speech_engine
        self._speech: QTextToSpeech | None = None
        self._speech_unavailable = False
        self._phrase: str | None = None
        self._speech_timer = QTimer(self)
        self._speech_timer.setSingleShot(True)
        # A coarse timer may fire 5 % early, which would start a phrase over the tone's end.
        self._speech_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._speech_timer.timeout.connect(self._on_speech_timer_timeout)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._tone_ends_ms = 0
        for sound in Sound:
            path = sounds_dir / f"{sound.value}.wav"
            self._lengths[sound] = wav_seconds(path)
            effect = QSoundEffect(self)
            # Registered first: setSource reports its status at once, from inside the call.
            self._effects[sound] = effect
            effect.statusChanged.connect(partial(self._on_effect_status_changed, sound, path))
            if not self._no_output:
                # Without an output Qt can only fail each file, one message apiece on stderr.
                effect.setSource(QUrl.fromLocalFile(str(path)))
        self.apply_settings(self._settings)
        self._finish_loading()
        self._built = True
        self._warn_timer = QTimer(self)
        self._warn_timer.setSingleShot(True)
        self._warn_timer.setInterval(0)
        self._warn_timer.timeout.connect(self._warn)
        if self.problem() is not None:
            self._warn_timer.start()  # told on the next turn, once the caller has connected

    # ----- public ------------------------------------------------------------------------
    def available(self) -> bool:
        """True while every cue sound can be played."""
        return not self._no_output and not self._broken

    def problem(self) -> str | None:
        """The warning message, for a caller that connects after it was emitted."""
        if self._no_output:
            return self.tr(
                "No sound output was found, so cues will be silent. Check that speakers or "
                "headphones are connected and the sound system (PulseAudio or PipeWire) "
                "is running, then restart StretchTimer."
            )
        if self._broken:
            return self.tr(
                "The cue sound {file} is missing or damaged, so that cue will be silent. "
                "Reinstalling StretchTimer restores it."
            ).format(file=str(self._broken[0]))
        return None

    def effect(self, sound: Sound) -> QSoundEffect:
        return self._effects[sound]

    def tone_seconds(self, sound: Sound) -> float:
        return self._lengths[sound]

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._picker.ticks = settings.tick_sounds
        self._picker.breath = settings.breath_sounds
        gain = perceptual_gain(settings.volume)
        for effect in self._effects.values():
            effect.setVolume(gain)
            effect.setMuted(settings.muted)
        if settings.muted or not settings.voice_prompts:
            self._cancel_speech()
        if self._speech is not None:
            self._speech.setVolume(perceptual_gain(settings.volume))

    def play_cue(self, cue: Cue) -> Sound | None:
        """Play the sound for ``cue`` (and queue its phrase); returns the sound started."""
        if self._shut_down:
            return None
        self._warn()
        sound = self._picker.pick(cue)
        if self._settings.muted:
            return None
        started: Sound | None = None
        if sound is not None:
            started = self._play(sound)
        self._queue_phrase(cue)
        return started

    def shutdown(self) -> None:
        """Stop every sound, timer and phrase; later cues are ignored."""
        self._shut_down = True
        self._warn_timer.stop()
        self._turn_timer.stop()
        self._this_turn = None
        for effect in self._effects.values():
            effect.stop()
        self._cancel_speech()

    # ----- sound -------------------------------------------------------------------------
    def _play(self, sound: Sound) -> Sound | None:
        effect = self._effects[sound]
        if self._no_output or effect.status() is QSoundEffect.Status.Error:
            return None
        if self._this_turn is not None:
            # Superseded in the same turn: its phrase goes with it.
            self._stop(self._this_turn)
            self._speech_timer.stop()
            self._phrase = None
        self._start(effect)
        self._this_turn = effect
        self._turn_timer.start()
        self._tone_ends_ms = self._clock.elapsed() + round(self._lengths[sound] * 1000)
        return sound

    def _finish_loading(self) -> None:
        """Wait for the decoders, so the first cue does not wait for its sound to load."""

        def loading() -> bool:
            return any(e.status() is QSoundEffect.Status.Loading for e in self._effects.values())

        if not loading():
            return
        loop = QEventLoop(self)
        deadline = QTimer(self)
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)

        def check() -> None:
            if not loading():
                loop.quit()

        for effect in self._effects.values():
            effect.statusChanged.connect(check)
        deadline.start(PRELOAD_WAIT_MS)
        # Only the decoders' results are awaited: no key or click is handled meanwhile.
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        deadline.stop()
        deadline.deleteLater()
        for effect in self._effects.values():
            effect.statusChanged.disconnect(check)
        if loading():
            log.info("cue sounds still loading after %d ms", PRELOAD_WAIT_MS)

    def _start(self, effect: QSoundEffect) -> None:
        if effect.isPlaying():
            effect.stop()  # a repeated sound starts again from its beginning
        effect.play()

    def _stop(self, effect: QSoundEffect) -> None:
        effect.stop()

    def _warn(self) -> None:
        message = self.problem()
        if message is None or self._warned or not self._built:
            return
        self._warned = True
        # Told through the signal; the log only keeps a trace (no second copy on stderr).
        log.info("%s", message)
        self.warning.emit(message)

    def _on_effect_status_changed(self, sound: Sound, path: Path) -> None:
        if self._effects[sound].status() is not QSoundEffect.Status.Error:
            return
        if not self._no_output and path not in self._broken:
            self._broken.append(path)
        self._warn()

    def _on_turn_timer_timeout(self) -> None:
        self._this_turn = None

    # ----- speech ------------------------------------------------------------------------
    def _queue_phrase(self, cue: Cue) -> None:
        if not self._settings.voice_prompts:
            return
        found = speech_template(cue, countdown=self._settings.voice_countdown)
        if found is None:
            return
        template, args = found
        phrase = QCoreApplication.translate("CuePlayer", template).format(**args)
        if self._speech_engine_ready() is None:
            return
        self._phrase = phrase
        # Never over a tone: wait until the one just started has rung out.
        self._speech_timer.start(max(0, self._tone_ends_ms - self._clock.elapsed()))

    def _speech_engine_ready(self) -> QTextToSpeech | None:
        if self._speech is not None or self._speech_unavailable:
            return self._speech
        try:
            # Imported on first use: Qt's speech module is optional, and voice is off by default.
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
        except ImportError:
            self._speech_unavailable = True
            log.info("spoken prompts are off: Qt text-to-speech is not installed")
            return None
        if self._speech_engine is not None:
            engines = [self._speech_engine]
        else:
            engines = [
                e for e in QTextToSpeech.availableEngines() if e not in SILENT_SPEECH_ENGINES
            ]
        if not engines:
            self._speech_unavailable = True
            log.info("spoken prompts are off: no text-to-speech engine is installed")
            return None
        speech = QTextToSpeech(engines[0], self)
        if speech.state() is QTextToSpeech.State.Error:
            self._speech_unavailable = True
            log.info("spoken prompts are off: %s", speech.errorString())
            speech.deleteLater()
            return None
        speech.setVolume(perceptual_gain(self._settings.volume))
        self._speech = speech
        return speech

    def voice_available(self) -> bool:
        """Whether phrases can be spoken (builds the speech engine on first use)."""
        return self._speech_engine_ready() is not None

    def spoken_phrase_pending(self) -> str | None:
        return self._phrase if self._speech_timer.isActive() else None

    def _on_speech_timer_timeout(self) -> None:
        phrase, self._phrase = self._phrase, None
        if phrase and self._speech is not None and not self._shut_down:
            self._speech.say(phrase)
            self.speaking.emit(phrase)

    def _cancel_speech(self) -> None:
        self._speech_timer.stop()
        self._phrase = None
        if self._speech is not None:
            self._speech.stop()
