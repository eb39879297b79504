"""What every part of the visitor desk shares: the session, the hall's clock and rules, the
permission checks, reading one entry and showing it masked, and the register's audit.

`VisitorDoor` (registering, check-in, sign-out) builds on it, and `VisitorDesk` (the board,
the watch list, reports, retention) on that; callers use `seatdesk.services.visitors`.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from seatdesk.audit.log import JsonValue
from seatdesk.core.errors import UsageError
from seatdesk.core.paths import resources_dir
from seatdesk.policy.masking import mask_field, mask_free_text
from seatdesk.policy.model import VisitorRules
from seatdesk.policy.roles import Permission, require
from seatdesk.services.agreement import AgreementText, require_agreement
from seatdesk.services.outbox import enqueue
from seatdesk.services.session import Session
from seatdesk.services.staff import require_password_current
from seatdesk.services.visitor_watch import VisitorWatch, audit_visitor
from seatdesk.visitors import model
from seatdesk.visitors.model import NOTICE_LANGUAGES, VisitorView, parse_moment, reference
from seatdesk.visitors.store import VisitorRow, load_visitor, staff_names


def load_visitor_notice(language: str, folder: Path | None = None) -> AgreementText:
    """The confidentiality notice a visitor reads before entering the hall."""
    if language not in NOTICE_LANGUAGES:
        raise UsageError(f"no visitor notice for language {language!r}")
    path = (folder or resources_dir() / "agreement") / f"visitor_notice_{language}.md"
    try:
        return AgreementText(language, path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read the visitor notice {path}: {exc.strerror}") from None


class VisitorDeskBase:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._watch = VisitorWatch(session)

    @property
    def staff_id(self) -> str:
        """Who is registering (the form's default host and escort)."""
        return self._s.staff_id

    @property
    def rules(self) -> VisitorRules:
        return self._s.policy.visitors

    def now(self) -> datetime:
        return self._s.runtime.clock.now()

    def today(self) -> date:
        return self.rules.today(self.now())

    def hall_time(self, moment: datetime | None, fmt: str = "%H:%M") -> str:
        """A moment as the hall's clock shows it ('' for none)."""
        return model.hall_time(self.rules, moment, fmt)

    def get(self, visitor_id: int) -> VisitorView:
        self._require()
        return self._view(self._row(visitor_id), staff_names(self._s.db))

    # -- internals -------------------------------------------------------------------------

    def _require(self) -> None:
        require(self._s.role, Permission.REGISTER_VISITORS)
        require_password_current(self._s)
        require_agreement(self._s)

    def _require_watch(self) -> None:
        require(self._s.role, Permission.MANAGE_WATCH_LIST)
        require_password_current(self._s)
        require_agreement(self._s)

    def _row(self, visitor_id: int) -> VisitorRow:
        row = load_visitor(self._s.db, visitor_id)
        if row is None:
            raise UsageError(f"no visitor {reference(visitor_id)}")
        return row

    def _identity(self, id_type: str, id_number: str) -> tuple[str, str]:
        return model.check_identity(self.rules, id_type, id_number, self.today())

    def _view(self, row: VisitorRow, names: dict[str, str]) -> VisitorView:
        policy = self._s.policy
        departure = parse_moment(row.expected_departure)
        signed_out = parse_moment(row.signed_out_at)
        over = model.minutes_over(departure, bool(row.checked_in_at), signed_out, self.now())
        return VisitorView(
            visitor_id=row.id,
            reference=reference(row.id),
            status=row.status,
            name=row.name,
            id_type=row.id_type,
            id_masked=mask_field(policy, "id_number", row.id_number),
            mobile_masked=mask_field(policy, "mobile", row.mobile),
            organisation=row.organisation,
            purpose=mask_free_text(row.purpose),
            host=row.host,
            host_name=names.get(row.host, ""),
            approver=row.approver,
            approval_ref=row.approval_ref,
            approved_at=datetime.fromisoformat(row.approved_at),
            expected_date=row.expected_date,
            badge=row.badge or "",
            escort=row.escort,
            devices=row.devices,
            devices_held=row.devices_held,
            expected_departure=departure,
            checked_in_at=parse_moment(row.checked_in_at),
            signed_out_at=signed_out,
            badge_returned=row.badge_returned,
            forced_sign_out=row.forced_sign_out,
            notice=model.notice_label(row.notice_method, row.notice_form_no),
            watch_override_by=row.watch_override_by,
            overstay=over > self.rules.overstay_grace_minutes,
            minutes_over=max(over, 0),
            anonymised=row.anonymised_at is not None,
        )

    def _audit(
        self,
        action: str,
        visitor_id: int | None = None,
        detail: dict[str, JsonValue] | None = None,
        outcome: str = "ok",
    ) -> None:
        audit_visitor(self._s, action, visitor_id, detail, outcome)
        if visitor_id is not None and outcome != "denied":
            self._tell_the_hall(action, visitor_id)

    def _tell_the_hall(self, action: str, visitor_id: int) -> None:
        """Who is in the hall is hall state: every seat turns strict from it."""
        if action == "visitor.check_in":
            row = self._row(visitor_id)
            # No name or organisation: every seat needs to know that someone is in the hall,
            # not who (the names stay in the register of the seat that signed them in).
            payload = {"badge": row.badge or "", "host": row.host, "since": row.checked_in_at or ""}
            enqueue(self._s.db, "visitor.on_floor", reference(visitor_id), payload, self.now())
        elif action in ("visitor.sign_out", "visitor.forced_sign_out"):
            enqueue(self._s.db, "visitor.left", reference(visitor_id), {}, self.now())
