"""What a person may see of an incident, decided in services by role: the reporter of an
anonymous report only for the security officer, the outcome (penalties) only for the security
officer. The same view, complete, is what the reporting seat sends to its hall (the hall's copy
is the system of record); a seat that shows a hall incident applies the same rules to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from seatdesk.incidents.model import Deadline, deadlines
from seatdesk.incidents.store import IncidentRow
from seatdesk.policy.roles import Role


@dataclass(frozen=True)
class IncidentView:
    """What the signed-in person may see of an incident. Decided here by role: the reporter of an
    anonymous report only for the security officer (`reporter` is None for anyone else), the
    outcome (penalties) only for the security officer."""

    ref: str
    reported_at: str
    category: str
    description: str
    severity: str | None
    status: str
    seat: str
    app_version: str
    call_masked: str | None
    anonymous: bool
    reporter: str | None
    anchor_seq: int
    anchor: str
    evidence: dict[str, Any]
    containment: dict[str, Any]
    checklist: dict[str, str]
    finding: str | None
    closed_at: str | None
    customers: tuple[tuple[str, str], ...]
    steps: tuple[tuple[str, str, str, str], ...]
    deadlines: tuple[Deadline, ...]
    outcome: dict[str, Any] | None

    def as_json(self, now: datetime) -> dict[str, Any]:
        """For the command line (`--json`): deadlines with their state at `now`."""
        data = {k: v for k, v in self.__dict__.items() if k != "deadlines"}
        data["customers"] = [list(c) for c in self.customers]
        data["steps"] = [list(s) for s in self.steps]
        data["deadlines"] = [
            {"what": d.what, "due": d.due.isoformat(), "met": d.met, "overdue": d.overdue(now)}
            for d in self.deadlines
        ]
        if self.outcome is None:
            data.pop("outcome")
        return data


def view_of(row: IncidentRow, role: Role) -> IncidentView:
    security = role is Role.SECURITY
    reported = datetime.fromisoformat(row.reported_at)
    return IncidentView(
        ref=row.ref,
        reported_at=row.reported_at,
        category=row.category,
        description=row.description,
        severity=row.severity,
        status=row.status,
        seat=row.seat,
        app_version=row.app_version,
        call_masked=row.call_masked,
        anonymous=row.anonymous,
        reporter=row.reporter if security or not row.anonymous else None,
        anchor_seq=row.anchor_seq,
        anchor=row.anchor,
        evidence=row.evidence,
        containment=row.containment,
        checklist=row.checklist,
        finding=row.finding,
        closed_at=row.closed_at,
        customers=row.customers,
        steps=row.steps,
        deadlines=tuple(deadlines(reported, row.severity, row.status)),
        outcome=row.outcome if security else None,
    )


_ROW_FIELDS = (
    "ref", "reported_at", "category", "description", "severity", "status", "seat",
    "app_version", "call_masked", "anonymous", "reporter", "anchor_seq", "anchor", "evidence",
    "containment", "checklist", "finding", "closed_at", "customers", "steps", "outcome",
)  # fmt: skip


def hall_record(row: IncidentRow) -> dict[str, Any]:
    """The complete (masked) record the reporting seat sends to the hall. The reporter of an
    anonymous report stays at the reporting seat: the hall cannot yet tell a security officer's
    request from anyone else's at an enrolled seat, so it is never told (fail closed)."""
    data = {name: getattr(row, name) for name in _ROW_FIELDS}
    if row.anonymous:
        data["reporter"] = None
    data["customers"] = [list(c) for c in row.customers]
    data["steps"] = [list(s) for s in row.steps]
    return data


def view_from_hall(data: dict[str, Any], role: Role) -> IncidentView:
    """A hall incident as this person may see it (the same rules as a local one)."""
    values: dict[str, Any] = {name: data.get(name) for name in _ROW_FIELDS}
    values["customers"] = tuple(tuple(c) for c in values["customers"] or ())
    values["steps"] = tuple(tuple(s) for s in values["steps"] or ())
    values["evidence"] = values["evidence"] or {}
    values["containment"] = values["containment"] or {}
    values["checklist"] = values["checklist"] or {}
    row = IncidentRow(id=0, **values)
    return view_of(row, role)
