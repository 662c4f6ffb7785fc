"""Ship the repository's top-level resources/ inside the wheel as stretchtimer/_resources.

Everything else about the package lives in pyproject.toml; setuptools has no declarative
way to map a folder outside the package into it together with the automatic package list.
"""

from setuptools import find_packages, setup

RESOURCE_DIRS = ["illustrations", "icons", "sounds"]
RESOURCES = ["stretchtimer._resources", *(f"stretchtimer._resources.{d}" for d in RESOURCE_DIRS)]

setup(
    packages=[*find_packages(include=["stretchtimer", "stretchtimer.*"]), *RESOURCES],
    package_dir={"stretchtimer._resources": "resources"},
    package_data={name: ["*.json", "*.svg", "*.png", "*.wav", "*.md"] for name in RESOURCES},
)
