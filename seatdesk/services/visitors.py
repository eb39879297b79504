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
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from seatdesk.audit.log import JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.core.identity import (
    RESIDENT_ID_TYPES,
    check_other_id,
    check_resident_id,
    normalise_international_mobile,
    normalise_mobile,
    normalise_other_id,
    normalise_resident_id,
)
from seatdesk.core.paths import resources_dir
from seatdesk.core.text import fold_text
from seatdesk.policy.masking import mask_field, mask_free_text
from seatdesk.policy.model import VisitorRules
from seatdesk.policy.roles import Permission, Role, has_permission, require
from seatdesk.reports.document import Document, sha256
from seatdesk.services.agreement import AgreementText, require_agreement
from seatdesk.services.approval import Approval, authorise_at_seat
from seatdesk.services.session import Session
from seatdesk.services.staff import require_password_current
from seatdesk.visitors.register import (
    CANCELLED,
    EXPECTED,
    ON_FLOOR,
    SIGNED_OUT,
    VisitorRow,
    WatchRow,
    active_staff,
    active_watch,
    badge_in_hall,
    count_with_status,
    due_for_anonymisation,
    expected_from,
    in_hall_with_hash,
    insert_visitor,
    insert_watch,
    load_visitor,
    load_watch,
    remove_watch,
    staff_account,
    staff_names,
    update_visitor,
    visitor_hash_key,
    visitors_between,
    visitors_with_status,
    watch_matches,
)

NOTICE_LANGUAGES = ("zh_CN", "en")
APPROVER_ROLES = frozenset({Role.SUPERVISOR, Role.SECURITY})
OVERRIDE_ROLES = frozenset(
    role for role in Role if has_permission(role, Permission.MANAGE_WATCH_LIST)
)

_BADGE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,15}$")
_FORM_NO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/-]{0,31}$")
_LIMITS = {
    "name": 64,
    "organisation": 100,
    "purpose": 200,
    "approval_ref": 64,
    "escort": 64,
    "reason": 300,
}


# --- inputs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitorDraft:
    """Who is coming and who approved it (what a pre-registration and a walk-in share)."""

    name: str = field(repr=False)
    id_type: str
    id_number: str = field(repr=False)
    organisation: str
    purpose: str
    host: str
    approver: str
    approval_ref: str
    mobile: str = field(default="", repr=False)
    approved_at: datetime | None = None  # None: now


@dataclass(frozen=True)
class Acknowledgement:
    """The confidentiality notice: read on screen and confirmed by typing one's name, or the
    number of the signed paper form."""

    method: str  # "typed" or "paper"
    typed_name: str = field(default="", repr=False)
    form_no: str = ""
    language: str = "zh_CN"

    @classmethod
    def typed(cls, name: str, language: str = "zh_CN") -> Acknowledgement:
        return cls("typed", typed_name=name, language=language)

    @classmethod
    def paper(cls, form_no: str) -> Acknowledgement:
        return cls("paper", form_no=form_no)


@dataclass(frozen=True)
class Arrival:
    """What is settled at the door: badge, escort, devices, departure, the notice."""

    badge: str
    expected_departure: datetime
    acknowledgement: Acknowledgement
    escort: str
    devices: tuple[str, ...] = ()
    held_at_door: bool = False  # the devices the policy does not allow were taken at the door


@dataclass(frozen=True)
class WatchOverride:
    approval: Approval
    reason: str


# --- outputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitorView:
    """A register entry as a supervisor sees it: identity and mobile numbers masked."""

    visitor_id: int
    reference: str
    status: str
    name: str
    id_type: str
    id_masked: str
    mobile_masked: str
    organisation: str
    purpose: str
    host: str
    host_name: str
    approver: str
    approval_ref: str
    approved_at: datetime
    expected_date: str | None
    badge: str
    escort: str
    devices: tuple[str, ...]
    devices_held: tuple[str, ...]
    expected_departure: datetime | None
    checked_in_at: datetime | None
    signed_out_at: datetime | None
    badge_returned: bool | None
    forced_sign_out: bool
    notice: str
    watch_override_by: str | None
    overstay: bool
    minutes_over: int
    anonymised: bool

    def as_json(self) -> dict[str, Any]:
        def iso(moment: datetime | None) -> str | None:
            return None if moment is None else utc_iso(moment)

        return {
            "reference": self.reference,
            "status": self.status,
            "name": self.name,
            "id_type": self.id_type,
            "id_number": self.id_masked,
            "mobile": self.mobile_masked,
            "organisation": self.organisation,
            "purpose": self.purpose,
            "host": self.host,
            "host_name": self.host_name,
            "approver": self.approver,
            "approval_ref": self.approval_ref,
            "badge": self.badge,
            "escort": self.escort,
            "devices": list(self.devices),
            "devices_held": list(self.devices_held),
            "expected_date": self.expected_date,
            "expected_departure": iso(self.expected_departure),
            "checked_in_at": iso(self.checked_in_at),
            "signed_out_at": iso(self.signed_out_at),
            "badge_returned": self.badge_returned,
            "forced_sign_out": self.forced_sign_out,
            "overstay": self.overstay,
            "minutes_over": self.minutes_over,
            "watch_override_by": self.watch_override_by,
        }


@dataclass(frozen=True)
class WatchView:
    watch_id: int
    kind: str  # "id_number" or "name_org"
    shown: str  # masked: the ID number, or the name with the organisation
    reason: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class WatchHit:
    watch_id: int
    kind: str
    reason: str


class WatchListBlocked(PermissionDenied):
    """The visitor matches the watch list: a security officer must override, with a reason."""

    def __init__(self, hits: Sequence[WatchHit]) -> None:
        self.hits = tuple(hits)
        super().__init__(
            "this visitor matches the watch list: entry needs a security officer's override"
        )


@dataclass(frozen=True)
class ReportResult:
    path: Path
    sha256: str
    size: int
    rows: int


@dataclass(frozen=True)
class RetentionResult:
    references: tuple[str, ...]
    dry_run: bool
    cutoff: datetime


# --- helpers -------------------------------------------------------------------------------


def reference(visitor_id: int) -> str:
    return f"V{visitor_id:06d}"


def load_visitor_notice(language: str, folder: Path | None = None) -> AgreementText:
    """The confidentiality notice a visitor reads before entering the hall."""
    if language not in NOTICE_LANGUAGES:
        raise UsageError(f"no visitor notice for language {language!r}")
    path = (folder or resources_dir() / "agreement") / f"visitor_notice_{language}.md"
    try:
        return AgreementText(language, path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read the visitor notice {path}: {exc.strerror}") from None


def _name(text: str) -> str:
    """Names and organisations compared as people write them: width, case, spaces, dots."""
    return fold_text(text, drop_dots=True)


def _text(value: str, what: str, required: bool = True) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", value).split())
    if required and not cleaned:
        raise UsageError(f"{what.replace('_', ' ')}: required")
    if len(cleaned) > _LIMITS[what]:
        raise UsageError(f"{what.replace('_', ' ')}: at most {_LIMITS[what]} characters")
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise UsageError(f"{what.replace('_', ' ')}: contains control characters")
    return cleaned


def _parse(moment: str | None) -> datetime | None:
    return None if moment is None else datetime.fromisoformat(moment)


class VisitorDesk:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._key: bytes | None = None
        self._issued: list[Approval] = []  # watch-list overrides authorised at this desk

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
        name = _text(draft.name, "name")
        organisation = _text(draft.organisation, "organisation")
        return self._hits(number, name, organisation)

    def register_walk_in(
        self, draft: VisitorDraft, arrival: Arrival, override: WatchOverride | None = None
    ) -> VisitorView:
        """Register a visitor at the door and sign them into the hall at once."""
        self._require()
        now = self.now()
        columns = self._draft_columns(draft, now)
        arrived = self._arrival_columns(arrival, columns["name"], now)
        self._not_in_hall(columns["id_hash"])
        hits = self._watch_gate(columns, override, "walk_in")
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
            self._audit_override(visitor_id, hits, override)
            self._audit(
                "visitor.register",
                visitor_id,
                {**self._register_detail(columns), "kind": "walk_in"},
            )
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
        today = self.rules.today(now)
        if day < today:
            raise UsageError("expected date: in the past")
        if day > today + timedelta(days=self.rules.pre_register_days_ahead):
            raise UsageError(
                f"expected date: at most {self.rules.pre_register_days_ahead} days ahead"
            )
        columns = self._draft_columns(draft, now)
        hits = self._watch_gate(columns, override, "pre_register")
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
            self._audit_override(visitor_id, hits, override)
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
            self._audit(
                "visitor.check_in",
                visitor_id,
                {"denied": "wrong_date", "expected_date": row.expected_date},
                outcome="denied",
            )
            raise UsageError(
                f"{reference(visitor_id)} is pre-registered for {row.expected_date}, not for "
                f"today ({today}): register as a walk-in with an approver"
            )
        _, number = self._identity(row.id_type, presented_id_number)
        if row.id_hash is None or not hmac.compare_digest(self._hash(number), row.id_hash):
            self._audit("visitor.check_in", visitor_id, {"denied": "id_mismatch"}, outcome="denied")
            raise UsageError("the document shown does not match the pre-registration")
        arrived = self._arrival_columns(arrival, row.name, now)
        self._not_in_hall(row.id_hash)
        columns = {"name": row.name, "organisation": row.organisation, "id_hash": row.id_hash}
        # Entries a security officer already overrode at pre-registration do not block again;
        # entries added since do.
        covered = row.registered_at if row.watch_override_by else None
        hits = self._watch_gate(columns, override, "check_in", visitor_id, covered)
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
            self._audit_override(visitor_id, hits, override)
            self._audit(
                "visitor.check_in",
                visitor_id,
                {**self._arrival_detail(arrived), "pre_registered": True},
            )
        return self.get(visitor_id)

    def cancel(self, visitor_id: int, reason: str) -> None:
        """Withdraw a pre-registration that has not arrived."""
        self._require()
        row = self._row(visitor_id)
        if row.status != EXPECTED:
            raise UsageError(f"{reference(visitor_id)} is not an expected visitor")
        note = _text(reason, "reason")
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
                    "minutes": self._minutes_in(row, now),
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
                        "minutes": self._minutes_in(row, now),
                    },
                    outcome="flagged",
                )
        return [self.get(r.id) for r in due]

    # -- watch list ------------------------------------------------------------------------

    def watch_list(self) -> list[WatchView]:
        self._require()
        return [self._watch_view(w) for w in active_watch(self._s.db)]

    def add_watch_by_id(self, id_type: str, id_number: str, reason: str) -> WatchView:
        self._require_watch()
        _, number = self._identity(id_type, id_number)
        note = _text(reason, "reason")
        id_hash = self._hash(number)
        if watch_matches(self._s.db, id_hash, None):
            raise UsageError("this ID number is already on the watch list")
        with self._s.db.transaction():
            watch_id = insert_watch(
                self._s.db,
                {
                    "kind": "id_number",
                    "id_hash": id_hash,
                    "id_masked": mask_field(self._s.policy, "id_number", number),
                    "reason": note,
                    "added_at": utc_iso(self.now()),
                    "added_by": self._s.staff_id,
                },
            )
            self._audit_watch("visitor.watch_add", watch_id, {"kind": "id_number"})
        return self._watch_view(self._watch_row(watch_id))

    def add_watch_by_name(self, name: str, organisation: str, reason: str) -> WatchView:
        self._require_watch()
        person = _text(name, "name")
        org = _text(organisation, "organisation")
        note = _text(reason, "reason")
        key = self._match_key(person, org)
        if watch_matches(self._s.db, None, key):
            raise UsageError("this name and organisation are already on the watch list")
        with self._s.db.transaction():
            watch_id = insert_watch(
                self._s.db,
                {
                    "kind": "name_org",
                    "name": person,
                    "organisation": org,
                    "match_key": key,
                    "reason": note,
                    "added_at": utc_iso(self.now()),
                    "added_by": self._s.staff_id,
                },
            )
            self._audit_watch("visitor.watch_add", watch_id, {"kind": "name_org"})
        return self._watch_view(self._watch_row(watch_id))

    def remove_watch(self, watch_id: int, reason: str) -> None:
        self._require_watch()
        row = self._watch_row(watch_id)
        if row.removed_at is not None:
            raise UsageError("this watch-list entry was already removed")
        note = _text(reason, "reason")
        with self._s.db.transaction():
            remove_watch(self._s.db, watch_id, utc_iso(self.now()), self._s.staff_id)
            self._audit_watch(
                "visitor.watch_remove", watch_id, {"kind": row.kind, "reason": mask_free_text(note)}
            )

    def authorise_override(self, approver_id: str, password: str) -> Approval:
        """A security officer overrides a watch-list match at this seat: signed in here, without
        a password again; otherwise with their own staff ID and password."""
        if approver_id == self._s.staff_id or not approver_id:
            require(self._s.role, Permission.MANAGE_WATCH_LIST)
            approval = Approval(self._s.staff_id, self._s.role)
        else:
            approval = authorise_at_seat(
                self._s, approver_id, password, OVERRIDE_ROLES, "visitor_watch_override"
            )
        self._issued.append(approval)
        return approval

    def can_override_here(self) -> bool:
        return has_permission(self._s.role, Permission.MANAGE_WATCH_LIST)

    # -- reports ---------------------------------------------------------------------------

    def roster_document(self) -> Document:
        """The evacuation roster (疏散名单) of everybody in the hall now (not audited: use
        `export_roster` or `print_roster`)."""
        return self._roster()[0]

    def _roster(self) -> tuple[Document, int]:
        self._require()
        now = self.now()
        views = self.on_floor()
        doc = self._document(
            "座席大厅外来人员疏散名单  Evacuation roster: visitors in the seat hall", now
        )
        doc.landscape = True
        doc.key_values(
            [
                ("生成时间 Generated", self.hall_time(now, "%Y-%m-%d %H:%M")),
                ("座席 Seat", self._s.runtime.seat),
                ("在场人数 Visitors in the hall", str(len(views))),
                ("超时人数 Overstaying", str(sum(v.overstay for v in views))),
            ]
        )
        doc.heading("在场外来人员  Visitors in the hall")
        doc.table(
            [
                "序号 No.",
                "姓名 Name",
                "单位 Organisation",
                "胸卡号 Badge",
                "接待人 Host",
                "陪同人 Escort",
                "证件号码 ID number",
                "入场 In",
                "预计离开 Expected out",
            ],
            [
                [
                    str(index),
                    v.name,
                    v.organisation,
                    v.badge,
                    f"{v.host} {v.host_name}".strip(),
                    v.escort,
                    v.id_masked,
                    self.hall_time(v.checked_in_at),
                    self.hall_time(v.expected_departure)
                    + (f"  超时 overdue {v.minutes_over} min" if v.overstay else ""),
                ]
                for index, v in enumerate(views, start=1)
            ],
            weights=(0.55, 1.0, 1.7, 0.8, 1.3, 1.0, 1.6, 0.7, 1.2),
            highlight=[i for i, v in enumerate(views) if v.overstay],
            empty_text="座席大厅内无外来人员  No visitors in the hall",
        )
        doc.paragraph(
            "紧急疏散时由清点人逐一核对姓名与胸卡号，确认全部外来人员撤离。"
            "Evacuation: the person checking calls every name and badge number and confirms "
            "that every visitor has left."
        )
        doc.key_values([("清点人签字 Checked by", "________________"), ("时间 Time", "________")])
        return doc, len(views)

    def export_roster(self, out: Path) -> ReportResult:
        doc, rows = self._roster()
        return self._write(doc, out, "roster", rows, {})

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
        now = self.now()
        start = datetime.combine(day, datetime.min.time(), self.rules.zone)
        end = start + timedelta(days=1)
        names = staff_names(self._s.db)
        views = [
            self._view(r, names) for r in visitors_between(self._s.db, utc_iso(start), utc_iso(end))
        ]
        doc = self._document(f"外来人员登记日志  Daily visitor log  {day.isoformat()}", now)
        missing = sum(v.badge_returned is False for v in views)
        overrides = sum(bool(v.watch_override_by) for v in views)
        doc.landscape = True
        doc.key_values(
            [
                ("日期 Date", day.isoformat()),
                ("生成时间 Generated", self.hall_time(now, "%Y-%m-%d %H:%M")),
                ("入场人次 Visits", str(len(views))),
                ("强制签退 Forced sign-outs", str(sum(v.forced_sign_out for v in views))),
                ("胸卡未归还 Badges not returned", str(missing)),
                ("关注名单放行 Watch-list overrides", str(overrides)),
            ]
        )
        doc.table(
            [
                "姓名 Name",
                "单位 Organisation",
                "事由 Purpose",
                "证件号码 ID number",
                "胸卡号 Badge",
                "接待人 Host",
                "批准人 / 批准文号 Approval",
                "入场 In",
                "离场 Out",
                "备注 Flags",
            ],
            [
                [
                    v.name or "（已匿名）(anonymised)",
                    v.organisation,
                    v.purpose,
                    f"{v.id_type} {v.id_masked}".strip(),
                    v.badge,
                    f"{v.host} {v.host_name}".strip(),
                    f"{v.approver} / {v.approval_ref}",
                    self.hall_time(v.checked_in_at, "%m-%d %H:%M"),
                    self.hall_time(v.signed_out_at, "%m-%d %H:%M") or "在场 in hall",
                    self._flags(v),
                ]
                for v in views
            ],
            weights=(1.0, 1.5, 1.5, 1.8, 0.7, 1.2, 1.4, 0.9, 0.9, 1.6),
            highlight=[
                i
                for i, v in enumerate(views)
                if v.forced_sign_out or v.overstay or v.badge_returned is False
            ],
            empty_text="当日无外来人员入场  No visitors on this day",
        )
        return doc, len(views)

    def export_daily_log(self, day: date, out: Path) -> ReportResult:
        doc, rows = self._daily_log(day)
        return self._write(doc, out, "daily_log", rows, {"day": day.isoformat()})

    # -- retention -------------------------------------------------------------------------

    def anonymise_expired(self, dry_run: bool = False) -> RetentionResult:
        """Entries closed more than the policy's retention period ago lose name, identity and
        mobile numbers (the purpose keeps its numbers masked); each anonymisation is audited."""
        require(self._s.role, Permission.PURGE)
        require_password_current(self._s)
        now = self.now()
        cutoff = now - timedelta(days=self.rules.retention_days)
        ids = due_for_anonymisation(
            self._s.db, utc_iso(cutoff), self.rules.today(cutoff).isoformat()
        )
        refs = tuple(reference(i) for i in ids)
        if dry_run:
            self._audit(
                "visitor.anonymise",
                detail={
                    "dry_run": True,
                    "due": len(ids),
                    "retention_days": self.rules.retention_days,
                },
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
                        "purpose": mask_free_text(row.purpose),
                        "anonymised_at": utc_iso(now),
                    },
                )
                self._audit(
                    "visitor.anonymise",
                    visitor_id,
                    {
                        "retention_days": self.rules.retention_days,
                        "closed": (row.signed_out_at or row.registered_at)[:10],
                        "status": row.status,
                    },
                )
        return RetentionResult(refs, False, cutoff)

    # -- formatting ------------------------------------------------------------------------

    def hall_time(self, moment: datetime | None, fmt: str = "%H:%M") -> str:
        """A moment as the hall's clock shows it ('' for none)."""
        return "" if moment is None else self.rules.local(moment).strftime(fmt)

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

    def _watch_row(self, watch_id: int) -> WatchRow:
        row = load_watch(self._s.db, watch_id)
        if row is None:
            raise UsageError(f"no watch-list entry {watch_id}")
        return row

    def _hash_key(self) -> bytes:
        if self._key is None:
            self._key = visitor_hash_key(self._s.db)
        return self._key

    def _hash(self, number: str) -> str:
        return hmac.new(self._hash_key(), b"id|" + number.encode(), hashlib.sha256).hexdigest()

    def _match_key(self, name: str, organisation: str) -> str:
        message = f"name|{_name(name)}|{_name(organisation)}".encode()
        return hmac.new(self._hash_key(), message, hashlib.sha256).hexdigest()

    def _identity(self, id_type: str, id_number: str) -> tuple[str, str]:
        """(type, normalised number), validated: resident IDs by check digit and birth date,
        the other documents by format. Messages never repeat the number."""
        known = [t.name for t in self.rules.id_types]
        if id_type not in known:
            raise UsageError(f"ID type: unknown (expected one of: {', '.join(known)})")
        if id_type in RESIDENT_ID_TYPES:
            problem = check_resident_id(id_number, self.today())
            number = normalise_resident_id(id_number)
        else:
            problem = check_other_id(id_type, id_number)
            number = normalise_other_id(id_number)
        if problem is not None:
            raise UsageError(f"ID number: {problem}")
        return id_type, number

    def _mobile(self, raw: str) -> str | None:
        if not raw.strip():
            return None
        mobile = normalise_mobile(raw) or normalise_international_mobile(raw)
        if mobile is not None:
            return mobile
        raise UsageError("mobile: not a mainland mobile number or an international +number")

    def _staff(self, staff_id: str, what: str) -> tuple[str, Role]:
        account = staff_account(self._s.db, staff_id.strip())
        if account is None or account[2]:
            raise UsageError(f"{what}: no active staff account {staff_id.strip()!r}")
        return account[0], Role(account[1])

    def _draft_columns(self, draft: VisitorDraft, now: datetime) -> dict[str, Any]:
        name = _text(draft.name, "name")
        id_type, number = self._identity(draft.id_type, draft.id_number)
        organisation = _text(draft.organisation, "organisation")
        purpose = _text(draft.purpose, "purpose")
        host = draft.host.strip()
        _, host_role = self._staff(host, "host")
        if host_role is Role.ADMIN:
            raise UsageError("host: must be a member of the hall's staff, not the IT admin")
        approver = draft.approver.strip()
        _, approver_role = self._staff(approver, "approver")
        if approver_role not in APPROVER_ROLES:
            raise UsageError("approver: must be a supervisor or a security officer")
        if approver == self._s.staff_id:
            raise UsageError("approver: someone other than the person registering")
        approval_ref = _text(draft.approval_ref, "approval_ref")
        approved_at = draft.approved_at or now
        if approved_at.tzinfo is None:
            raise UsageError("approval time: needs a time zone")
        if approved_at > now + timedelta(minutes=5):
            raise UsageError("approval time: in the future")
        return {
            "name": name,
            "id_type": id_type,
            "id_number": number,
            "id_hash": self._hash(number),
            "mobile": self._mobile(draft.mobile),
            "organisation": organisation,
            "purpose": purpose,
            "host": host,
            "approver": approver,
            "approval_ref": approval_ref,
            "approved_at": utc_iso(approved_at),
        }

    def _arrival_columns(self, arrival: Arrival, name: str, now: datetime) -> dict[str, Any]:
        badge = arrival.badge.strip().upper()
        if not _BADGE.match(badge):
            raise UsageError("badge: 1-16 letters, digits or '-'")
        if badge_in_hall(self._s.db, badge):
            raise UsageError(f"badge {badge} is worn by another visitor in the hall")
        escort = _text(arrival.escort, "escort")
        codes = [d.code for d in self.rules.devices]
        for code in arrival.devices:
            if code not in codes:
                raise UsageError(f"devices: unknown device {code!r}")
        declared = [c for c in codes if c in arrival.devices]
        allowed = self.rules.allowed_devices
        held = [c for c in declared if c not in allowed]
        if held and not arrival.held_at_door:
            labels = ", ".join(self.rules.device(c).label_en for c in held)
            raise UsageError(
                f"devices: {labels} may not enter the hall; hold them at the door first"
            )
        departure = arrival.expected_departure
        if departure.tzinfo is None:
            raise UsageError("expected departure: needs a time zone")
        if departure <= now:
            raise UsageError("expected departure: must be later than now")
        closing = self.rules.next_end_of_day(now)
        if departure > closing:
            raise UsageError(f"expected departure: the hall closes at {self.hall_time(closing)}")
        ack = arrival.acknowledgement
        notice = load_visitor_notice(ack.language if ack.language in NOTICE_LANGUAGES else "zh_CN")
        if ack.method == "typed":
            if not ack.typed_name.strip() or _name(ack.typed_name) != _name(name):
                raise UsageError(
                    "confidentiality notice: the visitor types their own name as registered"
                )
            form_no = None
        elif ack.method == "paper":
            form_no = ack.form_no.strip()
            if not _FORM_NO.match(form_no):
                raise UsageError(
                    "confidentiality notice: the number of the signed paper form "
                    "(letters, digits, '-' or '/')"
                )
        else:
            raise UsageError("confidentiality notice: acknowledge by typed name or paper form")
        return {
            "badge": badge,
            "escort": escort,
            "devices": tuple(c for c in declared if c in allowed),
            "devices_held": tuple(held),
            "expected_departure": utc_iso(departure),
            "notice_method": ack.method,
            "notice_form_no": form_no,
            "notice_sha256": notice.sha256,
        }

    def _not_in_hall(self, id_hash: str | None) -> None:
        if id_hash and in_hall_with_hash(self._s.db, id_hash):
            raise UsageError("a visitor with this ID number is already signed into the hall")

    def _hits(self, number: str, name: str, organisation: str) -> list[WatchHit]:
        rows = watch_matches(self._s.db, self._hash(number), self._match_key(name, organisation))
        return [WatchHit(r.id, r.kind, mask_free_text(r.reason)) for r in rows]

    def _watch_gate(
        self,
        columns: dict[str, Any],
        override: WatchOverride | None,
        stage: str,
        visitor_id: int | None = None,
        covered_until: str | None = None,
    ) -> list[WatchHit]:
        """The watch-list entries this visitor matches, if a valid override comes with them;
        otherwise the match is audited and WatchListBlocked raised (nothing is written)."""
        rows = watch_matches(
            self._s.db,
            columns.get("id_hash"),
            self._match_key(columns["name"], columns["organisation"]),
        )
        if covered_until is not None:
            rows = [r for r in rows if r.added_at > covered_until]
        hits = [WatchHit(r.id, r.kind, mask_free_text(r.reason)) for r in rows]
        if not hits:
            return hits
        valid = (
            override is not None
            and any(a is override.approval for a in self._issued)
            and override.approval.approver_role in OVERRIDE_ROLES
            and bool(override.reason.strip())
        )
        if not valid:
            self._audit(
                "visitor.watch_match",
                visitor_id,
                {
                    "stage": stage,
                    "entries": [h.watch_id for h in hits],
                    "by": sorted({h.kind for h in hits}),
                    "override": "refused" if override is not None else None,
                },
                outcome="blocked",
            )
            raise WatchListBlocked(hits)
        return hits

    def _audit_override(
        self, visitor_id: int, hits: list[WatchHit], override: WatchOverride | None
    ) -> None:
        if not hits or override is None:
            return
        self._issued = [a for a in self._issued if a is not override.approval]  # used once
        self._audit(
            "visitor.watch_match",
            visitor_id,
            {"entries": [h.watch_id for h in hits], "by": sorted({h.kind for h in hits})},
            outcome="overridden",
        )
        self._audit(
            "visitor.watch_override",
            visitor_id,
            {
                "entries": [h.watch_id for h in hits],
                "approver": override.approval.approver_id,
                "reason": mask_free_text(_text(override.reason, "reason")),
            },
        )

    def _flags(self, v: VisitorView) -> str:
        flags = []
        if v.forced_sign_out:
            flags.append("强制签退 forced out")
        if v.overstay:
            flags.append(f"超时 overdue {v.minutes_over} min")
        if v.badge_returned is False:
            flags.append("胸卡未还 badge missing")
        if v.watch_override_by:
            flags.append(f"关注名单放行 watch override ({v.watch_override_by})")
        if v.devices_held:
            flags.append("寄存 held: " + ", ".join(v.devices_held))
        return "; ".join(flags)

    def _view(self, row: VisitorRow, names: dict[str, str]) -> VisitorView:
        policy = self._s.policy
        now = self.now()
        departure = _parse(row.expected_departure)
        signed_out = _parse(row.signed_out_at)
        end = signed_out or now
        over = (
            int((end - departure).total_seconds() // 60)
            if departure is not None and row.checked_in_at
            else 0
        )
        overstay = over > self.rules.overstay_grace_minutes
        notice = ""
        if row.notice_method == "typed":
            notice = "typed"
        elif row.notice_method == "paper":
            notice = f"paper {row.notice_form_no}"
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
            checked_in_at=_parse(row.checked_in_at),
            signed_out_at=signed_out,
            badge_returned=row.badge_returned,
            forced_sign_out=row.forced_sign_out,
            notice=notice,
            watch_override_by=row.watch_override_by,
            overstay=overstay,
            minutes_over=max(over, 0),
            anonymised=row.anonymised_at is not None,
        )

    def _watch_view(self, row: WatchRow) -> WatchView:
        if row.kind == "id_number":
            shown = row.id_masked or ""
        else:
            shown = f"{mask_field(self._s.policy, 'name', row.name)} · {row.organisation}"
        return WatchView(
            row.id,
            row.kind,
            shown,
            mask_free_text(row.reason),
            datetime.fromisoformat(row.added_at),
            row.added_by,
        )

    def _minutes_in(self, row: VisitorRow, now: datetime) -> int:
        arrived = _parse(row.checked_in_at)
        return 0 if arrived is None else int((now - arrived).total_seconds() // 60)

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

    def _document(self, title: str, now: datetime) -> Document:
        stamp = self.hall_time(now, "%Y-%m-%d %H:%M")
        mark = f"{self._s.staff_id} · {self._s.runtime.seat} · {stamp}"
        return Document(
            title=title,
            watermark=mark,
            subtitle="客户信息服务中心座席大厅 · 外来人员登记  SeatDesk visitor register",
            footer=f"导出人 Exported by {mark} · 内部资料 注意保密  Confidential",
            author=self._s.staff_id,
        )

    def _write(
        self, doc: Document, out: Path, kind: str, rows: int, extra: dict[str, JsonValue]
    ) -> ReportResult:
        from seatdesk.reports.pdf import render_pdf  # Qt is loaded only to render

        data = render_pdf(doc)
        digest = sha256(data)
        part = out.with_name(out.name + ".part")
        part.write_bytes(data)
        part.replace(out)
        self._audit(
            "visitor.report",
            detail={
                "kind": kind,
                "output": "pdf",
                "file": out.name,
                "rows": rows,
                "sha256": digest,
                **extra,
            },
        )
        return ReportResult(out, digest, len(data), rows)

    def _audit(
        self,
        action: str,
        visitor_id: int | None = None,
        detail: dict[str, JsonValue] | None = None,
        outcome: str = "ok",
    ) -> None:
        self._s.audit.append(
            self._s.staff_id,
            action,
            target=reference(visitor_id) if visitor_id is not None else "",
            outcome=outcome,
            detail=detail,
        )

    def _audit_watch(self, action: str, watch_id: int, detail: dict[str, JsonValue]) -> None:
        self._s.audit.append(self._s.staff_id, action, target=f"W{watch_id:04d}", detail=detail)


def hall_evidence(session: Session) -> list[dict[str, str]]:
    """Who is in the hall now, identity numbers masked, for an incident's evidence
    (`IncidentDesk(session, visitors_now=hall_evidence)`). Any role: whoever reports an incident,
    the record keeps who was in the hall. Audited by the incident itself."""
    policy = session.policy
    names = staff_names(session.db)
    evidence = []
    for row in visitors_with_status(session.db, ON_FLOOR):
        since = _parse(row.checked_in_at)
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
