"""The hall's staff directory routes: one account, one password, at every seat of the hall.

A seat asks for an account's Argon2id parameters, derives the proof from the password and sends
it; the hall compares it with the verifier it keeps, counts failures across every seat (five in
15 minutes lock the account everywhere), and on success answers with the account's signed entry
(its wrapped private key and the sealed hall access key) and a token that proves the sign-in for
the changes only an admin (or the account itself) may make; for an account that may see customer
data, with a security officer's proof (directory_approval). The hall never sees a password, a
private key or the access key in clear.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request

from seatdesk.core.identity import STAFF_ID
from seatdesk.core.staff_proof import proof_matches
from seatdesk.hall import compartment_store
from seatdesk.hall import directory_store as rows
from seatdesk.hall.directory_approval import countersigned, sees_customers
from seatdesk.hall.directory_entry import sign_entry
from seatdesk.hall.requests import Refused, json_object, read_body
from seatdesk.policy.roles import Role

if TYPE_CHECKING:
    from seatdesk.hall.app import HallApp

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_ROLES = frozenset(role.value for role in Role)
DEFAULT_KDF = {"alg": "argon2id", "t": 3, "m": 64 * 1024, "p": 2}


def _refused(status: int, error: str) -> Refused:
    return Refused(status, error)


def _staff_id(data: dict[str, Any], name: str = "staff_id") -> str:
    value = data.get(name)
    if not isinstance(value, str) or not STAFF_ID.match(value):
        raise _refused(400, f"{name} must be a staff ID")
    return value


def _text(data: dict[str, Any], name: str, limit: int = 64) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not 0 < len(value) <= limit:
        raise _refused(400, f"{name} must be a text of 1-{limit} characters")
    return value


def _box(value: Any, names: tuple[str, ...], what: str) -> dict[str, str]:
    if not isinstance(value, dict) or set(value) != set(names):
        raise _refused(400, f"{what} is malformed")
    if not all(isinstance(value[n], str) and 0 < len(value[n]) <= 512 for n in names):
        raise _refused(400, f"{what} is malformed")
    return {n: str(value[n]) for n in names}


def _keys(data: dict[str, Any]) -> dict[str, Any]:
    keys = data.get("keys")
    if not isinstance(keys, dict):
        raise _refused(400, "keys are required")
    kdf = keys.get("kdf")
    if not (
        isinstance(kdf, dict)
        and kdf.get("alg") == "argon2id"
        and all(isinstance(kdf.get(n), int) and not isinstance(kdf.get(n), bool) for n in "tmp")
        and isinstance(kdf.get("salt"), str)
        and len(kdf["salt"]) <= 64
    ):
        raise _refused(400, "keys.kdf is malformed")
    verifier, public = keys.get("verifier"), keys.get("public")
    if not isinstance(verifier, str) or not _HEX64.match(verifier):
        raise _refused(400, "keys.verifier is malformed")
    if not isinstance(public, str) or len(public) != 44:
        raise _refused(400, "keys.public is malformed")
    return {
        "kdf": {n: kdf[n] for n in ("alg", "t", "m", "p", "salt")},
        "verifier": verifier,
        "wrapped_private": _box(keys.get("wrapped_private"), ("nonce", "ct"), "wrapped_private"),
        "public": public,
    }


def _access(data: dict[str, Any]) -> dict[str, str]:
    return _box(data.get("access"), ("eph", "nonce", "ct"), "access")


class DirectoryRoutes:
    def __init__(self, hall: HallApp) -> None:
        self.hall = hall
        self._decoy = hashlib.sha256(b"seatdesk-decoy|" + hall.ca.key_pem).digest()

    async def _request(self, request: Request) -> tuple[str, dict[str, Any]]:
        body = await read_body(request)
        seat = await self.hall.authenticate(request, body)
        return seat.seat_id, json_object(body)

    def _signed(self, hall_id: str, account: rows.Account) -> dict[str, Any]:
        entry = account.entry(hall_id)
        return {"entry": entry, "signature": sign_entry(self.hall.ca.key_pem, entry)}

    async def _actor(self, conn: rows.Conn, data: dict[str, Any], seat_id: str) -> rows.Account:
        return await rows.signed_in_account(conn, data, seat_id, self.hall.now())

    async def _admin(self, conn: rows.Conn, data: dict[str, Any], seat_id: str) -> rows.Account:
        actor = await self._actor(conn, data, seat_id)
        if actor.role != Role.ADMIN.value:
            raise _refused(403, "only an admin may change the staff directory")
        return actor

    # -- routes -------------------------------------------------------------------------------
    async def kdf(self, request: Request) -> dict[str, Any]:
        """The Argon2id parameters of an account (a decoy for one that does not exist)."""
        _, data = await self._request(request)
        staff_id = _staff_id(data)
        async with self.hall.store.pool.connection() as conn:
            account = await rows.account(conn, staff_id)
            empty = await rows.is_empty(conn)
        if account is not None:
            return {"kdf": account.kdf, "empty": False}
        return {
            "kdf": {**DEFAULT_KDF, "salt": rows.decoy_salt(self._decoy, staff_id)},
            "empty": empty,
        }

    async def sign_in(self, request: Request) -> dict[str, Any]:
        seat_id, data = await self._request(request)
        staff_id = _staff_id(data)
        proof = data.get("proof")
        since = data.get("since", 0)
        if not isinstance(proof, str) or len(proof) > 128 or not isinstance(since, int):
            raise _refused(400, "a sign-in needs staff_id, proof and since")
        now = self.hall.now()
        hall_id = await self.hall.store.hall_id()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            account = await rows.account(conn, staff_id, lock=True)
            refusal = await self._refusal(conn, account, staff_id, seat_id, proof, now)
            if refusal is not None:
                return refusal
            assert account is not None
            await rows.clear_failures(conn, staff_id)
            token = await rows.new_token(conn, staff_id, seat_id, now)
            await rows.log(conn, now, seat_id, staff_id, "login", staff_id)
            changes = await rows.changed_since(conn, since)
            latest = await rows.latest_version(conn)
            generations = await compartment_store.generations(conn, self.hall.ca.key_pem)
            chain = await compartment_store.access_chain(conn)
        return {
            "access_chain": chain,
            **self._signed(hall_id, account),
            "token": token,
            "directory": [self._signed(hall_id, a) for a in changes],
            "version": latest,
            "generations": generations,
        }

    async def _refusal(
        self,
        conn: rows.Conn,
        account: rows.Account | None,
        staff_id: str,
        seat_id: str,
        proof: str,
        now: datetime,
    ) -> dict[str, Any] | None:
        """The answer to a sign-in that fails, counted; None when the proof is right."""
        if account is None:
            await rows.log(conn, now, seat_id, staff_id, "login", staff_id, "denied")
            return {"refused": "wrong"}
        if account.locked_until is not None and account.locked_until > now:
            await rows.log(conn, now, seat_id, staff_id, "login", staff_id, "locked")
            return {"refused": "locked", "until": account.locked_until.isoformat()}
        if not proof_matches(proof, account.verifier):
            until = await rows.count_failure(conn, staff_id, seat_id, now)
            await rows.log(conn, now, seat_id, staff_id, "login.failed", staff_id, "denied")
            if until is not None:
                await rows.log(conn, now, seat_id, "hall", "staff.locked", staff_id)
                await rows.changed(conn, seat_id, staff_id)
                return {"refused": "locked", "until": until.isoformat(), "now_locked": True}
            return {"refused": "wrong"}
        if account.disabled:
            await rows.log(conn, now, seat_id, staff_id, "login", staff_id, "disabled")
            return {"refused": "disabled"}
        return None

    async def bootstrap(self, request: Request) -> dict[str, Any]:
        """The hall's first account: the admin who enrols its first seat."""
        seat_id, data = await self._request(request)
        staff_id = _staff_id(data)
        keys, access = _keys(data), _access(data)
        now = self.hall.now()
        hall_id = await self.hall.store.hall_id()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            await conn.execute("LOCK TABLE staff IN EXCLUSIVE MODE")
            if not await rows.is_empty(conn):
                raise _refused(409, "the hall has a staff directory already")
            await rows.insert(
                conn,
                staff_id=staff_id,
                display_name=_text(data, "display_name"),
                role=Role.ADMIN.value,
                must_change_password=False,
                keys=keys,
                access=access,
                by=staff_id,
                now=now,
            )
            await rows.log(conn, now, seat_id, staff_id, "staff.bootstrap", staff_id)
            await rows.changed(conn, seat_id, staff_id)
            account = await rows.account(conn, staff_id)
            token = await rows.new_token(conn, staff_id, seat_id, now)
            latest = await rows.latest_version(conn)
        assert account is not None
        return {
            **self._signed(hall_id, account),
            "token": token,
            "directory": [self._signed(hall_id, account)],
            "version": latest,
        }

    async def add(self, request: Request) -> dict[str, Any]:
        seat_id, data = await self._request(request)
        staff_id = _staff_id(data)
        role = data.get("role")
        if role not in _ROLES:
            raise _refused(400, "role must be one of " + ", ".join(sorted(_ROLES)))
        must_change = data.get("must_change_password", True)
        if not isinstance(must_change, bool):
            raise _refused(400, "must_change_password must be true or false")
        # Malformed key material is a 400 before anything else.
        _keys(data)
        _access(data)
        now = self.hall.now()
        hall_id = await self.hall.store.hall_id()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._admin(conn, data, seat_id)
            if await rows.account(conn, staff_id) is not None:
                raise _refused(409, f"staff ID {staff_id} already exists")
            approved, refusal = await countersigned(
                conn,
                data,
                seat_id=seat_id,
                actor=actor.staff_id,
                action="staff.add",
                target=staff_id,
                role=str(role),
                now=now,
            )
            if refusal is None:
                await self._insert(conn, data, staff_id, str(role), must_change, actor, now)
                await rows.log(
                    conn,
                    now,
                    seat_id,
                    actor.staff_id,
                    "staff.add",
                    staff_id,
                    detail={"role": role, **approved},
                )
                await rows.changed(conn, seat_id, staff_id)
            account = await rows.account(conn, staff_id)
        if refusal is not None:  # raised once the refusal's log entry is committed
            raise refusal
        assert account is not None
        return self._signed(hall_id, account)

    async def _insert(
        self,
        conn: rows.Conn,
        data: dict[str, Any],
        staff_id: str,
        role: str,
        must_change: bool,
        actor: rows.Account,
        now: datetime,
    ) -> None:
        keys, access = _keys(data), _access(data)
        await rows.insert(
            conn,
            staff_id=staff_id,
            display_name=_text(data, "display_name"),
            role=role,
            must_change_password=must_change,
            keys=keys,
            access=access,
            by=actor.staff_id,
            now=now,
        )

    async def passwd(self, request: Request) -> dict[str, Any]:
        """Own password (same key pair, rewrapped) or an admin's reset (a new key pair)."""
        seat_id, data = await self._request(request)
        staff_id = _staff_id(data)
        keys = _keys(data)
        now = self.hall.now()
        hall_id = await self.hall.store.hall_id()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._actor(conn, data, seat_id)
            account = await rows.account(conn, staff_id, lock=True)
            if account is None or account.disabled:
                raise _refused(404, f"no active account {staff_id}")
            own = actor.staff_id == staff_id
            refusal: Refused | None = None
            if own:
                if keys["public"] != account.public:
                    raise _refused(400, "an own password change keeps the account's key pair")
                await rows.set_keys(conn, staff_id, keys, None, must_change_password=False, now=now)
                approved: dict[str, Any] = {}
            else:
                if actor.role != Role.ADMIN.value:
                    raise _refused(403, "only an admin may reset another account's password")
                access = _access(data)
                approved, refusal = await countersigned(
                    conn,
                    data,
                    seat_id=seat_id,
                    actor=actor.staff_id,
                    action="staff.password",
                    target=staff_id,
                    role=account.role,
                    now=now,
                )
                if refusal is None:
                    await rows.set_keys(
                        conn, staff_id, keys, access, must_change_password=True, now=now
                    )
            if refusal is None:
                detail = {"by": "self" if own else "admin", **approved}
                await rows.log(
                    conn, now, seat_id, actor.staff_id, "staff.password", staff_id, detail=detail
                )
                await rows.changed(conn, seat_id, staff_id)
            changed = await rows.account(conn, staff_id)
        if refusal is not None:  # raised once the refusal's log entry is committed
            raise refusal
        assert changed is not None
        return self._signed(hall_id, changed)

    async def role(self, request: Request) -> dict[str, Any]:
        """An admin changes an account's role: where the role before or after may see customer
        data, with a security officer's approval, which the hall checks. The account's
        sign-ins end, so its next one, at any seat, carries the new role."""
        seat_id, data = await self._request(request)
        staff_id = _staff_id(data)
        role = data.get("role")
        if role not in _ROLES:
            raise _refused(400, "role must be one of " + ", ".join(sorted(_ROLES)))
        now = self.hall.now()
        hall_id = await self.hall.store.hall_id()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._admin(conn, data, seat_id)
            account = await rows.account(conn, staff_id, lock=True)
            if account is None or account.disabled:
                raise _refused(404, f"no active account {staff_id}")
            if account.role == role:
                raise _refused(409, f"{staff_id} is a {role} already")
            if actor.staff_id == staff_id:
                raise _refused(403, "an admin does not change their own role")
            if account.role == Role.ADMIN.value and await rows.active_admins(conn) <= 1:
                raise _refused(409, "cannot change the role of the last active admin")
            approved, refusal = await countersigned(
                conn,
                data,
                seat_id=seat_id,
                actor=actor.staff_id,
                action="staff.role",
                target=staff_id,
                role=str(role) if sees_customers(str(role)) else account.role,
                now=now,
            )
            if refusal is None:
                await rows.set_role(conn, staff_id, str(role), now)
                detail = {"from": account.role, "to": role, **approved}
                await rows.log(
                    conn, now, seat_id, actor.staff_id, "staff.role", staff_id, detail=detail
                )
                await rows.changed(conn, seat_id, staff_id)
            changed = await rows.account(conn, staff_id)
        if refusal is not None:  # raised once the refusal's log entry is committed
            raise refusal
        assert changed is not None
        return self._signed(hall_id, changed)

    async def disable(self, request: Request) -> dict[str, Any]:
        seat_id, data = await self._request(request)
        staff_id = _staff_id(data)
        now = self.hall.now()
        hall_id = await self.hall.store.hall_id()
        async with self.hall.store.pool.connection() as conn, conn.transaction():
            actor = await self._admin(conn, data, seat_id)
            account = await rows.account(conn, staff_id, lock=True)
            if account is None:
                raise _refused(404, f"no staff account {staff_id}")
            last_admin = account.role == Role.ADMIN.value and not account.disabled
            if last_admin and await rows.active_admins(conn) <= 1:
                raise _refused(409, "cannot disable the last active admin")
            await rows.disable(conn, staff_id, now)
            await rows.log(conn, now, seat_id, actor.staff_id, "staff.disable", staff_id)
            await rows.changed(conn, seat_id, staff_id)
            changed = await rows.account(conn, staff_id)
        assert changed is not None
        return self._signed(hall_id, changed)

    async def directory(self, request: Request) -> dict[str, Any]:
        """Every account changed after `since`, signed."""
        await self.hall.authenticate(request, b"")
        try:
            since = max(int(request.query_params.get("since", "0")), 0)
        except ValueError:
            raise _refused(400, "since is a number") from None
        hall_id = await self.hall.store.hall_id()
        async with self.hall.store.pool.connection() as conn:
            changes = await rows.changed_since(conn, since)
            latest = await rows.latest_version(conn)
            generations = await compartment_store.generations(conn, self.hall.ca.key_pem)
            chain = await compartment_store.access_chain(conn)
        return {
            "access_chain": chain,
            "directory": [self._signed(hall_id, a) for a in changes],
            "version": latest,
            "generations": generations,
        }
