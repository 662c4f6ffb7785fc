"""Ship the repository's top-level resources/ inside the wheel as stretchtimer/_resources.

Everything else about the package lives in pyproject.toml; setuptools has no declarative
way to map a folder outside the package into it together with the automatic package list.
The interface's translation catalogues (resources/i18n/*.ts) are compiled to .qm here,
with PySide6's lrelease, so every wheel carries them.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

RESOURCE_DIRS = ["illustrations", "icons", "sounds", "i18n", "i18n.catalogue", "desktop"]
RESOURCES = ["stretchtimer._resources", *(f"stretchtimer._resources.{d}" for d in RESOURCE_DIRS)]
I18N = Path(__file__).resolve().parent / "resources" / "i18n"


def lrelease() -> str:
    # PySide6-Essentials is a build requirement (pyproject.toml), so its tool is at hand.
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError("pyside6-lrelease (PySide6-Essentials) is needed to build StretchTimer")
    return found


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        out = Path(self.build_lib) / "stretchtimer" / "_resources" / "i18n"
        out.mkdir(parents=True, exist_ok=True)
        for ts in sorted(I18N.glob("*.ts")):
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")],
                           check=True)  # fmt: skip


setup(
    packages=[*find_packages(include=["stretchtimer", "stretchtimer.*"]), *RESOURCES],
    package_dir={"stretchtimer._resources": "resources"},
    package_data={
        name: ["*.json", "*.svg", "*.png", "*.wav", "*.md", "*.qm", "*.desktop", "*.xml"]
        for name in RESOURCES
    },
    cmdclass={"build_py": BuildWithTranslations},
)
