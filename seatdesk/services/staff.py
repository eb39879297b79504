"""Staff accounts: only an admin manages them; everyone may change their own password."""

from __future__ import annotations

from dataclasses import dataclass

from seatdesk.audit.log import JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.policy.roles import Permission, Role, parse_role, require
from seatdesk.services.compartment_upkeep import grant_role, open_slot_keys
from seatdesk.services.countersign import (
    NONE,
    Countersign,
    Countersigned,
    countersigned,
    needs_countersign,
)
from seatdesk.services.key_rotation import rotate_or_mark
from seatdesk.services.local_lockout import clear_lock
from seatdesk.services.session import Session, check_new_password, check_staff_id
from seatdesk.vault.compartment_keys import HeldKeys, index_holder, new_generation, staff_roles
from seatdesk.vault.keyslots import parse_recovery_key


@dataclass(frozen=True)
class StaffInfo:
    staff_id: str
    display_name: str
    role: Role
    disabled: bool
    must_change_password: bool
    created_at: str
    last_login: str | None
    has_key_slot: bool


class StaffDesk:
    def __init__(self, session: Session) -> None:
        self._s = session

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
        """A new account and its key slot. An account that may see customer data needs a
        security officer's approval (`countersign`), and gets its role's compartment keys
        from the approver's (the recovery key's, for the first officer)."""
        parsed_role = checked_new_account(self._s, staff_id, role, password)
        db = self._s.db
        if db.execute("SELECT 1 FROM staff WHERE staff_id = ?", (staff_id,)):
            raise UsageError(f"staff ID {staff_id} already exists")
        approved = countersigned(self._s, "staff.add", staff_id, parsed_role, countersign)
        now = utc_iso(self._s.runtime.clock.now())
        with db.transaction():
            db.execute(
                "INSERT INTO staff(staff_id, display_name, role, must_change_password, created_at, "
                "created_by) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    staff_id,
                    display_name or staff_id,
                    parsed_role.value,
                    int(must_change_password),
                    now,
                    self._s.staff_id,
                ),
            )
            self._s.audit.append(
                self._s.staff_id,
                "staff.add",
                target=staff_id,
                detail={"role": parsed_role.value, **approved.detail},
            )
            # The slot is written last inside the transaction: if saving it fails, nothing commits.
            self._s.wrap_for(staff_id, password)
            grant_role(self._s.keyfile, staff_id, parsed_role, self._s.policy, approved.keys)
            self._s.keyfile.save()
        return self._info(staff_id)

    def list(self) -> list[StaffInfo]:
        require(self._s.role, Permission.MANAGE_STAFF)
        rows = self._s.db.execute("SELECT staff_id FROM staff ORDER BY staff_id")
        return [self._info(str(row[0])) for row in rows]

    def disable(self, staff_id: str) -> StaffInfo:
        """Disable the account, remove its slot and rotate the keys it held (`_new_keys`: at the
        next custodian's / holder's sign-in when the admin disables), so that an old copy of its
        slot opens nothing written from then on; the caller then rotates the data key
        (`backups.rekey`: after the slot is gone, so the new data key is not sealed to it)."""
        require(self._s.role, Permission.MANAGE_STAFF)
        info = self._info(staff_id)
        if info.role is Role.ADMIN and not info.disabled and self._active_admins() <= 1:
            raise UsageError("cannot disable the last active admin")
        keyfile, db = self._s.keyfile, self._s.db
        with db.transaction():
            db.execute("UPDATE staff SET disabled = 1 WHERE staff_id = ?", (staff_id,))
            keyfile.remove_slot(staff_id)
            self._new_keys("staff.disable", staff_id, {}, info.role)
        return self._info(staff_id)

    def set_password(
        self, staff_id: str, new_password: str, *, countersign: Countersign = NONE
    ) -> None:
        """Own password: any role, the slot keeps its compartment keys. Another's: admin only,
        it must be changed at sign-in; for an account that may see customer data, with a
        security officer's approval, whose keys give the new slot its role's compartments."""
        own = staff_id == self._s.staff_id
        if not own:
            require(self._s.role, Permission.MANAGE_STAFF)
        info = self._info(staff_id)
        if info.disabled:
            raise UsageError(f"account {staff_id} is disabled")
        check_new_password(self._s.policy, staff_id, new_password)
        approved = (
            Countersigned({})
            if own
            else countersigned(self._s, "staff.password", staff_id, info.role, countersign)
        )
        with self._s.db.transaction():
            self._s.db.execute(
                "UPDATE staff SET must_change_password = ? WHERE staff_id = ?",
                (0 if own else 1, staff_id),
            )
            self._s.audit.append(
                self._s.staff_id,
                "staff.password",
                target=staff_id,
                detail={"by": "self" if own else "admin", **approved.detail},
            )
            self._s.wrap_for(staff_id, new_password, keep=self._s.unlocked if own else None)
            if not own:
                grant_role(self._s.keyfile, staff_id, info.role, self._s.policy, approved.keys)
            self._s.keyfile.save()
            clear_lock(self._s.runtime, self._s.keyfile, staff_id)
        if own:
            self._s.must_change_password = False

    def set_role(self, staff_id: str, role: str, *, countersign: Countersign = NONE) -> StaffInfo:
        """Change an account's role (admin). An account that may see customer data, before or
        after, needs a security officer's approval; its slot then holds the new role's
        compartments, from the approver's keys, and no others, and the compartment keys start
        a new generation (what it held and no longer holds opens nothing written from now on)."""
        require(self._s.role, Permission.MANAGE_STAFF)
        info = self._info(staff_id)
        new_role = parse_role(role)
        if info.disabled:
            raise UsageError(f"account {staff_id} is disabled")
        if new_role is info.role:
            raise UsageError(f"{staff_id} is a {new_role.value} already")
        if staff_id == self._s.staff_id:
            raise UsageError("an admin does not change their own role")
        if info.role is Role.ADMIN and self._active_admins() <= 1:
            raise UsageError("cannot change the role of the last active admin")
        checked = new_role if needs_countersign(new_role) else info.role
        approved = countersigned(self._s, "staff.role", staff_id, checked, countersign)
        keyfile, db = self._s.keyfile, self._s.db
        with db.transaction():
            db.execute("UPDATE staff SET role = ? WHERE staff_id = ?", (new_role.value, staff_id))
            if keyfile.has_slot(staff_id):
                keyfile.holds("staff:" + staff_id).clear()
                grant_role(keyfile, staff_id, new_role, self._s.policy, approved.keys)
            detail = {"from": info.role.value, "to": new_role.value, **approved.detail}
            self._new_keys("staff.role", staff_id, detail, info.role)
        return self._info(staff_id)

    def _new_keys(
        self, action: str, staff_id: str, detail: dict[str, JsonValue], held_as: Role
    ) -> None:
        """In the caller's transaction: the keys the account held rotate, the change audited
        with it, the key file saved. On a seat without a hall the new pairs are made only in a
        custodian's session (the lookup key's in a holder's): the admin's marks them due
        (`key_rotation`), so the admin never has a private key of them. `held_as`: the role the
        account held its keys as (the lookup key rotates only if that role held it)."""
        keyfile, db = self._s.keyfile, self._s.db
        if keyfile.hall is None:
            rotation = rotate_or_mark(
                keyfile, db, self._s.policy, self._s.held, lookup=index_holder(held_as)
            )
        else:
            generation = new_generation(
                keyfile, db, self._s.policy, staff_roles(db, keyfile.staff_ids())
            )
            rotation = {"compartment_keys": generation.number}
        self._s.audit.append(
            self._s.staff_id, action, target=staff_id, detail={**detail, **rotation}
        )
        keyfile.save()

    def grant_keys(self, staff_id: str, custodian: HeldKeys) -> None:
        """Give an account its role's compartment keys from a custodian's (an account made
        without them), audited."""
        info = self._info(staff_id)
        if info.disabled or not self._s.keyfile.has_slot(staff_id):
            raise UsageError(f"account {staff_id} is disabled or has no key slot on this seat")
        if not custodian.custodian:
            raise PermissionDenied(
                "only a security officer (or the recovery key) can give an account its keys",
                code="staff.not_custodian",
            )
        with self._s.db.transaction():
            self._s.audit.append(
                self._s.staff_id, "staff.keys_granted", target=staff_id, detail={"role": info.role}
            )
            grant_role(self._s.keyfile, staff_id, info.role, self._s.policy, custodian)
            self._s.keyfile.save()

    def _info(self, staff_id: str) -> StaffInfo:
        rows = self._s.db.execute(
            "SELECT staff_id, display_name, role, disabled, must_change_password, created_at, "
            "last_login FROM staff WHERE staff_id = ?",
            (staff_id,),
        )
        if not rows:
            raise UsageError(f"no staff account {staff_id}")
        r = rows[0]
        return StaffInfo(
            staff_id=str(r[0]),
            display_name=str(r[1]),
            role=parse_role(str(r[2])),
            disabled=bool(r[3]),
            must_change_password=bool(r[4]),
            created_at=str(r[5]),
            last_login=None if r[6] is None else str(r[6]),
            has_key_slot=self._s.keyfile.has_slot(str(r[0])),
        )

    def _active_admins(self) -> int:
        return int(
            self._s.db.scalar(
                "SELECT count(*) FROM staff WHERE role = ? AND disabled = 0", (Role.ADMIN.value,)
            )
        )


def checked_new_account(session: Session, staff_id: str, role: str, password: str) -> Role:
    """What every new account is checked for, at a seat or at the hall: the admin adds it, the
    staff ID and first password are acceptable; its role, parsed."""
    require(session.role, Permission.MANAGE_STAFF)
    check_staff_id(staff_id)
    parsed = parse_role(role)
    check_new_password(session.policy, staff_id, password)
    return parsed


def recovery_custodian(session: Session, recovery_key: str) -> HeldKeys:
    """The keys the recovery slot holds (the escrow: every compartment), for a grant."""
    unlocked = session.keyfile.unlock_recovery(parse_recovery_key(recovery_key))
    return open_slot_keys(session.keyfile, unlocked)


def require_password_current(session: Session) -> None:
    """Commands other than a password change refuse a session whose password must be changed."""
    if session.must_change_password:
        raise PermissionDenied(
            f"{session.staff_id} must change the initial password first (seatdesk user passwd)",
            code="staff.password_change",
        )
