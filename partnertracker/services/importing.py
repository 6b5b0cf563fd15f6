"""Importing dispatches: store each text once (by SHA-256) with its proposal, queued for review."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnertracker.domain import Dispatch, DispatchState, PartialDate
from partnertracker.errors import UserError
from partnertracker.extraction import KnownRecords, extract, read_dispatch
from partnertracker.store.service_queries import bulk_import

if TYPE_CHECKING:
    from partnertracker.services.review import AcceptResult
    from partnertracker.store import Store

# The kinds of file a folder import picks up; a file named explicitly is tried whatever its name.
DISPATCH_SUFFIXES = (".txt", ".html", ".htm", ".eml", ".md")
# A folder of dispatches often carries its own notes; named by hand, such a file still imports.
NOT_DISPATCHES = frozenset({"readme", "license", "licence", "changelog", "notes"})


@dataclass
class ImportOutcome:
    """What happened to one text: the stored dispatch, whether it was already there, what was accepted."""

    dispatch: Dispatch
    duplicate: bool = False
    accepted: AcceptResult | None = None


@dataclass
class Skipped:
    """A file that was not imported, and why (in the officer's words)."""

    path: str
    reason: str


@dataclass
class FileResult:
    """One line of an import: the file, `imported`, `duplicate` or `skipped`, and a detail to show."""

    path: str
    status: str
    detail: str = ""
    outcome: ImportOutcome | None = None


@dataclass
class ImportReport:
    """The result of importing files and folders: what went in, what was already there, what was skipped."""

    imported: list[ImportOutcome] = field(default_factory=list)
    duplicates: list[ImportOutcome] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    files: list[FileResult] = field(default_factory=list)  # every file, in the order it was met
    cancelled: bool = False

    @property
    def total(self) -> int:
        return len(self.imported) + len(self.duplicates) + len(self.skipped)

    def summary(self) -> str:
        parts = [f"{len(self.imported)} imported", f"{len(self.duplicates)} already imported"]
        parts.append(f"{len(self.skipped)} skipped")
        accepted = sum(1 for outcome in self.imported + self.duplicates if outcome.accepted is not None)
        if accepted:
            parts.append(f"{accepted} accepted")
        text = ", ".join(parts)
        return text + (" (cancelled before the end)" if self.cancelled else "")


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def known_records(store: Store) -> KnownRecords:
    """What the database knows, in the shape the extraction resolves against (kept while unchanged)."""
    from partnertracker.services.known import snapshot

    return snapshot(store).known


def import_text(
    store: Store, text: str, *, source: str | None = None, accept: bool = False
) -> ImportOutcome:
    """Store one dispatch text (pasted or read from a file) with its proposal, state `new`.

    The same text imported twice is recognised by its SHA-256 and returned as a duplicate.
    With `accept`, the proposal is written at once (services.review.accept_proposal).
    """
    return _import_one(store, text, source, accept, None)


def _import_one(
    store: Store, text: str, source: str | None, accept: bool, known: KnownRecords | None
) -> ImportOutcome:
    if not isinstance(text, str) or not text.strip():
        raise UserError("the dispatch is empty: paste or choose a text that has words in it")
    digest = sha256_of(text)
    existing = store.find_dispatch_by_sha256(digest)
    if existing is not None:
        if accept and existing.state == DispatchState.NEW and existing.id is not None:
            # Imported earlier for review, accepted now: `import --accept` after `import`.
            from partnertracker.services.review import accept_proposal

            result = accept_proposal(store, existing.id)
            return ImportOutcome(store.get_dispatch(existing.id) or existing, duplicate=True, accepted=result)
        return ImportOutcome(existing, duplicate=True)
    if known is None:
        known = known_records(store)
    proposal = extract(text, known=known, source_name=source)
    header = proposal.get("dispatch") or {}
    dispatch = Dispatch(
        text=text,
        sha256=digest,
        title=_text_or_none(header.get("title")) or _lead(text, header.get("dateline_place")),
        agency=_text_or_none(header.get("agency")),
        dateline_place=_text_or_none(header.get("dateline_place")),
        published_on=_date_or_none(header.get("published_on")),
        language=_text_or_none(header.get("language")),
        source=source,
        state=DispatchState.NEW,
        proposal=proposal,
    )
    accepted: AcceptResult | None = None
    with store.transaction():
        # add_many: one insert, no read-back of the text and proposal just written (import speed).
        (dispatch_id,) = store.add_many([dispatch])
        stored = dataclasses.replace(dispatch, id=dispatch_id)
        if accept:
            from partnertracker.services.review import accept_proposal

            accepted = accept_proposal(store, dispatch_id)
    if accept:
        stored = store.get_dispatch(dispatch_id) or stored
    return ImportOutcome(stored, duplicate=False, accepted=accepted)


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    accept: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> ImportReport:
    """Import files and folders (folders walked for .txt, .html, .htm, .eml, .md, sorted).

    Each dispatch is its own transaction: a file that cannot be read is skipped with its reason and
    the rest go on; a cancel stops before the next file and keeps what was done. `on_file` hears
    of each file as it is done (the CLI prints one line per file with it).
    """
    report = ImportReport()

    def tell(path: Path | str, status: str, detail: str, outcome: ImportOutcome | None = None) -> None:
        if status == "skipped":
            report.skipped.append(Skipped(str(path), detail))
        elif status == "duplicate" and outcome is not None:
            report.duplicates.append(outcome)
        elif outcome is not None:
            report.imported.append(outcome)
        result = FileResult(str(path), status, detail, outcome)
        report.files.append(result)
        if on_file is not None:
            on_file(result)

    files: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found = dispatch_files(path)
            if not found:
                tell(path, "skipped", "the folder holds no dispatch files (.txt, .html, .htm, .eml, .md)")
            files += found
        elif path.exists():
            files.append(path)
        else:
            tell(path, "skipped", "no such file or folder")
    known = known_records(store)
    total = len(files)
    with bulk_import(store):
        for done, path in enumerate(files):
            if is_cancelled is not None and is_cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, total, path.name)
            try:
                text = read_dispatch(path)
                outcome = _import_one(store, text, str(path), accept, known)
            except UserError as error:
                # One bad file must not stop a folder of hundreds; nothing of it was written.
                tell(path, "skipped", _reason(error, path))
                continue
            detail = f"dispatch #{outcome.dispatch.id}" + (", accepted" if outcome.accepted is not None else "")
            tell(path, "duplicate" if outcome.duplicate else "imported", detail, outcome)
            if outcome.accepted is not None:
                known = known_records(store)  # the next dispatch resolves against what was just written
    if progress is not None and not report.cancelled:
        progress(total, total, "")
    return report


def dispatch_files(folder: Path) -> list[Path]:
    """The dispatch files under a folder, recursively, in a stable (sorted) order; hidden files and
    a folder's own README or notes left out."""
    found: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            lowered = name.lower()
            if (
                not name.startswith(".")
                and lowered.endswith(DISPATCH_SUFFIXES)
                and lowered.rsplit(".", 1)[0] not in NOT_DISPATCHES
            ):
                found.append(Path(root) / name)
    return found


def _reason(error: UserError, path: Path) -> str:
    """The reason without the path the message starts with (the report line already shows it)."""
    message = str(error)
    for prefix in (f"{path}: ", f"{path.name}: "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message


def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date_or_none(value: Any) -> str | None:
    """A publication date the store accepts, or None (a bad date in a proposal must not block the import)."""
    if not value:
        return None
    try:
        return PartialDate.parse(str(value)).isoformat()
    except ValueError:
        return None


_DATELINE_END = re.compile(r"^.{0,80}?(?:\)\s*)?(?:--|–|—| - )\s*")


def _lead(text: str, dateline_place: str | None, limit: int = 120) -> str | None:
    """A title for a dispatch with none: the start of its first sentence, after the dateline."""
    place = (dateline_place or "").strip().lower()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.lower().startswith("date "):
            continue
        if place and line.lower().startswith(place) and len(line) < 80:
            continue  # a dateline on its own line ("Rabat, 24 septembre, MAP")
        if place and line.lower().startswith(place):
            line = _DATELINE_END.sub("", line, count=1)
        sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
        return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
    return None


def _id(record: Any) -> int:
    assert record.id is not None
    return int(record.id)
