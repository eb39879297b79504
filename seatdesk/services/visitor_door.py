"""The visitor desk at the hall's door: registering a walk-in (and signing them in) or an
expected visitor, checking an expected visitor in on their date, cancelling, signing out, and the
end-of-day forced sign-out. Every field is checked by `seatdesk.visitors.model`; what needs the
vault (staff accounts, badges and people already in the hall, the watch list) is looked up here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from seatdesk.audit.log import JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.policy.roles import Role
from seatdesk.services.free_text import typed_text
from seatdesk.services.visitor_base import VisitorDeskBase, load_visitor_notice
from seatdesk.services.visitor_watch import WatchOverride
from seatdesk.visitors import model
from seatdesk.visitors.model import (
    APPROVER_ROLES,
    CANCELLED,
    EXPECTED,
    ON_FLOOR,
    SIGNED_OUT,
    Arrival,
    VisitorDraft,
    VisitorView,
    clean_text,
    reference,
)
from seatdesk.visitors.store import (
    badge_in_hall,
    in_hall_with_hash,
    insert_visitor,
    staff_account,
    update_visitor,
    visitors_with_status,
)
from seatdesk.visitors.watch import WatchHit


class VisitorDoor(VisitorDeskBase):
    def check_watch_list(self, draft: VisitorDraft) -> list[WatchHit]:
        """The watch-list entries this visitor matches (nothing is recorded)."""
        self._require()
        _, number = self._identity(draft.id_type, draft.id_number)
        name = clean_text(draft.name, "name")
        organisation = clean_text(draft.organisation, "organisation")
        return self._watch.hits(self._watch.id_hash(number), name, organisation, number)

    def register_walk_in(
        self, draft: VisitorDraft, arrival: Arrival, override: WatchOverride | None = None
    ) -> VisitorView:
        """Register a visitor at the door and sign them into the hall at once."""
        self._require()
        now = self.now()
        columns = self._draft_columns(draft, now)
        arrived = self._arrival_columns(arrival, columns["name"], now)
        self._not_in_hall(columns["id_hash"])
        hits = self._watch.gate(columns, override, "walk_in")
        with self._s.db.transaction():
            visitor_id = insert_visitor(
                self._s.db,
                {
                    **columns,
                    **arrived,
                    "status": ON_FLOOR,
                    **self._registration(now, hits, override),
                    "checked_in_at": utc_iso(now),
                    "checked_in_by": self._s.staff_id,
                },
            )
            self._watch.record_override(visitor_id, hits, override)
            detail = {**self._register_detail(columns), "kind": "walk_in"}
            self._audit("visitor.register", visitor_id, detail)
            self._audit("visitor.check_in", visitor_id, self._arrival_detail(arrived))
        return self.get(visitor_id)

    def _registration(
        self, now: datetime, hits: Sequence[object], override: WatchOverride | None
    ) -> dict[str, object]:
        """Who registered when, and who let a watch-list match in (if anyone)."""
        return {
            "registered_at": utc_iso(now),
            "registered_by": self._s.staff_id,
            "watch_override_by": override.approval.approver_id if hits and override else None,
        }

    def pre_register(
        self, draft: VisitorDraft, day: date, override: WatchOverride | None = None
    ) -> VisitorView:
        """Register an expected visitor for `day` (valid on that date only)."""
        self._require()
        now = self.now()
        model.check_expected_date(self.rules, day, self.rules.today(now))
        columns = self._draft_columns(draft, now)
        hits = self._watch.gate(columns, override, "pre_register")
        with self._s.db.transaction():
            visitor_id = insert_visitor(
                self._s.db,
                {
                    **columns,
                    "status": EXPECTED,
                    "expected_date": day.isoformat(),
                    **self._registration(now, hits, override),
                },
            )
            self._watch.record_override(visitor_id, hits, override)
            self._audit(
                "visitor.register",
                visitor_id,
                {**self._register_detail(columns), "kind": "pre_register", "date": day.isoformat()},
            )
        return self.get(visitor_id)

    def check_in(
        self,
        visitor_id: int,
        arrival: Arrival,
        presented_id_number: str,
        override: WatchOverride | None = None,
    ) -> VisitorView:
        """An expected visitor arrives: on their date, with the document they were registered
        with (compared, not shown), through the watch list again."""
        self._require()
        row = self._row(visitor_id)
        now = self.now()
        if row.status != EXPECTED:
            raise UsageError(f"{reference(visitor_id)} is not an expected visitor ({row.status})")
        today = self.rules.today(now).isoformat()
        if row.expected_date != today:
            denied: dict[str, JsonValue] = {
                "denied": "wrong_date",
                "expected_date": row.expected_date,
            }
            self._audit("visitor.check_in", visitor_id, denied, outcome="denied")
            raise UsageError(
                f"{reference(visitor_id)} is pre-registered for {row.expected_date}, not for "
                f"today ({today}): register as a walk-in with an approver"
            )
        _, number = self._identity(row.id_type, presented_id_number)
        if not self._watch.same_document(number, row.id_hash):
            self._audit("visitor.check_in", visitor_id, {"denied": "id_mismatch"}, outcome="denied")
            raise UsageError(
                "the document shown does not match the pre-registration",
                code="visitor.document_mismatch",
            )
        arrived = self._arrival_columns(arrival, row.name, now)
        self._not_in_hall(row.id_hash)
        columns = {
            "name": row.name,
            "organisation": row.organisation,
            "id_hash": row.id_hash,
            "id_number": number,  # for the hall's list, hashed under the hall's key
        }
        # Entries a security officer already overrode at pre-registration do not block again;
        # entries added since do.
        covered = row.registered_at if row.watch_override_by else None
        hits = self._watch.gate(columns, override, "check_in", visitor_id, covered)
        with self._s.db.transaction():
            changes: dict[str, Any] = {
                **arrived,
                "status": ON_FLOOR,
                "checked_in_at": utc_iso(now),
                "checked_in_by": self._s.staff_id,
            }
            if hits and override:
                changes["watch_override_by"] = override.approval.approver_id
            update_visitor(self._s.db, visitor_id, changes)
            self._watch.record_override(visitor_id, hits, override)
            detail = {**self._arrival_detail(arrived), "pre_registered": True}
            self._audit("visitor.check_in", visitor_id, detail)
        return self.get(visitor_id)

    def cancel(self, visitor_id: int, reason: str) -> None:
        """Withdraw a pre-registration that has not arrived."""
        self._require()
        row = self._row(visitor_id)
        if row.status != EXPECTED:
            raise UsageError(f"{reference(visitor_id)} is not an expected visitor")
        note = clean_text(reason, "reason")
        with self._s.db.transaction():
            update_visitor(self._s.db, visitor_id, {"status": CANCELLED})
            self._audit("visitor.cancel", visitor_id, {"reason": typed_text(self._s, note)})

    def sign_out(self, visitor_id: int, badge_returned: bool) -> VisitorView:
        """The visitor leaves the hall; whether the badge came back is recorded."""
        self._require()
        row = self._row(visitor_id)
        if row.status != ON_FLOOR:
            raise UsageError(
                f"{reference(visitor_id)} is not in the hall",
                code="visitor.not_in_hall",
                ref=reference(visitor_id),
            )
        now = self.now()
        view = self._view(row, {})
        with self._s.db.transaction():
            update_visitor(
                self._s.db,
                visitor_id,
                {
                    "status": SIGNED_OUT,
                    "signed_out_at": utc_iso(now),
                    "signed_out_by": self._s.staff_id,
                    "badge_returned": badge_returned,
                },
            )
            self._audit(
                "visitor.sign_out",
                visitor_id,
                {
                    "badge": row.badge,
                    "badge_returned": badge_returned,
                    "minutes": model.minutes_in(row.checked_in_at, now),
                    "overstay_minutes": view.minutes_over if view.overstay else 0,
                },
                outcome="ok" if badge_returned else "badge_missing",
            )
        return self.get(visitor_id)

    def close_day(self, everyone: bool = False) -> list[VisitorView]:
        """End-of-day forced sign-out, each entry flagged: those still in since before the last
        closing time, or (`everyone`, when the supervisor clears the hall) all of them."""
        self._require()
        now = self.now()
        closing = self.rules.last_end_of_day(now)
        rows = visitors_with_status(self._s.db, ON_FLOOR)
        due = [r for r in rows if everyone or (r.checked_in_at or "") < utc_iso(closing)]
        with self._s.db.transaction():
            for row in due:
                update_visitor(
                    self._s.db,
                    row.id,
                    {
                        "status": SIGNED_OUT,
                        "signed_out_at": utc_iso(now),
                        "signed_out_by": self._s.staff_id,
                        "forced_sign_out": True,
                    },
                )
                self._audit(
                    "visitor.forced_sign_out",
                    row.id,
                    {
                        "badge": row.badge,
                        "closing": utc_iso(closing),
                        "trigger": "manual" if everyone else "end_of_day",
                        "minutes": model.minutes_in(row.checked_in_at, now),
                    },
                    outcome="flagged",
                )
        return [self.get(r.id) for r in due]

    # -- internals -------------------------------------------------------------------------

    def _staff(self, staff_id: str, what: str) -> Role:
        account = staff_account(self._s.db, staff_id.strip())
        if account is None or account[2]:
            raise UsageError(f"{what}: no active staff account {staff_id.strip()!r}")
        return Role(account[1])

    def _draft_columns(self, draft: VisitorDraft, now: datetime) -> dict[str, Any]:
        name = clean_text(draft.name, "name")
        id_type, number = self._identity(draft.id_type, draft.id_number)
        organisation = clean_text(draft.organisation, "organisation")
        purpose = clean_text(draft.purpose, "purpose")
        host = draft.host.strip()
        if self._staff(host, "host") is Role.ADMIN:
            raise UsageError(
                "host: must be a member of the hall's staff, not the IT admin", code="visitor.host"
            )
        approver = draft.approver.strip()
        if self._staff(approver, "approver") not in APPROVER_ROLES:
            raise UsageError(
                "approver: must be a supervisor or a security officer", code="visitor.approver_role"
            )
        if approver == self._s.staff_id:
            raise UsageError(
                "approver: someone other than the person registering", code="visitor.approver_self"
            )
        approval_ref = clean_text(draft.approval_ref, "approval_ref")
        approved_at = model.check_approval_time(draft.approved_at, now)
        return {
            "name": name,
            "id_type": id_type,
            "id_number": number,
            "id_hash": self._watch.id_hash(number),
            "mobile": model.check_mobile(draft.mobile),
            "organisation": organisation,
            # Visitors have no customer rows, but the customers open on this seat must not
            # leak through a purpose: it passes the gate like every typed text.
            "purpose": typed_text(self._s, purpose),
            "host": host,
            "approver": approver,
            "approval_ref": approval_ref,
            "approved_at": utc_iso(approved_at),
        }

    def _arrival_columns(self, arrival: Arrival, name: str, now: datetime) -> dict[str, Any]:
        badge = model.check_badge(arrival.badge)
        if badge_in_hall(self._s.db, badge):
            raise UsageError(
                f"badge {badge} is worn by another visitor in the hall",
                code="visitor.badge_in_use",
                badge=badge,
            )
        escort = clean_text(arrival.escort, "escort")
        devices, held = model.check_devices(self.rules, arrival.devices, arrival.held_at_door)
        model.check_departure(self.rules, arrival.expected_departure, now)
        ack = arrival.acknowledgement
        notice = load_visitor_notice(model.notice_language(ack))
        form_no = model.check_acknowledgement(ack, name)
        return {
            "badge": badge,
            "escort": typed_text(self._s, escort),
            "devices": devices,
            "devices_held": held,
            "expected_departure": utc_iso(arrival.expected_departure),
            "notice_method": ack.method,
            "notice_form_no": form_no,
            "notice_sha256": notice.sha256,
        }

    def _not_in_hall(self, id_hash: str | None) -> None:
        if id_hash and in_hall_with_hash(self._s.db, id_hash):
            raise UsageError(
                "a visitor with this ID number is already signed into the hall",
                code="visitor.already_in",
            )

    def _register_detail(self, columns: dict[str, Any]) -> dict[str, JsonValue]:
        return {
            "id_type": columns["id_type"],
            "host": columns["host"],
            "approver": columns["approver"],
            "approval_ref": typed_text(self._s, columns["approval_ref"]),
        }

    def _arrival_detail(self, arrived: dict[str, Any]) -> dict[str, JsonValue]:
        return {
            "badge": arrived["badge"],
            "escort": arrived["escort"],
            "devices": list(arrived["devices"]),
            "devices_held": list(arrived["devices_held"]),
            "expected_departure": arrived["expected_departure"],
            "notice": arrived["notice_method"],
            "notice_form_no": arrived["notice_form_no"],
            "notice_sha256": arrived["notice_sha256"],
        }
