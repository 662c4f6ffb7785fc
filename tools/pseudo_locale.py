"""A pseudo-locale: every interface string accented and about 40 % longer.

Installed as a translator, it shows in English-looking text which strings are not
translatable (they stay plain) and which layouts cannot take a longer language (the text
is cut), long before a real German or French catalogue is there. ``%1``, ``%n``,
``{name}``, markup and the ``&`` accelerator are kept, so every string still works.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

ACCENTED = str.maketrans(
    "aceinosuyzACEINOSUYZ",
    "áçéîñöšüýžÅÇÉÎÑÖŠÜÝŽ",
)
# What must reach the program unchanged: placeholders, markup, file patterns, entities.
KEEP = re.compile(r"%L?[1-9n]|\{[a-z_]+\}|<[^>]*>|&[a-z]+;|&&|\([^)]*\*[^)]*\)|;;")
FILLER = "ŀöřéɱ îƥšüɱ ðöŀöř šîţ áɱéţ çöñšéçţéţüř"
LONGER = 0.4


def visible_length(text: str) -> int:
    return len(KEEP.sub("", text).replace("&", ""))


def padding(length: int) -> str:
    """About ``LONGER`` of ``length`` more characters, in words so that text can wrap."""
    wanted = max(2, math.ceil(length * LONGER))
    words = (FILLER + " ") * (wanted // len(FILLER) + 1)
    return words[:wanted].rstrip() or "~"


def pseudo(text: str) -> str:
    """``text`` accented and lengthened; what the program reads in it is untouched."""
    if not text.strip():
        return text
    parts, last = [], 0
    for kept in KEEP.finditer(text):
        parts.append(text[last : kept.start()].translate(ACCENTED))
        parts.append(kept.group(0))
        last = kept.end()
    parts.append(text[last:].translate(ACCENTED))
    body = "".join(parts)
    # Spin-box suffixes (" s") keep their leading space; the padding goes inside brackets.
    lead = body[: len(body) - len(body.lstrip())]
    return f"{lead}[{body.lstrip()} {padding(visible_length(text))}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with :func:`pseudo`; Qt fills in ``%n`` afterwards."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False
