"""The security officer's board on a seat enrolled with a hall: every incident of the hall, from
the hall's copy (the system of record), moved along through the hall. The same methods as the
local `IncidentDesk`, so the board and the PDF work on either; each step is audited here too."""

from __future__ import annotations

from typing import Any, Protocol

from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.policy.roles import Permission, Role, require
from seatdesk.records.customers import CustomerRow
from seatdesk.services.free_text import typed_text, typed_texts
from seatdesk.services.hall_link import HallLink
from seatdesk.services.incident_view import IncidentView, view_from_hall
from seatdesk.services.incidents import affected_rows
from seatdesk.services.session import Session


class IncidentBoardDesk(Protocol):
    def refs(self) -> list[str]: ...
    def show(self, ref: str) -> IncidentView: ...
    def advance(self, ref: str, status: str, note: str = "") -> None: ...
    def set_severity(self, ref: str, severity: str) -> None: ...
    def fill_checklist(self, ref: str, answers: dict[str, str]) -> None: ...
    def close(self, ref: str, finding: str, outcome: dict[str, Any] | None = None) -> None: ...


class HallIncidentDesk:
    def __init__(self, session: Session, link: HallLink) -> None:
        self._s = session
        self._link = link
        self._views: dict[str, tuple[str, IncidentView]] = {}  # ref -> (reporting seat, view)

    def refs(self) -> list[str]:
        require(self._s.role, Permission.HANDLE_INCIDENTS)
        answer = self._link.client().get("/v1/incidents")
        views: dict[str, tuple[str, IncidentView]] = {}
        for item in answer.get("incidents", []):
            try:
                view = view_from_hall(item["view"], self._s.role)
            except (KeyError, TypeError, ValueError):
                continue
            views.setdefault(view.ref, (str(item["seat_id"]), view))
        self._views = views
        return list(views)

    def show(self, ref: str) -> IncidentView:
        require(self._s.role, Permission.HANDLE_INCIDENTS)
        if ref not in self._views:
            self.refs()
        if ref not in self._views:
            raise UsageError(f"no incident {ref} in the hall")
        return self._views[ref][1]

    # Free text passes the gate here, before it leaves the seat (the hall masks numbers again).
    def advance(self, ref: str, status: str, note: str = "") -> None:
        text = typed_text(self._s, note, self._affected(ref))
        change = {"kind": "status", "status": status, "note": text}
        self._step(ref, change, "incident.step")

    def set_severity(self, ref: str, severity: str) -> None:
        self._step(ref, {"kind": "severity", "severity": severity}, "incident.severity")

    def fill_checklist(self, ref: str, answers: dict[str, str]) -> None:
        items = sorted(answers)
        texts = typed_texts(self._s, [answers[k] for k in items], self._affected(ref))
        masked = dict(zip(items, texts, strict=True))
        self._step(ref, {"kind": "checklist", "answers": masked}, "incident.checklist")

    def close(self, ref: str, finding: str, outcome: dict[str, Any] | None = None) -> None:
        text = typed_text(self._s, finding, self._affected(ref))
        change = {"kind": "close", "finding": text, "outcome": outcome}
        self._step(ref, change, "incident.close")

    def _affected(self, ref: str) -> list[CustomerRow]:
        """The incident's customers as this seat's vault has them (if it has them)."""
        if self._s.role is not Role.SECURITY:
            return []  # refused in `_step`
        try:
            return affected_rows(self._s, self.show(ref).customers)
        except UsageError:
            return []  # the step is refused below, with the hall's own answer

    def _step(self, ref: str, change: dict[str, Any], action: str) -> None:
        if self._s.role is not Role.SECURITY:
            raise PermissionDenied("only the security officer moves an incident along")
        origin, _ = self._views.get(ref) or (None, None)
        if origin is None:
            self.show(ref)
            origin = self._views[ref][0]
        answer = self._link.client().post(
            "/v1/incidents/step",
            {"seat_id": origin, "ref": ref, "by": self._s.staff_id, "change": change},
        )
        self._views[ref] = (origin, view_from_hall(answer["view"], self._s.role))
        detail: dict[str, Any] = {"hall_seat": origin, "step": change["kind"]}
        for name in ("status", "severity"):
            if name in change:
                detail[name] = change[name]
        self._s.audit.append(self._s.staff_id, action, target=ref, detail=detail)
