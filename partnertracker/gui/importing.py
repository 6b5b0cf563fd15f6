"""Importing dispatches from the GUI: files, folders and pasted text, through the import service.

Until the import service (services/importing.py) is on main, dispatches are stored as they are
with the store's dispatch API, without a proposal; the review screen can extract them later.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnertracker.domain import Dispatch, DispatchState
from partnertracker.errors import UserError
from partnertracker.gui.operations import ProgressReporter, with_own_store
from partnertracker.store import Store


def _import_service() -> Any:
    """The import service module, or None before it lands (see the module docstring).

    Imported on first use: it brings the extraction pipeline, which the window does not need to open.
    """
    try:
        from partnertracker.services import importing
    except ImportError:  # pragma: no cover - depends on which branches have landed
        return None
    return importing

DISPATCH_SUFFIXES = (".txt", ".html", ".htm", ".eml", ".md")


@dataclass
class ImportResult:
    """What an import did, in the officer's words, and the dispatches it stored."""

    imported_ids: list[int] = field(default_factory=list)
    duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    cancelled: bool = False

    def summary(self) -> str:
        text = (
            f"{len(self.imported_ids)} imported, {self.duplicates} already imported, "
            f"{len(self.skipped)} skipped"
        )
        return text + (" (cancelled before the end)" if self.cancelled else "")


def import_paths(
    store: Store, paths: Iterable[str | os.PathLike[str]], progress: ProgressReporter | None = None
) -> ImportResult:
    """Import files and folders into `store`, one transaction per dispatch; Cancel keeps what was done."""
    on_progress: Callable[[int, int, str], None] | None = None
    is_cancelled: Callable[[], bool] | None = None
    if progress is not None:
        on_progress = progress.update
        is_cancelled = lambda: progress.cancelled  # noqa: E731
    service = _import_service()
    if service is not None:
        report = service.import_paths(store, paths, progress=on_progress, is_cancelled=is_cancelled)
        return ImportResult(
            imported_ids=[int(o.dispatch.id) for o in report.imported if o.dispatch.id is not None],
            duplicates=len(report.duplicates),
            skipped=[(s.path, s.reason) for s in report.skipped],
            cancelled=report.cancelled,
        )
    return _store_paths(store, paths, on_progress, is_cancelled)


def import_paths_operation(
    db_path: str | os.PathLike[str], paths: list[str]
) -> Callable[[ProgressReporter], ImportResult]:
    """The background operation for run_in_background: imports on a Store of its own."""
    return with_own_store(db_path, lambda store, progress: import_paths(store, paths, progress))


def import_text(store: Store, text: str, source: str | None = None) -> tuple[int, bool]:
    """Store one pasted dispatch; returns (dispatch id, whether it was already there)."""
    if not text.strip():
        raise UserError("the dispatch is empty: copy the text of a dispatch, then paste it again")
    service = _import_service()
    if service is not None:
        outcome = service.import_text(store, text, source=source)
        return int(outcome.dispatch.id or 0), outcome.duplicate
    existing = store.find_dispatch_by_sha256(_sha256(text))
    if existing is not None:
        return int(existing.id or 0), True
    return _store_text(store, text, source), False


# -- the fallback used until the import service is on main ------------------------------------


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_DATE_HEADER = re.compile(r"^date\s+(\d{4}(?:-\d{2}){0,2})\s*$")


def _header(text: str) -> tuple[str | None, str | None]:
    """(publication date from a 'date YYYY-MM-DD' first line, a title from the lead paragraph)."""
    published = None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and (match := _DATE_HEADER.match(lines[0])):
        published = match.group(1)
        lines = lines[1:]
    # A short first line is a dateline ("Rabat, 24 septembre, MAP"), not a title.
    lead = next((line for line in lines if len(line) > 40), lines[0] if lines else None)
    if lead and len(lead) > 100:
        lead = lead[:100].rsplit(" ", 1)[0] + "…"
    return published, lead


def _store_text(store: Store, text: str, source: str | None) -> int:
    published, title = _header(text)
    with store.transaction():
        dispatch = store.add_dispatch(
            Dispatch(text=text, sha256=_sha256(text), title=title, published_on=published,
                     source=source, state=DispatchState.NEW)
        )
    return int(dispatch.id or 0)


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _files(paths: Iterable[str | os.PathLike[str]], skipped: list[tuple[str, str]]) -> list[Path]:
    files: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            files += sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in DISPATCH_SUFFIXES and not p.name.startswith(".")
            )
        elif path.exists():
            files.append(path)
        else:
            skipped.append((str(path), "no such file or folder"))
    return files


def _store_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    on_progress: Callable[[int, int, str], None] | None,
    is_cancelled: Callable[[], bool] | None,
) -> ImportResult:
    result = ImportResult()
    files = _files(paths, result.skipped)
    for done, path in enumerate(files):
        if is_cancelled is not None and is_cancelled():
            result.cancelled = True
            break
        if on_progress is not None:
            on_progress(done, len(files), path.name)
        try:
            text = _read(path)
            if not text.strip():
                raise UserError("the file is empty")
            if store.find_dispatch_by_sha256(_sha256(text)) is not None:
                result.duplicates += 1
                continue
            result.imported_ids.append(_store_text(store, text, str(path)))
        except UserError as error:
            result.skipped.append((str(path), str(error)))
    if on_progress is not None and not result.cancelled:
        on_progress(len(files), len(files), "")
    return result
