"""Paged, sorted list queries for the views and reports (sorting and filtering happen in SQL)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Page:
    """One page of a list: its rows (plain dicts) and how many rows the whole list has."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0


class QueriesMixin:
    conn: sqlite3.Connection
