"""The version the app reports is the one the package is built with."""

import tomllib
from pathlib import Path

import partnertracker

ROOT = Path(__file__).resolve().parent.parent


def test_version_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert partnertracker.__version__ == project["version"]
