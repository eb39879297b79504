"""Staff accounts on a seat enrolled with a hall: `user add|list|disable|passwd|role` act on the
hall's directory (audited there, and in the seat's own log), and reach every seat.

The hall decides who may change what from the token of the acting sign-in; this desk checks
the role first only to say no sooner. A new account's key pair and first password are made
here, at the admin's seat, and the hall access key is sealed to its public key here: the hall
never sees a password, a private key or the access key.
"""

from __future__ import annotations

from typing import Any

from seatdesk.audit.log import JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.link.client import HallClient, HallRefused, HallUnreachable
from seatdesk.policy.roles import Permission, Role, parse_role, require
from seatdesk.services.approval import ApprovalRefused
from seatdesk.services.countersign import NONE, Countersign, approval_needed, needs_countersign
from seatdesk.services.directory_sign_in import HallAccess, SeatOnHall
from seatdesk.services.session import Session, check_new_password, mirror_entry
from seatdesk.services.staff import StaffInfo, checked_new_account
from seatdesk.vault.hall_slots import new_account_keys, password_keys, seal_access


class HallStaffDesk:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _online(self) -> tuple[SeatOnHall, HallClient, HallAccess]:
        access = self._s.hall_access
        if access is None or not access.online or access.token is None:
            raise HallUnreachable(
                "the staff directory is the hall's, and this sign-in was made while the hall "
                "could not be reached: sign in again when it is reachable"
            )
        seat = SeatOnHall.of(self._s.runtime, self._s.paths, self._s.keyfile)
        return seat, seat.client(timeout=10.0), access

    def _took(self, seat: SeatOnHall, answer: dict[str, Any]) -> dict[str, Any]:
        entry = seat.checked(answer)
        seat.cache.take([answer], seat.cache.version)
        seat.cache.save()
        with self._s.db.transaction():
            mirror_entry(self._s.db, entry, utc_iso(self._s.runtime.clock.now()))
        return entry

    def add(
        self,
        staff_id: str,
        role: str,
        display_name: str,
        password: str,
        *,
        must_change_password: bool = True,
        countersign: Countersign = NONE,
    ) -> StaffInfo:
        parsed = checked_new_account(self._s, staff_id, role, password)
        seat, client, access = self._online()
        approval = self._approval(client, parsed, countersign)
        keys = new_account_keys(access.hall_id, staff_id, password, self._s.runtime.kdf)
        answer = self._post(
            client,
            "staff.add",
            staff_id,
            {
                **approval,
                "token": access.token,
                "staff_id": staff_id,
                "display_name": display_name or staff_id,
                "role": parsed.value,
                "must_change_password": must_change_password,
                "keys": keys.for_hall(),
                "access": seal_access(access.hall_id, staff_id, keys.public, access.access_key),
            },
        )
        entry = self._took(seat, answer)
        self._s.audit.append(
            self._s.staff_id,
            "staff.add",
            target=staff_id,
            detail={"role": parsed.value, "at": "hall", **_approver(approval)},
        )
        return _info(entry)

    def list(self) -> list[StaffInfo]:
        require(self._s.role, Permission.MANAGE_STAFF)
        seat, client, _ = self._online()
        answer = client.get("/v1/staff/directory?since=0")
        entries = [seat.checked(item) for item in answer.get("directory", [])]
        return sorted((_info(e) for e in entries), key=lambda info: info.staff_id)

    def disable(self, staff_id: str) -> StaffInfo:
        require(self._s.role, Permission.MANAGE_STAFF)
        seat, client, access = self._online()
        answer = client.post("/v1/staff/disable", {"token": access.token, "staff_id": staff_id})
        entry = self._took(seat, answer)
        self._s.audit.append(
            self._s.staff_id, "staff.disable", target=staff_id, detail={"at": "hall"}
        )
        return _info(entry)

    def set_role(self, staff_id: str, role: str, *, countersign: Countersign = NONE) -> StaffInfo:
        """The account's role at the hall, at every seat: with a security officer's approval
        where the role before or after may see customer data (the hall knows the one before,
        and checks). Its sign-ins end; the next one carries the new role."""
        require(self._s.role, Permission.MANAGE_STAFF)
        parsed = parse_role(role)
        if staff_id == self._s.staff_id:
            raise UsageError("an admin does not change their own role")
        seat, client, access = self._online()
        payload: dict[str, Any] = {"token": access.token, "staff_id": staff_id}
        payload |= self._approval(client, None, countersign)
        answer = self._post(client, "staff.role", staff_id, {**payload, "role": parsed.value})
        before = self._s.db.execute("SELECT role FROM staff WHERE staff_id = ?", (staff_id,))
        entry = self._took(seat, answer)
        self._s.audit.append(
            self._s.staff_id,
            "staff.role",
            target=staff_id,
            detail={
                "from": str(before[0][0]) if before else None,
                "to": parsed.value,
                "at": "hall",
                **_approver(payload),
            },
        )
        return _info(entry)

    def set_password(
        self, staff_id: str, new_password: str, *, countersign: Countersign = NONE
    ) -> None:
        """Own password: the same key pair, rewrapped. Another's (admin): a new key pair, and
        the password must be changed at the next sign-in; for an account that may see customer
        data, with a security officer's approval, which the hall checks."""
        own = staff_id == self._s.staff_id
        if not own:
            require(self._s.role, Permission.MANAGE_STAFF)
        check_new_password(self._s.policy, staff_id, new_password)
        seat, client, access = self._online()
        payload: dict[str, Any] = {"token": access.token, "staff_id": staff_id}
        if not own:
            payload |= self._approval(client, None, countersign)
        if own:
            keys = new_account_keys(
                access.hall_id, staff_id, new_password, self._s.runtime.kdf, private=access.private
            )
        else:
            keys = new_account_keys(access.hall_id, staff_id, new_password, self._s.runtime.kdf)
            payload["access"] = seal_access(
                access.hall_id, staff_id, keys.public, access.access_key
            )
        answer = self._post(
            client, "staff.password", staff_id, {**payload, "keys": keys.for_hall()}
        )
        self._took(seat, answer)
        self._s.audit.append(
            self._s.staff_id,
            "staff.password",
            target=staff_id,
            detail={"by": "self" if own else "admin", "at": "hall", **_approver(payload)},
        )
        if own:
            self._s.must_change_password = False

    def _approval(
        self, client: HallClient, role: Role | None, countersign: Countersign
    ) -> dict[str, Any]:
        """What the request carries for the hall's check (which needs it by the role the hall
        knows; `role` None: the hall's to say): the approver's proof, made here from the
        password they type as at a sign-in, or the hall administrator's officer code."""
        if role is not None and not needs_countersign(role):
            return {}
        if countersign.approver_id is not None and countersign.approver_password is not None:
            approver = countersign.approver_id
            kdf = client.post("/v1/staff/kdf", {"staff_id": approver})["kdf"]
            proof = password_keys(approver, countersign.approver_password(), kdf).proof_b64
            return {"approval": {"staff_id": approver, "proof": proof}}
        if countersign.officer_code is not None and role is Role.SECURITY:
            return {"approval": {"officer_code": countersign.officer_code()}}
        return {}

    def _post(
        self, client: HallClient, action: str, target: str, payload: dict[str, Any]
    ) -> dict[str, Any]:
        """The hall's refusal of an approval is the seat's too: exit 3, audited here as well."""
        try:
            return client.post(_ROUTES[action], payload)
        except HallRefused as refused:
            if not refused.refusal.startswith("approval."):
                raise
            approval = payload.get("approval")
            self._s.audit.append(
                self._s.staff_id,
                "approval",
                target=target,
                outcome="denied",
                detail={
                    "action": action,
                    "at": "hall",
                    "reason": refused.refusal,
                    **_approver(payload),
                    "officer_code": isinstance(approval, dict) and "officer_code" in approval,
                },
            )
            if refused.refusal == "approval.needed" and approval is None:
                officer = payload.get("role") == Role.SECURITY.value
                raise approval_needed(action, officer=officer) from None
            raise ApprovalRefused(
                f"the hall refused the approval: {refused.error}", code=refused.refusal
            ) from None


_ROUTES = {
    "staff.add": "/v1/staff/add",
    "staff.password": "/v1/staff/passwd",
    "staff.role": "/v1/staff/role",
}


def _approver(payload: dict[str, Any]) -> dict[str, JsonValue]:
    approval = payload.get("approval")
    if isinstance(approval, dict) and isinstance(approval.get("staff_id"), str):
        return {"approver": str(approval["staff_id"])}
    if isinstance(approval, dict):
        return {"approver": "officer-code"}
    return {}


def _info(entry: dict[str, Any]) -> StaffInfo:
    if not isinstance(entry.get("display_name"), str):
        raise UsageError("the hall's directory entry is malformed")
    return StaffInfo(
        staff_id=str(entry["staff_id"]),
        display_name=str(entry["display_name"]),
        role=parse_role(str(entry["role"])),
        disabled=bool(entry["disabled"]),
        must_change_password=bool(entry["must_change_password"]),
        created_at="",
        last_login=None,
        has_key_slot=not entry["disabled"],
    )
