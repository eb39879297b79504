"""双人复核: a second person authorises an action at this seat with their own staff ID and
password (a reveal of a confidential customer, an export). Every attempt is audited."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from seatdesk.audit.log import JsonValue
from seatdesk.core.errors import AuthenticationError, PermissionDenied
from seatdesk.policy.roles import Role
from seatdesk.services.agreement import agreement_due_for
from seatdesk.services.session import Session, verify_password_keys
from seatdesk.services.training import training_refusal
from seatdesk.vault.compartment_keys import NO_KEYS, HeldKeys


class ApprovalRefused(PermissionDenied):
    pass


@dataclass(frozen=True)
class Approval:
    approver_id: str
    approver_role: Role
    # The approver's compartment keys: they open, at this seat, the one value approved.
    held: HeldKeys = field(default=NO_KEYS, repr=False)


def authorise_at_seat(
    session: Session,
    approver_id: str,
    password: str,
    roles: Collection[Role],
    purpose: str,
    *,
    target: str | None = None,
    customer_data: bool = True,
) -> Approval:
    """The approver's password is checked against their key slot (failures count towards their
    lockout); they must hold one of `roles` and must not be the person asking. An approval that
    opens customer data (a reveal, an export) needs the approver's own valid acknowledgement of
    the confidentiality agreement and valid confidentiality training, as the person asking needs
    theirs."""
    detail: dict[str, JsonValue] = {
        "approver": approver_id,
        "for": purpose,
        "roles": sorted(r.value for r in roles),
    }
    on = target or ""

    def deny(reason: str) -> None:
        """Every refusal is audited at the asking seat with why, before it is raised."""
        session.audit.append(
            session.staff_id,
            "approval",
            outcome="denied",
            detail={**detail, "reason": reason},
            target=on,
        )

    if approver_id == session.staff_id:
        deny("self")
        raise ApprovalRefused("you cannot authorise your own request", code="approval.self")
    try:
        role, held = verify_password_keys(session, approver_id, password)
    except AuthenticationError:
        deny("credentials")
        raise
    if role not in roles:
        deny(f"role {role.value}")
        raise ApprovalRefused(
            f"{approver_id} may not authorise this (needs: {', '.join(sorted(roles))})",
            code="approval.role",
            approver=approver_id,
        )
    if customer_data and agreement_due_for(session, approver_id):
        deny("agreement")
        raise ApprovalRefused(
            f"{approver_id} has not acknowledged the confidentiality agreement (or it lapsed): "
            "they read and accept it at their own sign-in first, then approve",
            code="approval.agreement",
            approver=approver_id,
        )
    if customer_data and training_refusal(session, approver_id, role) is not None:
        deny("training")
        raise ApprovalRefused(
            f"{approver_id}'s confidentiality training has lapsed (or was never passed): they "
            "pass it again before they approve",
            code="approval.training",
            approver=approver_id,
        )
    session.audit.append(session.staff_id, "approval", target=on, detail=detail)
    return Approval(approver_id, role, held)
