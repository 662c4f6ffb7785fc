"""Desktop entry files (freedesktop.org Desktop Entry Specification): Exec lines and keys.

Pure text rules shared by the autostart entry and ``stretchtimer desktop install``: how a
command line is written into ``Exec=`` so that any launcher reads back exactly the same
arguments, and how the shipped entry is pointed at the program that is really installed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

# Characters the specification reserves inside Exec arguments: an argument holding any of
# them must be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four must be escaped with a backslash.
_ESCAPED_IN_QUOTES = re.compile(r'(["`$\\])')


def quote_argument(arg: str) -> str:
    """One argument as the Exec key's own quoting wants it (before string escaping)."""
    if arg and not (set(arg) & _RESERVED):
        return arg
    return '"' + _ESCAPED_IN_QUOTES.sub(r"\\\1", arg) + '"'


def escape_string(value: str) -> str:
    r"""A value of type string: backslash, newline, tab and carriage return escaped."""
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def exec_value(argv: Sequence[str]) -> str:
    """The value of an ``Exec=`` key that runs ``argv`` exactly, with no field codes.

    Quoting comes first, then the string escapes (so a literal backslash inside a quoted
    argument becomes four), and a literal ``%`` is doubled so it is not a field code.
    """
    if not argv:
        raise ValueError("an Exec line needs a program")
    return escape_string(" ".join(quote_argument(a) for a in argv)).replace("%", "%%")


def parse_exec(value: str) -> list[str]:
    """The arguments an ``Exec=`` value stands for: the reverse of :func:`exec_value`.

    Field codes other than ``%%`` are dropped, as a launcher given no files or URLs would.
    """
    text = _unescape_string(value)
    args: list[str] = []
    current: list[str] = []
    in_arg = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            in_arg = True
            i += 1
            while i < len(text) and text[i] != '"':
                pair = text[i : i + 2]
                if pair in ('\\"', "\\`", "\\$", "\\\\", "%%"):
                    i += 1
                current.append(text[i])
                i += 1
            i += 1  # the closing quote
            continue
        if ch in " \t":
            if in_arg:
                args.append("".join(current))
                current, in_arg = [], False
            i += 1
            continue
        if ch == "%" and i + 1 < len(text):
            if text[i + 1] == "%":
                current.append("%")
                in_arg = True
            i += 2
            continue
        current.append(ch)
        in_arg = True
        i += 1
    if in_arg:
        args.append("".join(current))
    return args


def _unescape_string(value: str) -> str:
    out: list[str] = []
    i = 0
    escapes = {"\\": "\\", "n": "\n", "t": "\t", "r": "\r", "s": " "}
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] in escapes:
            out.append(escapes[value[i + 1]])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def render_entry(groups: Mapping[str, Mapping[str, str]]) -> str:
    """A whole desktop entry file; values are written as given (already escaped)."""
    blocks = []
    for group, keys in groups.items():
        lines = [f"[{group}]", *(f"{key}={value}" for key, value in keys.items())]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def read_keys(text: str) -> dict[str, dict[str, str]]:
    """The groups and keys of a desktop entry (comments and blank lines ignored)."""
    groups: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = groups.setdefault(line[1:-1], {})
        elif "=" in line and current is not None:
            key, value = line.split("=", 1)
            current[key.strip()] = value.strip()
    return groups


def retarget(text: str, program: Sequence[str], extra: Sequence[str] = ()) -> str:
    """The shipped entry with every ``Exec`` running ``program`` (plus ``extra`` arguments).

    The shipped file says ``Exec=stretchtimer ...`` for a packager whose ``stretchtimer``
    is on PATH; an entry installed from a virtual environment or a checkout must name the
    interpreter or script that really runs StretchTimer. ``TryExec`` names the program
    file, so the menu hides the entry if that program goes away.
    """
    out: list[str] = []
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() == "Exec":
            args = parse_exec(value)
            out.append("Exec=" + exec_value([*program, *extra, *args[1:]]))
        elif sep and key.strip() == "TryExec":
            out.append("TryExec=" + escape_string(program[0]))
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def is_enabled_autostart(keys: Mapping[str, Mapping[str, str]]) -> bool:
    """Whether an autostart entry will run: desktops disable one with these keys."""
    entry = keys.get("Desktop Entry", {})
    if entry.get("Hidden", "false").lower() == "true":
        return False
    return entry.get("X-GNOME-Autostart-enabled", "true").lower() != "false"


__all__ = [
    "escape_string",
    "exec_value",
    "is_enabled_autostart",
    "parse_exec",
    "quote_argument",
    "read_keys",
    "render_entry",
    "retarget",
]
