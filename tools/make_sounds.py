"""Generate StretchTimer's cue sounds into ``resources/sounds/`` (or ``--out DIR``).

Someone stretching has their eyes on the floor, so each transition has its own sound, and
the sounds belong together: every note is pitched on the G major pentatonic scale
(G A B D E), so any two cues that ring at once still agree with each other.

=================  ======================================  =============  ========  ========
file               notes and timbre                         envelope       peak      length
=================  ======================================  =============  ========  ========
session_start      soft octave G4+G5, round harmonic        20 ms attack,  -4 dBFS   1.30 s
                   partials (a warm, open "begin")          decay 0.45 s
hold_start         singing-bowl bell on D5: inharmonic      3 ms attack,   -3 dBFS   1.40 s
                   partials 1, 2.71, 5.12 and a twin        decay 0.9 s
                   detuned by 1.8 Hz for a slow shimmer
switch_sides       two-note chime E5 then B5 (a fifth up,   4 ms attack,   -4 dBFS   1.30 s
                   220 ms apart), bright harmonic partials  decay 0.35 s
tick               short wooden tick on E6 with a faint     1 ms attack,   -12 dBFS  0.12 s
                   bar overtone (ratio 2.76)                decay 18 ms
step_end           marimba-like A4 (partials 1:4:10),       3 ms attack,   -6 dBFS   0.80 s
                   low, short and woody: "let go"           decay 0.25 s
inhale             sine gliding up D4 -> A4                 250 ms swell   -18 dBFS  1.10 s
exhale             sine gliding down A4 -> D4               200 ms swell   -18 dBFS  1.30 s
finished           G major chord B4, D5, G5 arpeggiated     6 ms attack,   -3 dBFS   2.40 s
                   140 ms apart, rising to the home note G  decay 1.2 s
=================  ======================================  =============  ========  ========

Why these choices:

* Attacks are raised-cosine ramps of a few milliseconds: fast enough that a cue is heard
  exactly when it is due, slow enough that the first samples do not click. Every partial
  starts at phase zero, so the first sample is exactly 0.
* Decays are exponential, like struck objects, and every file ends with a raised-cosine
  fade followed by exact zeros, so stopping or looping a sound never clicks either.
* The bell (hold start) is inharmonic and shimmering while the side-switch chime is two
  harmonic notes a fifth apart: one struck sound against two rising notes, so the two
  cues a person hears most often cannot be confused. The step end is lower and dry.
* Peaks are normalised per sound: the two most important cues (hold start, finished) at
  -3 dBFS, the other transitions a little below, the countdown ticks at -12 dBFS (they
  come three in a row) and the optional breath tones at -18 dBFS (they come every few
  seconds and must stay in the background).
* Only stdlib arithmetic is used and the output is quantised with ``round``, so running
  the script twice gives the same bytes: the committed WAVs can be checked against it.
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
FULL_SCALE = 32_767
ZERO_TAIL_SECONDS = 0.005

G4, A4, B4, D5, E5, G5, B5, E6 = 392.00, 440.00, 493.88, 587.33, 659.26, 783.99, 987.77, 1318.51
D4 = 293.66


@dataclass(frozen=True)
class Partial:
    """One sine component: frequency ratio to the note, relative level, decay time constant."""

    ratio: float
    level: float
    decay: float
    detune_hz: float = 0.0


@dataclass(frozen=True)
class Note:
    """A struck or swelled note; ``glide_to`` sweeps the pitch exponentially over its length."""

    freq: float
    start: float
    partials: tuple[Partial, ...]
    attack: float
    level: float = 1.0
    glide_to: float | None = None
    glide_seconds: float = 0.0


@dataclass(frozen=True)
class SoundSpec:
    name: str
    seconds: float
    peak_dbfs: float
    fade: float
    notes: tuple[Note, ...]


WARM = (Partial(1, 1.0, 0.45), Partial(2, 0.35, 0.30), Partial(3, 0.12, 0.20))
BOWL = (
    Partial(1, 1.0, 0.90),
    Partial(1, 0.25, 0.90, detune_hz=1.8),
    Partial(2.71, 0.32, 0.35),
    Partial(5.12, 0.10, 0.14),
)
CHIME = (Partial(1, 1.0, 0.35), Partial(2, 0.28, 0.16), Partial(3, 0.10, 0.08))
WOOD_TICK = (Partial(1, 1.0, 0.018), Partial(2.76, 0.25, 0.008))
MARIMBA = (Partial(1, 1.0, 0.25), Partial(4, 0.22, 0.05), Partial(10, 0.05, 0.015))
BREATH = (Partial(1, 1.0, 0.55), Partial(2, 0.12, 0.40))
CHORD = (Partial(1, 1.0, 1.2), Partial(2, 0.38, 0.6), Partial(3, 0.14, 0.35), Partial(4, 0.05, 0.2))

SOUNDS: tuple[SoundSpec, ...] = (
    SoundSpec(
        "session_start", 1.30, -4.0, 0.25,
        (Note(G4, 0, WARM, 0.02), Note(G5, 0, WARM, 0.02, 0.45)),
    ),
    SoundSpec("hold_start", 1.40, -3.0, 0.30, (Note(D5, 0, BOWL, 0.003),)),
    SoundSpec(
        "switch_sides", 1.30, -4.0, 0.25,
        (Note(E5, 0, CHIME, 0.004), Note(B5, 0.22, CHIME, 0.004, 0.9)),
    ),
    SoundSpec("tick", 0.12, -12.0, 0.03, (Note(E6, 0, WOOD_TICK, 0.001),)),
    SoundSpec("step_end", 0.80, -6.0, 0.20, (Note(A4, 0, MARIMBA, 0.003),)),
    SoundSpec("inhale", 1.10, -18.0, 0.30, (Note(D4, 0, BREATH, 0.25, 1.0, A4, 1.0),)),
    SoundSpec("exhale", 1.30, -18.0, 0.35, (Note(A4, 0, BREATH, 0.20, 1.0, D4, 1.2),)),
    SoundSpec(
        "finished", 2.40, -3.0, 0.45,
        (
            Note(B4, 0, CHORD, 0.006),
            Note(D5, 0.14, CHORD, 0.006, 0.85),
            Note(G5, 0.28, CHORD, 0.006, 0.7),
        ),
    ),
)  # fmt: skip


def _raised_cosine(x: float) -> float:
    """0 at x<=0, 1 at x>=1, smooth in between (no corner to click on)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    return 0.5 - 0.5 * math.cos(math.pi * x)


def _add_note(buffer: list[float], note: Note) -> None:
    first = round(note.start * RATE)
    length = len(buffer) - first
    attack_samples = max(1, round(note.attack * RATE))
    glide_samples = max(1, round(note.glide_seconds * RATE))
    for partial in note.partials:
        phase = 0.0
        decay_step = math.exp(-1.0 / (partial.decay * RATE))
        envelope = partial.level * note.level
        for i in range(length):
            freq = note.freq
            if note.glide_to is not None:
                freq = note.freq * (note.glide_to / note.freq) ** min(1.0, i / glide_samples)
            buffer[first + i] += envelope * _raised_cosine(i / attack_samples) * math.sin(phase)
            phase += 2 * math.pi * (freq * partial.ratio + partial.detune_hz) / RATE
            envelope *= decay_step


def render(spec: SoundSpec) -> array[int]:
    """The sound as 16-bit samples: notes summed, faded out, zero-padded, normalised."""
    total = round(spec.seconds * RATE)
    buffer = [0.0] * total
    for note in spec.notes:
        _add_note(buffer, note)
    zero_tail = round(ZERO_TAIL_SECONDS * RATE)
    fade_end = total - zero_tail
    fade_samples = round(spec.fade * RATE)
    fade_start = fade_end - fade_samples
    for i in range(fade_start, total):
        buffer[i] *= 1.0 - _raised_cosine((i - fade_start) / fade_samples)
    peak = max(abs(v) for v in buffer)
    scale = 10 ** (spec.peak_dbfs / 20) * FULL_SCALE / peak
    return array("h", (round(v * scale) for v in buffer))


def write_wav(path: Path, samples: array[int]) -> None:
    if sys.byteorder != "little":
        samples = array("h", samples)
        samples.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).resolve().parent.parent / "resources" / "sounds"
    parser.add_argument("--out", type=Path, default=default_out, help="folder for the WAV files")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for spec in SOUNDS:
        samples = render(spec)
        write_wav(out / f"{spec.name}.wav", samples)
        print(f"{spec.name}.wav  {len(samples) / RATE:.2f} s  peak {spec.peak_dbfs:+.0f} dBFS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
