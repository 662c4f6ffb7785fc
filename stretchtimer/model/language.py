"""Which language StretchTimer speaks: the user's choice, or the system's locale.

The system's choice is read in gettext's order: ``LANGUAGE`` (a colon-separated list of
preferences) first, then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``. The first preference
StretchTimer speaks wins, so ``LANGUAGE=pt:de`` gets German; unlike gettext, ``LANGUAGE``
counts even when the locale is ``C`` (a bare session's ``LANG=C.UTF-8``), and a list with
nothing StretchTimer speaks leaves the locale to decide. ``C`` or ``POSIX`` means English.

Qt 6.11's ``QLocale.system()`` does read ``LANGUAGE``, but takes its first entry whatever
it is (``pt_BR`` for ``pt:de``), and the command line runs without Qt; so the decision is
made here, once, for the window and the command line alike.
"""

from __future__ import annotations

from collections.abc import Mapping

ENGLISH = "en"
# The languages StretchTimer speaks, English (the source) first.
LANGUAGES = (ENGLISH, "de", "fr", "es")
SYSTEM = "system"
LANGUAGE_CHOICES = (SYSTEM, *LANGUAGES)
# Each language's name in itself, as the settings list shows it (never translated).
ENDONYMS = {ENGLISH: "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_NO_LANGUAGE = frozenset({"C", "POSIX"})


def language_of(locale_name: str) -> str | None:
    """The language code of a locale name (``de_AT.UTF-8@euro`` is ``de``); None for C."""
    name = locale_name.strip().split(".")[0].split("@")[0]
    if not name or name in _NO_LANGUAGE:
        return None
    return name.replace("-", "_").split("_")[0].lower() or None


def system_language(env: Mapping[str, str]) -> str:
    """The language the environment asks for, among those StretchTimer speaks."""
    locale = next((env[v] for v in _LOCALE_VARIABLES if env.get(v)), "")
    for preference in env.get("LANGUAGE", "").split(":"):
        wanted = language_of(preference)
        if wanted in LANGUAGES:
            return wanted
    wanted = language_of(locale)
    return wanted if wanted in LANGUAGES else ENGLISH


def resolve_language(choice: str, env: Mapping[str, str]) -> str:
    """The language to speak for the setting ``choice`` (``system`` or a language code)."""
    return choice if choice in LANGUAGES else system_language(env)


__all__ = [
    "ENDONYMS",
    "ENGLISH",
    "LANGUAGES",
    "LANGUAGE_CHOICES",
    "SYSTEM",
    "language_of",
    "resolve_language",
    "system_language",
]
