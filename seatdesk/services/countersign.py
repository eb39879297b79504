"""Separation of duties for accounts (DESIGN §3): creating, or resetting the password of, an
account whose role may see customer data needs a second person, an active security officer who
is neither the actor nor the account, so the admin alone cannot give themselves access.

The first security officer of a vault (while none is active) is made with the vault's recovery
key, which management keeps in the safe; on a seat enrolled with a hall, with a one-time code of
the hall's administrator (`seatdesk hall officer-code`), and the hall checks it. Every refusal
and every approval is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from seatdesk.audit.log import JsonValue
from seatdesk.core.errors import AccountLockedError, AuthenticationError
from seatdesk.policy.roles import Permission, Role, has_permission
from seatdesk.services.approval import ApprovalRefused, authorise_at_seat
from seatdesk.services.session import Session
from seatdesk.vault.compartment_keys import NO_KEYS, HeldKeys, open_held
from seatdesk.vault.keyslots import parse_recovery_key

Secret = Callable[[], str]
"""A secret read only when it is needed (from the environment or a prompt)."""


@dataclass(frozen=True)
class Countersign:
    """What the actor brings: a security officer's staff ID and password, or (for the first
    security officer) the recovery key at a seat, the hall's officer code at an enrolled seat."""

    approver_id: str | None = None
    approver_password: Secret | None = None
    recovery_key: Secret | None = None
    officer_code: Secret | None = None


NONE = Countersign()


def needs_countersign(role: Role) -> bool:
    """An account that may see customer data: the policy's role table decides, not a list."""
    return has_permission(role, Permission.VIEW_CUSTOMERS)


def needed_message(action: str) -> str:
    what = {
        "staff.add": "creating an account that may see customer data",
        "staff.password": "resetting the password of an account that may see customer data",
        "staff.role": "changing the role of an account that may see customer data",
    }.get(action, "changing an account that may see customer data")
    return f"{what} needs a security officer's approval: --approver ID"


def approval_needed(action: str, *, officer: bool = False) -> ApprovalRefused:
    """The refusal of an unapproved change; for a security officer's account, how the first one
    is made at a seat of a hall."""
    hint = (
        " (the hall's first security officer: --first-officer, with the hall administrator's "
        "code from 'seatdesk hall officer-code')"
        if officer
        else ""
    )
    return ApprovalRefused(needed_message(action) + hint, code="approval.needed")


@dataclass(frozen=True)
class Countersigned:
    """An approved change: what its audit entry adds, and the keys of the approver (a security
    officer's, or the recovery slot's: the escrow), from which the account gets its role's
    compartments (`compartment_upkeep.grant_role`)."""

    detail: dict[str, JsonValue]
    keys: HeldKeys = field(default=NO_KEYS, repr=False)


def countersigned(
    session: Session, action: str, target: str, role: Role, countersign: Countersign
) -> Countersigned:
    """At a seat with its own accounts: the approval of `action` (nothing when `role` sees no
    customer data), else `ApprovalRefused`/`AuthenticationError` (audited)."""
    if not needs_countersign(role):
        return Countersigned({})
    detail: dict[str, JsonValue] = {"action": action, "role": role.value}
    if countersign.approver_id is not None and countersign.approver_password is not None:
        approver = countersign.approver_id
        if approver == target:
            _deny(session, target, {**detail, "approver": approver, "reason": "own account"})
            raise ApprovalRefused(
                "a security officer cannot approve a change to their own account",
                code="approval.target",
            )
        try:
            approval = authorise_at_seat(
                session,
                approver,
                countersign.approver_password(),
                {Role.SECURITY},
                action,
                target=target,
                customer_data=False,  # an account change shows the officer no customer
            )
        except AccountLockedError:
            raise
        except AuthenticationError as exc:
            raise AuthenticationError(
                f"the approver's staff ID or password is wrong ({exc})", code="approval.credentials"
            ) from None
        if _initial_password(session, approver):
            _deny(session, target, {**detail, "approver": approver, "reason": "initial password"})
            raise ApprovalRefused(
                f"{approver} has not yet chosen their own password (the admin set it): "
                "they change it first, then approve",
                code="approval.initial_password",
            )
        return Countersigned({"approver": approval.approver_id}, approval.held)
    if role is Role.SECURITY and countersign.recovery_key is not None:
        if active_officers(session):
            _deny(session, target, {**detail, "reason": "an officer exists"})
            raise ApprovalRefused(
                "a security officer exists: their approval is needed (--approver ID), "
                "the recovery key makes only the first",
                code="approval.needed",
            )
        try:
            recovered = session.keyfile.unlock_recovery(
                parse_recovery_key(countersign.recovery_key())
            )
        except AuthenticationError:
            _deny(session, target, {**detail, "reason": "recovery key"})
            raise
        return Countersigned({"approver": "recovery-key"}, open_held(session.keyfile, recovered))
    _deny(session, target, {**detail, "reason": "no approval"})
    if role is Role.SECURITY and not active_officers(session):
        raise ApprovalRefused(
            "the first security officer is made with the vault's recovery key: "
            "--first-officer (the key from SEATDESK_RECOVERY_KEY or a prompt)",
            code="approval.first_officer",
        )
    raise approval_needed(action)


def active_officers(session: Session) -> int:
    return int(
        session.db.scalar(
            "SELECT count(*) FROM staff WHERE role = ? AND disabled = 0", (Role.SECURITY.value,)
        )
    )


def _initial_password(session: Session, staff_id: str) -> bool:
    rows = session.db.execute(
        "SELECT must_change_password FROM staff WHERE staff_id = ?", (staff_id,)
    )
    return bool(rows and rows[0][0])


def _deny(session: Session, target: str, detail: dict[str, JsonValue]) -> None:
    session.audit.append(
        session.staff_id, "approval", target=target, outcome="denied", detail=detail
    )
