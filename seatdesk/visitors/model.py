"""The visitor register's vocabulary and rules, pure (no vault, no audit, no files): what a
registration and an arrival carry, what a supervisor is shown, and the checks each field passes.

The checks raise UsageError with a message that names the field and never repeats an identity or
mobile number. `seatdesk.services.visitors` runs them, looks up what needs the vault (staff
accounts, badges in the hall, the watch list) and writes the audit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.core.identity import (
    RESIDENT_ID_TYPES,
    check_other_id,
    check_resident_id,
    normalise_international_mobile,
    normalise_mobile,
    normalise_other_id,
    normalise_resident_id,
)
from seatdesk.core.text import fold_text
from seatdesk.policy.model import VisitorRules
from seatdesk.policy.roles import Permission, Role, has_permission

EXPECTED, ON_FLOOR, SIGNED_OUT, CANCELLED = "expected", "on_floor", "signed_out", "cancelled"
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


# --- rules ---------------------------------------------------------------------------------


def reference(visitor_id: int) -> str:
    """How the register and its audit name an entry: V000042, never by name or number."""
    return f"V{visitor_id:06d}"


def parse_moment(moment: str | None) -> datetime | None:
    return None if moment is None else datetime.fromisoformat(moment)


def hall_time(rules: VisitorRules, moment: datetime | None, fmt: str = "%H:%M") -> str:
    """A moment as the hall's clock shows it ('' for none)."""
    return "" if moment is None else rules.local(moment).strftime(fmt)


def same_name(typed: str, registered: str) -> bool:
    """Names compared as people write them: width, case, spaces and dots do not count."""
    return fold_text(typed, drop_dots=True) == fold_text(registered, drop_dots=True)


def clean_text(value: str, what: str, required: bool = True) -> str:
    """A free-text field (`what` is its name), NFC, spaces collapsed, within its length."""
    cleaned = " ".join(unicodedata.normalize("NFC", value).split())
    if required and not cleaned:
        raise UsageError(f"{what.replace('_', ' ')}: required", code="form.required", field=what)
    if len(cleaned) > _LIMITS[what]:
        raise UsageError(
            f"{what.replace('_', ' ')}: at most {_LIMITS[what]} characters",
            code="form.too_long",
            field=what,
            max=_LIMITS[what],
        )
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise UsageError(
            f"{what.replace('_', ' ')}: contains control characters",
            code="form.control",
            field=what,
        )
    return cleaned


def check_identity(
    rules: VisitorRules, id_type: str, id_number: str, today: date
) -> tuple[str, str]:
    """(type, normalised number), validated: resident IDs by check digit and birth date,
    the other documents by format. Messages never repeat the number."""
    known = [t.name for t in rules.id_types]
    if id_type not in known:
        raise UsageError(f"ID type: unknown (expected one of: {', '.join(known)})")
    if id_type in RESIDENT_ID_TYPES:
        problem = check_resident_id(id_number, today)
        number = normalise_resident_id(id_number)
    else:
        problem = check_other_id(id_type, id_number)
        number = normalise_other_id(id_number)
    if problem is not None:
        raise UsageError(f"ID number: {problem}", code="visitor.id_number", reason=problem.code)
    return id_type, number


def check_mobile(raw: str) -> str | None:
    """A mainland mobile number (11 digits) or an international +number; None if left empty."""
    if not raw.strip():
        return None
    mobile = normalise_mobile(raw) or normalise_international_mobile(raw)
    if mobile is not None:
        return mobile
    raise UsageError(
        "mobile: not a mainland mobile number or an international +number", code="visitor.mobile"
    )


def check_approval_time(approved_at: datetime | None, now: datetime) -> datetime:
    moment = approved_at or now
    if moment.tzinfo is None:
        raise UsageError("approval time: needs a time zone")
    if moment > now + timedelta(minutes=5):
        raise UsageError("approval time: in the future")
    return moment


def check_expected_date(rules: VisitorRules, day: date, today: date) -> None:
    if day < today:
        raise UsageError("expected date: in the past", code="visitor.date_past")
    if day > today + timedelta(days=rules.pre_register_days_ahead):
        raise UsageError(
            f"expected date: at most {rules.pre_register_days_ahead} days ahead",
            code="visitor.date_ahead",
            days=rules.pre_register_days_ahead,
        )


def check_badge(raw: str) -> str:
    badge = raw.strip().upper()
    if not _BADGE.match(badge):
        raise UsageError("badge: 1-16 letters, digits or '-'", code="visitor.badge")
    return badge


def check_devices(
    rules: VisitorRules, devices: Sequence[str], held_at_door: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(devices taken in, devices held at the door), in the policy's order."""
    codes = [d.code for d in rules.devices]
    for code in devices:
        if code not in codes:
            raise UsageError(f"devices: unknown device {code!r}")
    declared = [c for c in codes if c in devices]
    allowed = rules.allowed_devices
    held = [c for c in declared if c not in allowed]
    if held and not held_at_door:
        labels = ", ".join(rules.device(c).label_en for c in held)
        raise UsageError(
            f"devices: {labels} may not enter the hall; hold them at the door first",
            code="visitor.devices",
            devices=labels,
        )
    return tuple(c for c in declared if c in allowed), tuple(held)


def check_departure(rules: VisitorRules, departure: datetime, now: datetime) -> None:
    if departure.tzinfo is None:
        raise UsageError("expected departure: needs a time zone")
    if departure <= now:
        raise UsageError("expected departure: must be later than now", code="visitor.departure")
    closing = rules.next_end_of_day(now)
    if departure > closing:
        raise UsageError(
            f"expected departure: the hall closes at {hall_time(rules, closing)}",
            code="visitor.departure_closing",
            time=hall_time(rules, closing),
        )


def notice_language(ack: Acknowledgement) -> str:
    """The language of the notice the visitor acknowledged (Chinese unless known otherwise)."""
    return ack.language if ack.language in NOTICE_LANGUAGES else "zh_CN"


def check_acknowledgement(ack: Acknowledgement, name: str) -> str | None:
    """The paper form's number, or None for a typed acknowledgement of the registered name."""
    if ack.method == "typed":
        if not ack.typed_name.strip() or not same_name(ack.typed_name, name):
            raise UsageError(
                "confidentiality notice: the visitor types their own name as registered"
            )
        return None
    if ack.method == "paper":
        form_no = ack.form_no.strip()
        if not _FORM_NO.match(form_no):
            raise UsageError(
                "confidentiality notice: the number of the signed paper form "
                "(letters, digits, '-' or '/')"
            )
        return form_no
    raise UsageError(
        "confidentiality notice: acknowledge by typed name or paper form", code="visitor.notice"
    )


def minutes_over(
    departure: datetime | None, checked_in: bool, signed_out: datetime | None, now: datetime
) -> int:
    """Minutes past the expected departure (negative before it; 0 if never in the hall), until
    sign-out or `now`."""
    if departure is None or not checked_in:
        return 0
    return int(((signed_out or now) - departure).total_seconds() // 60)


def minutes_in(checked_in_at: str | None, now: datetime) -> int:
    arrived = parse_moment(checked_in_at)
    return 0 if arrived is None else int((now - arrived).total_seconds() // 60)


def notice_label(method: str | None, form_no: str | None) -> str:
    if method == "typed":
        return "typed"
    if method == "paper":
        return f"paper {form_no}"
    return ""
