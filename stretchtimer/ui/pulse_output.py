"""PulseOutput: the cue voices as streams of the sound server itself, through libpulse.

The same design as :class:`~stretchtimer.ui.cue_output.CueOutput` (a few long-lived
streams, each sound written whole into a free one, the server mixing them, idle streams
corked), without QtMultimedia in between. QtMultimedia's only backend in the Qt wheels is
its FFmpeg one, and opening an output with it loads FFmpeg, Qt Quick, QML and Qt Network:
about 20 MiB of a process whose window alone is not much more than that. libpulse and
its threaded main loop are 4 MiB. Where libpulse or its server is missing, the player
falls back to CueOutput (see :func:`stretchtimer.ui.sound_output.open_output`).

A stream is opened with pre-buffering off (``prebuf`` 0), so the server starts reading
as soon as it is uncorked and never waits to fill up; each sound is written from the
server's read position (``SEEK_RELATIVE_ON_READ``), so it starts at once even after the
stream ran dry. Nothing is asked of Python on libpulse's thread: the state of the
connection is read when a sound is played, and the writes are copies.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from stretchtimer import APP_ID
from stretchtimer.ui import libpulse as pa
from stretchtimer.ui.sound_output import (
    REOPEN_AFTER_MS,
    SUSPEND_AFTER_MS,
    VOICE_BUFFER_BYTES,
    VOICES,
)
from stretchtimer.ui.wav import RATE, SAMPLE_BYTES

log = logging.getLogger(__name__)

# How long connecting may take: a local server answers within a few milliseconds, and
# one that does not answer in this time is treated as absent.
CONNECT_SECONDS = 0.5
CONNECT_POLL_SECONDS = 0.002
# What the server may hold rendered ahead of the speakers: 30 ms.
LATENCY_BYTES = 30 * RATE * SAMPLE_BYTES // 1000
STREAM_FLAGS = pa.STREAM_START_CORKED | pa.STREAM_ADJUST_LATENCY


@dataclass
class _Voice:
    stream: int
    started_ms: int = -1
    ends_ms: int = -1  # when what was written has played out; -1: never used

    def busy(self, now_ms: int) -> bool:
        return now_ms < self.ends_ms


class _Connection:
    """A context on the sound server and its voices, or nothing if it would not connect."""

    def __init__(self, pulse: pa.Pulse, voices: int, gain: float) -> None:
        self.pulse = pulse
        self.lib = pulse.lib
        self.context: int | None = None
        self.voices: list[_Voice] = []
        self._open(voices, gain)

    def _open(self, voices: int, gain: float) -> None:
        lib, pulse = self.lib, self.pulse
        props = pulse.proplist(
            {
                "application.name": "StretchTimer",
                "application.id": APP_ID,
                "application.icon_name": APP_ID,
            }
        )
        with pulse.locked():
            api = lib.pa_threaded_mainloop_get_api(pulse.mainloop)
            self.context = lib.pa_context_new_with_proplist(api, b"StretchTimer", props)
            lib.pa_proplist_free(props)
            if not self.context:
                return
            if lib.pa_context_connect(self.context, None, pa.CONTEXT_NOAUTOSPAWN, None) < 0:
                return
        if not self._wait(self._context_settled) or not self.context_ready():
            return
        spec = pa.SampleSpec(pa.SAMPLE_S16LE, RATE, 1)
        # The queue holds a whole sound (maxlength); the latency asked for (tlength with
        # ADJUST_LATENCY) is short, or the server renders seconds ahead and every cut or
        # new sound then has to rewind that (prebuf 0: it reads as soon as uncorked).
        attr = pa.BufferAttr(VOICE_BUFFER_BYTES, LATENCY_BYTES, 0, pa.DEFAULT, pa.DEFAULT)
        volume = pulse.volume(gain)
        stream_props = pulse.proplist({"media.role": "event", "media.name": "Cue"})
        with pulse.locked():
            for _ in range(voices):
                stream = lib.pa_stream_new_with_proplist(
                    self.context, b"Cue", spec, None, stream_props
                )
                if not stream:
                    break
                self.voices.append(_Voice(stream))
                lib.pa_stream_connect_playback(
                    stream, None, attr, STREAM_FLAGS, volume, None
                )
            lib.pa_proplist_free(stream_props)
        if not self._wait(self._streams_settled):
            log.info("the sound server did not open the cue streams in time")

    def _wait(self, settled: Callable[[], bool]) -> bool:
        deadline = time.monotonic() + CONNECT_SECONDS
        while time.monotonic() < deadline:
            if settled():
                return True
            time.sleep(CONNECT_POLL_SECONDS)
        return bool(settled())

    def _context_settled(self) -> bool:
        with self.pulse.locked():
            state = self.lib.pa_context_get_state(self.context)
        return int(state) in (pa.CONTEXT_READY, pa.CONTEXT_FAILED, pa.CONTEXT_TERMINATED)

    def _streams_settled(self) -> bool:
        with self.pulse.locked():
            states = [self.lib.pa_stream_get_state(v.stream) for v in self.voices]
        return all(s in (pa.STREAM_READY, pa.STREAM_FAILED, pa.STREAM_TERMINATED) for s in states)

    # ----- state -------------------------------------------------------------------------
    def context_ready(self) -> bool:
        if not self.context:
            return False
        with self.pulse.locked():
            return int(self.lib.pa_context_get_state(self.context)) == pa.CONTEXT_READY

    def usable(self) -> list[_Voice]:
        """The voices that can play now (none once the server went away)."""
        if not self.context:
            return []
        with self.pulse.locked():
            if self.lib.pa_context_get_state(self.context) != pa.CONTEXT_READY:
                return []
            return [
                v for v in self.voices if self.lib.pa_stream_get_state(v.stream) == pa.STREAM_READY
            ]

    # ----- sounds ------------------------------------------------------------------------
    def write(self, voice: _Voice, pcm: bytes, *, cut: bool) -> bool:
        lib = self.lib
        with self.pulse.locked():
            if cut:
                self.pulse.release(lib.pa_stream_flush(voice.stream, None, None))
            if lib.pa_stream_write(voice.stream, pcm, len(pcm), None, 0, pa.SEEK_RELATIVE_ON_READ):
                return False
            if lib.pa_stream_is_corked(voice.stream) == 1:
                self.pulse.release(lib.pa_stream_cork(voice.stream, 0, None, None))
        return True

    def silence(self, voice: _Voice) -> None:
        """Drop what the voice still has to play and cork it."""
        with self.pulse.locked():
            self.pulse.release(self.lib.pa_stream_flush(voice.stream, None, None))
            self.pulse.release(self.lib.pa_stream_cork(voice.stream, 1, None, None))

    def cork(self, voice: _Voice) -> None:
        with self.pulse.locked():
            if self.lib.pa_stream_is_corked(voice.stream) == 0:
                self.pulse.release(self.lib.pa_stream_cork(voice.stream, 1, None, None))

    def corked(self, voice: _Voice) -> bool:
        with self.pulse.locked():
            return int(self.lib.pa_stream_is_corked(voice.stream)) == 1

    def set_volume(self, gain: float) -> None:
        volume = self.pulse.volume(gain)
        with self.pulse.locked():
            for voice in self.voices:
                if self.lib.pa_stream_get_state(voice.stream) != pa.STREAM_READY:
                    continue
                index = self.lib.pa_stream_get_index(voice.stream)
                self.pulse.release(
                    self.lib.pa_context_set_sink_input_volume(
                        self.context, index, volume, None, None
                    )
                )

    def close(self) -> None:
        with self.pulse.locked():
            for voice in self.voices:
                self.lib.pa_stream_disconnect(voice.stream)
                self.lib.pa_stream_unref(voice.stream)
            self.voices = []
            if self.context:
                self.lib.pa_context_disconnect(self.context)
                self.lib.pa_context_unref(self.context)
                self.context = None


class PulseOutput(QObject):
    """A few streams of the sound server that play whole sounds; the server mixes them.

    Build it with :meth:`open`, which returns None when libpulse or a sound server is
    not there. Everything runs on the thread that made it; libpulse's own thread feeds
    the server.

    Signals:
        failed(): the sound server went away. The next sound tries to connect again, at
            most every few seconds.
    """

    failed = Signal()

    @classmethod
    def open(cls, parent: QObject | None = None, *, voices: int = VOICES) -> PulseOutput | None:
        """The output, connected; None without libpulse or a sound server that answers."""
        try:
            pulse = pa.Pulse()
        except OSError as exc:
            log.info("libpulse is not available: %s", exc)
            return None
        mainloop = pulse.lib.pa_threaded_mainloop_new()
        if not mainloop:
            log.info("libpulse could not make its main loop")
            return None
        if pulse.lib.pa_threaded_mainloop_start(mainloop) < 0:
            log.info("libpulse could not start its main loop")
            pulse.lib.pa_threaded_mainloop_free(mainloop)
            return None
        pulse.mainloop = mainloop
        output = cls(pulse, voices, parent)
        if not output._connection.usable():
            log.info("no PulseAudio (or PipeWire) sound server answered")
            output.shutdown()
            output.deleteLater()
            return None
        return output

    def __init__(self, pulse: pa.Pulse, voices: int, parent: QObject | None = None) -> None:
        """Use :meth:`open`: ``pulse`` must have its main loop made and started."""
        super().__init__(parent)
        self._pulse = pulse
        self._voice_count = voices
        self._clock = QElapsedTimer()
        self._clock.start()
        self._gain = 1.0
        self._running = True
        self._failing = False
        self._reopened_ms = 0
        self._connection = _Connection(pulse, voices, self._gain)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setTimerType(Qt.TimerType.CoarseTimer)
        self._idle.timeout.connect(self._on_idle_timeout)

    # ----- public ------------------------------------------------------------------------
    def broken(self) -> bool:
        """True when no voice can play."""
        return not self._running or not self._connection.usable()

    def play(self, name: str, pcm: bytes) -> bool:
        """Start ``pcm`` (``name`` is for the log); False when it cannot be played."""
        if not self._running:
            return False
        now = self._clock.elapsed()
        usable = self._usable_voices(now)
        if not usable:
            return False
        free = [v for v in usable if not v.busy(now)]
        # Every voice is busy: the oldest sound gives way to the newest.
        voice = free[0] if free else min(usable, key=lambda v: v.started_ms)
        if not self._connection.write(voice, pcm, cut=not free):
            log.info("cue sound %s could not be queued", name)
            return False
        voice.started_ms = now
        voice.ends_ms = now + len(pcm) * 1000 // (RATE * SAMPLE_BYTES)
        self._schedule_idle(now)
        return True

    def playing(self) -> int:
        """How many voices have a sound that has not played out yet."""
        now = self._clock.elapsed()
        return sum(voice.busy(now) for voice in self._connection.voices)

    def stop_all(self) -> None:
        """Cut every sound still playing (a muted session is silent at once)."""
        now = self._clock.elapsed()
        for voice in self._connection.voices:
            if voice.busy(now):
                self._connection.silence(voice)
                voice.ends_ms = now

    def set_volume(self, gain: float) -> None:
        self._gain = gain
        self._connection.set_volume(gain)

    def corked(self) -> list[bool]:
        """Whether each voice is corked (what the tests check of the idle timer)."""
        return [self._connection.corked(v) for v in self._connection.voices]

    def shutdown(self) -> None:
        """Stop every sound, close the streams and the connection; later sounds are refused."""
        if not self._running:
            return
        self._running = False
        self._idle.stop()
        self._connection.close()
        # Stopping joins libpulse's thread, so it is never called with the lock held.
        self._pulse.lib.pa_threaded_mainloop_stop(self._pulse.mainloop)
        self._pulse.lib.pa_threaded_mainloop_free(self._pulse.mainloop)
        self._pulse.mainloop = None

    # ----- voices ------------------------------------------------------------------------
    def _usable_voices(self, now: int) -> list[_Voice]:
        usable = self._connection.usable()
        if usable:
            self._failing = False
            return usable
        if not self._failing:
            self._failing = True
            self.failed.emit()
        if now - self._reopened_ms >= REOPEN_AFTER_MS:
            self._reopened_ms = now
            self._connection.close()
            self._connection = _Connection(self._pulse, self._voice_count, self._gain)
            usable = self._connection.usable()
            if usable:
                self._failing = False
        return usable

    def _schedule_idle(self, now: int) -> None:
        pending = [v.ends_ms for v in self._connection.voices if v.busy(now)]
        if pending:
            self._idle.start(max(pending) - now + SUSPEND_AFTER_MS)

    def _on_idle_timeout(self) -> None:
        now = self._clock.elapsed()
        for voice in self._connection.voices:
            if not voice.busy(now):
                self._connection.cork(voice)
        self._schedule_idle(now)
