"""Sharing routines: export bundles, imports (bundles and Workrave files), and pictures.

:func:`prepare_file_import` reads any file a person picks and tells which kind it is by
its content, not its name.
"""

from __future__ import annotations

from pathlib import Path

from stretchtimer.model.catalogue import Catalogue, CatalogueError
from stretchtimer.model.sharing.bundle import (
    MAX_BUNDLE_BYTES,
    export_bundle,
    import_bundle,
    is_bundle,
    read_limited,
)
from stretchtimer.model.sharing.imports import ImportPlan, Renamed, apply_import
from stretchtimer.model.sharing.workrave import (
    MAX_XML_BYTES,
    ImportWords,
    import_workrave,
    looks_like_xml,
)
from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import Problem, said


def prepare_file_import(
    path: Path,
    *,
    language: str,
    current: Catalogue,
    data_dir: Path,
    words: ImportWords | None = None,
) -> ImportPlan:
    """What importing ``path`` would add; ``CatalogueError`` naming every problem."""
    data = read_limited(path, max(MAX_BUNDLE_BYTES, MAX_XML_BYTES))
    if is_bundle(data):
        return import_bundle(data, str(path), current=current, data_dir=data_dir)
    if looks_like_xml(data):
        if len(data) > MAX_XML_BYTES:
            mb = MAX_XML_BYTES // (1024 * 1024)
            too_large = said(QT_TRANSLATE_NOOP("Problem", "is larger than %1 MB"), mb)
            raise CatalogueError([Problem(str(path), "", "", too_large)])
        return import_workrave(
            data, path, language=language, current=current, data_dir=data_dir, words=words
        )
    neither = QT_TRANSLATE_NOOP(
        "Problem", "is neither a StretchTimer routine file nor Workrave XML"
    )
    raise CatalogueError([Problem(str(path), "", "", said(neither))])


__all__ = [
    "ImportPlan",
    "ImportWords",
    "Renamed",
    "apply_import",
    "export_bundle",
    "prepare_file_import",
]
