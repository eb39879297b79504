"""The confidentiality agreement: read and acknowledged at first sign-in and every year after,
before any customer data is shown. The acknowledgement and the hash of the text are audited."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.core.paths import resources_dir
from seatdesk.services.session import Session

LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class AgreementText:
    language: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def load_agreement(language: str, folder: Path | None = None) -> AgreementText:
    if language not in LANGUAGES:
        raise UsageError(f"no agreement text for language {language!r}")
    path = (folder or resources_dir() / "agreement") / f"agreement_{language}.md"
    try:
        return AgreementText(language, path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read the agreement text {path}: {exc.strerror}") from None


def current_hashes(folder: Path | None = None) -> set[str]:
    return {load_agreement(lang, folder).sha256 for lang in LANGUAGES}


def acknowledgement_due(session: Session, folder: Path | None = None) -> bool:
    """True if this person has not acknowledged the current text within the valid period."""
    if session.agreement_acknowledged:
        return False
    due = agreement_due_for(session, session.staff_id, folder)
    session.agreement_acknowledged = not due
    return due


def agreement_due_for(session: Session, staff_id: str, folder: Path | None = None) -> bool:
    """True if `staff_id` (the person signed in, or an approver at their seat) has not
    acknowledged the current text within the valid period."""
    row = session.db.execute(
        "SELECT agreement_ack_at, agreement_sha256 FROM staff WHERE staff_id = ?", (staff_id,)
    )
    if not row or row[0][0] is None:
        return True
    acked_at = datetime.fromisoformat(str(row[0][0]))
    valid = timedelta(days=session.policy.limits.agreement_valid_days)
    return session.runtime.clock.now() - acked_at >= valid or row[0][1] not in current_hashes(
        folder
    )


def acknowledge(session: Session, text: AgreementText, typed_staff_id: str) -> None:
    """Record that the signed-in person read `text`; they confirm by typing their staff ID."""
    if typed_staff_id.strip() != session.staff_id:
        raise UsageError(
            "type your own staff ID to confirm the agreement", code="agreement.staff_id"
        )
    now = session.runtime.clock.now()
    with session.db.transaction():
        session.db.execute(
            "UPDATE staff SET agreement_ack_at = ?, agreement_sha256 = ? WHERE staff_id = ?",
            (utc_iso(now), text.sha256, session.staff_id),
        )
        session.audit.append(
            session.staff_id,
            "agreement.ack",
            detail={"language": text.language, "sha256": text.sha256},
        )
    session.agreement_acknowledged = True


def require_agreement(session: Session) -> None:
    if acknowledgement_due(session):
        raise PermissionDenied(
            f"{session.staff_id} must read and acknowledge the confidentiality agreement first "
            "(seatdesk agreement --accept, or sign in to the desk)",
            code="agreement.required",
        )
