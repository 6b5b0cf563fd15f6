"""What keeps an exported file harmless: spreadsheet formulas neutralised, files replaced only when complete."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from partnertracker.errors import UserError

# A spreadsheet program reads a cell starting with one of these as a formula (or a DDE command).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# Control characters (pasted from word processors, or in a damaged dispatch) that XML, and so
# XLSX, ODT and HTML, cannot hold.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def printable(text: str) -> str:
    """Text without the control characters that no XML-based file can hold (tab and newlines stay)."""
    return _CONTROL.sub("", text)


def neutralise_formula(text: str) -> str:
    """Text that a spreadsheet will show as text: a leading quote disarms =, +, -, @, tab and CR."""
    text = printable(text)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "it is a folder; give a file name"
    return (error.strerror or str(error)).lower()


def write_atomically(path: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> Path:
    """Write a file through `write(stream)` into a temporary file beside it, then rename it into place.

    A failure half-way leaves any earlier file at `path` as it was; every problem with the path
    is a UserError that names it.
    """
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise UserError(f"cannot write the report at {target}: it is a folder; give a file name")
    folder = target.parent
    if not folder.is_dir():
        raise UserError(f"cannot write the report at {target}: the folder {folder} does not exist")
    if target.exists() and not os.access(target, os.W_OK):
        raise UserError(f"cannot write the report at {target}: the file is read-only")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise UserError(f"cannot write the report at {target}: {_reason(error)}") from error
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private; give it the mode a plain new file (or the old one) had.
        if target.exists():
            mode = target.stat().st_mode & 0o777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise UserError(f"cannot write the report at {target}: {_reason(error)}") from error
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target
