"""Real vault files for tests: cheap Argon2, the staff of a small hall and their passwords."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from seatdesk.audit.log import AuditEntry
from seatdesk.policy.roles import parse_role
from seatdesk.services import door
from seatdesk.services.agreement import acknowledge, load_agreement
from seatdesk.services.countersign import Countersign
from seatdesk.services.door import SignedIn
from seatdesk.services.registry import open_session
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.services.session import Session, initialise_vault, sign_in
from seatdesk.services.staff import StaffDesk
from seatdesk.services.training import TrainingDesk, hall_today
from seatdesk.vault.secret_store import MemorySecretStore
from tests.helpers.kdf_cost import TEST_KDF as TEST_KDF  # re-exported

PASSWORDS = {
    "admin01": "Admin-pass-2026",
    "agent01": "Agent-pass-2026",
    "super01": "Super-pass-2026",
    "sec01": "Secur-pass-2026",
}
ROLES = {"agent01": "agent", "super01": "supervisor", "sec01": "security"}
OFFICER = "sec01"  # made first (with the recovery key); approves the accounts of the others


def by_officer() -> Countersign:
    """The small hall's security officer's approval, typed at the seat."""
    return Countersign(OFFICER, lambda: PASSWORDS[OFFICER])


def officer_first() -> list[tuple[str, str]]:
    return sorted(ROLES.items(), key=lambda item: item[0] != OFFICER)


@dataclass
class StaffedVault:
    runtime: Runtime
    paths: VaultPaths
    recovery_key: str

    def session(self, staff_id: str) -> Session:
        """The services' private session (for tests of the services themselves)."""
        return sign_in(self.runtime, self.paths, staff_id, PASSWORDS[staff_id])

    def signed_in(self, staff_id: str) -> SignedIn:
        """The handle the ui and the cli get (for tests of the desk)."""
        return door.sign_in(self.runtime, self.paths, staff_id, PASSWORDS[staff_id])


def session_behind(who: SignedIn) -> Session:
    """What the handle's services work on: lets a test read the audit behind a desk."""
    return open_session(who)


def audit_behind(who: SignedIn) -> list[AuditEntry]:
    """Every audit entry of the vault behind a desk, oldest first."""
    return list(open_session(who).audit.entries())


def keyring_text(runtime: Runtime) -> str:
    """The seat's test keyring as one argument for a child process: the device secret, and the
    failure counter's key and mark (a child with the device secret alone finds them missing)."""
    store = runtime.secret_store()
    assert isinstance(store, MemorySecretStore)
    return json.dumps({name: value.hex() for name, value in store.secrets.items()})


def keyring_of(text: str) -> MemorySecretStore:
    """The child's side of keyring_text."""
    store = MemorySecretStore()
    for name, value in json.loads(text).items():
        store.put(name, bytes.fromhex(value))
    return store


def make_staffed_vault(
    runtime: Runtime,
    folder: Path,
    key_storage: str = "keyring",
    *,
    acknowledge_agreement: bool = True,
    record_training: bool = True,
) -> StaffedVault:
    paths = VaultPaths(folder / "hall.vault")
    recovery = initialise_vault(
        runtime,
        paths,
        admin_id="admin01",
        admin_name="管理员",
        password=PASSWORDS["admin01"],
        key_storage=key_storage,
    )
    session = sign_in(runtime, paths, "admin01", PASSWORDS["admin01"])
    try:
        desk = StaffDesk(session)
        for staff_id, role in officer_first():
            desk.add(
                staff_id,
                role,
                staff_id,
                PASSWORDS[staff_id],
                must_change_password=False,
                countersign=(
                    Countersign(recovery_key=lambda: recovery)
                    if staff_id == OFFICER
                    else by_officer()
                ),
            )
    finally:
        session.close()
    staffed = StaffedVault(runtime, paths, recovery)
    if record_training:
        record_passed_training(staffed)
    if acknowledge_agreement:
        for staff_id in PASSWORDS:
            person = staffed.session(staff_id)
            try:
                acknowledge(person, load_agreement("zh_CN"), staff_id)
            finally:
                person.close()
    return staffed


def record_passed_training(staffed: StaffedVault, staff_ids: tuple[str, ...] = ()) -> None:
    """The hall's staff passed the policy's courses today (recorded by the security officer), as
    a staffed hall has them: the training gate lets them see customer data."""
    officer = staffed.session(OFFICER)
    try:
        desk = TrainingDesk(officer)
        roles = {
            str(staff_id): parse_role(str(role))
            for staff_id, role in officer.db.execute("SELECT staff_id, role FROM staff")
        }
        people = staff_ids or tuple(roles)
        for course in officer.policy.training.courses:
            takers = [s for s in people if roles[s] in course.roles]
            if takers:
                desk.record(course.id, hall_today(officer), "培训讲师", [(s, 100) for s in takers])
    finally:
        officer.close()
