"""Verifying and exporting the audit log."""

from __future__ import annotations

from pathlib import Path

from seatdesk.audit.log import VerifyResult
from seatdesk.policy.roles import Permission, require
from seatdesk.services.session import Session

__all__ = ["VerifyResult", "export_audit", "verify_audit"]


def verify_audit(session: Session, anchor: str | None = None) -> VerifyResult:
    require(session.role, Permission.VERIFY_AUDIT)
    result = session.audit.verify(anchor)
    session.audit.append(
        session.staff_id,
        "audit.verify",
        outcome="ok" if result.ok else "broken",
        detail={
            "entries": result.entries,
            "first_broken": result.first_broken,
            "anchor": bool(anchor),
        },
    )
    return result


def export_audit(session: Session, out: Path) -> int:
    require(session.role, Permission.EXPORT_AUDIT)
    session.audit.append(session.staff_id, "audit.export", target=out.name)
    return session.audit.export_jsonl(out)
