"""Reporting an incident to the regulator under the 2025 rules, at the gate: the board's desk (the
seat's own incidents, or the hall's) with the deadlines of the policy's operator type, the
grading from the number of people affected (an override needs a reason, masked and audited),
and the initial, supplementary and closure reports (their fields masked like an incident's
description). Reports and gradings are kept at the seat that files them, by the incident's
reference: on an enrolled seat the incident itself is the hall's, its reports are not (yet)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.incidents.model import deadlines
from seatdesk.incidents.report_store import (
    RatingRow,
    ReportRow,
    insert_rating,
    insert_report,
    rating_times,
    ratings_of,
    reports_of,
)
from seatdesk.incidents.reporting import (
    REPORT_FIELDS,
    REPORT_KINDS,
    TIME_FIELDS,
    check_form,
    chosen_severity,
    hall_minute,
    handling_ended,
    regulator_clock_from,
    suggest_severity,
)
from seatdesk.policy.roles import Role
from seatdesk.services.free_text import typed_text, typed_texts
from seatdesk.services.hall_incidents import IncidentBoardDesk
from seatdesk.services.incident_view import IncidentView
from seatdesk.services.incidents import affected_rows
from seatdesk.services.session import Session

LANGUAGES = ("zh_CN", "en")

__all__ = [
    "LANGUAGES",
    "REPORT_FIELDS",
    "REPORT_KINDS",
    "RatingRow",
    "ReportRow",
    "ReportingBoard",
    "suggest_severity",
]


class ReportingBoard:
    """The board's desk with the reporting rules on top: `show` gives the deadlines of the
    policy's operator type (confirm, initial report, closure report); the rest is passed on."""

    def __init__(self, session: Session, base: IncidentBoardDesk) -> None:
        self._s = session
        self._base = base

    # -- the board's desk -------------------------------------------------------------------
    def refs(self) -> list[str]:
        return self._base.refs()

    def show(self, ref: str) -> IncidentView:
        view = self._base.show(ref)
        reported = datetime.fromisoformat(view.reported_at)
        steps = [(datetime.fromisoformat(at), status) for at, _, status, _ in view.steps]
        found = deadlines(
            reported,
            view.severity,
            view.status,
            regulator_within=self._s.policy.incidents.regulator_deadline,
            clock_from=regulator_clock_from(reported, rating_times(self._s.db, ref)),
            handling_ended_at=handling_ended(steps),
            filed={r.kind for r in reports_of(self._s.db, ref)},
        )
        return dataclasses.replace(view, deadlines=tuple(found))

    def advance(self, ref: str, status: str, note: str = "") -> None:
        self._base.advance(ref, status, note)

    def set_severity(self, ref: str, severity: str) -> None:
        self._base.set_severity(ref, severity)

    def fill_checklist(self, ref: str, answers: dict[str, str]) -> None:
        self._base.fill_checklist(ref, answers)

    def close(self, ref: str, finding: str, outcome: dict[str, Any] | None = None) -> None:
        self._base.close(ref, finding, outcome)

    # -- grading and reports (the security officer) -----------------------------------------
    def rate(self, ref: str, people: int, severity: str | None = None, reason: str = "") -> str:
        """Grade `ref` from the number of people affected; a grade other than the suggested one
        needs a reason (stored masked, audited). Returns the grade set."""
        self._security_only()
        suggested, chosen, overridden = chosen_severity(people, severity, reason)
        view = self.show(ref)
        text = typed_text(self._s, reason, affected_rows(self._s, view.customers))
        self._base.set_severity(ref, chosen)  # its own audit entry; the hall's, if enrolled
        with self._s.db.transaction():
            at = utc_iso(self._s.runtime.clock.now())
            insert_rating(self._s.db, ref, at, self._s.staff_id, people, suggested, chosen, text)
            self._s.audit.append(
                self._s.staff_id,
                "incident.rate",
                target=ref,
                detail={
                    "people": people,
                    "suggested": suggested,
                    "severity": chosen,
                    "override": overridden,
                    "note": text,
                },
            )
        return chosen

    def ratings(self, ref: str) -> list[RatingRow]:
        self.show(ref)  # the permission, and the incident exists
        return ratings_of(self._s.db, ref)

    def file_report(
        self, ref: str, kind: str, form: Mapping[str, object], language: str = "zh_CN"
    ) -> int:
        """File an initial, supplementary or closure report; its number on the incident."""
        self._security_only()
        texts = check_form(kind, form)
        moments = {
            name: utc_iso(hall_minute(name, texts.pop(name), self._s.policy.visitors.zone))
            for name in TIME_FIELDS
            if name in texts
        }
        view = self.show(ref)
        names = list(texts)
        masked = typed_texts(
            self._s, [texts[n] for n in names], affected_rows(self._s, view.customers)
        )
        with self._s.db.transaction():
            at = utc_iso(self._s.runtime.clock.now())
            n = insert_report(
                self._s.db,
                ref,
                kind,
                at,
                self._s.staff_id,
                language if language in LANGUAGES else "zh_CN",
                dict(zip(names, masked, strict=True)),
                moments.get("occurred_at"),
            )
            self._s.audit.append(
                self._s.staff_id,
                "incident.report_filed",
                target=ref,
                detail={"kind": kind, "n": n, "fields": sorted([*names, *moments])},
            )
        return n

    def reports(self, ref: str) -> list[ReportRow]:
        self.show(ref)
        return reports_of(self._s.db, ref)

    def report(self, ref: str, n: int) -> ReportRow:
        found = [r for r in self.reports(ref) if r.n == n]
        if not found:
            raise UsageError(f"no report {n} on {ref}", code="incident.no_report")
        return found[0]

    def _security_only(self) -> None:
        if self._s.role is not Role.SECURITY:
            raise PermissionDenied(
                "only the security officer reports an incident", code="incident.security_only"
            )
