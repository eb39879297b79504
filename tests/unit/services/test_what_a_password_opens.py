"""What a password opens (DESIGN §3, docs/threat-model.md), tried as each person would: with
their own password, the seat's device secret, copies of the vault and its key file, and free use
of SeatDesk's own modules, every table and every column is read and every sealed value opened
that the slot's keys open; then the planted marker values are looked for in all of it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from seatdesk.core.errors import VaultUnreadable
from seatdesk.services.factory import Services
from seatdesk.services.staff import StaffDesk
from seatdesk.vault.compartment_keys import HeldKeys, open_held
from seatdesk.vault.db import open_db
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.secret_store import MemorySecretStore
from seatdesk.vault.value_seal import ValueOpener
from tests.helpers.markers import TIERS, Planted, device_secret, every_value, plant, recovered
from tests.helpers.vaults import PASSWORDS, StaffedVault, by_officer


def copies(staffed: StaffedVault, folder: Path) -> tuple[Path, Path]:
    """What the person takes home: the vault and the key file, as they are on the seat now."""
    folder.mkdir()
    session = staffed.session("admin01")
    session.close()  # the last connection checkpoints: the whole vault is in the file
    vault, keys = folder / "copy.vault", folder / "copy.vault.keys"
    shutil.copy(staffed.paths.vault, vault)
    shutil.copy(staffed.paths.keys, keys)
    return vault, keys


def everything_readable(
    vault: Path, keys: Path, staff_id: str, password: str, secret: bytes | None, *,
    data_key_of: tuple[str, str] | None = None,
) -> str:  # fmt: skip
    """Every value of every table the slot opens, and every sealed value its keys open, as one
    text. `data_key_of`: someone else's (staff ID, password) for the data key (an old slot's
    compartment keys tried on today's vault)."""
    keyfile = KeyFile.load(keys)
    unlocked = keyfile.unlock_password(staff_id, password, secret)
    held: HeldKeys = open_held(keyfile, unlocked)
    dek = unlocked.dek
    if data_key_of is not None:
        current = KeyFile.load(keys.with_name("current.keys"))
        dek = current.unlock_password(*data_key_of, secret).dek
    db = open_db(vault, dek)
    try:
        return every_value(db, ValueOpener(db, keyfile.vault_id, held))
    finally:
        db.close()


@pytest.fixture
def planted(customer_vault: StaffedVault) -> Iterator[list[Planted]]:
    yield plant(customer_vault, "A", 11)


# (role's account) -> the compartments its password opens: the attacker table of the note.
EXPECTED = {
    "agent01": {"二类/秘密"},
    "super01": {"二类/秘密", "一类/秘密", "二类/机密", "一类/机密"},
    "sec01": {f"{c}/{t}" for c in ("一类", "二类") for t in TIERS},  # the custodian
    "admin01": set(),
}


@pytest.mark.parametrize("staff_id", sorted(EXPECTED))
def test_each_role_recovers_only_what_it_may_see_without_approval(
    customer_vault: StaffedVault,
    planted: list[Planted],
    secret_store: MemorySecretStore,
    tmp_path: Path,
    staff_id: str,
) -> None:
    vault, keys = copies(customer_vault, tmp_path / "home")
    text = everything_readable(
        vault, keys, staff_id, PASSWORDS[staff_id], device_secret(customer_vault, secret_store)
    )
    found = recovered(text, planted)
    assert set(found) == EXPECTED[staff_id]
    for compartment in found:  # what it opens, it opens whole
        tier = compartment.split("/")[1]
        customer = next(p for p in planted if p.tier == tier)
        markers = customer.class2 if compartment.startswith("二类") else customer.class1
        assert found[compartment] == set(markers)
    # The phone index (docs/threat-model.md) is keyed under the lookup key and the row's phones
    # are sealed for it: the roles that search customers hold it, so they read every
    # customer's phones (what the index gives them anyway: 10,000 hashes of a masked number);
    # the admin reads none.
    mobiles = {p.mobile for p in planted if p.mobile in text}
    assert mobiles == (set() if staff_id == "admin01" else {p.mobile for p in planted})


def test_a_disabled_account_recovers_nothing_written_after(
    customer_vault: StaffedVault,
    planted: list[Planted],
    secret_store: MemorySecretStore,
    tmp_path: Path,
) -> None:
    """super01 keeps a copy of the key file, then is disabled (its keys rotate: a new generation
    of compartment keys and a new data key); customers imported afterwards are out of reach of
    the old slot, with today's vault and even with today's data key from a colleague."""
    old_keys = tmp_path / "super01.keys"
    shutil.copy(customer_vault.paths.keys, old_keys)
    admin = Services(customer_vault.signed_in("admin01"))
    admin.disable_staff("super01")
    after = plant(customer_vault, "B", 12)
    vault, keys = copies(customer_vault, tmp_path / "home")
    secret = device_secret(customer_vault, secret_store)
    with pytest.raises(VaultUnreadable):  # the old slot's data key does not open today's vault
        everything_readable(vault, old_keys, "super01", PASSWORDS["super01"], secret)
    shutil.copy(keys, old_keys.with_name("current.keys"))
    text = everything_readable(
        vault, old_keys, "super01", PASSWORDS["super01"], secret,
        data_key_of=("agent01", PASSWORDS["agent01"]),
    )  # fmt: skip
    assert recovered(text, after) == {}
    # The rotation (at sec01's sign-in to import) sealed every value again under the new
    # generation: today's vault gives the old slot nothing, not even what it read before (its
    # old copies of the vault still do: that cannot be taken back).
    assert recovered(text, planted) == {}


def test_a_demoted_supervisor_recovers_nothing_of_their_old_rank_written_after(
    customer_vault: StaffedVault,
    planted: list[Planted],
    secret_store: MemorySecretStore,
    tmp_path: Path,
) -> None:
    """super01 keeps a copy of the key file, then becomes an agent (with the officer's
    approval): the slot now holds an agent's keys only, and neither it nor the old copy opens
    the 机密 customers written after."""
    old_keys = tmp_path / "super01.keys"
    shutil.copy(customer_vault.paths.keys, old_keys)
    admin = customer_vault.session("admin01")
    try:
        StaffDesk(admin).set_role("super01", "agent", countersign=by_officer())
    finally:
        admin.close()
    after = plant(customer_vault, "C", 13)
    vault, keys = copies(customer_vault, tmp_path / "home")
    secret = device_secret(customer_vault, secret_store)
    now = everything_readable(vault, keys, "super01", PASSWORDS["super01"], secret)
    assert set(recovered(now, after)) == EXPECTED["agent01"]
    shutil.copy(keys, old_keys.with_name("current.keys"))
    then = everything_readable(
        vault, old_keys, "super01", PASSWORDS["super01"], secret,
        data_key_of=("super01", PASSWORDS["super01"]),
    )  # fmt: skip
    assert recovered(then, after) == {}
