"""The partner register (合作方保密协议登记, company policy 第十三条): outside units that receive
customer information sign a confidentiality agreement, and an export goes only to a partner whose
agreement is in force and covers the export's purpose and the information classes it holds.

The security officer alone keeps the register (add, expire); every change is audited by the
partner's id and agreement number only: the partner's name and contact stay in the vault (they
are not customer data, but a register's detail has no business in the log). The name, the
purposes and the reason for ending pass the free-text gate (`typed_text`); the contact person is
the partner's own and is kept as typed. An agreement ended
early keeps its row: when, by whom and why (the reason masked like every note). Attachments (the
signed scan) are recorded by file name, SHA-256 and size; the file itself is not stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.policy.roles import Permission, require
from seatdesk.services.free_text import typed_text, typed_texts
from seatdesk.services.session import Session

MAX_TEXT = 200


@dataclass(frozen=True)
class Attachment:
    file_name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Partner:
    """One agreement of the register, as the security officer reads it."""

    id: int
    name: str
    agreement_no: str
    signed_on: date
    expires_on: date
    purposes: tuple[str, ...]
    classes: tuple[str, ...]
    contact: str
    attachments: tuple[Attachment, ...]
    expired_at: str | None = None  # ended early (UTC ISO), else None
    expired_by: str | None = None
    expired_reason: str | None = None

    def in_force(self, today: date) -> bool:
        return self.expired_at is None and self.signed_on <= today <= self.expires_on

    def days_left(self, today: date) -> int:
        return (self.expires_on - today).days

    def state(self, today: date, remind_days: int) -> str:
        """ "ended" (expired early), "lapsed" (past its expiry), "pending" (not yet signed
        into force), "expiring" (within the reminder), else "valid"."""
        if self.expired_at is not None:
            return "ended"
        if today > self.expires_on:
            return "lapsed"
        if today < self.signed_on:
            return "pending"
        return "expiring" if self.days_left(today) <= remind_days else "valid"

    def as_json(self, today: date, remind_days: int) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "agreement_no": self.agreement_no,
            "signed_on": self.signed_on.isoformat(),
            "expires_on": self.expires_on.isoformat(),
            "purposes": list(self.purposes),
            "classes": list(self.classes),
            "contact": self.contact,
            "attachments": [a.__dict__ for a in self.attachments],
            "state": self.state(today, remind_days),
            "days_left": self.days_left(today),
            "expired_at": self.expired_at,
            "expired_by": self.expired_by,
            "expired_reason": self.expired_reason,
        }


@dataclass(frozen=True)
class PartnerChoice:
    """A partner an export may go to (for the exporter's picker: no contact, no attachments)."""

    id: int
    name: str
    agreement_no: str
    purposes: tuple[str, ...]
    classes: tuple[str, ...]


def attachment_of(path: Path) -> Attachment:
    """A file recorded by name, SHA-256 and size (read once, in chunks; not kept)."""
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise UsageError(
            f"cannot read the attachment {path.name}: {exc.strerror}", code="partner.attachment"
        ) from None
    return Attachment(path.name, digest.hexdigest(), size)


def parse_day(text: str, what: str) -> date:
    """A date typed as YYYY-MM-DD, else a UsageError naming `what`."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"{what}: expected a date as YYYY-MM-DD, got {text.strip()!r}",
            code="partner.date",
        ) from None


def _clean(text: str, what: str, *, required: bool = True) -> str:
    cleaned = " ".join(text.split())
    if required and not cleaned:
        raise UsageError(f"a partner needs {what}", code="partner.missing", what=what)
    if len(cleaned) > MAX_TEXT:
        raise UsageError(f"{what}: at most {MAX_TEXT} characters", code="partner.long")
    return cleaned


def _purposes(purposes: Iterable[str]) -> tuple[str, ...]:
    found: list[str] = []
    for purpose in purposes:
        cleaned = _clean(purpose, "a purpose", required=False)
        if cleaned and cleaned.casefold() not in {p.casefold() for p in found}:
            found.append(cleaned)
    if not found:
        raise UsageError("a partner needs a purpose", code="partner.missing", what="a purpose")
    return tuple(found)


def same_purpose(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


_COLUMNS = (
    "id, partner_name, agreement_no, signed_on, expires_on, purposes, classes, contact, "
    "expired_at, expired_by, expired_reason"
)


class PartnerDesk:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- the clock and the policy -------------------------------------------------------------
    def today(self) -> date:
        return self._s.policy.visitors.today(self._s.runtime.clock.now())

    @property
    def remind_days(self) -> int:
        return self._s.policy.partners.remind_days

    # -- reading ------------------------------------------------------------------------------
    def _rows(self, where: str = "", params: Sequence[object] = ()) -> list[Partner]:
        rows = self._s.db.execute(
            f"SELECT {_COLUMNS} FROM partners {where} ORDER BY expires_on, id", tuple(params)
        )
        attachments: dict[int, list[Attachment]] = {}
        for pid, file_name, digest, size in self._s.db.execute(
            "SELECT partner_id, file_name, sha256, size FROM partner_attachments "
            "ORDER BY partner_id, file_name"
        ):
            attachments.setdefault(int(pid), []).append(
                Attachment(str(file_name), str(digest), int(size))
            )
        return [
            Partner(
                id=int(r[0]),
                name=str(r[1]),
                agreement_no=str(r[2]),
                signed_on=date.fromisoformat(str(r[3])),
                expires_on=date.fromisoformat(str(r[4])),
                purposes=tuple(json.loads(str(r[5]))),
                classes=tuple(json.loads(str(r[6]))),
                contact=str(r[7]),
                attachments=tuple(attachments.get(int(r[0]), ())),
                expired_at=None if r[8] is None else str(r[8]),
                expired_by=None if r[9] is None else str(r[9]),
                expired_reason=None if r[10] is None else str(r[10]),
            )
            for r in rows
        ]

    def entries(self) -> list[Partner]:
        """The whole register, soonest expiry first (security officer)."""
        require(self._s.role, Permission.MANAGE_PARTNERS)
        return self._rows()

    def show(self, ref: str) -> Partner:
        """One agreement by its agreement number (or `#id`)."""
        require(self._s.role, Permission.MANAGE_PARTNERS)
        return self._find(ref)

    def _find(self, ref: str) -> Partner:
        text = ref.strip()
        if text.startswith("#") and text[1:].isdigit():
            found = self._rows("WHERE id = ?", (int(text[1:]),))
        else:
            found = self._rows("WHERE agreement_no = ?", (text,))
        if not found:
            raise UsageError(f"no partner agreement {text!r}", code="partner.unknown")
        return found[0]

    def expiring(self) -> list[Partner]:
        """Agreements in force that end within the policy's reminder (for the notices)."""
        require(self._s.role, Permission.MANAGE_PARTNERS)
        today = self.today()
        return [p for p in self._rows() if p.state(today, self.remind_days) == "expiring"]

    def for_export(self) -> list[PartnerChoice]:
        """The partners an export may go to today (whoever may export picks from these)."""
        require(self._s.role, Permission.VIEW_CUSTOMERS)
        today = self.today()
        return [
            PartnerChoice(p.id, p.name, p.agreement_no, p.purposes, p.classes)
            for p in self._rows()
            if p.in_force(today)
        ]

    # -- changing -----------------------------------------------------------------------------
    def add(
        self,
        *,
        name: str,
        agreement_no: str,
        signed_on: date,
        expires_on: date,
        purposes: Sequence[str],
        classes: Sequence[str],
        contact: str = "",
        attachments: Sequence[Path] = (),
    ) -> Partner:
        require(self._s.role, Permission.MANAGE_PARTNERS)
        # What the officer types goes through the gate like every typed text (a customer's
        # value typed by mistake is masked); the contact is the partner's own and kept as typed.
        name = typed_text(self._s, _clean(name, "a name"))
        number = _clean(agreement_no, "an agreement number")
        contact = _clean(contact, "a contact", required=False)
        kept_purposes = tuple(typed_texts(self._s, _purposes(purposes)))
        known = tuple(self._s.policy.classes)
        wanted = {" ".join(c.split()) for c in classes if c.strip()}
        unknown = sorted(wanted - set(known))
        if unknown or not wanted:
            raise UsageError(
                f"classes: expected some of {', '.join(known)}, got {', '.join(unknown) or '-'}",
                code="partner.classes",
            )
        kept_classes = tuple(c for c in known if c in wanted)
        if expires_on < signed_on:
            raise UsageError(
                "the agreement cannot expire before it is signed", code="partner.dates"
            )
        files = [attachment_of(path) for path in attachments]
        if self._s.db.scalar("SELECT 1 FROM partners WHERE agreement_no = ?", (number,)):
            raise UsageError(f"agreement {number!r} is already registered", code="partner.exists")
        now = utc_iso(self._s.runtime.clock.now())
        with self._s.db.transaction():
            partner_id = self._s.db.execute_returning_id(
                "INSERT INTO partners(partner_name, agreement_no, signed_on, expires_on, purposes, "
                "classes, contact, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    name,
                    number,
                    signed_on.isoformat(),
                    expires_on.isoformat(),
                    json.dumps(kept_purposes, ensure_ascii=False),
                    json.dumps(kept_classes, ensure_ascii=False),
                    contact,
                    now,
                    self._s.staff_id,
                ),
            )
            for item in {a.sha256: a for a in files}.values():
                self._s.db.execute(
                    "INSERT INTO partner_attachments(partner_id, file_name, sha256, size) "
                    "VALUES (?, ?, ?, ?)",
                    (partner_id, item.file_name, item.sha256, item.size),
                )
            self._s.audit.append(
                self._s.staff_id,
                "partner.added",
                target=number,
                detail={
                    "partner": partner_id,
                    "agreement": number,
                    "expires_on": expires_on.isoformat(),
                    "classes": list(kept_classes),
                    "attachments": [a.sha256 for a in files],
                },
            )
        return self._find(f"#{partner_id}")

    def expire(self, ref: str, reason: str) -> Partner:
        """End an agreement early; the row stays for the record."""
        require(self._s.role, Permission.MANAGE_PARTNERS)
        partner = self._find(ref)
        if not reason.strip():
            raise UsageError("ending an agreement needs a reason", code="partner.reason")
        if partner.expired_at is not None:
            raise UsageError(
                f"agreement {partner.agreement_no!r} has already been ended",
                code="partner.ended",
            )
        note = typed_text(self._s, reason)
        with self._s.db.transaction():
            self._s.db.execute(
                "UPDATE partners SET expired_at = ?, expired_by = ?, expired_reason = ? "
                "WHERE id = ?",
                (utc_iso(self._s.runtime.clock.now()), self._s.staff_id, note, partner.id),
            )
            self._s.audit.append(
                self._s.staff_id,
                "partner.expired",
                target=partner.agreement_no,
                detail={"partner": partner.id, "agreement": partner.agreement_no, "note": note},
            )
        return self._find(f"#{partner.id}")

    # -- the export's gate --------------------------------------------------------------------
    def covering(self, partner_id: int, purpose: str, classes: Iterable[str]) -> Partner:
        """The partner if its agreement is in force today and covers `purpose` and `classes`;
        else PermissionDenied saying why (the caller audits the refusal)."""
        found = self._rows("WHERE id = ?", (partner_id,))
        if not found:
            raise PermissionDenied(
                "the export's recipient is not a registered partner: no confidentiality agreement",
                code="export.partner.none",
            )
        partner = found[0]
        today = self.today()
        if not partner.in_force(today):
            raise PermissionDenied(
                f"the agreement {partner.agreement_no} is not in force "
                f"({partner.state(today, self.remind_days)})",
                code="export.partner.expired",
                agreement=partner.agreement_no,
            )
        if not any(same_purpose(purpose, p) for p in partner.purposes):
            raise PermissionDenied(
                f"the agreement {partner.agreement_no} does not cover this purpose "
                f"(it covers: {'; '.join(partner.purposes)})",
                code="export.partner.purpose",
                agreement=partner.agreement_no,
            )
        missing = sorted(set(classes) - set(partner.classes))
        if missing:
            raise PermissionDenied(
                f"the agreement {partner.agreement_no} does not cover the information classes "
                f"{', '.join(missing)} of the exported fields",
                code="export.partner.classes",
                agreement=partner.agreement_no,
                classes=", ".join(missing),
            )
        return partner
