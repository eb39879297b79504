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

The rules are in `seatdesk.visitors.model` and `.watch`, the SQL in `.store`. Of the gate, the
door (registering, check-in, sign-out) is in `visitor_door` on top of `visitor_base`, the watch
list in `visitor_watch` and the reports in `visitor_pdf`; retention is here. The names callers
use are re-exported here.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from seatdesk.audit.log import JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.policy.masking import mask_field
from seatdesk.policy.roles import Permission, Role, require
from seatdesk.reports.document import Document
from seatdesk.services.approval import Approval
from seatdesk.services.free_text import typed_text
from seatdesk.services.session import Session
from seatdesk.services.staff import require_password_current
from seatdesk.services.visitor_base import load_visitor_notice
from seatdesk.services.visitor_door import VisitorDoor
from seatdesk.services.visitor_pdf import (
    Exporter,
    daily_log_document,
    roster_document,
    write_report,
)
from seatdesk.services.visitor_watch import WatchOverride
from seatdesk.visitors.model import (
    APPROVER_ROLES,
    NOTICE_LANGUAGES,
    ON_FLOOR,
    OVERRIDE_ROLES,
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
    active_staff,
    count_with_status,
    due_for_anonymisation,
    expected_from,
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


class VisitorDesk(VisitorDoor):
    """The visitor register as a desk uses it: `VisitorDesk(session)`. Registering, check-in and
    sign-out come from `VisitorDoor`; the board, the watch list, reports and retention are here."""

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

    # -- retention ---------------------------------------------------------------------------

    def anonymise_expired(self, dry_run: bool = False) -> RetentionResult:
        """Entries closed more than the policy's retention period ago lose name, identity and
        mobile numbers (the purpose keeps its numbers masked); each anonymisation is audited.
        Nobody in the hall and no pre-registration still to come is touched."""
        require(self._s.role, Permission.PURGE)
        require_password_current(self._s)
        rules = self.rules
        now = self.now()
        cutoff = now - timedelta(days=rules.retention_days)
        ids = due_for_anonymisation(self._s.db, utc_iso(cutoff), rules.today(cutoff).isoformat())
        refs = tuple(reference(i) for i in ids)
        if dry_run:
            self._audit(
                "visitor.anonymise",
                detail={"dry_run": True, "due": len(ids), "retention_days": rules.retention_days},
                outcome="dry_run",
            )
            return RetentionResult(refs, True, cutoff)
        with self._s.db.transaction():
            for visitor_id in ids:
                row = self._row(visitor_id)
                update_visitor(
                    self._s.db,
                    visitor_id,
                    {
                        "name": "",
                        "id_number": None,
                        "id_hash": None,
                        "mobile": None,
                        "purpose": typed_text(self._s, row.purpose),
                        "anonymised_at": utc_iso(now),
                    },
                )
                self._audit(
                    "visitor.anonymise",
                    visitor_id,
                    {
                        "retention_days": rules.retention_days,
                        "closed": (row.signed_out_at or row.registered_at)[:10],
                        "status": row.status,
                    },
                )
        return RetentionResult(refs, False, cutoff)

    # -- formatting ------------------------------------------------------------------------

    def device_label(self, code: str, language: str) -> str:
        kind = self.rules.device(code)
        return kind.label_zh if language == "zh_CN" else kind.label_en


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
