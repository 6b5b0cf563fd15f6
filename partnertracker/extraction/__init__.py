"""Text -> proposal: pure functions, no Qt, no database.

    proposal = extract(read_dispatch("dispatch.txt"), known=KnownRecords(orgs, people))
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from partnertracker.extraction.proposal import SCHEMA, empty_proposal
from partnertracker.extraction.reading import UnreadableDispatch, decode_dispatch, read_dispatch
from partnertracker.extraction.resolution import KnownOrganisation, KnownPerson, KnownRecords

__all__ = [
    "SCHEMA",
    "KnownOrganisation",
    "KnownPerson",
    "KnownRecords",
    "UnreadableDispatch",
    "decode_dispatch",
    "extract",
    "read_dispatch",
]

log = logging.getLogger(__name__)


def extract(
    text: str, *, known: KnownRecords | None = None, source_name: str | None = None, today: dt.date | None = None
) -> dict[str, Any]:
    """The proposal for one dispatch text (see issue 3 for the shape); never raises on a str.

    `today` (default: the real date) dates a dateline that gives no year ("NAIROBI, Sept 25").
    """
    from partnertracker.extraction.pipeline import run_pipeline

    if not isinstance(text, str):
        raise TypeError(f"extract() needs the dispatch text as str, not {type(text).__name__}")
    try:
        return run_pipeline(text, known, source_name, today)
    except Exception:  # a bug must cost the officer one proposal, not the whole folder import
        log.exception("extraction failed on %s", source_name or "a dispatch")
        proposal = empty_proposal(None, source_name)
        proposal["warnings"] = ["the extraction failed on this text; nothing was proposed"]
        return proposal
