"""Providing customer data outside the hall needs management approval: an export holds masked
fields only, needs a second person's authorisation at the seat, and is written encrypted
(AES-256-GCM under a key derived with scrypt from a one-time password shown to the authoriser).
An unmasked export does not exist.

An export goes to a registered partner only (company policy 第十三条): one whose confidentiality
agreement is in force and covers the export's purpose and the information classes of the fields
it holds (`seatdesk.services.partners`). There is no "internal" export: a file that leaves the
seat is a provision outside it, so a department of the company that receives one is registered
like any other recipient. A refusal writes nothing and is audited."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from seatdesk.core.errors import AuthenticationError, PermissionDenied, UsageError
from seatdesk.core.files import write_atomically
from seatdesk.policy.roles import Permission, Role, require
from seatdesk.records.customers import CustomerRow, load_customer
from seatdesk.services.agreement import require_agreement
from seatdesk.services.approval import Approval, authorise_at_seat
from seatdesk.services.free_text import MaskedText, typed_texts
from seatdesk.services.partners import Partner, PartnerDesk
from seatdesk.services.record_desk import CARD_FIELDS, RecordDesk, consent_text
from seatdesk.services.session import Session
from seatdesk.services.training import require_training

FORMAT = "seatdesk-export/1"
APPROVER_ROLES = frozenset({Role.SUPERVISOR, Role.SECURITY})
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
MAX_ROWS = 5000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    one_time_password: str  # shown once to the authoriser, never stored
    sha256: str


def _key(password: str, salt: bytes) -> bytes:
    cleaned = "".join(password.split()).upper()
    kdf = Scrypt(salt=salt, length=32, n=_SCRYPT["n"], r=_SCRYPT["r"], p=_SCRYPT["p"])
    return kdf.derive(cleaned.encode("ascii", "ignore"))


def _one_time_password() -> str:
    text = base64.b32encode(secrets.token_bytes(10)).decode("ascii")  # 80 bits
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


class ExportDesk:
    def __init__(self, session: Session) -> None:
        self._s = session

    def classes_of(self, fields: Sequence[str] | None = None) -> list[str]:
        """The information classes of the exported fields (all the card's by default), in the
        policy's order: what a partner's agreement must cover."""
        wanted = {self._s.policy.field(f).field_class for f in _columns(fields)}
        return [c for c in self._s.policy.classes if c in wanted]

    def fields_within(self, classes: Sequence[str]) -> list[str]:
        """The card's fields whose information class is one of `classes` (what an agreement
        covering those classes may receive), in the card's order."""
        return [f for f in CARD_FIELDS if self._s.policy.field(f).field_class in classes]

    def authorise(self, approver_id: str, password: str) -> Approval:
        return authorise_at_seat(self._s, approver_id, password, APPROVER_ROLES, "export")

    def export(
        self,
        customer_ids: Sequence[int],
        *,
        purpose: str,
        partner_id: int,
        approval: Approval,
        out: Path,
        fields: Sequence[str] | None = None,
    ) -> ExportResult:
        """Export the masked `fields` (all the card's by default) of `customer_ids` to the
        partner `partner_id`, for `purpose` (one of the purposes its agreement names)."""
        require(self._s.role, Permission.VIEW_CUSTOMERS)
        require_agreement(self._s)
        require_training(self._s)
        if approval.approver_role not in APPROVER_ROLES or approval.approver_id == self._s.staff_id:
            raise UsageError(
                "an export needs a supervisor's or security officer's authorisation",
                code="export.approval",
            )
        if not purpose.strip():
            raise UsageError("an export needs a purpose and a recipient", code="export.purpose")
        if not customer_ids or len(customer_ids) > MAX_ROWS:
            raise UsageError(
                f"an export holds between 1 and {MAX_ROWS} customers",
                code="export.rows",
                max=MAX_ROWS,
            )
        columns = _columns(fields)
        classes = self.classes_of(columns)
        # The purpose is kept in the audit (of the export or of its refusal): the exported
        # customers' own values (and those of the customers open on the seat) typed into it
        # are masked at the gate.
        opener = self._s.opener
        exported = [c for i in customer_ids if (c := load_customer(self._s.db, i, opener))]
        (purpose_kept,) = typed_texts(self._s, [purpose], exported)
        partner = self._covering(partner_id, purpose, purpose_kept, classes, approval, exported)
        desk = RecordDesk(self._s)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["customer_no", "tier", *columns])
        for customer_id in customer_ids:
            record = desk.view(customer_id)  # the masked card, audited as a view
            texts = {f.key: f.text for f in record.fields}
            texts["consent"] = consent_text(record, self._s.policy)
            row = [record.customer_no, record.tier, *(texts[k] for k in columns)]
            writer.writerow([inert_cell(cell) for cell in row])
        plaintext = buffer.getvalue().encode("utf-8")
        password = _one_time_password()
        salt, nonce = os.urandom(16), os.urandom(12)
        sealed = AESGCM(_key(password, salt)).encrypt(nonce, plaintext, FORMAT.encode())
        document = {
            "format": FORMAT,
            "kdf": {"alg": "scrypt", **_SCRYPT, "salt": base64.b64encode(salt).decode()},
            "nonce": base64.b64encode(nonce).decode(),
            "ciphertext": base64.b64encode(sealed).decode(),
        }
        data = json.dumps(document, indent=1).encode("utf-8")
        write_atomically(out, data)
        digest = hashlib.sha256(data).hexdigest()
        self._s.audit.append(
            self._s.staff_id,
            "records.export",
            target=out.name,
            detail={
                "rows": len(customer_ids),
                "purpose": purpose_kept,
                "partner": partner.id,
                "agreement": partner.agreement_no,
                "classes": classes,
                "fields": list(columns),
                "approver": approval.approver_id,
                "sha256": digest,
                "masked": True,
            },
        )
        return ExportResult(out, len(customer_ids), password, digest)

    def _covering(
        self,
        partner_id: int,
        purpose: str,
        purpose_kept: MaskedText,
        classes: list[str],
        approval: Approval,
        exported: Sequence[CustomerRow],
    ) -> Partner:
        """The partner whose agreement covers the export, or the refusal, audited."""
        try:
            return PartnerDesk(self._s).covering(partner_id, purpose, classes)
        except PermissionDenied as exc:
            agreement = exc.params.get("agreement")
            self._s.audit.append(
                self._s.staff_id,
                "records.export_refused",
                outcome="denied",
                detail={
                    "rows": len(exported),
                    "purpose": purpose_kept,
                    "partner": partner_id,
                    "agreement": None if agreement is None else str(agreement),
                    "classes": classes,
                    "why": exc.code,
                    "approver": approval.approver_id,
                },
            )
            raise


def _columns(fields: Sequence[str] | None) -> tuple[str, ...]:
    """The exported fields in the card's order; unknown ones are a usage error."""
    if fields is None:
        return tuple(CARD_FIELDS)
    unknown = sorted(set(fields) - set(CARD_FIELDS))
    if unknown or not fields:
        raise UsageError(
            f"unknown export fields: {', '.join(unknown) or '-'}", code="export.fields"
        )
    return tuple(f for f in CARD_FIELDS if f in fields)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(text: str) -> str:
    """A cell a spreadsheet will not run: one that starts like a formula gets a leading quote
    (OWASP's advice for CSV injection); masked values keep their meaning."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def open_export(path: Path, one_time_password: str) -> bytes:
    """The masked CSV inside an export file (for the recipient, with the password)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError
        kdf = document["kdf"]
        salt = base64.b64decode(kdf["salt"])
        nonce = base64.b64decode(document["nonce"])
        sealed = base64.b64decode(document["ciphertext"])
    except (OSError, ValueError, KeyError, TypeError):
        raise UsageError(f"not a SeatDesk export file: {path}") from None
    try:
        return AESGCM(_key(one_time_password, salt)).decrypt(nonce, sealed, FORMAT.encode())
    except InvalidTag:
        raise AuthenticationError("the one-time password does not open this export") from None
