"""Incident rows in the vault (called only by services). The texts a person typed (description,
step notes, finding, checklist answers) are stored only as the free-text gate masked them: a
plain `str` is refused (`UnmaskedText`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from seatdesk.core.masked_text import NO_TEXT, MaskedText, require_masked
from seatdesk.vault.db import VaultDb

_COLUMNS = (
    "id, ref, reported_at, reporter, anonymous, seat, app_version, category, description, "
    "severity, status, call_masked, anchor_seq, anchor, evidence, containment, checklist, "
    "finding, outcome, closed_at"
)


@dataclass(frozen=True)
class IncidentRow:
    id: int
    ref: str
    reported_at: str
    reporter: str
    anonymous: bool
    seat: str
    app_version: str
    category: str
    description: str
    severity: str | None
    status: str
    call_masked: str | None
    anchor_seq: int
    anchor: str
    evidence: dict[str, Any]
    containment: dict[str, Any]
    checklist: dict[str, str]
    finding: str | None
    outcome: dict[str, Any] | None
    closed_at: str | None
    customers: tuple[tuple[str, str], ...] = ()
    steps: tuple[tuple[str, str, str, str], ...] = ()  # (at, by, status, note)


def insert_incident(db: VaultDb, values: dict[str, Any], customers: list[tuple[str, str]]) -> int:
    require_masked(values["description"], "an incident's description")
    incident_id = db.execute_returning_id(
        "INSERT INTO incidents(ref, reported_at, reporter, anonymous, seat, app_version, category, "
        "description, status, call_masked, anchor_seq, anchor, evidence) "
        "VALUES (:ref, :reported_at, :reporter, :anonymous, :seat, :app_version, :category, "
        ":description, 'reported', :call_masked, :anchor_seq, :anchor, :evidence)",
        {**values, "evidence": json.dumps(values["evidence"], ensure_ascii=False)},
    )
    db.executemany(
        "INSERT OR IGNORE INTO incident_customers(incident_id, customer_no, masked_name) "
        "VALUES (?, ?, ?)",
        [(incident_id, no, name) for no, name in customers],
    )
    add_step(db, incident_id, values["reported_at"], values["reporter"], "reported", NO_TEXT)
    return incident_id


def add_step(
    db: VaultDb, incident_id: int, at: str, by: str, status: str, note: MaskedText
) -> None:
    db.execute(
        "INSERT INTO incident_steps(incident_id, at, actor, status, note) VALUES (?, ?, ?, ?, ?)",
        (incident_id, at, by, status, require_masked(note, "an incident step's note")),
    )


def update_incident(
    db: VaultDb,
    incident_id: int,
    *,
    new_answers: Mapping[str, MaskedText] | None = None,
    **fields: Any,
) -> None:
    """Set `fields`; `new_answers` are merged into the stored checklist (answers kept before
    stay as they were stored)."""
    for name in ("description", "finding"):
        if name in fields:
            require_masked(fields[name], f"an incident's {name}")
    if new_answers is not None:
        for item, answer in new_answers.items():
            require_masked(answer, f"the checklist answer {item!r}")
        (stored,) = db.execute("SELECT checklist FROM incidents WHERE id = ?", (incident_id,))[0]
        fields["checklist"] = {**json.loads(stored or "{}"), **new_answers}
    elif "checklist" in fields:
        raise TypeError("checklist answers go in as new_answers, masked by the gate")
    encoded = {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value
        for key, value in fields.items()
    }
    assignments = ", ".join(f"{key} = ?" for key in encoded)
    db.execute(f"UPDATE incidents SET {assignments} WHERE id = ?", (*encoded.values(), incident_id))


def load_incident(db: VaultDb, ref: str) -> IncidentRow | None:
    rows = db.execute(f"SELECT {_COLUMNS} FROM incidents WHERE ref = ?", (ref,))
    if not rows:
        return None
    r = rows[0]
    customers = tuple(
        (str(a), str(b))
        for a, b in db.execute(
            "SELECT customer_no, masked_name FROM incident_customers WHERE incident_id = ? "
            "ORDER BY customer_no",
            (r[0],),
        )
    )
    steps = tuple(
        (str(a), str(b), str(c), str(d))
        for a, b, c, d in db.execute(
            "SELECT at, actor, status, note FROM incident_steps WHERE incident_id = ? ORDER BY id",
            (r[0],),
        )
    )
    return IncidentRow(
        id=int(r[0]),
        ref=str(r[1]),
        reported_at=str(r[2]),
        reporter=str(r[3]),
        anonymous=bool(r[4]),
        seat=str(r[5]),
        app_version=str(r[6]),
        category=str(r[7]),
        description=str(r[8]),
        severity=r[9],
        status=str(r[10]),
        call_masked=r[11],
        anchor_seq=int(r[12]),
        anchor=str(r[13]),
        evidence=json.loads(r[14]),
        containment=json.loads(r[15]),
        checklist=json.loads(r[16]),
        finding=r[17],
        outcome=None if r[18] is None else json.loads(r[18]),
        closed_at=r[19],
        customers=customers,
        steps=steps,
    )


def incident_refs(db: VaultDb) -> list[str]:
    return [str(r[0]) for r in db.execute("SELECT ref FROM incidents ORDER BY reported_at DESC")]
