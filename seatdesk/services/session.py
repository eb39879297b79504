"""Signing in and out: unwrap the data key from a key slot, open the vault, audit the login.

A Session is the signed-in person's handle on the vault; every other service takes one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from seatdesk.audit.log import AuditLog, JsonValue
from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import (
    AuthenticationError,
    UsageError,
    VaultUnreadable,
)
from seatdesk.core.identity import STAFF_ID
from seatdesk.policy.model import Policy
from seatdesk.policy.roles import Role, parse_role
from seatdesk.records.phone_index import PhoneIndex
from seatdesk.records.verifiers import VerifierKeys
from seatdesk.services import (
    compartment_upkeep,
    custody_move,
    directory_sign_in,
    hall_compartments,
    key_rotation,
)
from seatdesk.services.directory_sign_in import HallAccess
from seatdesk.services.index_upkeep import index_upkeep, mark_keyed
from seatdesk.services.local_lockout import (
    TAMPERED,
    FailureCounter,
    count_failure,
    flush_to_audit,
    open_counter,
    refuse_if_locked,
    remember_key,
)
from seatdesk.services.open_customers import OpenCustomers
from seatdesk.services.runtime import Runtime
from seatdesk.services.tier_expiry import expire_tiers
from seatdesk.vault.compartment_keys import NO_KEYS, HeldKeys
from seatdesk.vault.copies import PARTIAL
from seatdesk.vault.db import VaultDb, Verify
from seatdesk.vault.keyslots import (
    KeyFile,
    Unlocked,
    new_data_key,
    new_recovery_key,
    parse_recovery_key,
)
from seatdesk.vault.pending import finish_pending
from seatdesk.vault.store import (
    VaultPaths,
    audit_key,
    create_vault,
    device_secret_for,
    open_vault,
)
from seatdesk.vault.value_seal import ValueOpener


@dataclass
class Session:
    staff_id: str
    display_name: str
    role: Role
    must_change_password: bool
    paths: VaultPaths
    runtime: Runtime
    db: VaultDb
    audit: AuditLog
    keyfile: KeyFile
    _data_key: bytes = field(repr=False)
    _device_secret: bytes | None = field(repr=False)
    agreement_acknowledged: bool = False
    # On a seat enrolled with a hall: what the directory sign-in opened (None on other seats).
    hall_access: HallAccess | None = field(default=None, repr=False)
    # The compartment keys this person's slot holds (services.compartment_upkeep.held_keys).
    held: HeldKeys = field(default=NO_KEYS, repr=False)
    # The person's own slot, opened (a password change keeps its compartment keys).
    unlocked: Unlocked | None = field(default=None, repr=False)
    _opener: ValueOpener | None = field(default=None, repr=False)
    _card_reader: ValueOpener | None = field(default=None, repr=False)
    _phone_index: PhoneIndex | None = field(default=None, repr=False)

    @property
    def opener(self) -> ValueOpener:
        """Opens the protected values this person's compartments hold (None for the rest)."""
        if self._opener is None:
            self._opener = ValueOpener(self.db, self.keyfile.vault_id, self.held)
        return self._opener

    @property
    def card_reader(self) -> ValueOpener:
        """Reads a record for its card, which shows the stored masked forms: opens only the
        phones (with the lookup key, if held), which the card masks, so a view or a pop
        decrypts no value it would not show."""
        if self._card_reader is None:
            held = self.held.lookup_only()
            self._card_reader = ValueOpener(self.db, self.keyfile.vault_id, held)
        return self._card_reader

    def phone_hash(self, number: str) -> str:
        """The audit's keyed hash of a phone number: under the lookup key where this person
        holds it (the admin, who reads the audit, cannot test guesses of it), else the audit's."""
        return self.phone_index.audit_hash(number) or self.audit.keyed_hash(number)

    def phone_hash_version(self) -> dict[str, JsonValue]:
        """What the audit entry with a `phone_hash` records of its key: the lookup key's version
        (a search of the audit by number hashes under each: `audit_view`); {} for the audit's."""
        index = self.phone_index
        return {} if index.key is None else {"hash_version": index.version}

    @property
    def verifier_keys(self) -> VerifierKeys:
        """The keys this person checks verifiers with (`records.verifiers`)."""
        return compartment_upkeep.verifier_keys(self.db, self.held)

    @property
    def phone_index(self) -> PhoneIndex:
        """How this person searches the phone index (`records.phone_index`)."""
        if self._phone_index is None:
            self._phone_index = compartment_upkeep.phone_index(self.db, self.held)
        return self._phone_index

    def opener_with(self, more: HeldKeys) -> ValueOpener:
        """An opener of this session's keys and `more` (an approver's, for one value)."""
        return ValueOpener(self.db, self.keyfile.vault_id, self.held.joined(more))

    # The customers open on this seat (records viewed, the live call's customer): the guards and
    # the free-text gate work from this one set.
    open_customers: OpenCustomers = field(default_factory=OpenCustomers, repr=False)

    @property
    def on_hall_directory(self) -> bool:
        return self.keyfile.hall is not None

    @property
    def policy(self) -> Policy:
        return self.runtime.policy

    @property
    def key_storage(self) -> str:
        return self.keyfile.key_storage

    def wrap_for(self, staff_id: str, password: str, *, keep: Unlocked | None = None) -> None:
        """Give `staff_id` a key slot under `password` on this seat (caller saves the key file);
        `keep`: their own slot, opened, whose compartment keys stay with it."""
        self.keyfile.set_password_slot(
            staff_id, password, self._data_key, self._device_secret, self.runtime.kdf, keep=keep
        )

    def second_connection(self) -> VaultDb:
        """Another connection to this vault, for a thread of its own (the hall worker): the key
        stays in here."""
        return open_vault(self.paths, KeyFile.load(self.paths.keys), self._data_key, verify="quick")

    def close(self) -> None:
        self.db.close()


def check_staff_id(staff_id: str) -> None:
    if not STAFF_ID.match(staff_id):
        raise UsageError(
            "staff ID must be 2–32 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )


def check_new_password(policy: Policy, staff_id: str, password: str) -> None:
    minimum = policy.limits.password_min_length
    if len(password) < minimum:
        raise UsageError(
            f"password must have at least {minimum} characters",
            code="password.short",
            min=minimum,
        )
    if password.casefold() == staff_id.casefold():
        raise UsageError("password must not be the staff ID", code="password.staff_id")


def initialise_vault(
    runtime: Runtime,
    paths: VaultPaths,
    *,
    admin_id: str,
    admin_name: str,
    password: str,
    key_storage: str,
) -> str:
    """Create a vault with its first admin; returns the recovery key (shown once, never stored)."""
    check_staff_id(admin_id)
    check_new_password(runtime.policy, admin_id, password)
    store = runtime.secret_store() if key_storage == "keyring" else None
    new = create_vault(paths, key_storage, store)
    try:
        now = runtime.clock.now()
        new.keyfile.set_password_slot(
            admin_id, password, new.data_key, new.device_secret, runtime.kdf
        )
        recovery = new_recovery_key()
        new.keyfile.set_recovery_slot(parse_recovery_key(recovery), new.data_key)
        audit = AuditLog(new.db, audit_key(new.db), runtime.clock, runtime.seat)
        with new.db.transaction():
            new.db.execute(
                "INSERT INTO staff(staff_id, display_name, role, created_at, created_by) "
                "VALUES (?, ?, ?, ?, ?)",
                (admin_id, admin_name, Role.ADMIN.value, utc_iso(now), admin_id),
            )
            audit.append(
                admin_id,
                "vault.init",
                outcome="ok",
                detail={"key_storage": key_storage, "policy_sha256": runtime.policy.sha256},
            )
        compartment_upkeep.provision_new_vault(new.db, new.keyfile, runtime.policy)
        with new.db.transaction():
            mark_keyed(new.db)
        FailureCounter(new.keyfile, store).save()  # the counter's seal and the keyring's mark
    except BaseException:
        new.db.close()
        for leftover in (paths.vault, paths.keys):
            leftover.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            paths.vault.with_name(paths.vault.name + suffix).unlink(missing_ok=True)
        raise
    new.db.close()
    return recovery


def sign_in(
    runtime: Runtime,
    paths: VaultPaths,
    staff_id: str,
    password: str,
    *,
    verify: Verify = "full",
) -> Session:
    """Unwrap the data key with `password` and open the vault (checked as `verify` says: the
    desk checks every page at sign-in; the command line, short-lived, only the structure)."""
    finish_pending(paths.vault, (PARTIAL + "*",))  # a restore or rekey cut short by a crash
    if not paths.vault.is_file():
        raise VaultUnreadable(f"no vault at {paths.vault}")
    keyfile = KeyFile.load(paths.keys)
    if keyfile.hall is not None:
        admission = directory_sign_in.admit(runtime, paths, keyfile, staff_id, password)
        session = _open_session(
            runtime,
            paths,
            keyfile,
            staff_id,
            admission.data_key,
            admission.device_secret,
            verify,
            admission=admission,
        )
        from seatdesk.services.hall_training import refresh_quietly  # it builds on this module

        refresh_quietly(session)  # the hall's training results count at every seat
        from seatdesk.services.hall_verify import upkeep_at_sign_in

        upkeep_at_sign_in(session)  # 一类 verifiers to the hall, none left testable here
        return session
    store = runtime.secret_store() if keyfile.key_storage == "keyring" else None
    device_secret = device_secret_for(keyfile, store)
    now = runtime.clock.now()
    counter = FailureCounter.load(keyfile, store)
    known = keyfile.has_slot(staff_id)
    refuse_if_locked(runtime.policy, counter, staff_id, now, known=known)
    try:
        unlocked = keyfile.unlock_password(staff_id, password, device_secret)
    except AuthenticationError:
        if known:
            count_failure(runtime.policy.limits, counter, staff_id, now)
        raise
    return _open_session(
        runtime, paths, keyfile, staff_id, unlocked.dek, device_secret, verify, unlocked=unlocked
    )


def _open_session(
    runtime: Runtime,
    paths: VaultPaths,
    keyfile: KeyFile,
    staff_id: str,
    data_key: bytes,
    device_secret: bytes | None,
    verify: Verify = "full",
    *,
    admission: directory_sign_in.Admission | None = None,
    unlocked: Unlocked | None = None,
) -> Session:
    db = open_vault(paths, keyfile, data_key, verify=verify)
    audit = AuditLog(db, audit_key(db), runtime.clock, runtime.seat)
    try:
        if db.upgraded_from is not None:
            audit.append(
                staff_id, "vault.format", detail={"from": db.upgraded_from, "to": db.format}
            )
        counter = open_counter(runtime, keyfile)
        written = flush_to_audit(counter, audit, runtime.clock.now())  # everyone's, not mine only
        found = any(item.kind == TAMPERED for item in written)  # a new key is then no news
        remember_key(counter, db, audit, staff_id, quiet=found)
        if admission is not None:
            mirror_entry(db, admission.entry, utc_iso(runtime.clock.now()))
        rows = db.execute(
            "SELECT display_name, role, disabled, must_change_password FROM staff "
            "WHERE staff_id = ?",
            (staff_id,),
        )
        if not rows or rows[0][2]:
            audit.append(staff_id, "login", outcome="denied", detail={"reason": "disabled"})
            raise AuthenticationError(f"account {staff_id} is disabled", code="auth.disabled")
        now = runtime.clock.now()
        with db.transaction():
            audit.append(
                staff_id,
                "login",
                detail={
                    "key_storage": keyfile.key_storage,
                    "policy_sha256": runtime.policy.sha256,
                },
            )
            db.execute(
                "UPDATE staff SET last_login = ? WHERE staff_id = ?", (utc_iso(now), staff_id)
            )
        expire_tiers(db, audit, staff_id, runtime.policy.default_tier, now)
        if counter.clear(staff_id):
            counter.save()
        hall = None
        hall_access = None
        if admission is not None:  # the hall's keys: in the account's directory entry
            hall_access = admission.access
            on_hall = hall_compartments.hall_keys(admission.seat, hall_access, runtime.policy)
            hall = (on_hall.held, on_hall.current)
            if on_hall.access_key is not None:  # this officer's session made a new one
                hall_access = replace(hall_access, access_key=on_hall.access_key)
        held = compartment_upkeep.held_keys(db, keyfile, unlocked, runtime.policy, hall)
        held = custody_move.migrate_custody(
            db, keyfile, audit, runtime.policy, held, hall, staff_id
        )
        held = key_rotation.rotate_due(db, keyfile, audit, runtime.policy, unlocked, held, staff_id)
        compartment_upkeep.upkeep(db, keyfile, audit, runtime.policy, held, staff_id)
        if hall is not None:
            key_rotation.follow_hall_index(db, audit, held, hall[1], staff_id)
        key_rotation.rekey_index(db, audit, runtime.policy, held, staff_id)
        index_upkeep(db, audit, held, staff_id)
    except BaseException:
        db.close()
        raise
    return Session(
        staff_id=staff_id,
        display_name=str(rows[0][0]),
        role=parse_role(str(rows[0][1])),
        must_change_password=bool(rows[0][3]),
        paths=paths,
        runtime=runtime,
        db=db,
        audit=audit,
        keyfile=keyfile,
        _data_key=data_key,
        _device_secret=device_secret,
        hall_access=hall_access,
        held=held,
        unlocked=unlocked,
    )


def sign_in_with_recovery(
    runtime: Runtime, paths: VaultPaths, recovery_key: str, staff_id: str, new_password: str
) -> Session:
    """Use the recovery key to give `staff_id` a fresh slot (e.g. after losing the seat's keyring).

    If the seat has lost its device secret, a new one is made: the other accounts' slots, bound to
    the old secret, are removed and must be re-issued by an admin. All of it is audited.
    """
    if not paths.vault.is_file():
        raise VaultUnreadable(f"no vault at {paths.vault}")
    keyfile = KeyFile.load(paths.keys)
    recovered = keyfile.unlock_recovery(parse_recovery_key(recovery_key))
    data_key = recovered.dek
    check_new_password(runtime.policy, staff_id, new_password)
    dropped: list[str] = []
    device_secret: bytes | None = None
    if keyfile.key_storage == "keyring":
        store = runtime.secret_store()
        device_secret = store.get(keyfile.vault_id)
        if device_secret is None:
            device_secret = new_data_key()
            store.put(keyfile.vault_id, device_secret)
            dropped = [s for s in keyfile.staff_ids() if s != staff_id]
            for other in dropped:
                keyfile.remove_slot(other)
    db = open_vault(paths, keyfile, data_key)
    try:
        if not db.execute("SELECT 1 FROM staff WHERE staff_id = ? AND disabled = 0", (staff_id,)):
            raise AuthenticationError(f"no active account {staff_id} in this vault")
        audit = AuditLog(db, audit_key(db), runtime.clock, runtime.seat)
        audit.append(
            staff_id,
            "login.recovery",
            target=staff_id,
            detail={"slots_removed": dropped, "new_device_secret": bool(dropped)},
        )
        _lift_locks_for_recovery(runtime, keyfile, db, audit, staff_id)
        if keyfile.hall is None:
            keyfile.set_password_slot(staff_id, new_password, data_key, device_secret, runtime.kdf)
            compartment_upkeep.regrant(db, keyfile, runtime.policy, staff_id, recovered)
        keyfile.save()
    finally:
        db.close()
    if keyfile.hall is not None:  # the directory is the hall's: this one session, no new slot
        return _open_session(
            runtime, paths, keyfile, staff_id, data_key, device_secret, unlocked=recovered
        )
    return sign_in(runtime, paths, staff_id, new_password)


def _lift_locks_for_recovery(
    runtime: Runtime, keyfile: KeyFile, db: VaultDb, audit: AuditLog, staff_id: str
) -> None:
    """The recovery key's holder is in: their own lock, and a lock of every account after a
    tamper, end (so a tampered counter cannot keep the hall out); every failure is audited."""
    counter = open_counter(runtime, keyfile)
    now = runtime.clock.now()
    if counter.problem is not None:
        counter.lock_everyone(staff_id, now, timedelta(0))
    lifted = counter.lift_everyone()
    flush_to_audit(counter, audit, now, signed_in=staff_id)
    remember_key(counter, db, audit, staff_id, quiet=True)
    if lifted:
        audit.append(staff_id, "auth.lockout_lifted", detail={"by": "recovery key"})
        counter.save()


def verify_password(session: Session, staff_id: str, password: str) -> Role:
    """Check `staff_id`'s password at this seat without a new session: the unlock of a locked desk
    and a second person's authorisation. Failures count towards that account's lockout."""
    return verify_password_keys(session, staff_id, password)[0]


def verify_password_keys(session: Session, staff_id: str, password: str) -> tuple[Role, HeldKeys]:
    """`verify_password`, and the compartment keys that person's slot (on an enrolled seat:
    their entry's boxes) holds: an approver's keys open, at this seat, the one value they
    approve."""
    runtime = session.runtime
    keyfile = KeyFile.load(session.paths.keys)
    if keyfile.hall is not None:
        return _verify_with_hall(session, keyfile, staff_id, password)
    now = runtime.clock.now()
    limits = runtime.policy.limits
    counter = open_counter(runtime, keyfile)
    known = keyfile.has_slot(staff_id)
    try:
        refuse_if_locked(runtime.policy, counter, staff_id, now, known=known)
        try:
            unlocked = keyfile.unlock_password(staff_id, password, session._device_secret)
        except AuthenticationError:
            if known:
                count_failure(limits, counter, staff_id, now)
            raise
    finally:
        flush_to_audit(counter, session.audit, now)  # the vault is open: audited at once
    rows = session.db.execute("SELECT role, disabled FROM staff WHERE staff_id = ?", (staff_id,))
    if not rows or rows[0][1]:
        raise AuthenticationError(f"account {staff_id} is disabled", code="auth.disabled")
    if counter.clear(staff_id):
        counter.save()
    return parse_role(str(rows[0][0])), compartment_upkeep.open_slot_keys(keyfile, unlocked)


def _verify_with_hall(
    session: Session, keyfile: KeyFile, staff_id: str, password: str
) -> tuple[Role, HeldKeys]:
    now = session.runtime.clock.now()
    try:
        admission = directory_sign_in.admit(
            session.runtime, session.paths, keyfile, staff_id, password
        )
    except AuthenticationError:
        counted_here = flush_to_audit(open_counter(session.runtime, keyfile), session.audit, now)
        if not any(item.staff_id == staff_id for item in counted_here):
            session.audit.append(  # refused by the hall, which counts it: the seat notes it
                staff_id,
                "login.failed",
                outcome="denied",
                detail={"reason": "refused", "at_seat_of": session.staff_id},
            )
        raise
    flush_to_audit(open_counter(session.runtime, keyfile), session.audit, now)
    with session.db.transaction():
        mirror_entry(session.db, admission.entry, utc_iso(session.runtime.clock.now()))
    boxes = hall_compartments.held_of(admission.seat, admission.access, admission.entry).held
    return parse_role(str(admission.entry["role"])), boxes


def mirror_entry(db: VaultDb, entry: dict[str, Any], now: str) -> None:
    """The seat's staff row of a hall account, as the hall's signed entry says (the vault's
    staff table is the directory's local mirror on an enrolled seat)."""
    db.execute(
        "INSERT INTO staff(staff_id, display_name, role, disabled, must_change_password, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, 'hall') "
        "ON CONFLICT(staff_id) DO UPDATE SET display_name = excluded.display_name, "
        "role = excluded.role, disabled = excluded.disabled, "
        "must_change_password = excluded.must_change_password",
        (
            entry["staff_id"],
            entry["display_name"],
            entry["role"],
            int(bool(entry["disabled"])),
            int(bool(entry["must_change_password"])),
            now,
        ),
    )
