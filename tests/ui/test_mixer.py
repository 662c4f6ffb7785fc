"""CueMixer: what the sink pulls is the clipped sum of the voices now playing."""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from stretchtimer import resources
from stretchtimer.ui.mixer import FADE_SAMPLES, CueMixer, WavError, mix, read_pcm


def pcm(*values: int) -> bytes:
    return array("h", values).tobytes()


def samples(data: object) -> list[int]:
    out = array("h")
    out.frombytes(bytes(data))  # type: ignore[call-overload]
    return list(out)


def test_silence_offers_nothing_so_the_sink_never_waits_behind_it(qtbot: object) -> None:
    mixer = CueMixer()
    assert mixer.bytesAvailable() == 0
    assert mixer.read(4096) == b""


def test_voices_are_summed_clipped_and_end_by_themselves(qtbot: object) -> None:
    mixer = CueMixer()
    mixer.start_voice("a", pcm(1000, 30000, -30000, 5))
    mixer.start_voice("b", pcm(1, 10000, -10000))
    assert mixer.bytesAvailable() == 8
    assert samples(mixer.read(4)) == [1001, 32767]
    assert samples(mixer.read(100)) == [-32768, 5]
    assert mixer.playing() == []
    assert mixer.read(100) == b""


def test_a_sound_started_again_restarts_and_its_cut_is_faded(qtbot: object) -> None:
    mixer = CueMixer()
    tone = pcm(*([8000] * 1000))
    mixer.start_voice("tick", tone)
    mixer.read(200)
    mixer.start_voice("tick", tone)
    out = samples(mixer.read(2 * FADE_SAMPLES))
    # The restarted tone plus the old one fading out: never a jump past the two together.
    assert out[0] > 8000 and out[-1] < out[0] and all(v <= 16000 for v in out)
    assert sorted(mixer.playing()) == ["tick"]


def test_a_lone_chunk_passes_through_untouched() -> None:
    chunk = pcm(1, 2, 3)
    assert mix([chunk], len(chunk)) is chunk
    assert samples(mix([pcm(1), pcm(2, 3)], 4)) == [3, 3]


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
