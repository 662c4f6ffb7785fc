"""The few calls of PulseAudio's client library (libpulse) that the cue voices use.

Bound with ctypes, so no compiled module is needed: libpulse is on every desktop that
runs PulseAudio or PipeWire (whose pipewire-pulse speaks the same protocol). Every call
here is made with the threaded main loop's lock held (:meth:`Pulse.locked`), from the
thread that owns the voices; no Python function is ever handed to the library, so its
own thread never waits for Python.

ctypes releases the GIL for the length of each call, so a call that waits for the
main loop's lock never holds up another Python thread.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterator
from contextlib import contextmanager

SONAME = "libpulse.so.0"
# pa_context_state_t
CONTEXT_READY = 4
CONTEXT_FAILED = 5
CONTEXT_TERMINATED = 6
# pa_stream_state_t
STREAM_READY = 2
STREAM_FAILED = 3
STREAM_TERMINATED = 4
# pa_context_flags_t: never start a sound server of our own.
CONTEXT_NOAUTOSPAWN = 1
# pa_stream_flags_t
STREAM_START_CORKED = 0x0001
STREAM_ADJUST_LATENCY = 0x2000
# pa_seek_mode_t: write from where the server reads next, whatever was queued before.
SEEK_RELATIVE_ON_READ = 3
SAMPLE_S16LE = 3
CHANNELS_MAX = 32
# (uint32_t) -1: "the server's default" in pa_buffer_attr.
DEFAULT = 0xFFFFFFFF


class SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class BufferAttr(ctypes.Structure):
    _fields_ = [
        ("maxlength", ctypes.c_uint32),
        ("tlength", ctypes.c_uint32),
        ("prebuf", ctypes.c_uint32),
        ("minreq", ctypes.c_uint32),
        ("fragsize", ctypes.c_uint32),
    ]


class CVolume(ctypes.Structure):
    _fields_ = [("channels", ctypes.c_uint8), ("values", ctypes.c_uint32 * CHANNELS_MAX)]


_P = ctypes.c_void_p
_SIGNATURES: dict[str, tuple[object, list[object]]] = {
    "pa_threaded_mainloop_new": (_P, []),
    "pa_threaded_mainloop_start": (ctypes.c_int, [_P]),
    "pa_threaded_mainloop_stop": (None, [_P]),
    "pa_threaded_mainloop_free": (None, [_P]),
    "pa_threaded_mainloop_lock": (None, [_P]),
    "pa_threaded_mainloop_unlock": (None, [_P]),
    "pa_threaded_mainloop_get_api": (_P, [_P]),
    "pa_proplist_new": (_P, []),
    "pa_proplist_sets": (ctypes.c_int, [_P, ctypes.c_char_p, ctypes.c_char_p]),
    "pa_proplist_free": (None, [_P]),
    "pa_context_new_with_proplist": (_P, [_P, ctypes.c_char_p, _P]),
    "pa_context_connect": (ctypes.c_int, [_P, ctypes.c_char_p, ctypes.c_int, _P]),
    "pa_context_get_state": (ctypes.c_int, [_P]),
    "pa_context_disconnect": (None, [_P]),
    "pa_context_unref": (None, [_P]),
    "pa_context_set_sink_input_volume": (
        _P,
        [_P, ctypes.c_uint32, ctypes.POINTER(CVolume), _P, _P],
    ),
    "pa_stream_new_with_proplist": (
        _P,
        [_P, ctypes.c_char_p, ctypes.POINTER(SampleSpec), _P, _P],
    ),
    "pa_stream_connect_playback": (
        ctypes.c_int,
        [
            _P,
            ctypes.c_char_p,
            ctypes.POINTER(BufferAttr),
            ctypes.c_int,
            ctypes.POINTER(CVolume),
            _P,
        ],
    ),
    "pa_stream_get_state": (ctypes.c_int, [_P]),
    "pa_stream_get_index": (ctypes.c_uint32, [_P]),
    "pa_stream_write": (
        ctypes.c_int,
        [_P, ctypes.c_char_p, ctypes.c_size_t, _P, ctypes.c_int64, ctypes.c_int],
    ),
    "pa_stream_cork": (_P, [_P, ctypes.c_int, _P, _P]),
    "pa_stream_flush": (_P, [_P, _P, _P]),
    "pa_stream_is_corked": (ctypes.c_int, [_P]),
    "pa_stream_disconnect": (ctypes.c_int, [_P]),
    "pa_stream_unref": (None, [_P]),
    "pa_operation_unref": (None, [_P]),
    "pa_sw_volume_from_linear": (ctypes.c_uint32, [ctypes.c_double]),
}


class Pulse:
    """libpulse, loaded; raises OSError (at construction) where it cannot be.

    ``lib`` is the library with every function above typed; ``mainloop`` is the threaded
    main loop whose lock :meth:`locked` takes.
    """

    def __init__(self) -> None:
        # The soname has been libpulse.so.0 since 2009. find_library runs ldconfig in a
        # child process (20 ms on the GUI thread), so it is only asked where that fails.
        try:
            self.lib = ctypes.CDLL(SONAME)
            name = SONAME
        except OSError:
            found = ctypes.util.find_library("pulse")
            if found is None:
                raise
            self.lib = ctypes.CDLL(found)
            name = found
        for function, (restype, argtypes) in _SIGNATURES.items():
            try:
                call = getattr(self.lib, function)
            except AttributeError as exc:  # a libpulse far older than 1.0
                raise OSError(f"{name} has no {function}") from exc
            call.restype = restype
            call.argtypes = argtypes
        self.mainloop: int | None = None

    @contextmanager
    def locked(self) -> Iterator[None]:
        """The main loop's lock, held: every call on a context or stream needs it."""
        self.lib.pa_threaded_mainloop_lock(self.mainloop)
        try:
            yield
        finally:
            self.lib.pa_threaded_mainloop_unlock(self.mainloop)

    def release(self, operation: int | None) -> None:
        """Drop our reference to an operation: its result is not waited for."""
        if operation:
            self.lib.pa_operation_unref(operation)

    def volume(self, gain: float) -> CVolume:
        """One channel at ``gain`` (linear, 0 to 1), in the server's own scale."""
        volume = CVolume()
        volume.channels = 1
        volume.values[0] = int(self.lib.pa_sw_volume_from_linear(max(0.0, min(1.0, gain))))
        return volume

    def proplist(self, properties: dict[str, str]) -> int:
        """A new property list; the caller frees it with pa_proplist_free."""
        props = int(self.lib.pa_proplist_new())
        for key, value in properties.items():
            self.lib.pa_proplist_sets(props, key.encode(), value.encode())
        return props
