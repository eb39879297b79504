"""THE GATE for the visitor register (外来人员登记): who may enter the seat hall, who is in it now,
and what leaves it (masked reports, a printed roster).

- A walk-in is registered and signed in at the door in one step; an expected visitor is
  pre-registered for one date and signed in on that date only, after showing the same document.
  Either way an approver (a supervisor or security officer, not the person registering) with an
  approval reference and time, a badge that nobody else in the hall wears, the declared devices
  (those the policy does not allow stay at the door), an expected departure before the hall
  closes, and the confidentiality notice acknowledged by typed name or a signed paper form.
- Identity and mobile numbers are stored in the vault like customer data and leave this module
  masked by the policy's `id_number` and `mobile` rules. The watch list finds an identity number by
  a keyed hash, never by the number.
- A watch-list match blocks registration and check-in until a security officer overrides it with
  a reason (at the seat, with their password, when someone else is signed in).
- While anybody is signed into the hall the desks run in strict mode (`present`).
- Every action is audited, by the visitor's reference (V000042), never by name or number.

The rules are in `seatdesk.visitors.model` and `.watch`, the SQL in `.store`; the watch list's
gate in `visitor_watch`, the reports in `visitor_pdf`, retention in `visitor_retention`. The
names callers use are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from seatdesk.audit.log import JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.core.paths import resources_dir
from seatdesk.policy.masking import mask_field, mask_free_text
from seatdesk.policy.model import VisitorRules
from seatdesk.policy.roles import Permission, Role, require
from seatdesk.reports.document import Document
from seatdesk.services.agreement import AgreementText, require_agreement
from seatdesk.services.approval import Approval
from seatdesk.services.session import Session
from seatdesk.services.staff import require_password_current
from seatdesk.services.visitor_pdf import (
    Exporter,
    daily_log_document,
    roster_document,
    write_report,
)
from seatdesk.services.visitor_retention import anonymise_expired
from seatdesk.services.visitor_watch import VisitorWatch, WatchOverride, audit_visitor
from seatdesk.visitors import model
from seatdesk.visitors.model import (
    APPROVER_ROLES,
    CANCELLED,
    EXPECTED,
    NOTICE_LANGUAGES,
    ON_FLOOR,
    OVERRIDE_ROLES,
    SIGNED_OUT,
    Acknowledgement,
    Arrival,
    ReportResult,
    RetentionResult,
    VisitorDraft,
    VisitorView,
    clean_text,
    parse_moment,
    reference,
)
from seatdesk.visitors.store import (
    VisitorRow,
    active_staff,
    badge_in_hall,
    count_with_status,
    expected_from,
    in_hall_with_hash,
    insert_visitor,
    load_visitor,
    staff_account,
    staff_names,
    update_visitor,
    visitors_between,
    visitors_with_status,
)
from seatdesk.visitors.watch import WatchHit, WatchListBlocked, WatchView

__all__ = [
    "APPROVER_ROLES",
    "NOTICE_LANGUAGES",
    "OVERRIDE_ROLES",
    "Acknowledgement",
    "Arrival",
    "ReportResult",
    "RetentionResult",
    "VisitorDesk",
    "VisitorDraft",
    "VisitorView",
    "WatchHit",
    "WatchListBlocked",
    "WatchOverride",
    "WatchView",
    "hall_evidence",
    "load_visitor_notice",
    "reference",
]


def load_visitor_notice(language: str, folder: Path | None = None) -> AgreementText:
    """The confidentiality notice a visitor reads before entering the hall."""
    if language not in NOTICE_LANGUAGES:
        raise UsageError(f"no visitor notice for language {language!r}")
    path = (folder or resources_dir() / "agreement") / f"visitor_notice_{language}.md"
    try:
        return AgreementText(language, path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read the visitor notice {path}: {exc.strerror}") from None


class VisitorDesk:
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

    # -- for every desk: the indicator and strict mode ---------------------------------------

    def in_hall_count(self) -> int:
        """How many visitors are signed into the hall (any role: the status-bar indicator)."""
        return count_with_status(self._s.db, ON_FLOOR)

    def present(self) -> bool:
        """True while any visitor is signed in: the seats run strict masking."""
        return self.in_hall_count() > 0

    # -- reading the register ------------------------------------------------------------------

    def on_floor(self) -> list[VisitorView]:
        """Who is in the hall now, longest first (overstays flagged). Not audited: the board
        refreshes it; opening the board is (`open_board`)."""
        self._require()
        names = staff_names(self._s.db)
        return [self._view(r, names) for r in visitors_with_status(self._s.db, ON_FLOOR)]

    def open_board(self) -> list[VisitorView]:
        """The hall board (or a muster list) as a person opens it: audited."""
        views = self.on_floor()
        self._audit("visitor.board", detail={"in_hall": len(views)})
        return views

    def expected(self) -> list[VisitorView]:
        """Pre-registrations from today on that have not arrived."""
        self._require()
        names = staff_names(self._s.db)
        return [self._view(r, names) for r in expected_from(self._s.db, self.today().isoformat())]

    def get(self, visitor_id: int) -> VisitorView:
        self._require()
        return self._view(self._row(visitor_id), staff_names(self._s.db))

    def end_of_day_due(self) -> list[VisitorView]:
        """Visitors still signed in although the hall closed since they came in."""
        closing = utc_iso(self.rules.last_end_of_day(self.now()))
        return [
            v for v in self.on_floor() if v.checked_in_at and utc_iso(v.checked_in_at) < closing
        ]

    def hosts(self) -> list[tuple[str, str]]:
        """(staff ID, name) of the people a visitor may come to see (the hall's staff)."""
        self._require()
        return [(i, n) for i, n, r in active_staff(self._s.db) if r != Role.ADMIN.value]

    def approvers(self) -> list[tuple[str, str]]:
        """(staff ID, name) of those who may approve a visit registered by this person."""
        self._require()
        roles = {r.value for r in APPROVER_ROLES}
        return [
            (i, n) for i, n, r in active_staff(self._s.db) if r in roles and i != self._s.staff_id
        ]

    def default_departure(self, hours: float = 2.0) -> datetime:
        """A suggestion for the form: in `hours`, but never after the hall closes."""
        now = self.now()
        return min(now + timedelta(hours=hours), self.rules.next_end_of_day(now))

    # -- registering ---------------------------------------------------------------------------

    def check_watch_list(self, draft: VisitorDraft) -> list[WatchHit]:
        """The watch-list entries this visitor matches (nothing is recorded)."""
        self._require()
        _, number = self._identity(draft.id_type, draft.id_number)
        name = clean_text(draft.name, "name")
        organisation = clean_text(draft.organisation, "organisation")
        return self._watch.hits(self._watch.id_hash(number), name, organisation)

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
            raise UsageError("the document shown does not match the pre-registration")
        arrived = self._arrival_columns(arrival, row.name, now)
        self._not_in_hall(row.id_hash)
        columns = {"name": row.name, "organisation": row.organisation, "id_hash": row.id_hash}
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
            self._audit("visitor.cancel", visitor_id, {"reason": mask_free_text(note)})

    def sign_out(self, visitor_id: int, badge_returned: bool) -> VisitorView:
        """The visitor leaves the hall; whether the badge came back is recorded."""
        self._require()
        row = self._row(visitor_id)
        if row.status != ON_FLOOR:
            raise UsageError(f"{reference(visitor_id)} is not in the hall")
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

    # -- watch list (visitor_watch) ----------------------------------------------------------

    def watch_list(self) -> list[WatchView]:
        self._require()
        return self._watch.entries()

    def add_watch_by_id(self, id_type: str, id_number: str, reason: str) -> WatchView:
        self._require_watch()
        _, number = self._identity(id_type, id_number)
        return self._watch.add_by_id(number, clean_text(reason, "reason"))

    def add_watch_by_name(self, name: str, organisation: str, reason: str) -> WatchView:
        self._require_watch()
        person = clean_text(name, "name")
        org = clean_text(organisation, "organisation")
        return self._watch.add_by_name(person, org, clean_text(reason, "reason"))

    def remove_watch(self, watch_id: int, reason: str) -> None:
        self._require_watch()
        self._watch.remove(watch_id, reason)

    def authorise_override(self, approver_id: str, password: str) -> Approval:
        """A security officer overrides a watch-list match at this seat: signed in here, without
        a password again; otherwise with their own staff ID and password."""
        return self._watch.authorise(approver_id, password)

    def can_override_here(self) -> bool:
        return self._watch.can_override_here()

    # -- reports (visitor_pdf) ---------------------------------------------------------------

    def roster_document(self) -> Document:
        """The evacuation roster (疏散名单) of everybody in the hall now (not audited: use
        `export_roster` or `print_roster`)."""
        return self._roster()[0]

    def _roster(self) -> tuple[Document, int]:
        self._require()
        exporter = self._exporter()
        views = self.on_floor()
        return roster_document(views, exporter), len(views)

    def export_roster(self, out: Path) -> ReportResult:
        doc, rows = self._roster()
        return self._export(doc, out, "roster", rows, {})

    def print_roster(self) -> Document:
        """The roster for the printer: the one print the guards allow (audited)."""
        doc, rows = self._roster()
        self._audit("visitor.report", detail={"kind": "roster", "output": "print", "rows": rows})
        return doc

    def daily_log_document(self, day: date) -> Document:
        """Everybody who was in the hall on `day` (hall local date)."""
        return self._daily_log(day)[0]

    def _daily_log(self, day: date) -> tuple[Document, int]:
        self._require()
        exporter = self._exporter()
        start = datetime.combine(day, datetime.min.time(), self.rules.zone)
        end = start + timedelta(days=1)
        names = staff_names(self._s.db)
        rows = visitors_between(self._s.db, utc_iso(start), utc_iso(end))
        views = [self._view(r, names) for r in rows]
        return daily_log_document(day, views, exporter), len(views)

    def export_daily_log(self, day: date, out: Path) -> ReportResult:
        doc, rows = self._daily_log(day)
        return self._export(doc, out, "daily_log", rows, {"day": day.isoformat()})

    def _exporter(self) -> Exporter:
        return Exporter(self._s.staff_id, self._s.runtime.seat, self.now(), self.rules)

    def _export(
        self, doc: Document, out: Path, kind: str, rows: int, extra: dict[str, JsonValue]
    ) -> ReportResult:
        digest, size = write_report(doc, out)
        detail: dict[str, JsonValue] = {
            "kind": kind,
            "output": "pdf",
            "file": out.name,
            "rows": rows,
            "sha256": digest,
        }
        self._audit("visitor.report", detail={**detail, **extra})
        return ReportResult(out, digest, size, rows)

    # -- retention (visitor_retention) -------------------------------------------------------

    def anonymise_expired(self, dry_run: bool = False) -> RetentionResult:
        """Entries closed more than the policy's retention period ago lose name, identity and
        mobile numbers (the purpose keeps its numbers masked); each anonymisation is audited."""
        return anonymise_expired(self._s, dry_run)

    # -- formatting ------------------------------------------------------------------------

    def hall_time(self, moment: datetime | None, fmt: str = "%H:%M") -> str:
        """A moment as the hall's clock shows it ('' for none)."""
        return model.hall_time(self.rules, moment, fmt)

    def device_label(self, code: str, language: str) -> str:
        kind = self.rules.device(code)
        return kind.label_zh if language == "zh_CN" else kind.label_en

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
            raise UsageError("host: must be a member of the hall's staff, not the IT admin")
        approver = draft.approver.strip()
        if self._staff(approver, "approver") not in APPROVER_ROLES:
            raise UsageError("approver: must be a supervisor or a security officer")
        if approver == self._s.staff_id:
            raise UsageError("approver: someone other than the person registering")
        approval_ref = clean_text(draft.approval_ref, "approval_ref")
        approved_at = model.check_approval_time(draft.approved_at, now)
        return {
            "name": name,
            "id_type": id_type,
            "id_number": number,
            "id_hash": self._watch.id_hash(number),
            "mobile": model.check_mobile(draft.mobile),
            "organisation": organisation,
            "purpose": purpose,
            "host": host,
            "approver": approver,
            "approval_ref": approval_ref,
            "approved_at": utc_iso(approved_at),
        }

    def _arrival_columns(self, arrival: Arrival, name: str, now: datetime) -> dict[str, Any]:
        badge = model.check_badge(arrival.badge)
        if badge_in_hall(self._s.db, badge):
            raise UsageError(f"badge {badge} is worn by another visitor in the hall")
        escort = clean_text(arrival.escort, "escort")
        devices, held = model.check_devices(self.rules, arrival.devices, arrival.held_at_door)
        model.check_departure(self.rules, arrival.expected_departure, now)
        ack = arrival.acknowledgement
        notice = load_visitor_notice(model.notice_language(ack))
        form_no = model.check_acknowledgement(ack, name)
        return {
            "badge": badge,
            "escort": escort,
            "devices": devices,
            "devices_held": held,
            "expected_departure": utc_iso(arrival.expected_departure),
            "notice_method": ack.method,
            "notice_form_no": form_no,
            "notice_sha256": notice.sha256,
        }

    def _not_in_hall(self, id_hash: str | None) -> None:
        if id_hash and in_hall_with_hash(self._s.db, id_hash):
            raise UsageError("a visitor with this ID number is already signed into the hall")

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

    def _register_detail(self, columns: dict[str, Any]) -> dict[str, JsonValue]:
        return {
            "id_type": columns["id_type"],
            "host": columns["host"],
            "approver": columns["approver"],
            "approval_ref": mask_free_text(columns["approval_ref"]),
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

    def _audit(
        self,
        action: str,
        visitor_id: int | None = None,
        detail: dict[str, JsonValue] | None = None,
        outcome: str = "ok",
    ) -> None:
        audit_visitor(self._s, action, visitor_id, detail, outcome)


def hall_evidence(session: Session) -> list[dict[str, str]]:
    """Who is in the hall now, identity numbers masked, for an incident's evidence
    (`IncidentDesk(session, visitors_now=hall_evidence)`). Any role: whoever reports an incident,
    the record keeps who was in the hall. Audited by the incident itself."""
    policy = session.policy
    names = staff_names(session.db)
    evidence = []
    for row in visitors_with_status(session.db, ON_FLOOR):
        since = parse_moment(row.checked_in_at)
        evidence.append(
            {
                "reference": reference(row.id),
                "name": row.name,
                "id_number": mask_field(policy, "id_number", row.id_number),
                "badge": row.badge or "",
                "host": f"{row.host} {names.get(row.host, '')}".strip(),
                "organisation": row.organisation,
                "since": "" if since is None else utc_iso(since),
            }
        )
    return evidence
