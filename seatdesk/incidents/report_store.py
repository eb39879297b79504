"""The reports filed on an incident and its gradings, in the vault (called only by services), by
the incident's reference. A report's fields and an override's reason are typed text: stored only
as the free-text gate masked them (a plain `str` is refused)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from seatdesk.core.masked_text import MaskedText, require_masked
from seatdesk.vault.db import VaultDb


@dataclass(frozen=True)
class ReportRow:
    ref: str
    n: int
    kind: str
    filed_at: str
    filed_by: str
    language: str
    form: dict[str, str]
    pdf_sha256: str | None
    occurred_at: str | None = None  # UTC; the initial report's "when"


@dataclass(frozen=True)
class RatingRow:
    at: str
    rated_by: str
    people: int
    suggested: str
    severity: str
    reason: str


def insert_report(
    db: VaultDb,
    ref: str,
    kind: str,
    at: str,
    by: str,
    language: str,
    form: Mapping[str, MaskedText],
    occurred_at: str | None = None,
) -> int:
    """The report's number (1, 2, … per incident)."""
    for name, text in form.items():
        require_masked(text, f"the report field {name!r}")
    n = int(db.scalar("SELECT coalesce(max(n), 0) + 1 FROM incident_reports WHERE ref = ?", (ref,)))
    db.execute(
        "INSERT INTO incident_reports(ref, n, kind, filed_at, filed_by, language, form, "
        "occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (ref, n, kind, at, by, language, json.dumps(dict(form), ensure_ascii=False), occurred_at),
    )
    return n


def set_report_pdf(db: VaultDb, ref: str, n: int, sha256: str) -> None:
    db.execute(
        "UPDATE incident_reports SET pdf_sha256 = ? WHERE ref = ? AND n = ?", (sha256, ref, n)
    )


def reports_of(db: VaultDb, ref: str) -> list[ReportRow]:
    return [
        ReportRow(
            ref=str(r[0]),
            n=int(r[1]),
            kind=str(r[2]),
            filed_at=str(r[3]),
            filed_by=str(r[4]),
            language=str(r[5]),
            form=json.loads(r[6]),
            pdf_sha256=r[7],
            occurred_at=r[8],
        )
        for r in db.execute(
            "SELECT ref, n, kind, filed_at, filed_by, language, form, pdf_sha256, occurred_at "
            "FROM incident_reports WHERE ref = ? ORDER BY n",
            (ref,),
        )
    ]


def insert_rating(
    db: VaultDb, ref: str, at: str, by: str, people: int, suggested: str, severity: str,
    reason: MaskedText,
) -> None:  # fmt: skip
    db.execute(
        "INSERT INTO incident_ratings(ref, at, rated_by, people, suggested, severity, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (ref, at, by, people, suggested, severity, require_masked(reason, "an override's reason")),
    )


def ratings_of(db: VaultDb, ref: str) -> list[RatingRow]:
    return [
        RatingRow(str(r[0]), str(r[1]), int(r[2]), str(r[3]), str(r[4]), str(r[5]))
        for r in db.execute(
            "SELECT at, rated_by, people, suggested, severity, reason FROM incident_ratings "
            "WHERE ref = ? ORDER BY id",
            (ref,),
        )
    ]


def rating_times(db: VaultDb, ref: str) -> list[tuple[datetime, str]]:
    return [(datetime.fromisoformat(r.at), r.severity) for r in ratings_of(db, ref)]
