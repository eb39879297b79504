"""Signing in at a seat enrolled with a hall: the hall's directory decides, the seat's own copy
stands in only while the hall cannot be reached.

Online, the seat sends the password's proof; the hall counts failures across every seat and
answers with the account's signed entry; the seat opens the account's private key with the
password, the hall access key with that, and its own data key with the access key and the
device secret. Offline, the same keys come from the seat's directory copy, which must be as new
as the seat has ever seen it (the keyring's mark), and may only hold accounts that once signed
in here; failures then count in the key file, sealed by the keyring, as on a seat without a
hall, and reach the hall with the seat's audit (see services.local_lockout).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from seatdesk.core.errors import AccountLockedError, AuthenticationError, VaultUnreadable
from seatdesk.hall.directory_entry import BadEntry, check_entry, check_record
from seatdesk.link.client import HallClient, HallUnreachable, SeatCredentials
from seatdesk.services.local_lockout import FailureCounter, count_failure, refuse_if_locked
from seatdesk.services.runtime import Runtime
from seatdesk.vault.directory_cache import DirectoryCache, cache_path
from seatdesk.vault.hall_compartments import HallRecord
from seatdesk.vault.hall_slots import (
    WRONG,
    older_access_keys,
    open_access,
    open_private,
    password_keys,
    unwrap_seat_key,
    wrap_seat_key,
)
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.paths import VaultPaths
from seatdesk.vault.seat_hall import SeatHall, seat_hall, section_of
from seatdesk.vault.secret_store import SecretStore
from seatdesk.vault.store import device_secret_for

SIGN_IN_TIMEOUT = 5.0  # seconds before a sign-in stops waiting for the hall and goes offline


@dataclass(frozen=True)
class HallAccess:
    """What a directory sign-in leaves in the session's memory (never printed)."""

    hall_id: str
    staff_id: str
    online: bool
    token: str | None = field(repr=False)
    access_key: bytes = field(repr=False)
    private: bytes = field(repr=False)


@dataclass(frozen=True)
class Admission:
    data_key: bytes = field(repr=False)
    device_secret: bytes | None = field(repr=False)
    entry: dict[str, Any] = field(repr=False)
    access: HallAccess = field(repr=False)
    seat: SeatOnHall = field(repr=False)  # the seat as the sign-in read it (directory copy)


class SeatOnHall:
    """An enrolled seat's hall, as its key file describes it, before any sign-in."""

    def __init__(
        self,
        paths: VaultPaths,
        keyfile: KeyFile,
        store: SecretStore | None,
        device_secret: bytes | None,
        hall: SeatHall,
    ) -> None:
        self.keyfile = keyfile
        self.store = store
        self.device_secret = device_secret
        self.hall = hall
        self.cache = DirectoryCache.load(cache_path(paths.vault), hall.hall_id)

    @classmethod
    def of(cls, runtime: Runtime, paths: VaultPaths, keyfile: KeyFile) -> SeatOnHall:
        """From a key file that has joined a hall."""
        section = keyfile.hall
        assert section is not None
        store = runtime.secret_store() if keyfile.key_storage == "keyring" else None
        device_secret = device_secret_for(keyfile, store)
        return cls(
            paths,
            keyfile,
            store,
            device_secret,
            seat_hall(section, keyfile.vault_id, device_secret),
        )

    def client(self, timeout: float = SIGN_IN_TIMEOUT) -> HallClient:
        seat = SeatCredentials(self.hall.seat_id, self.hall.seat_key_pem, self.hall.cert_pem)
        return HallClient(self.hall.url, self.hall.ca_pem, seat, timeout)

    def checked(self, signed: Any) -> dict[str, Any]:
        if not isinstance(signed, dict):
            raise VaultUnreadable("the hall's directory entry is malformed")
        try:
            entry = check_entry(self.hall.ca_pem, signed.get("entry"), signed.get("signature"))
        except BadEntry as exc:
            raise VaultUnreadable(f"refusing a directory entry: {exc}") from None
        if entry["hall_id"] != self.hall.hall_id:
            raise VaultUnreadable("refusing a directory entry of another hall")
        return entry

    def remember(self, answer: dict[str, Any]) -> None:
        """The entries of a hall answer, saved and marked."""
        entries = [s for s in answer.get("directory", []) if self._valid(s)]
        if "entry" in answer:
            entries.append({"entry": answer["entry"], "signature": answer["signature"]})
        self.cache.take(entries, int(answer.get("version", 0)))
        chain = answer.get("access_chain")
        if isinstance(chain, list) and len(chain) >= len(self.cache.access_chain):
            self.cache.access_chain = [c for c in chain if isinstance(c, dict)]
        generations = answer.get("generations")
        if isinstance(generations, list):
            self.cache.take_generations([g for g in generations if self._record(g) is not None])
        self.cache.save()
        self.cache.raise_mark(self.store, self.keyfile.vault_id)

    def _record(self, signed: Any) -> HallRecord | None:
        if not isinstance(signed, dict):
            return None
        try:
            record = check_record(self.hall.ca_pem, signed.get("record"), signed.get("signature"))
            parsed = HallRecord.of(record)
        except (BadEntry, ValueError):
            return None
        return parsed if parsed.hall_id == self.hall.hall_id else None

    def records(self) -> list[HallRecord]:
        """The hall's compartment generations as this seat's copy holds them, oldest first."""
        found = [self._record(g) for g in self.cache.generations]
        return sorted((r for r in found if r is not None), key=lambda r: r.generation)

    def _valid(self, signed: Any) -> bool:
        try:
            self.checked(signed)
        except VaultUnreadable:
            return False
        return True

    def open_seat(self, entry: dict[str, Any], private: bytes) -> tuple[bytes, bytes]:
        """(access key, data key) for an account whose private key is open."""
        if entry.get("access") is None:
            raise AuthenticationError(
                f"account {entry['staff_id']} has no access to the hall's seats"
            )
        access_key = open_access(self.hall.hall_id, entry["staff_id"], private, entry["access"])
        data_key = unwrap_seat_key(
            access_key, self.device_secret, self.keyfile.vault_id, self.hall.box
        )
        if data_key is None:
            data_key = self._rewrap(access_key)
        if data_key is None:
            raise VaultUnreadable(
                "this seat's key no longer opens with the hall's access key: its admin signs "
                "in here once while the hall is reachable (seatdesk hall enrol)"
            )
        return access_key, data_key

    def _rewrap(self, access_key: bytes) -> bytes | None:
        """The data key of a box made under an older access key (the chain opens it), wrapped
        again under `access_key` (the key file saved): an old access key opens it no more."""
        vault_id = self.keyfile.vault_id
        chain = self.cache.access_chain
        for older in older_access_keys(self.hall.hall_id, access_key, chain):
            data_key = unwrap_seat_key(older, self.device_secret, vault_id, self.hall.box)
            if data_key is not None:
                box = wrap_seat_key(access_key, self.device_secret, vault_id, data_key)
                self.hall = replace(self.hall, box=box)
                self.keyfile.set_hall(section_of(self.hall, vault_id, self.device_secret))
                self.keyfile.save()
                return data_key
        return None


def admit(
    runtime: Runtime, paths: VaultPaths, keyfile: KeyFile, staff_id: str, password: str
) -> Admission:
    seat = SeatOnHall.of(runtime, paths, keyfile)
    try:
        return _online(seat, staff_id, password, runtime.clock.now())
    except HallUnreachable:
        return _offline(seat, runtime, staff_id, password)


def _online(seat: SeatOnHall, staff_id: str, password: str, now: datetime) -> Admission:
    client = seat.client()
    kdf = client.post("/v1/staff/kdf", {"staff_id": staff_id})["kdf"]
    keys = password_keys(staff_id, password, kdf)
    answer = client.post(
        "/v1/staff/signin",
        {"staff_id": staff_id, "proof": keys.proof_b64, "since": seat.cache.version},
    )
    refused = answer.get("refused")
    if refused == "locked":
        until = datetime.fromisoformat(str(answer["until"]))
        first = "too many failed sign-ins: " if answer.get("now_locked") else ""
        raise AccountLockedError(
            f"{first}account {staff_id} is locked at the hall until "
            f"{until.strftime('%Y-%m-%d %H:%M')} UTC"
        )
    if refused == "disabled":
        raise AuthenticationError(f"account {staff_id} is disabled", code="auth.disabled")
    if refused is not None:
        raise AuthenticationError(WRONG)
    entry = seat.checked({"entry": answer.get("entry"), "signature": answer.get("signature")})
    if entry["staff_id"] != staff_id:
        raise VaultUnreadable("the hall answered for another account")
    private = open_private(seat.hall.hall_id, staff_id, keys, entry["wrapped_private"])
    seat.remember(answer)  # with the access key's chain, if the box is under an older key
    access_key, data_key = seat.open_seat(entry, private)
    token = str(answer["token"])
    access = HallAccess(seat.hall.hall_id, staff_id, True, token, access_key, private)
    return Admission(data_key, seat.device_secret, entry, access, seat)


def _offline(seat: SeatOnHall, runtime: Runtime, staff_id: str, password: str) -> Admission:
    cache, keyfile = seat.cache, seat.keyfile
    if cache.older_than_mark(seat.store, keyfile.vault_id):
        raise AuthenticationError(
            "the hall cannot be reached, and this seat's copy of the staff directory is older "
            "than one it has seen (a restored file?): sign in when the hall is reachable",
            code="auth.offline_stale",
        )
    signed = cache.entries.get(staff_id)
    if signed is None:
        raise AuthenticationError(
            f"the hall cannot be reached, and this seat has never seen account {staff_id}: "
            "sign in when the hall is reachable",
            code="auth.offline_unknown",
        )
    entry = seat.checked(signed)
    if entry["disabled"]:
        raise AuthenticationError(f"account {staff_id} is disabled", code="auth.disabled")
    now = runtime.clock.now()
    limits = runtime.policy.limits
    counter = FailureCounter.load(keyfile, seat.store)
    refuse_if_locked(runtime.policy, counter, staff_id, now)
    try:
        keys = password_keys(staff_id, password, entry["kdf"])
        private = open_private(seat.hall.hall_id, staff_id, keys, entry["wrapped_private"])
    except AuthenticationError:
        count_failure(limits, counter, staff_id, now)
        raise
    access_key, data_key = seat.open_seat(entry, private)
    access = HallAccess(seat.hall.hall_id, staff_id, False, None, access_key, private)
    return Admission(data_key, seat.device_secret, entry, access, seat)
