"""Messages cut to a size a window can show; the full text goes to stderr and the log.

A message may quote a file, and a hostile file can make it megabytes long or put a single
2 KB "word" in it that no label can wrap. Shown as is, the first hangs the layout and the
second forces the window wider than any screen.
"""

from __future__ import annotations

import re

MAX_CHARS = 300
MAX_WORD = 60
ELLIPSIS = "…"


def for_display(text: str, *, max_chars: int = MAX_CHARS, max_word: int = MAX_WORD) -> str:
    """``text`` with at most ``max_chars`` characters and no word longer than ``max_word``."""
    # Cut first: everything after works on a few hundred characters, whatever came in.
    shown = text[: max_chars + 1]
    long_word = re.compile(rf"\S{{{max_word + 1},}}")
    shown = long_word.sub(lambda m: m.group()[: max_word - 1] + ELLIPSIS, shown)
    if len(text) > max_chars or len(shown) > max_chars:
        shown = shown[: max_chars - 1].rstrip()
        if not shown.endswith(ELLIPSIS):
            last = shown.split()[-1] if shown.strip() else ""
            # The ellipsis joins the last word, which must stay within max_word too.
            shown = (shown[:-1] if len(last) >= max_word else shown) + ELLIPSIS
    # A lone surrogate from a JSON escape cannot be drawn or encoded; show its code instead.
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")
