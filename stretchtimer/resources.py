"""Locate packaged resources, in an installed wheel and in a source checkout alike."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def resource_root() -> Path:
    """The folder holding ``exercises.json``, ``illustrations/``, ``icons/``, ``sounds/`` ..."""
    packaged = resources.files("stretchtimer") / "_resources"
    if packaged.is_dir():
        # Wheels install as plain files, so the Traversable is a real path.
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        "StretchTimer's resources are missing: neither the installed package nor the "
        f"source checkout has them (looked in {packaged} and {checkout})"
    )


def catalogue_path() -> Path:
    return resource_root() / "exercises.json"


def warmups_path() -> Path:
    return resource_root() / "warmups.json"


def translations_dir() -> Path:
    """The interface's compiled catalogues (``stretchtimer_<lang>.qm``)."""
    return resource_root() / "i18n"


def catalogue_translations_dir() -> Path:
    """The catalogue's translations, ``<lang>.json`` (``docs/catalogue-translations.md``)."""
    return resource_root() / "i18n" / "catalogue"


def illustration_path(name: str) -> Path:
    return resource_root() / "illustrations" / name


def icon_path(name: str) -> Path:
    return resource_root() / "icons" / name


def sound_path(name: str) -> Path:
    return resource_root() / "sounds" / name


def desktop_path(name: str) -> Path:
    """The desktop entry and AppStream metainfo that packagers install as they are."""
    return resource_root() / "desktop" / name
