"""The one place that finds files under resources/, from a checkout, a wheel or a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "_resources", here.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("partnertracker's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("lang", "fr.json")."""
    return resources_dir().joinpath(*parts)
