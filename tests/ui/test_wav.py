"""Cue WAVs: decoded once, refused with the file's name when they cannot be a cue sound."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchtimer import resources
from stretchtimer.ui.wav import WavError, read_pcm


def test_every_shipped_sound_decodes() -> None:
    for path in (resources.resource_root() / "sounds").glob("*.wav"):
        assert len(read_pcm(path)) > 1000


@pytest.mark.parametrize("kind", ["missing", "garbage", "stereo", "folder"])
def test_a_bad_wav_is_refused_with_its_name(tmp_path: Path, kind: str) -> None:
    import wave

    path = tmp_path / "tick.wav"
    if kind == "garbage":
        path.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really a sound" * 20)
    elif kind == "stereo":
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(2)
            wav.setsampwidth(2)
            wav.setframerate(44_100)
            wav.writeframes(b"\x00" * 400)
    elif kind == "folder":
        path.mkdir()
    with pytest.raises(WavError, match=r"tick\.wav"):
        read_pcm(path)
