"""CueMixer: the cue sounds mixed in our own code, pulled by one long-lived QAudioSink.

The sink (see :mod:`stretchtimer.ui.cue_output`) pulls PCM from this device into its
ring buffer on the cue sound thread; voices are started from the GUI thread, under a
lock. What is queued can no longer be changed, so a new sound waits behind it: the
mixer only offers what is playing (nothing at all when it is silent, so the sound server
plays silence without waking us) and the sink's buffer is kept short.
"""

from __future__ import annotations

import operator
import sys
import threading
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject
from PySide6.QtMultimedia import QAudioFormat

RATE = 44_100
SAMPLE_BYTES = 2
# A cue sound is a second or two; anything far bigger is not one of ours.
MAX_WAV_BYTES = 4 * 1024 * 1024
# A few milliseconds of fade when a sound is cut short, so it never clicks.
FADE_SAMPLES = 88
# What the sink may queue ahead of the sound server: 30 ms. A sound that starts while
# another plays waits behind it; the audio thread may be this late (plus the server's
# own 20-odd ms) before a sound breaks up. Measured: 15 ms from silence, 40 ms over
# another sound; 20 ms broke sounds up whenever the machine was busy.
BUFFER_BYTES = 2646


class WavError(ValueError):
    """A WAV file that cannot be a cue sound; the message names the file and why."""


def cue_format() -> QAudioFormat:
    """The one format every cue sound has and the sink is opened with: 44.1 kHz mono s16."""
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


def read_pcm(path: Path) -> bytes:
    """The samples of a cue WAV as 16-bit PCM in this machine's byte order (Qt's Int16)."""
    try:
        if not path.is_file():
            raise WavError(f"{path}: not a file")
        if path.stat().st_size > MAX_WAV_BYTES:
            raise WavError(f"{path}: larger than {MAX_WAV_BYTES // 1024} KiB")
        with wave.open(str(path), "rb") as wav:
            shape = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
            if shape != (1, SAMPLE_BYTES, RATE):
                raise WavError(f"{path}: expected 44.1 kHz mono 16-bit, found {shape}")
            data = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error) as exc:
        raise WavError(f"{path}: {exc}") from exc
    if not data:
        raise WavError(f"{path}: no samples")
    if sys.byteorder != "little":
        samples = array("h", data)
        samples.byteswap()
        data = samples.tobytes()
    return data


@dataclass
class _Voice:
    pcm: bytes
    position: int = 0  # in bytes

    @property
    def left(self) -> int:
        return len(self.pcm) - self.position


class CueMixer(QIODevice):
    """A sequential read-only device: the sum of the voices now playing.

    Each sound has at most one voice (starting a sound again restarts it); different
    sounds overlap and are summed, clipped to 16 bits. With no voice the device has
    nothing to offer, and the sink plays silence on its own without waking us.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        if parent is None:
            super().__init__()
        else:
            super().__init__(parent)
        # Voices are started from the GUI thread and mixed on the audio thread.
        self._lock = threading.Lock()
        self._voices: dict[str, _Voice] = {}
        # Unbuffered: QIODevice's own read-ahead would queue stale audio in front of a cue.
        self.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)

    def start_voice(self, name: str, pcm: bytes) -> None:
        """Start ``pcm`` as voice ``name`` (replacing a voice of that name); any thread.

        The sink takes it at its next pull; emitting ``readyRead`` on the mixer's own
        thread makes that pull happen at once.
        """
        with self._lock:
            old = self._voices.pop(name, None)
            if old is not None:
                self._fade_into(f"{name}~", old)
            self._voices[name] = _Voice(pcm)

    def stop_voice(self, name: str) -> None:
        with self._lock:
            voice = self._voices.pop(name, None)
            if voice is not None:
                self._fade_into(f"{name}~", voice)

    def stop_all(self) -> None:
        with self._lock:
            self._voices.clear()

    def playing(self) -> list[str]:
        with self._lock:
            return [name for name, voice in self._voices.items() if voice.left > 0]

    def seconds_left(self) -> float:
        """How long the longest voice still plays."""
        with self._lock:
            longest = max((v.left for v in self._voices.values()), default=0)
        return longest / (RATE * SAMPLE_BYTES)

    def _fade_into(self, name: str, voice: _Voice) -> None:
        """Keep a few milliseconds of a cut voice, faded out, so the cut does not click."""
        samples = array("h")
        samples.frombytes(voice.pcm[voice.position : voice.position + FADE_SAMPLES * 2])
        n = len(samples)
        if n == 0:
            return
        faded = array("h", (v * (n - i) // (n + 1) for i, v in enumerate(samples)))
        self._voices[name] = _Voice(faded.tobytes())

    # ----- QIODevice -------------------------------------------------------------------
    def isSequential(self) -> bool:
        return True

    def bytesAvailable(self) -> int:
        with self._lock:
            longest = max((v.left for v in self._voices.values()), default=0)
        return longest + super().bytesAvailable()

    def readData(self, maxlen: int) -> bytes:
        size = min(maxlen, self.bytesAvailable())
        size -= size % SAMPLE_BYTES
        if size <= 0:
            return b""
        chunks: list[bytes] = []
        with self._lock:
            for name in list(self._voices):
                voice = self._voices[name]
                chunk = voice.pcm[voice.position : voice.position + size]
                voice.position += len(chunk)
                if voice.left <= 0:
                    del self._voices[name]
                if chunk:
                    chunks.append(chunk)
        return mix(chunks, size)

    def writeData(self, data: bytes | bytearray | memoryview, size: int) -> int:
        return -1


def mix(chunks: list[bytes], size: int) -> bytes:
    """Sum 16-bit chunks into ``size`` bytes, clipping; a lone full chunk passes through."""
    if len(chunks) == 1 and len(chunks[0]) == size:
        return chunks[0]
    summed = [0] * (size // SAMPLE_BYTES)
    for chunk in chunks:
        part = array("h")
        part.frombytes(chunk)
        summed[: len(part)] = map(operator.add, summed[: len(part)], part)
    if summed and (max(summed) > 32767 or min(summed) < -32768):
        summed = [32767 if v > 32767 else -32768 if v < -32768 else v for v in summed]
    return array("h", summed).tobytes()
