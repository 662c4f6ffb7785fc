#!/usr/bin/python3
"""Reads StretchTimer over AT-SPI the way a screen reader does, and prints JSON.

pyatspi is a Debian package for the system's python3, not something pip installs, so the
end-to-end test runs this file with ``/usr/bin/python3`` on the test's private buses:

    atspi_walker.py check                       exit 0 when pyatspi imports
    atspi_walker.py tree APP                    one JSON line: every showing object of APP
    atspi_walker.py listen APP EVENT [EVENT..]  a "ready" line, then one line per event of
                                                APP, until stdin closes
"""

from __future__ import annotations

import json
import sys
from typing import Any

MAX_DEPTH = 40
MAX_TEXT = 200


def _states(acc: Any, pyatspi: Any) -> list[str]:
    wanted = {
        "focusable": pyatspi.STATE_FOCUSABLE,
        "focused": pyatspi.STATE_FOCUSED,
        "showing": pyatspi.STATE_SHOWING,
        "visible": pyatspi.STATE_VISIBLE,
        "enabled": pyatspi.STATE_ENABLED,
        "sensitive": pyatspi.STATE_SENSITIVE,
    }
    state = acc.getState()
    return [name for name, value in wanted.items() if state.contains(value)]


def _actions(acc: Any) -> list[str]:
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def _text(acc: Any) -> str | None:
    try:
        text = acc.queryText()
    except NotImplementedError:
        return None
    return str(text.getText(0, -1))[:MAX_TEXT]


def _describe(acc: Any, path: list[int], pyatspi: Any) -> dict[str, Any]:
    return {
        "path": path,
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": _states(acc, pyatspi),
        "actions": _actions(acc),
        "text": _text(acc),
    }


def find_app(name: str, pyatspi: Any) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == name:
            return app
    return None


def walk(app: Any, pyatspi: Any) -> list[dict[str, Any]]:
    """Every object that is showing, depth first; hidden pages are not walked into."""
    found: list[dict[str, Any]] = []

    def visit(acc: Any, path: list[int]) -> None:
        info = _describe(acc, path, pyatspi)
        if path and "showing" not in info["states"]:
            return
        found.append(info)
        if len(path) >= MAX_DEPTH:
            return
        for index in range(acc.childCount):
            child = acc.getChildAtIndex(index)
            if child is not None:
                visit(child, [*path, index])

    visit(app, [])
    return found


def listen(app_name: str, events: list[str], pyatspi: Any) -> None:
    from gi.repository import GLib  # type: ignore[import-not-found, unused-ignore]

    def on_event(event: Any) -> None:
        source = event.source
        try:
            owner = source.getApplication().name if source is not None else ""
            role = source.getRoleName() if source is not None else ""
            name = source.name if source is not None else ""
        except Exception:  # an object gone by the time we ask: still an event
            owner, role, name = "", "", ""
        if owner != app_name:
            return
        line = {
            "type": event.type,
            "role": role,
            "name": name,
            "detail1": event.detail1,
            "data": str(event.any_data) if event.any_data is not None else "",
        }
        print(json.dumps(line), flush=True)

    for kind in events:
        pyatspi.Registry.registerEventListener(on_event, kind)

    def on_stdin(*_args: Any) -> bool:
        pyatspi.Registry.stop()
        return False

    GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_HUP | GLib.IO_IN | GLib.IO_ERR, on_stdin)
    print(json.dumps({"ready": True}), flush=True)
    pyatspi.Registry.start()


def main(argv: list[str]) -> int:
    try:
        import pyatspi  # type: ignore[import-not-found, unused-ignore]
    except ImportError as exc:
        print(f"pyatspi is missing: {exc}", file=sys.stderr)
        return 3
    command = argv[1] if len(argv) > 1 else ""
    if command == "check":
        return 0
    if command == "tree" and len(argv) == 3:
        app = find_app(argv[2], pyatspi)
        if app is None:
            print(json.dumps(None))
            return 0
        print(json.dumps(walk(app, pyatspi)))
        return 0
    if command == "listen" and len(argv) >= 4:
        listen(argv[2], argv[3:], pyatspi)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
