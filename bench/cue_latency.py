"""How late StretchTimer's cue sounds are: median and worst onset delay, in milliseconds.

Runs the real app through an 18-second routine (13 sounded cues) while a private
PulseAudio null sink is recorded, finds where each sound begins in the recording and
compares it with the moment the app handed the cue to its player (the harness is
``tests/e2e/pulse.py``). Also reports how late the cues were handed over, against the
session's own schedule, so a slow poll and a slow sound path can be told apart, and how
often a sound broke up (a hole of digital silence inside it: the stream ran dry).

    python bench/cue_latency.py [--runs N] [--volume 0-100] [--stress]

``--stress`` keeps both cores busy with ``stress-ng --cpu 2`` during each run, the load
under which a sound path that needs Python on time breaks up.

Needs pulseaudio, pulseaudio-utils (pactl, parec, pacat), Xvfb and the test extras
(and stress-ng for ``--stress``).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))

import pulse  # type: ignore[import-not-found, unused-ignore]

from stretchtimer import resources
from stretchtimer.ui.audio import perceptual_gain


def schedule_offset() -> float:
    """The session clock (``machine_time`` in the event log) minus ``time.monotonic()``."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None:
        return 0.0
    return time.clock_gettime(boottime) - time.monotonic()


def one_run(
    root: Path, volume: int, stress: bool
) -> tuple[list[float], list[float], int, int, list[float]]:
    """Onset delays (s), hand-over lateness (s), missing and extra counts, hole lengths (s)."""
    sounds = resources.resource_root() / "sounds"
    load = None
    if stress:
        load = subprocess.Popen(["stress-ng", "--cpu", "2", "--quiet"], stdout=subprocess.DEVNULL)
    try:
        with pulse.pulse_server(root / "pulse") as server:
            run, recording, report = pulse.record_app(
                root, server, sounds, volume, perceptual_gain(volume)
            )
    finally:
        if load is not None:
            load.terminate()
            load.wait()
    if run.returncode != 0:
        raise SystemExit(f"the app failed ({run.returncode}):\n{run.stderr}")
    print(pulse.describe(report, recording))
    holes = pulse.dropouts(recording, report, sounds, perceptual_gain(volume))
    for name, onset, length in holes:
        print(f"{name:14s} at {onset - recording.start:8.3f} s: a {length * 1000:.0f} ms hole")
    offset = schedule_offset()
    late = [e["mono"] - (e["machine_time"] - offset) for e in run.sounded]
    return report.delays, late, len(report.missing), len(report.extra), [h[2] for h in holes]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:6.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="how many app runs (default 1)")
    parser.add_argument("--volume", type=int, default=70, help="volume setting (default 70)")
    parser.add_argument("--stress", action="store_true", help="run stress-ng --cpu 2 meanwhile")
    args = parser.parse_args(argv)
    missing_tools = pulse.missing_tools() + (
        ["stress-ng"] if args.stress and shutil.which("stress-ng") is None else []
    )
    if missing_tools:
        print(f"cue_latency needs {', '.join(missing_tools)}", file=sys.stderr)
        return 2
    delays: list[float] = []
    lateness: list[float] = []
    missing = extra = 0
    holes: list[float] = []
    for n in range(args.runs):
        print(f"--- run {n + 1} of {args.runs}")
        with tempfile.TemporaryDirectory(prefix="cue-latency-") as tmp:
            d, late, m, x, h = one_run(Path(tmp), args.volume, args.stress)
        delays += d
        holes += h
        lateness += late
        missing += m
        extra += x
    print(f"\n{len(delays)} cue sounds over {args.runs} run(s); {missing} missing, {extra} extra")
    print(f"break-ups: {len(holes)} holes, {sum(holes) * 1000:.0f} ms in all"
          + (f", the longest {max(holes) * 1000:.0f} ms" if holes else ""))  # fmt: skip
    if delays:
        print(f"onset after hand-over:   median {ms(statistics.median(delays))}, "
              f"worst {ms(max(delays, key=abs))}")  # fmt: skip
    if lateness:
        print(f"hand-over after schedule: median {ms(statistics.median(lateness))}, "
              f"worst {ms(max(lateness))}")  # fmt: skip
        total = [d + late for d, late in zip(delays, lateness, strict=False)]
        if len(total) == len(delays) == len(lateness):
            print(f"onset after schedule:     median {ms(statistics.median(total))}, "
                  f"worst {ms(max(total))}")  # fmt: skip
    return 0 if delays and not missing and not extra else 1


if __name__ == "__main__":
    sys.exit(main())
