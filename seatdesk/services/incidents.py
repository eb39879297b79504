"""One-click incident reports that gather their own evidence, and the security officer's workflow.

On submit the report captures: the seat's audit excerpt (policy minutes, default 60), for each
affected customer the exposure set (who viewed, verified or revealed that record in the last 30
days, with fields, mode and reason), the visitors in the hall, and the audit chain head as an
anchor that `seatdesk audit verify --anchor` checks later. Everything stored is masked: the texts
a person types (description, step notes, checklist answers, finding) pass the free-text gate.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from seatdesk import __version__
from seatdesk.audit.log import JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.core.masked_text import NO_TEXT
from seatdesk.incidents.model import (
    CATEGORIES,
    CHECKLIST,
    ORDER,
    PENALTIES,
    SEVERITIES,
    STATUSES,
    check_category,
    check_penalty,
    check_severity,
    next_status,
)
from seatdesk.incidents.store import (
    IncidentRow,
    add_step,
    incident_refs,
    insert_incident,
    load_incident,
    update_incident,
)
from seatdesk.policy.roles import Permission, Role, require
from seatdesk.records.customers import (
    CustomerRow,
    ids_by_customer_no,
    load_customer,
    masked_name_by_customer_no,
)
from seatdesk.services.audit_view import EXPOSURE_DAYS, exposure_of
from seatdesk.services.free_text import typed_text, typed_texts
from seatdesk.services.incident_view import IncidentView, hall_record, view_of
from seatdesk.services.outbox import enqueue
from seatdesk.services.session import Session

RECENT_MINUTES = 30
VisitorsNow = Callable[[Session], list[dict[str, str]]]


@dataclass(frozen=True)
class Prefill:
    reporter: str
    seat: str
    at: str
    app_version: str
    call_masked: str | None
    recent_customers: tuple[tuple[str, str], ...]  # (customer_no, masked name), newest first
    visitors: tuple[dict[str, str], ...]


def affected_rows(session: Session, customers: Sequence[tuple[str, str]]) -> list[CustomerRow]:
    """This vault's rows of an incident's customers ((customer_no, masked name) pairs)."""
    rows = [
        load_customer(session.db, customer_id, session.opener)
        for no, _ in customers
        for customer_id in ids_by_customer_no(session.db, no)
    ]
    return [row for row in rows if row is not None]


def _no_visitors(_: Session) -> list[dict[str, str]]:
    return []


class IncidentDesk:
    def __init__(self, session: Session, visitors_now: VisitorsNow = _no_visitors) -> None:
        self._s = session
        self._visitors_now = visitors_now

    # -- reporting (anyone) -----------------------------------------------------------------
    def prefill(self, call_masked: str | None = None) -> Prefill:
        now = self._s.runtime.clock.now()
        recent = self._recently_viewed(now)
        names = {no: self._masked_name(no) for no in recent}
        return Prefill(
            reporter=self._s.staff_id,
            seat=self._s.runtime.seat,
            at=utc_iso(now),
            app_version=__version__,
            call_masked=call_masked,
            recent_customers=tuple((no, names[no]) for no in recent),
            visitors=tuple(self._visitors_now(self._s)),
        )

    def submit(
        self,
        category: str,
        description: str,
        affected: Sequence[str] = (),
        *,
        anonymous: bool = False,
        call_masked: str | None = None,
    ) -> IncidentRow:
        check_category(category)
        if not description.strip():
            raise UsageError("say in one sentence what happened", code="incident.describe")
        now = self._s.runtime.clock.now()
        seq, anchor = self._s.audit.head()
        evidence = {
            "audit_excerpt": self._excerpt(now),
            "exposure": {
                no: exposure_of(self._s.db, no, now - timedelta(days=EXPOSURE_DAYS))
                for no in affected
            },
            "visitors": self._visitors_now(self._s),
            "anchor": {"seq": seq, "mac": anchor},
        }
        day = self._s.policy.hall_time(now, "%Y%m%d")  # the hall's day, as its people say it
        ref = "INC-" + day + "-" + secrets.token_hex(3).upper()
        values = {
            "ref": ref,
            "reported_at": utc_iso(now),
            "reporter": self._s.staff_id,
            "anonymous": int(anonymous),
            "seat": self._s.runtime.seat,
            "app_version": __version__,
            "category": category,
            "description": typed_text(self._s, description, self._quoted_rows(affected)),
            "call_masked": call_masked,
            "anchor_seq": seq,
            "anchor": anchor,
            "evidence": evidence,
        }
        with self._s.db.transaction():
            insert_incident(self._s.db, values, [(no, self._masked_name(no)) for no in affected])
            self._s.audit.append(
                "anonymous" if anonymous else self._s.staff_id,
                "incident.report",
                target=ref,
                detail={
                    "category": category,
                    "affected": len(affected),
                    "anchor": anchor,
                    "anchor_seq": seq,
                },
            )
            self._tell_the_hall(ref, "incident.report")
        row = load_incident(self._s.db, ref)
        assert row is not None
        return row

    def contain(self, ref: str, *, locked_seat: bool, force_password_change: Sequence[str]) -> None:
        """Record what the reporter did right after reporting; force a password change for named
        accounts (supervisors and security officers apply it, others' requests are recorded)."""
        row = self._row(ref)
        applied: list[str] = []
        may_force = self._s.role in (Role.SUPERVISOR, Role.SECURITY)
        with self._s.db.transaction():
            for staff_id in force_password_change:
                if may_force and self._s.db.execute(
                    "UPDATE staff SET must_change_password = 1 WHERE staff_id = ? RETURNING 1",
                    (staff_id,),
                ):
                    applied.append(staff_id)
            containment: dict[str, JsonValue] = {
                "at": utc_iso(self._s.runtime.clock.now()),
                "by": self._s.staff_id,
                "locked_seat": locked_seat,
                "password_change_forced": applied,
                "password_change_requested": [s for s in force_password_change if s not in applied],
            }
            update_incident(self._s.db, row.id, containment=containment)
            self._s.audit.append(
                self._s.staff_id, "incident.contain", target=ref, detail=containment
            )
            self._tell_the_hall(ref, "incident.update")

    # -- workflow (security officers) -------------------------------------------------------
    def refs(self) -> list[str]:
        require(self._s.role, Permission.HANDLE_INCIDENTS)
        return incident_refs(self._s.db)

    def show(self, ref: str) -> IncidentView:
        require(self._s.role, Permission.HANDLE_INCIDENTS)
        return view_of(self._row(ref), self._s.role)

    def advance(self, ref: str, status: str, note: str = "") -> None:
        self._security_only()
        row = self._row(ref)
        new = next_status(row.status, status)
        if new == "closed" and not row.finding:
            raise UsageError(
                "record the finding before closing (close_with_finding)",
                code="incident.finding_first",
            )
        self._step(row, new, note)

    def set_severity(self, ref: str, severity: str) -> None:
        self._security_only()
        check_severity(severity)
        row = self._row(ref)
        with self._s.db.transaction():
            update_incident(self._s.db, row.id, severity=severity)
            self._s.audit.append(
                self._s.staff_id, "incident.severity", target=ref, detail={"severity": severity}
            )
            self._tell_the_hall(ref, "incident.update")

    def fill_checklist(self, ref: str, answers: dict[str, str]) -> None:
        self._security_only()
        unknown = set(answers) - set(CHECKLIST)
        if unknown:
            raise UsageError(f"unknown checklist items: {', '.join(sorted(unknown))}")
        row = self._row(ref)
        items = sorted(answers)
        texts = typed_texts(self._s, [answers[k] for k in items], self._affected(row))
        with self._s.db.transaction():
            update_incident(self._s.db, row.id, new_answers=dict(zip(items, texts, strict=True)))
            self._s.audit.append(
                self._s.staff_id,
                "incident.checklist",
                target=ref,
                detail={"items": sorted(answers)},
            )
            self._tell_the_hall(ref, "incident.update")

    def close(self, ref: str, finding: str, outcome: dict[str, Any] | None = None) -> None:
        """Close with the finding and, where staff were at fault, the outcome under the policy."""
        self._security_only()
        if not finding.strip():
            raise UsageError("closing needs the finding", code="incident.finding_first")
        if outcome is not None:
            check_penalty(str(outcome.get("kind")), outcome.get("amount"))
            if not outcome.get("staff_id"):
                raise UsageError(
                    "name the staff member the outcome applies to", code="incident.outcome_staff"
                )
        row = self._row(ref)
        next_status(row.status, "closed")
        now = utc_iso(self._s.runtime.clock.now())
        with self._s.db.transaction():
            update_incident(
                self._s.db,
                row.id,
                finding=typed_text(self._s, finding, self._affected(row)),
                outcome=outcome,
                closed_at=now,
            )
            update_incident(self._s.db, row.id, status="closed")
            add_step(self._s.db, row.id, now, self._s.staff_id, "closed", NO_TEXT)
            self._s.audit.append(
                self._s.staff_id, "incident.close", target=ref, detail={"outcome": bool(outcome)}
            )
            self._tell_the_hall(ref, "incident.update")

    # -- helpers ------------------------------------------------------------------------------
    def _security_only(self) -> None:
        if self._s.role is not Role.SECURITY:
            raise PermissionDenied(
                "only the security officer moves an incident along", code="incident.security_only"
            )

    def _row(self, ref: str) -> IncidentRow:
        row = load_incident(self._s.db, ref)
        if row is None:
            raise UsageError(f"no incident {ref}")
        return row

    def _step(self, row: IncidentRow, status: str, note: str) -> None:
        now = utc_iso(self._s.runtime.clock.now())
        text = typed_text(self._s, note, self._affected(row))
        with self._s.db.transaction():
            update_incident(self._s.db, row.id, status=status)
            add_step(self._s.db, row.id, now, self._s.staff_id, status, text)
            self._s.audit.append(
                self._s.staff_id, "incident.step", target=row.ref, detail={"status": status}
            )
            self._tell_the_hall(row.ref, "incident.update")

    def _recently_viewed(self, now: datetime) -> list[str]:
        """Customer numbers viewed on this seat in the last half hour, newest first."""
        since = utc_iso(now - timedelta(minutes=RECENT_MINUTES))
        recent: dict[str, None] = {}
        for (target,) in self._s.db.execute(
            "SELECT target FROM audit WHERE seat = ? AND action = 'record.view' AND ts >= ? "
            "ORDER BY seq DESC",
            (self._s.runtime.seat, since),
        ):
            recent.setdefault(str(target), None)
        return list(recent)

    def _quoted_rows(self, affected: Sequence[str]) -> list[CustomerRow]:
        """The customers a report may quote: those it names and those viewed on this seat in
        the last half hour."""
        numbers = set(affected) | set(self._recently_viewed(self._s.runtime.clock.now()))
        rows = [
            load_customer(self._s.db, customer_id, self._s.opener)
            for no in sorted(numbers)
            for customer_id in ids_by_customer_no(self._s.db, no)
        ]
        return [row for row in rows if row is not None]

    def _affected(self, row: IncidentRow) -> list[CustomerRow]:
        """The customers an incident names: its notes may quote them at a seat that has none of
        them open (the security officer's)."""
        return affected_rows(self._s, row.customers)

    def _tell_the_hall(self, ref: str, kind: str) -> None:
        """The hall holds every incident of the hall: the complete masked record goes out with
        the change, in the same transaction (queued while the hall is unreachable)."""
        row = self._row(ref)
        enqueue(self._s.db, kind, ref, hall_record(row), self._s.runtime.clock.now())

    def _masked_name(self, customer_no: str) -> str:
        return masked_name_by_customer_no(self._s.db, customer_no) or "—"

    def _excerpt(self, now: datetime) -> list[dict[str, Any]]:
        since = utc_iso(now - timedelta(minutes=self._s.policy.limits.audit_excerpt_minutes))
        rows = self._s.db.execute(
            "SELECT seq, ts, actor, action, target, outcome FROM audit WHERE seat = ? AND ts >= ? "
            "ORDER BY seq",
            (self._s.runtime.seat, since),
        )
        return [
            dict(zip(("seq", "ts", "actor", "action", "target", "outcome"), r, strict=True))
            for r in rows
        ]


__all__ = [
    "CATEGORIES",
    "CHECKLIST",
    "ORDER",
    "PENALTIES",
    "SEVERITIES",
    "STATUSES",
    "IncidentDesk",
    "IncidentView",
    "Prefill",
]
