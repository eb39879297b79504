"""The hall's check of separation of duties (DESIGN §3): adding, or resetting the password of, an
account whose role may see customer data needs the proof of an active security officer who is
neither the admin asking nor the account: the same proof a sign-in sends, compared with the
officer's verifier, a wrong one counted towards the officer's lockout like a failed sign-in.

The hall's first security officer (while none is active) needs a one-time code of the hall's
administrator instead. Every refusal is written to `directory_log`; the approver is written in
the detail of the change it approved.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from seatdesk.core.identity import STAFF_ID
from seatdesk.core.staff_proof import proof_matches
from seatdesk.hall import directory_store as rows
from seatdesk.hall.requests import Refused
from seatdesk.hall.store import officer_code_hash
from seatdesk.policy.roles import Permission, Role, has_permission, parse_role

_NEEDED = {
    "staff.add": "creating an account that may see customer data",
    "staff.password": "resetting the password of an account that may see customer data",
    "staff.role": "changing the role of an account that may see customer data",
}


def sees_customers(role: str) -> bool:
    return has_permission(parse_role(role), Permission.VIEW_CUSTOMERS)


async def countersigned(
    conn: rows.Conn,
    data: dict[str, Any],
    *,
    seat_id: str,
    actor: str,
    action: str,
    target: str,
    role: str,
    now: datetime,
) -> tuple[dict[str, Any], Refused | None]:
    """(what the log entry of `action` adds, None) when it may go ahead, else ({}, the refusal)
    after writing it to the log. The caller commits the log and then raises the refusal."""
    if not sees_customers(role):
        return {}, None
    approval = data.get("approval")
    refusal = None
    if isinstance(approval, dict) and "officer_code" in approval:
        refusal = await _first_officer(conn, approval, target, role, now)
        approver = "officer-code"
    elif isinstance(approval, dict):
        approver, refusal = await _officer(conn, approval, seat_id, actor, target, now)
    else:
        approver = ""
        refusal = Refused(
            403, f"{_NEEDED[action]} needs a security officer's approval", "approval.needed"
        )
    if refusal is not None:
        detail = {"action": action, "role": role, "approver": approver, "reason": refusal.code}
        await rows.log(conn, now, seat_id, actor, "approval", target, "denied", detail=detail)
        return {}, refusal
    return {"approver": approver}, None


async def _officer(
    conn: rows.Conn,
    approval: dict[str, Any],
    seat_id: str,
    actor: str,
    target: str,
    now: datetime,
) -> tuple[str, Refused | None]:
    approver, proof = approval.get("staff_id"), approval.get("proof")
    if not isinstance(approver, str) or not STAFF_ID.match(approver):
        return "", Refused(400, "approval.staff_id must be a staff ID", "approval.malformed")
    if not isinstance(proof, str) or len(proof) > 128:
        return approver, Refused(400, "approval.proof is malformed", "approval.malformed")
    if approver == actor:
        return approver, Refused(403, "you cannot approve your own request", "approval.self")
    if approver == target:
        return approver, Refused(
            403,
            "a security officer cannot approve a change to their own account",
            "approval.target",
        )
    account = await rows.account(conn, approver, lock=True)
    wrong = Refused(403, "the approver's staff ID or password is wrong", "approval.credentials")
    if account is None:
        return approver, wrong
    if account.locked_until is not None and account.locked_until > now:
        return approver, Refused(403, f"{approver} is locked out", "approval.locked")
    if not proof_matches(proof, account.verifier):
        until = await rows.count_failure(conn, approver, seat_id, now)
        await rows.log(conn, now, seat_id, approver, "login.failed", approver, "denied")
        if until is not None:
            await rows.log(conn, now, seat_id, "hall", "staff.locked", approver)
            await rows.changed(conn, seat_id, approver)
        return approver, wrong
    if account.disabled:
        return approver, wrong
    if account.role != Role.SECURITY.value:
        return approver, Refused(
            403, f"{approver} may not approve this (needs: security)", "approval.role"
        )
    await rows.clear_failures(conn, approver)
    if account.must_change_password:  # a password the admin set opens no approval
        return approver, Refused(
            403,
            f"{approver} has not yet chosen their own password: they change it, then approve",
            "approval.initial_password",
        )
    return approver, None


async def _first_officer(
    conn: rows.Conn, approval: dict[str, Any], target: str, role: str, now: datetime
) -> Refused | None:
    code = approval.get("officer_code")
    if role != Role.SECURITY.value:
        return Refused(
            403, "an officer code makes only the first security officer", "approval.needed"
        )
    if await active_officers(conn) > 0:
        return Refused(
            403,
            "the hall has a security officer: their approval is needed, not an officer code",
            "approval.needed",
        )
    if not isinstance(code, str) or len(code) > 64:
        return Refused(403, "the officer code is not valid", "approval.code")
    row = await (
        await conn.execute(
            "UPDATE officer_codes SET used_at = %s, used_for = %s WHERE code_hash = %s "
            "AND used_at IS NULL AND expires_at > %s RETURNING 1",
            (now, target, officer_code_hash(code), now),
        )
    ).fetchone()
    if row is None:
        return Refused(403, "the officer code is not valid (or used, or expired)", "approval.code")
    return None


async def active_officers(conn: rows.Conn) -> int:
    row = await (
        await conn.execute(
            "SELECT count(*) FROM staff WHERE role = %s AND NOT disabled", (Role.SECURITY.value,)
        )
    ).fetchone()
    return int(row[0]) if row else 0
