"""CuePlayer: the session's sounds, each played whole into one of a few long-lived
streams of the sound server, and optional spoken prompts.

Which cue gets which sound or phrase, and which cue of a batch sounds, is decided by the
pure rules in :mod:`stretchtimer.model.cue_sounds`; this module only plays them, on time,
and copes when it cannot. Where the sounds go is chosen by
:func:`~stretchtimer.ui.sound_output.open_output`: the server's own streams through
libpulse, or QtMultimedia's where that is all there is.

Why not QSoundEffect: in Qt 6.10 and 6.11 every ``play()`` makes a voice that owns a
socket notifier of the GUI thread, and the audio thread sometimes drops the last
reference to a finished voice. The notifier is then destroyed on the wrong thread, its
file descriptor is closed under the GUI thread's event loop, and that loop spins on it
for good ("QSocketNotifier: Invalid socket ... disabling..."): the window freezes. Cues
that come quickly make it likely within seconds. Both outputs open their streams once
and write to them from the GUI thread, so nothing is created or destroyed on an audio
thread.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QLocale, QObject, Qt, QTimer, Signal

from stretchtimer.model.cue_sounds import CueSounds, Sound, speech_template
from stretchtimer.model.session import Cue
from stretchtimer.model.settings import Settings
from stretchtimer.ui.sound_output import SoundOutput, open_output
from stretchtimer.ui.wav import RATE, SAMPLE_BYTES, WavError, read_pcm

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

# Engines that exist for Qt's own tests and never make a sound.
SILENT_SPEECH_ENGINES = frozenset({"mock"})


def perceptual_gain(volume: int) -> float:
    """Linear gain for a 0-100 volume setting.

    Loudness is heard logarithmically, so a straight line would crowd all the audible
    change into the bottom of the slider. A cube (the curve PulseAudio uses for its own
    sliders) gives even steps: 70 % is about -9 dB, 50 % about -18 dB, 0 is silence.
    """
    return (min(100, max(0, volume)) / 100) ** 3


class CuePlayer(QObject):
    """Plays the sound (and says the phrase) for each batch of session cues.

    Every WAV is decoded when the player is built and the audio output is opened then,
    once, so the first cue starts as quickly as the rest. The driver hands over the cues
    of one poll together; of those, only the latest with a sound is played
    (:meth:`CueSounds.pick_batch`): a burst of stale sounds helps nobody. A phrase waits
    until the tone it accompanies has rung out, and a phrase still waiting is replaced
    by a newer one.

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
        output: SoundOutput | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = Settings()
        self._picker = CueSounds(
            ticks=self._settings.tick_sounds, breath=self._settings.breath_sounds
        )
        self._broken: list[Path] = []
        self._pcm: dict[Sound, bytes] = {}
        for sound in Sound:
            path = sounds_dir / f"{sound.value}.wav"
            try:
                self._pcm[sound] = read_pcm(path)
            except WavError as exc:
                log.info("cue sound unusable: %s", exc)
                self._broken.append(path)
        if output is None:
            output = open_output(self)
        self._output = output
        self._failed = output is None or output.broken()
        if output is not None:
            output.failed.connect(self._on_output_failed)
        self._warned = False
        self._shut_down = False
        self._speech_engine = speech_engine
        self._speech: QTextToSpeech | None = None
        self._speech_unavailable = False
        self._missing_voice: str | None = None
        self._phrase: str | None = None
        self._speech_timer = QTimer(self)
        self._speech_timer.setSingleShot(True)
        # A coarse timer may fire 5 % early, which would start a phrase over the tone's end.
        self._speech_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._speech_timer.timeout.connect(self._on_speech_timer_timeout)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._tone_ends_ms = 0
        self._sample_volume: int | None = None  # a "Test sound" volume still on the streams
        self.apply_settings(self._settings)
        self._warn_timer = QTimer(self)
        self._warn_timer.setSingleShot(True)
        self._warn_timer.setInterval(0)
        self._warn_timer.timeout.connect(self._warn)
        if self.problem() is not None:
            self._warn_timer.start()  # told on the next turn, once the caller has connected

    # ----- public ------------------------------------------------------------------------
    def available(self) -> bool:
        """True while every cue sound can be played."""
        return not self._failed and not self._broken

    def problem(self) -> str | None:
        """The warning message, for a caller that connects after it was emitted."""
        if self._failed:
            return self.tr(
                "No sound output was found, so cues will be silent. Check that speakers or "
                "headphones are connected and the sound system (PulseAudio or PipeWire) "
                "is running, then restart StretchTimer."
            )
        if self._broken:
            return self.tr(
                "The cue sound %1 is missing or damaged, so that cue will be silent. "
                "Reinstalling StretchTimer restores it."
            ).replace("%1", str(self._broken[0]))
        return None

    @property
    def output(self) -> SoundOutput | None:
        return self._output

    def tone_seconds(self, sound: Sound) -> float:
        pcm = self._pcm.get(sound)
        return 0.0 if pcm is None else len(pcm) / (RATE * SAMPLE_BYTES)

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._picker.ticks = settings.tick_sounds
        self._picker.breath = settings.breath_sounds
        if self._output is not None:
            self._output.set_volume(perceptual_gain(settings.volume))
            self._sample_volume = None
            if settings.muted:
                self._output.stop_all()
        if settings.muted or not settings.voice_prompts:
            self._cancel_speech()
        if self._speech is not None:
            self._speech.setVolume(perceptual_gain(settings.volume))

    def play_cues(self, cues: Sequence[Cue]) -> list[Sound | None]:
        """Play one poll's cues; returns, for each cue, the sound it started (or None)."""
        started: list[Sound | None] = [None] * len(cues)
        if self._shut_down:
            return started
        self._warn()
        picked = self._picker.pick_batch(cues)
        if self._settings.muted:
            return started
        if self._sample_volume is not None and self._output is not None:
            self._output.set_volume(perceptual_gain(self._settings.volume))
            self._sample_volume = None
        first_heard = 0
        if picked:
            cue, sound = picked[0]
            first_heard = cues.index(cue)
            if self._play(sound):
                started[first_heard] = sound
        # A phrase of a cue that an ever later sound superseded goes with its tone.
        self._queue_phrase(cues[first_heard:])
        return started

    def play_sample(self, volume: int) -> bool:
        """Play the hold tone once at ``volume`` (the settings dialog's "Test sound").

        The streams play at this volume for the sample; the next cue puts the settings'
        volume back first, so trying a volume and cancelling leaves the cues as they were.
        False when nothing can be played: no sound output, or the tone file is damaged.
        """
        pcm = self._pcm.get(Sound.HOLD_START)
        if self._shut_down or pcm is None or self._output is None or self._failed:
            return False
        self._output.set_volume(perceptual_gain(volume))
        self._sample_volume = volume
        if not self._output.play("sample", pcm):
            self._on_output_failed()
            return False
        return True

    def say_sample(self, phrase: str) -> bool:
        """Say ``phrase`` now (the settings dialog's "Test voice"); False without a voice."""
        engine = self._speech_engine_ready()
        if self._shut_down or engine is None:
            return False
        engine.say(phrase)
        return True

    def shutdown(self) -> None:
        """Stop every sound, timer and phrase; later cues are ignored."""
        self._shut_down = True
        self._warn_timer.stop()
        if self._output is not None:
            self._output.shutdown()
        self._cancel_speech()

    # ----- sound -------------------------------------------------------------------------
    def _play(self, sound: Sound) -> bool:
        pcm = self._pcm.get(sound)
        if pcm is None or self._output is None:
            return False
        if not self._output.play(sound.value, pcm):
            self._on_output_failed()
            return False
        self._failed = False
        self._tone_ends_ms = self._clock.elapsed() + round(self.tone_seconds(sound) * 1000)
        return True

    def _warn(self) -> None:
        message = self.problem()
        if message is None or self._warned:
            return
        self._warned = True
        # Told through the signal; the log only keeps a trace (no second copy on stderr).
        log.info("%s", message)
        self.warning.emit(message)

    def _on_output_failed(self) -> None:
        self._failed = True
        self._warn()

    # ----- speech ------------------------------------------------------------------------
    def _queue_phrase(self, cues: Sequence[Cue]) -> None:
        """Queue the phrase of the latest of ``cues`` that has one."""
        if not self._settings.voice_prompts:
            return
        countdown = self._settings.voice_countdown
        found = next(
            (t for t in (speech_template(c, countdown=countdown) for c in reversed(cues)) if t),
            None,
        )
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
        if not self._speak_in(speech, QLocale()):
            self._speech_unavailable = True
            speech.deleteLater()
            return None
        speech.setVolume(perceptual_gain(self._settings.volume))
        self._speech = speech
        return speech

    def _speak_in(self, speech: QTextToSpeech, locale: QLocale) -> bool:
        """Choose a voice of ``locale``'s language; False when there is none to choose.

        A German phrase read by an English voice cannot be understood, so a language with
        no voice of its own is silent, and the settings say why (:meth:`missing_voice`).
        English, the source, takes the engine's default voice when none says it is English.
        """
        language = locale.language()
        if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            return True
        matching = [loc for loc in speech.availableLocales() if loc.language() == language]
        if matching:
            exact = [loc for loc in matching if loc.territory() == locale.territory()]
            speech.setLocale((exact or matching)[0])
            return True
        if language == QLocale.Language.English:
            return True
        self._missing_voice = locale.nativeLanguageName() or QLocale.languageToString(language)
        log.info("spoken prompts are off: no %s voice is installed", self._missing_voice)
        return False

    def missing_voice(self) -> str | None:
        """The language (named in itself) that has no voice, when that is why none speaks."""
        self._speech_engine_ready()
        return self._missing_voice

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
