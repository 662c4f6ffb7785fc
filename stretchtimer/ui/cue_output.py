"""CueOutput: each cue sound written whole into one of a few long-lived audio streams.

Nothing on the way from a cue to the speakers waits for Python. A QAudioSink that pulls
from a QIODevice of ours (the design before this one) calls our Python code every 20-odd
ms on a thread of its own, and that thread must take the GIL from a busy GUI thread in
time: on a loaded machine it could not, and sounds broke up. Here each sound is written,
all of it at once, into the ring buffer of a sink in push mode; Qt's own audio thread
feeds the sound server from that buffer in C++ and never calls us.

What is written cannot be changed, so sounds are not mixed by us: there are a few sinks
(voices), a sound goes into one that is free, and the sound server mixes the voices. A
sound therefore starts as soon as from silence even while others ring on. When every
voice is busy (keys pressed faster than sounds end), the voice whose sound started first
is cut: ``reset()`` drops its buffer and closes its stream, ``start()`` opens a new one.

A voice is opened once and corked (suspended) while it has nothing to play, so an idle
session costs no wake-ups.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from stretchtimer.ui.sound_output import (
    REOPEN_AFTER_MS,
    SUSPEND_AFTER_MS,
    VOICE_BUFFER_BYTES,
    VOICES,
)
from stretchtimer.ui.wav import RATE, SAMPLE_BYTES

log = logging.getLogger(__name__)

# Corking at start-up is tried this many times, SUSPEND_AFTER_MS apart.
CORK_TRIES = 6


def cue_format() -> QAudioFormat:
    """The one format every cue sound has and the voices are opened with: 44.1 kHz mono s16."""
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


@dataclass
class _Voice:
    sink: QAudioSink
    device: QIODevice | None
    started_ms: int = -1
    ends_ms: int = -1  # when what was written has played out; -1: never used

    def busy(self, now_ms: int) -> bool:
        return now_ms < self.ends_ms

    def broken(self) -> bool:
        return self.device is None or (
            self.sink.state() is QtAudio.State.StoppedState
            and self.sink.error() is not QtAudio.Error.NoError
        )


class CueOutput(QObject):
    """A few push-mode audio streams that play whole sounds; the sound server mixes them.

    Everything here runs on the thread that made it (the GUI thread); writing a sound is
    a copy into Qt's buffer, and Qt's audio thread does the rest.

    Signals:
        failed(): a voice could not be opened or stopped with an error (no sound server,
            or it went away). The next sound tries a new one, at most every few seconds.
    """

    failed = Signal()

    def __init__(self, parent: QObject | None = None, *, voices: int = VOICES) -> None:
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._clock.start()
        self._gain = 1.0
        self._running = True
        self._reopened_ms = 0
        self._voices: list[_Voice] = []  # stateChanged comes while the first is opened
        self._voices = [self._open_voice() for _ in range(voices)]
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setTimerType(Qt.TimerType.CoarseTimer)
        self._idle.timeout.connect(self._on_idle_timeout)
        # A stream still connecting cannot be corked yet: ask again while it comes up.
        self._cork_tries = CORK_TRIES
        self._idle.start(SUSPEND_AFTER_MS)

    # ----- public ------------------------------------------------------------------------
    def broken(self) -> bool:
        """True when no voice can play."""
        return all(voice.broken() for voice in self._voices)

    def play(self, name: str, pcm: bytes) -> bool:
        """Start ``pcm`` (``name`` is for the log); False when it cannot be played."""
        if not self._running:
            return False
        now = self._clock.elapsed()
        voice = self._free_voice(now)
        if voice is None:
            return False
        assert voice.device is not None
        written = voice.device.write(pcm)
        if written != len(pcm):
            log.info("cue sound %s: %d of %d bytes queued", name, max(0, written), len(pcm))
        if voice.sink.state() is QtAudio.State.SuspendedState:
            voice.sink.resume()
        played_ms = max(0, written) * 1000 // (RATE * SAMPLE_BYTES)
        voice.started_ms = now
        voice.ends_ms = max(voice.ends_ms, now) + played_ms
        self._schedule_idle(now)
        return written > 0

    def playing(self) -> int:
        """How many voices have a sound that has not played out yet."""
        now = self._clock.elapsed()
        return sum(voice.busy(now) for voice in self._voices)

    def stop_all(self) -> None:
        """Cut every sound still playing (a muted session is silent at once)."""
        now = self._clock.elapsed()
        for index, voice in enumerate(self._voices):
            if voice.busy(now):
                self._voices[index] = self._restart(voice)

    def set_volume(self, gain: float) -> None:
        self._gain = gain
        for voice in self._voices:
            voice.sink.setVolume(gain)

    def shutdown(self) -> None:
        """Stop every sound and close the streams; later sounds are refused."""
        if not self._running:
            return
        self._running = False
        self._idle.stop()
        for voice in self._voices:
            voice.sink.reset()
            voice.sink.deleteLater()
        self._voices = [_Voice(voice.sink, None) for voice in self._voices]

    # ----- voices ------------------------------------------------------------------------
    def _open_voice(self) -> _Voice:
        device = QMediaDevices.defaultAudioOutput()
        sink = QAudioSink(device, cue_format(), self)
        sink.setBufferSize(VOICE_BUFFER_BYTES)
        sink.setVolume(self._gain)
        sink.stateChanged.connect(self._on_sink_state_changed)
        voice = _Voice(sink, None if device.isNull() else sink.start())
        if voice.broken():
            self._reopened_ms = self._clock.elapsed()
        return voice

    def _restart(self, voice: _Voice) -> _Voice:
        """The same sink with its buffer dropped and a new stream."""
        voice.sink.reset()
        return _Voice(voice.sink, voice.sink.start())

    def _free_voice(self, now: int) -> _Voice | None:
        if any(v.broken() for v in self._voices) and now - self._reopened_ms >= REOPEN_AFTER_MS:
            self._reopened_ms = now
            self._voices = [self._reopen(v) if v.broken() else v for v in self._voices]
        usable = [(i, v) for i, v in enumerate(self._voices) if not v.broken()]
        if not usable:
            return None
        free = [(i, v) for i, v in usable if not v.busy(now)]
        if free:
            return free[0][1]
        # Every voice is busy: the oldest sound gives way to the newest.
        index, oldest = min(usable, key=lambda item: item[1].started_ms)
        self._voices[index] = self._restart(oldest)
        return self._voices[index]

    def _reopen(self, voice: _Voice) -> _Voice:
        voice.sink.stateChanged.disconnect(self._on_sink_state_changed)
        voice.sink.reset()
        voice.sink.deleteLater()
        return self._open_voice()

    def _schedule_idle(self, now: int) -> None:
        pending = [v.ends_ms for v in self._voices if v.busy(now)]
        if pending:
            self._idle.start(max(pending) - now + SUSPEND_AFTER_MS)

    def _on_idle_timeout(self) -> None:
        now = self._clock.elapsed()
        for voice in self._voices:
            if not voice.busy(now) and not voice.broken():
                # Corking twice is harmless, and it is what makes a stream that was still
                # connecting at the first try quiet.
                voice.sink.suspend()
        self._schedule_idle(now)
        if not self._idle.isActive() and self._cork_tries > 0:
            self._cork_tries -= 1
            self._idle.start(SUSPEND_AFTER_MS)

    def _on_sink_state_changed(self) -> None:
        if self._running and any(voice.broken() for voice in self._voices):
            self.failed.emit()
