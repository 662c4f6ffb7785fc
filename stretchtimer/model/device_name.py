"""This computer's name as other computers see it in sync status."""

from __future__ import annotations

import socket


def device_label() -> str:
    """How other computers name this one in ``sync status``: its host name."""
    return socket.gethostname()[:100] or "this computer"


__all__ = ["device_label"]
