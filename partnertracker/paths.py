"""Where the database lives: --db, then PARTNERTRACKER_DB, then the platform's application-data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from partnertracker import APP_NAME

DB_ENV = "PARTNERTRACKER_DB"
DB_FILENAME = "partnertracker.sqlite"


def data_dir() -> Path:
    """The platform's application-data folder for partnertracker (not created here)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def database_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The database file to open, by order of precedence: the --db option, $PARTNERTRACKER_DB, the default."""
    chosen = cli_value or os.environ.get(DB_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return data_dir() / DB_FILENAME
