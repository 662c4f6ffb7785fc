"""Hearing StretchTimer: a private PulseAudio null sink, a timed recording, onset detection.

Shared by ``tests/e2e/test_sound_e2e.py``, ``tests/ui/test_audio.py`` and
``bench/cue_latency.py``. Standard library only, plus the repository's Xvfb helper
(``xvfb_display.py``) for the app runs. The pieces:

* :func:`pulse_server` starts PulseAudio in a temporary runtime directory with one null
  sink, ``cues`` (44.1 kHz mono), as the default sink, so nothing on the host is touched.
* :class:`Recorder` runs ``parec`` on ``cues.monitor`` with 2 ms fragments and notes the
  ``time.monotonic()`` at which each block arrives. A block cannot arrive before the sink
  rendered it, so the earliest arrivals, fitted over the whole recording, map every
  sample to the monotonic clock (:meth:`Recording.mono`) to within a few milliseconds.
  The app logs the same clock when it hands a cue to the player.
* :class:`ReferencePlayer` plays WAVs through ``pacat`` at logged moments: a known
  player that checks the whole harness.
* :func:`find_onsets` finds where sounds begin: a 1 ms energy envelope rising out of
  silence, or jumping well above the last 40 ms (a tick over the tail of a longer tone).
* :func:`match_onsets` pairs expected sounds (name + moment) with detected onsets, checks
  each is that sound (waveform similarity) and lists what is missing or extra; a sound's
  own later notes (the second note of a chime) are learnt by running the same detector
  on its WAV, and are allowed.
* :func:`run_app` and :func:`record_app` run the real app through an 18-second routine.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import wave
from array import array
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xvfb_display import xvfb

RATE = 44_100
SINK = "cues"
FRAME = 44  # samples per envelope frame: 1 ms
SILENCE_FLOOR = 40.0  # RMS in 16-bit units (-58 dBFS): the null sink is digitally silent
RISE = 4.0  # energy ratio over the recent past that counts as a new sound (+6 dB)
LOOK_BACK = (5, 40)  # frames (ms) of recent past, skipping the onset's own attack
REFRACTORY = 60  # frames (ms): one attack is one onset
TOOLS = ("pulseaudio", "pactl", "parec", "pacat", "Xvfb")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass
class PulseServer:
    """A running private PulseAudio; ``env`` is what a client needs to use it."""

    root: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes]

    def pactl(self, *args: str) -> str:
        done = subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, timeout=10, check=True
        )
        return done.stdout


@contextmanager
def pulse_server(root: Path) -> Iterator[PulseServer]:
    """PulseAudio with a null sink ``cues`` as default, living entirely under ``root``."""
    runtime = root / "runtime"
    (runtime / "pulse").mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    home = root / "home"
    home.mkdir(exist_ok=True)
    socket = runtime / "pulse" / "native"
    script = root / "cues.pa"
    script.write_text(
        f"load-module module-null-sink sink_name={SINK} rate={RATE} channels=1 "
        "sink_properties=device.description=StretchTimer-cues\n"
        f"set-default-sink {SINK}\n"
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
    )
    server_env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PULSE_RUNTIME_PATH": str(runtime / "pulse"),
        "PULSE_STATE_PATH": str(root / "state"),
    }
    for name in ("PULSE_SERVER", "PULSE_SINK", "PULSE_SOURCE", "DBUS_SESSION_BUS_ADDRESS"):
        server_env.pop(name, None)
    log = (root / "pulseaudio.log").open("wb")
    process = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
         "--log-target=stderr", "-F", str(script)],
        env=server_env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    client_env = {
        **os.environ,
        "PULSE_SERVER": f"unix:{socket}",
        "PULSE_COOKIE": str(home / ".config" / "pulse" / "cookie"),
    }
    client_env.pop("PULSE_SINK", None)
    server = PulseServer(root, client_env, process)
    try:
        deadline = time.monotonic() + 15
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"pulseaudio exited; see {root / 'pulseaudio.log'}")
            try:
                if f"Default Sink: {SINK}" in server.pactl("info"):
                    break
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"pulseaudio did not come up; see {root / 'pulseaudio.log'}")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@dataclass
class Recording:
    """Samples of the sink monitor and the clock they map to.

    ``start`` is the ``time.monotonic()`` at which sample 0 was rendered and ``rate`` the
    samples per second of that clock: the null sink's own clock runs a few hundred ppm
    off (it advances in whole microseconds per block), which is 10 ms over a minute, so
    the mapping is fitted rather than assumed.
    """

    samples: array[int]
    start: float
    rate: float
    wall_offset: float
    """``time.time() - time.monotonic()`` while recording."""
    residual: float
    """How far the arrival times scatter above the fitted line (s, 90th percentile)."""

    def mono(self, index: float) -> float:
        return self.start + index / self.rate

    def wall(self, index: float) -> float:
        return self.mono(index) + self.wall_offset

    def index(self, mono: float) -> int:
        return round((mono - self.start) * self.rate)


class Recorder:
    """``parec`` on the sink monitor, with an arrival time for every block it delivers."""

    def __init__(self, env: Mapping[str, str], latency_ms: int = 2) -> None:
        self._env = dict(env)
        self._latency_ms = latency_ms
        self._data = bytearray()
        self._arrivals: list[tuple[float, int]] = []
        self._process: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None

    @property
    def started(self) -> bool:
        return self._process is not None

    def start(self) -> None:
        self._process = subprocess.Popen(
            ["parec", f"--device={SINK}.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1", f"--latency-msec={self._latency_ms}"],
            env=self._env, stdout=subprocess.PIPE,
        )  # fmt: skip
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._arrivals:
            if time.monotonic() > deadline or self._process.poll() is not None:
                raise RuntimeError("parec delivered nothing from the null sink monitor")
            time.sleep(0.01)

    def _read(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        fd = self._process.stdout.fileno()
        while chunk := os.read(fd, 65536):
            arrived = time.monotonic()
            self._data += chunk
            self._arrivals.append((arrived, len(self._data) // 2))

    def stop(self) -> Recording:
        assert self._process is not None and self._thread is not None
        wall_offset = time.time() - time.monotonic()
        self._process.terminate()
        self._process.wait(timeout=10)
        self._thread.join(timeout=10)
        if self._process.stdout is not None:
            self._process.stdout.close()
        usable = len(self._data) // 2 * 2
        samples = array("h", bytes(self._data[:usable]))
        if sys.byteorder != "little":
            samples.byteswap()
        start, rate, residual = fit_clock(self._arrivals)
        return Recording(samples, start, rate, wall_offset, residual)


def fit_clock(
    arrivals: Sequence[tuple[float, int]], window: float = 0.5
) -> tuple[float, float, float]:
    """Fit ``time = start + count / rate`` to the earliest arrivals, window by window.

    A block can arrive late (the reader was not scheduled) but never before the sink
    rendered its last sample, so the earliest arrival in each window lies on the line.
    """
    lowest: dict[int, tuple[float, int]] = {}
    for arrived, count in arrivals:
        key = int(count / RATE / window)
        if key not in lowest or arrived - count / RATE < lowest[key][0] - lowest[key][1] / RATE:
            lowest[key] = (arrived, count)
    points = [lowest[k] for k in sorted(lowest)][1:]  # the first window holds start-up noise
    if len(points) < 2:
        arrived, count = min(arrivals, key=lambda a: a[0] - a[1] / RATE)
        return arrived - count / RATE, float(RATE), 0.0
    n = len(points)
    mean_c = sum(c for _, c in points) / n
    mean_t = sum(t for t, _ in points) / n
    slope = sum((c - mean_c) * (t - mean_t) for t, c in points) / sum(
        (c - mean_c) ** 2 for _, c in points
    )
    intercept = mean_t - slope * mean_c
    above = sorted(t - (intercept + slope * c) for t, c in points)
    # Sit the line on the lower envelope rather than through the middle of it.
    intercept += above[0]
    residual = above[len(above) * 9 // 10] - above[0]
    return intercept, 1.0 / slope, residual


class ReferencePlayer:
    """A known-latency player: ``pacat`` fed a whole WAV at a logged time.

    It checks the harness itself: its sounds must be found a few milliseconds after the
    moment they were written, or the alignment or the detector is wrong.

    The first sample of a write into an idle stream plays at once whatever the buffer
    size; the buffer only decides how long ``pacat`` may go unscheduled before the rest
    of the sound breaks up. With 5 ms a busy machine split the chime in two (its second
    note came late and was heard as an extra sound); 200 ms rides that out.
    """

    def __init__(self, env: Mapping[str, str]) -> None:
        self._process = subprocess.Popen(
            ["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
             "--latency-msec=200"],
            env=dict(env), stdin=subprocess.PIPE,
        )  # fmt: skip

    def play(self, samples: array[int]) -> float:
        """Hand ``samples`` to the sink now; returns the monotonic time of the hand-over."""
        assert self._process.stdin is not None
        data = samples.tobytes() if sys.byteorder == "little" else _swapped(samples)
        now = time.monotonic()
        self._process.stdin.write(data)
        self._process.stdin.flush()
        return now

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=10)


def _swapped(samples: array[int]) -> bytes:
    copy = array("h", samples)
    copy.byteswap()
    return copy.tobytes()


def read_wav(path: Path) -> array[int]:
    with wave.open(str(path)) as wav:
        if (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) != (1, 2, RATE):
            raise ValueError(f"{path}: expected {RATE} Hz mono 16-bit")
        samples = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder != "little":
        samples.byteswap()
    return samples


def find_onsets(samples: Sequence[int], floor: float = SILENCE_FLOOR) -> list[int]:
    """Sample indices where a sound starts (out of silence, or clearly over what rings on)."""
    energies = [
        sum(v * v for v in samples[i : i + FRAME]) / FRAME for i in range(0, len(samples), FRAME)
    ]
    floor_energy = floor * floor
    found: list[int] = []
    last = -REFRACTORY
    for k, energy in enumerate(energies):
        if energy < floor_energy or k - last < REFRACTORY:
            continue
        past = energies[max(0, k - LOOK_BACK[1]) : max(0, k - LOOK_BACK[0] + 1)]
        if energy > RISE * max(past, default=0.0):
            start = k * FRAME
            # Refine to the first sample of the frame that is clearly not silence.
            threshold = floor / 4
            first = next(
                (i for i in range(start, start + FRAME) if abs(samples[i]) > threshold), start
            )
            found.append(first)
            last = k
    return found


@dataclass(frozen=True)
class Expected:
    """A sound that should be heard: its WAV name and when it was handed over (monotonic s)."""

    name: str
    at: float


@dataclass
class Match:
    expected: Expected
    onset: float | None
    delay: float | None
    similarity: float = 0.0
    """Best normalised correlation of the recording with the sound's first 20 ms."""


@dataclass
class Report:
    matches: list[Match] = field(default_factory=list)
    extra: list[float] = field(default_factory=list)

    @property
    def missing(self) -> list[Expected]:
        return [m.expected for m in self.matches if m.delay is None]

    @property
    def delays(self) -> list[float]:
        return [m.delay for m in self.matches if m.delay is not None]

    @property
    def least_similar(self) -> float:
        return min((m.similarity for m in self.matches if m.delay is not None), default=0.0)


def similarity(samples: Sequence[int], at: int, sound: Sequence[int], reach: int = 88) -> float:
    """How much the recording at sample ``at`` looks like the start of ``sound`` (0..1).

    Normalised cross-correlation over 20 ms, shifted up to ``reach`` samples (2 ms) either
    way; what still rings from an earlier sound lowers it a little.
    """
    length = 882
    head = sound[:length]
    head_energy = sum(v * v for v in head) ** 0.5
    best = 0.0
    for shift in range(-reach, reach + 1):
        start = at + shift
        if start < 0 or start + length > len(samples):
            continue
        window = samples[start : start + length]
        energy = sum(v * v for v in window) ** 0.5
        if energy and head_energy:
            dot = sum(a * b for a, b in zip(window, head, strict=True))
            best = max(best, dot / (energy * head_energy))
    return best


def internal_onsets(sounds_dir: Path, names: Sequence[str], gain: float) -> dict[str, list[float]]:
    """Offsets (s) of the later onsets inside each sound, as the detector sees them."""
    out: dict[str, list[float]] = {}
    for name in set(names):
        wav = read_wav(sounds_dir / f"{name}.wav")
        scaled = [round(v * gain) for v in wav]
        out[name] = [i / RATE for i in find_onsets(scaled)[1:]]
    return out


def match_onsets(
    recording: Recording,
    expected: Sequence[Expected],
    inner: Mapping[str, Sequence[float]],
    sounds_dir: Path,
    *,
    window: float = 0.25,
    inner_tolerance: float = 0.03,
) -> Report:
    """Pair each expected sound with the first onset in [-window/5, +window] of its time."""
    wavs = {e.name: read_wav(sounds_dir / f"{e.name}.wav") for e in expected}
    onsets = [recording.mono(i) for i in find_onsets(recording.samples)]
    used: set[int] = set()
    report = Report()
    for exp in sorted(expected, key=lambda e: e.at):
        candidates = [
            j for j, t in enumerate(onsets)
            if j not in used and exp.at - window / 5 <= t <= exp.at + window
        ]  # fmt: skip
        if not candidates:
            report.matches.append(Match(exp, None, None))
            continue
        j = candidates[0]
        used.add(j)
        alike = similarity(recording.samples, recording.index(onsets[j]), wavs[exp.name])
        report.matches.append(Match(exp, onsets[j], onsets[j] - exp.at, alike))
    for j, t in enumerate(onsets):
        if j in used:
            continue
        explained = any(
            m.onset is not None
            and any(
                abs(t - (m.onset + off)) <= inner_tolerance
                for off in inner.get(m.expected.name, ())
            )
            for m in report.matches
        )
        if not explained:
            report.extra.append(t)
    return report


def dropouts(
    recording: Recording, report: Report, sounds_dir: Path, gain: float, min_ms: int = 3
) -> list[tuple[str, float, float]]:
    """Holes in heard sounds: runs of digital silence (the null sink's underrun) of at least
    ``min_ms`` where the WAV itself is audible; each as (sound, onset, hole length in s).

    A sound is followed up to the next onset, so one cut short by the next is no hole.
    Where another sound still rings the sum is not silent, so only lone holes are seen.
    """
    found: list[tuple[str, float, float]] = []
    onsets = sorted(m.onset for m in report.matches if m.onset is not None)
    for m in report.matches:
        if m.onset is None:
            continue
        wav = read_wav(sounds_dir / f"{m.expected.name}.wav")
        later = [t for t in onsets if t > m.onset + 0.001]
        frames = min(len(wav), round(((later[0] if later else 1e9) - m.onset) * RATE)) // FRAME
        start = recording.index(m.onset)
        run = 0
        for k in range(frames + 1):
            audible = k < frames and max(abs(v) for v in wav[k * FRAME : (k + 1) * FRAME]) * gain > 30
            heard = recording.samples[start + k * FRAME : start + (k + 1) * FRAME]
            if audible and heard and max(abs(v) for v in heard) <= 1:
                run += 1
                continue
            if run >= min_ms:
                found.append((m.expected.name, m.onset, run * FRAME / RATE))
            run = 0
    return found


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


# ----- the app ---------------------------------------------------------------------
# Get ready 3 s (the first step: start tone, ticks at 1 and 2), hold 6 s (bell, ticks at
# 6, 7, 8), switch 3 s (chime), hold 6 s (bell, ticks at 15, 16, 17), done at 18 s.
ROUTINE_ID = "sound-check"
ROUTINE = {
    "version": 1,
    "routines": [
        {
            "id": ROUTINE_ID,
            "name": "Sound check",
            "description": "Every transition sound once, in eighteen seconds.",
            "warmup_seconds": 0,
            "breaths_before": 0,
            "breaths_after": 0,
            "get_ready_seconds": 3,
            "switch_seconds": 3,
            "items": [{"exercise": "neck-side-tilt", "hold_seconds": 6, "reps": 1}],
        }
    ],
}
EXPECTED_SOUNDS = [
    "session_start", "tick", "tick", "hold_start", "tick", "tick", "tick",
    "switch_sides", "hold_start", "tick", "tick", "tick", "finished",
]  # fmt: skip


@dataclass
class AppRun:
    returncode: int
    events: list[dict[str, Any]]
    stderr: str

    @property
    def sounded(self) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == "cue" and e["sound"]]

    def expected(self) -> list[Expected]:
        return [Expected(e["sound"], e["mono"]) for e in self.sounded]


def prepare_data(data: Path, volume: int) -> None:
    """A data folder with the sound-check routine and plain sound settings."""
    (data / "routines").mkdir(parents=True, exist_ok=True)
    (data / "routines" / "short.json").write_text(json.dumps(ROUTINE))
    settings = {"volume": volume, "muted": False, "tick_sounds": True, "breath_sounds": False,
                "voice_prompts": False, "safety_acknowledged": True}  # fmt: skip
    (data / "settings.json").write_text(json.dumps(settings))


def run_app(tmp: Path, env: Mapping[str, str], volume: int, timeout: float = 90) -> AppRun:
    """``python -m stretchtimer`` in a virtual display through the routine; returns its log."""
    data = tmp / "data"
    prepare_data(data, volume)
    log = tmp / "events.jsonl"
    stderr_path = tmp / "app.stderr"
    command = [
        sys.executable, "-m", "stretchtimer", "--data-dir", str(data),
        "--routine", ROUTINE_ID, "--start", "--event-log", str(log), "--exit-when-done",
    ]  # fmt: skip
    # Xvfb with -displayfd rather than xvfb-run -a, which can wait forever for a ready
    # signal that came before it started waiting.
    with xvfb() as display, stderr_path.open("w") as err:
        app_env = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        proc = subprocess.Popen(
            command, env=app_env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True
        )
        try:
            returncode = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            processes = subprocess.run(
                ["ps", "-o", "pid,stat,pcpu,etime,args", "-g", str(proc.pid)],
                capture_output=True, text=True, check=False,
            ).stdout  # fmt: skip
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            last = log.read_text().splitlines()[-3:] if log.exists() else []
            tail = stderr_path.read_text(errors="replace")[-2000:]
            raise AssertionError(
                f"the app did not finish in {timeout} s\n{processes}\nlast events: {last}\n"
                f"stderr ends: {tail}"
            ) from None
    events = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    return AppRun(returncode, events, stderr_path.read_text(errors="replace"))


def record_app(
    tmp: Path, server: PulseServer, sounds_dir: Path, volume: int, gain: float
) -> tuple[AppRun, Recording, Report]:
    """Run the app while recording the sink; match its logged cues to what was heard.

    ``gain`` is the linear gain the app applies at ``volume``: the detector runs on the
    WAVs at that level to learn which later onsets belong to a sound itself.
    """
    recorder = Recorder(server.env)
    recorder.start()
    try:
        time.sleep(0.3)
        run = run_app(tmp, server.env, volume)
        time.sleep(0.5)
    finally:
        recording = recorder.stop()
    names = [e.name for e in run.expected()]
    inner = internal_onsets(sounds_dir, names, gain)
    return run, recording, match_onsets(recording, run.expected(), inner, sounds_dir)


def describe(report: Report, recording: Recording) -> str:
    lines = [
        f"{m.expected.name:14s} handed at {m.expected.at - recording.start:8.3f} s: "
        + (
            "MISSING"
            if m.delay is None
            else f"onset {m.delay * 1000:+6.1f} ms, similarity {m.similarity:.2f}"
        )
        for m in report.matches
    ]
    lines += [f"extra sound at {t - recording.start:8.3f} s" for t in report.extra]
    return "\n".join(lines)
