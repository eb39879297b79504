"""`seatdesk vault check`: every page's HMAC and the b-tree structure, on demand.

The desk checks every page when it signs in; the other commands do not (see `Verify`), so an
administrator or security officer runs this after copying or moving a vault, after a disk
error, or on a schedule. `seatdesk vault check` signs in with the full check, so a damaged page
is refused (exit 4) before anything is written; a clean check is written to the audit log.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from seatdesk.core.errors import PermissionDenied
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.session import Session
from seatdesk.vault.db import FORMAT, HMAC_ALGORITHMS, verify_pages
from seatdesk.vault.schema import SCHEMA_VERSION


@dataclass(frozen=True)
class VaultCheck:
    pages: int
    bytes: int
    seconds: float
    structure: tuple[str, ...]  # what SQLite's quick_check found wrong (nothing when ok)
    format: int = FORMAT  # of the file's pages (vault.db.FORMAT)
    schema_version: int = SCHEMA_VERSION

    @property
    def page_mac(self) -> str:
        return HMAC_ALGORITHMS[self.format].replace("_", "-")

    @property
    def ok(self) -> bool:
        return not self.structure


def check_vault(session: Session, *, pages_checked_at_open: bool = False) -> VaultCheck:
    """Check every page's HMAC (unless the session's open just did) and the b-tree structure."""
    if not (
        has_permission(session.role, Permission.BACKUP)
        or has_permission(session.role, Permission.VERIFY_AUDIT)
    ):
        raise PermissionDenied("only an administrator or a security officer may check the vault")
    db = session.db
    started = time.perf_counter()
    if not pages_checked_at_open:
        verify_pages(db)  # raises VaultUnreadable
    found = [str(row[0]) for row in db.execute("PRAGMA quick_check")]
    structure = tuple(line for line in found if line != "ok")
    pages = int(db.scalar("PRAGMA page_count"))
    size = pages * int(db.scalar("PRAGMA page_size"))
    version = int(db.scalar("PRAGMA user_version"))
    result = VaultCheck(pages, size, time.perf_counter() - started, structure, db.format, version)
    session.audit.append(
        session.staff_id,
        "vault.check",
        outcome="ok" if result.ok else "failed",
        detail={"pages": pages, "problems": len(structure), "format": db.format},
    )
    return result
