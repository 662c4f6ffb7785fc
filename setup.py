"""Ship the repository's top-level resources/ inside the wheel as stretchtimer/_resources.

Everything else about the package lives in pyproject.toml; setuptools has no declarative
way to map a folder outside the package into it together with the automatic package list.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["stretchtimer", "stretchtimer.*"]), "stretchtimer._resources"],
    package_dir={"stretchtimer._resources": "resources"},
    package_data={"stretchtimer._resources": ["*.json", "*/*", "*/*/*"]},
)
