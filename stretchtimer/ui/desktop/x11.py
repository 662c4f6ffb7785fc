"""A small Xlib connection through ctypes: idle time and the active window's full-screen state.

StretchTimer opens its own display connection (Qt's is xcb and not reachable from Python)
only when Qt itself runs on X11. Each question is one or two round trips to the X server.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from ctypes import CFUNCTYPE, POINTER, byref, c_char_p, c_int, c_long, c_ubyte, c_ulong, c_void_p

_Window = c_ulong
_Atom = c_ulong
_SUCCESS = 0
_ANY_PROPERTY_TYPE = 0
_XA_ATOM = 4
_XA_WINDOW = 33


class _ScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", _Window),
        ("state", c_int),
        ("kind", c_int),
        ("til_or_since", c_ulong),
        ("idle", c_ulong),
        ("event_mask", c_ulong),
    ]


_ERROR_HANDLER = CFUNCTYPE(c_int, c_void_p, c_void_p)


def _ignore(_display: int | None, _event: int | None) -> int:
    # Xlib's own handler ends the process; a window closed between two questions is normal.
    return 0


_ignore_errors = _ERROR_HANDLER(_ignore)


class X11Error(Exception):
    """The X server or its libraries cannot answer; the text says why."""


def _load(name: str) -> ctypes.CDLL:
    found = ctypes.util.find_library(name)
    for candidate in (found, f"lib{name}.so.6" if name == "X11" else f"lib{name}.so.1"):
        if candidate:
            try:
                return ctypes.CDLL(candidate)
            except OSError:
                continue
    raise X11Error(f"the library lib{name} is not installed")


class X11Display:
    """One Xlib connection to ``$DISPLAY``; :meth:`close` it when done."""

    def __init__(self, display: str | None = None) -> None:
        name = display if display is not None else os.environ.get("DISPLAY", "")
        if not name:
            raise X11Error("no X display ($DISPLAY is not set)")
        self._x = _load("X11")
        self._x.XOpenDisplay.restype = c_void_p
        self._x.XOpenDisplay.argtypes = [c_char_p]
        self._x.XDefaultRootWindow.restype = _Window
        self._x.XDefaultRootWindow.argtypes = [c_void_p]
        self._x.XInternAtom.restype = _Atom
        self._x.XInternAtom.argtypes = [c_void_p, c_char_p, c_int]
        self._x.XGetWindowProperty.argtypes = [
            c_void_p,
            _Window,
            _Atom,
            c_long,
            c_long,
            c_int,
            _Atom,
            POINTER(_Atom),
            POINTER(c_int),
            POINTER(c_ulong),
            POINTER(c_ulong),
            POINTER(POINTER(c_ubyte)),
        ]
        self._x.XFree.argtypes = [c_void_p]
        self._x.XCloseDisplay.argtypes = [c_void_p]
        self._x.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
        self._x.XSetErrorHandler.restype = c_void_p
        self._x.XSetErrorHandler(_ignore_errors)
        self._dpy = self._x.XOpenDisplay(name.encode())
        if not self._dpy:
            raise X11Error(f"cannot open the X display {name}")
        self._root = self._x.XDefaultRootWindow(self._dpy)
        self._xss: ctypes.CDLL | None = None
        self._info: ctypes._Pointer[_ScreenSaverInfo] | None = None
        self._atoms: dict[str, int] = {}

    def close(self) -> None:
        if self._info is not None:
            self._x.XFree(self._info)
            self._info = None
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None

    # ----- idle time (the MIT-SCREEN-SAVER extension) --------------------------------------
    def open_screensaver(self) -> None:
        """Make :meth:`idle_seconds` usable, or raise :class:`X11Error` saying why not."""
        xss = _load("Xss")
        xss.XScreenSaverQueryExtension.argtypes = [c_void_p, POINTER(c_int), POINTER(c_int)]
        xss.XScreenSaverAllocInfo.restype = POINTER(_ScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [c_void_p, _Window, POINTER(_ScreenSaverInfo)]
        event, error = c_int(), c_int()
        if not xss.XScreenSaverQueryExtension(self._dpy, byref(event), byref(error)):
            raise X11Error("the X server has no MIT-SCREEN-SAVER extension")
        self._info = xss.XScreenSaverAllocInfo()
        self._xss = xss

    def idle_seconds(self) -> float:
        """Seconds since the last keyboard or pointer input on this display."""
        if self._xss is None or self._info is None:
            raise X11Error("the screen-saver extension is not open")
        if not self._xss.XScreenSaverQueryInfo(self._dpy, self._root, self._info):
            raise X11Error("the X server did not answer the idle-time query")
        return float(self._info.contents.idle) / 1000.0

    # ----- the active window (EWMH) --------------------------------------------------------
    def _atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = int(self._x.XInternAtom(self._dpy, name.encode(), 0))
        return self._atoms[name]

    def _longs(self, window: int, prop: str, kind: int) -> list[int] | None:
        actual, fmt = _Atom(), c_int()
        count, after = c_ulong(), c_ulong()
        data = POINTER(c_ubyte)()
        status = self._x.XGetWindowProperty(
            self._dpy,
            window,
            self._atom(prop),
            0,
            1024,
            0,
            kind,
            byref(actual),
            byref(fmt),
            byref(count),
            byref(after),
            byref(data),
        )
        try:
            if status != _SUCCESS or actual.value == 0 or fmt.value != 32:
                return None
            # Format 32 comes back as C longs, whatever their size on this machine.
            values = ctypes.cast(data, POINTER(c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            if data:
                self._x.XFree(data)

    def active_window(self) -> int | None:
        """The window the window manager calls active, None when it does not say."""
        ids = self._longs(self._root, "_NET_ACTIVE_WINDOW", _XA_WINDOW)
        return ids[0] if ids else None

    def says_active_window(self) -> bool:
        """Whether the window manager publishes ``_NET_ACTIVE_WINDOW`` at all."""
        supported = self._longs(self._root, "_NET_SUPPORTED", _XA_ATOM) or []
        return self._atom("_NET_ACTIVE_WINDOW") in supported

    def is_full_screen(self, window: int) -> bool:
        states = self._longs(window, "_NET_WM_STATE", _XA_ATOM) or []
        return self._atom("_NET_WM_STATE_FULLSCREEN") in states


__all__ = ["X11Display", "X11Error"]
