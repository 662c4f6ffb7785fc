"""The cue WAVs, decoded once into the one sample format the cue output is opened with."""

from __future__ import annotations

import sys
import wave
from array import array
from pathlib import Path

RATE = 44_100
SAMPLE_BYTES = 2
# A cue sound is a second or two; anything far bigger is not one of ours.
MAX_WAV_BYTES = 4 * 1024 * 1024


class WavError(ValueError):
    """A WAV file that cannot be a cue sound; the message names the file and why."""


def read_pcm(path: Path) -> bytes:
    """The samples of a cue WAV as signed 16-bit PCM in this machine's byte order."""
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

