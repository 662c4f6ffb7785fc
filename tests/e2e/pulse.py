"""Hearing StretchTimer: a private PulseAudio null sink, a timed recording, onset detection.

Shared by ``tests/e2e/test_sound_e2e.py`` and ``bench/cue_latency.py``. Standard library
only. The pieces:

* :func:`pulse_server` starts PulseAudio in a temporary runtime directory with one null
  sink, ``cues`` (44.1 kHz mono), as the default sink, so nothing on the host is touched.
* :class:`Recorder` runs ``parec`` on ``cues.monitor`` and notes the wall-clock time each
  block of samples arrives. A sample cannot arrive before the sink rendered it, so the
  earliest arrival relative to its index pins the wall time of sample 0
  (:attr:`Recording.start_wall`) to within one small recording fragment.
* :func:`find_onsets` finds where sounds begin: a 1 ms energy envelope rising out of
  silence, or jumping well above the last 40 ms (a tick over the tail of a longer tone).
* :func:`match_onsets` pairs expected sounds (name + wall time) with detected onsets and
  lists what is missing, late or extra; a sound's own later notes (the second note of a
  chime, an arpeggio) are found by running the same detector on its WAV and are allowed.
"""

from __future__ import annotations

import os
import shutil
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

RATE = 44_100
SINK = "cues"
FRAME = 44  # samples per envelope frame: 1 ms
SILENCE_FLOOR = 40.0  # RMS in 16-bit units (-58 dBFS): the null sink is digitally silent
RISE = 4.0  # energy ratio over the recent past that counts as a new sound (+6 dB)
LOOK_BACK = (5, 40)  # frames (ms) of recent past, skipping the onset's own attack
REFRACTORY = 60  # frames (ms): one attack is one onset
TOOLS = ("pulseaudio", "pactl", "parec", "pacat", "xvfb-run")


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
        usable = len(self._data) // 2 * 2
        samples = array("h", bytes(self._data[:usable]))
        if sys.byteorder != "little":
            samples.byteswap()
        start, rate, residual = fit_clock(self._arrivals)
        return Recording(samples, start, rate, wall_offset, residual)


def fit_clock(arrivals: Sequence[tuple[float, int]], window: float = 0.5) -> tuple[float, float, float]:
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
    """A known-latency player: ``pacat`` with a 5 ms buffer, fed a WAV at a logged time.

    It checks the harness itself: its sounds must be found a few milliseconds after the
    moment they were written, or the alignment or the detector is wrong.
    """

    def __init__(self, env: Mapping[str, str]) -> None:
        self._process = subprocess.Popen(
            ["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
             "--latency-msec=5"],
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
            first = next((i for i in range(start, start + FRAME) if abs(samples[i]) > threshold), start)
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
    *,
    window: float = 0.25,
    inner_tolerance: float = 0.03,
) -> Report:
    """Pair each expected sound with the first onset in [-window/5, +window] of its time."""
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
        report.matches.append(Match(exp, onsets[j], onsets[j] - exp.at))
    for j, t in enumerate(onsets):
        if j in used:
            continue
        explained = any(
            m.onset is not None
            and any(abs(t - (m.onset + off)) <= inner_tolerance for off in inner.get(m.expected.name, ()))
            for m in report.matches
        )
        if not explained:
            report.extra.append(t)
    return report


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
