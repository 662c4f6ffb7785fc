"""Which audio output the cue player writes its sounds to.

The sound server's own streams (:class:`~stretchtimer.ui.pulse_output.PulseOutput`)
where libpulse and a server answer: the light path. QtMultimedia's
(:class:`~stretchtimer.ui.cue_output.CueOutput`) everywhere else; it is imported only
then, because importing and opening it costs about 20 MiB.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance

from stretchtimer.ui.wav import RATE, SAMPLE_BYTES

# What both outputs share.
VOICES = 4
# Each voice holds the longest cue sound (2.4 s) whole, with room to spare.
VOICE_BUFFER_BYTES = 4 * RATE * SAMPLE_BYTES
# A voice whose sound ended is corked this long after (what the server still has queued
# plays out first).
SUSPEND_AFTER_MS = 300
# After the sound server failed, a voice is opened again at most this often.
REOPEN_AFTER_MS = 5000


class SoundOutput(Protocol):
    """A few voices that each play a whole sound (both outputs, and tests' fakes)."""

    @property
    def failed(self) -> SignalInstance: ...

    def broken(self) -> bool: ...
    def play(self, name: str, pcm: bytes) -> bool: ...
    def playing(self) -> int: ...
    def stop_all(self) -> None: ...
    def set_volume(self, gain: float) -> None: ...
    def shutdown(self) -> None: ...


def open_output(parent: QObject) -> SoundOutput | None:
    """The lightest output that works here; None when there is no audio output at all."""
    from stretchtimer.ui.pulse_output import PulseOutput  # noqa: PLC0415

    pulse = PulseOutput.open(parent)
    if pulse is not None:
        return pulse
    # No libpulse, or no server that speaks its protocol: Qt may still find an output
    # of its own (a PipeWire without its PulseAudio service, another platform).
    try:
        from PySide6.QtMultimedia import QMediaDevices  # noqa: PLC0415

        from stretchtimer.ui.cue_output import CueOutput  # noqa: PLC0415
    except ImportError:  # a PySide6 without its add-on modules
        return None
    if QMediaDevices.defaultAudioOutput().isNull():
        return None
    return CueOutput(parent)
