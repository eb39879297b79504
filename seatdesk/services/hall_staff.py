"""Staff accounts on a seat enrolled with a hall: `user add|list|disable|passwd` act on the hall's
directory (audited there, and in the seat's own log), and reach every seat.

The hall decides who may change what from the token of the acting sign-in; this desk checks
the role first only to say no sooner. A new account's key pair and first password are made
here, at the admin's seat, and the hall access key is sealed to its public key here: the hall
never sees a password, a private key or the access key.
"""

from __future__ import annotations

from typing import Any

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.link.client import HallClient, HallUnreachable
from seatdesk.policy.roles import Permission, parse_role, require
from seatdesk.services.directory_sign_in import HallAccess, SeatOnHall
from seatdesk.services.session import Session, check_new_password, mirror_entry
from seatdesk.services.staff import StaffInfo, checked_new_account
from seatdesk.vault.hall_slots import new_account_keys, seal_access


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
    ) -> StaffInfo:
        parsed = checked_new_account(self._s, staff_id, role, password)
        seat, client, access = self._online()
        keys = new_account_keys(access.hall_id, staff_id, password, self._s.runtime.kdf)
        answer = client.post(
            "/v1/staff/add",
            {
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
            detail={"role": parsed.value, "at": "hall"},
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

    def set_password(self, staff_id: str, new_password: str) -> None:
        """Own password: the same key pair, rewrapped. Another's (admin): a new key pair, and
        the password must be changed at the next sign-in."""
        own = staff_id == self._s.staff_id
        if not own:
            require(self._s.role, Permission.MANAGE_STAFF)
        check_new_password(self._s.policy, staff_id, new_password)
        seat, client, access = self._online()
        payload: dict[str, Any] = {"token": access.token, "staff_id": staff_id}
        if own:
            keys = new_account_keys(
                access.hall_id, staff_id, new_password, self._s.runtime.kdf, private=access.private
            )
        else:
            keys = new_account_keys(access.hall_id, staff_id, new_password, self._s.runtime.kdf)
            payload["access"] = seal_access(
                access.hall_id, staff_id, keys.public, access.access_key
            )
        answer = client.post("/v1/staff/passwd", {**payload, "keys": keys.for_hall()})
        self._took(seat, answer)
        self._s.audit.append(
            self._s.staff_id,
            "staff.password",
            target=staff_id,
            detail={"by": "self" if own else "admin", "at": "hall"},
        )
        if own:
            self._s.must_change_password = False


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
