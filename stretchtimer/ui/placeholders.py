"""Qt-style %1 %2 ... placeholders filled in one pass, for translated sentences."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: str) -> str:
    """Each ``%1``, ``%2`` ... of ``text`` replaced by the matching value, in one pass.

    One pass, so a value that itself contains "%2" (a file name, a name from a user's
    routine) stays as it is; a placeholder with no value is left alone.
    """

    def value(match: re.Match[str]) -> str:
        n = int(match[1])
        return values[n - 1] if 1 <= n <= len(values) else match[0]

    return _PLACEHOLDER.sub(value, text)
