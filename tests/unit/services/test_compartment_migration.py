"""A vault written before compartments (tests/fixtures/vault-v9: today's users' files, written by
the release before) is migrated at the first sign-in: its compartment keys are made and sealed
to the slots by role, every protected value is sealed and masked, nothing of it stays in clear,
and every account sees what it saw before, within its keys."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from seatdesk.policy.masking import mask_field
from seatdesk.services.agreement import load_agreement
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime, VaultPaths
from seatdesk.vault.db import open_db
from seatdesk.vault.keyslots import KeyFile

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "vault-v9"
PASSWORDS = {
    "admin01": "Admin-pass-2026",
    "agent01": "Agent-pass-2026",
    "super01": "Super-pass-2026",
    "sec01": "Secur-pass-2026",
}
PROTECTED = ("name", "id_number", "bank_card", "email", "address")


@pytest.fixture
def old_vault(tmp_path: Path) -> VaultPaths:
    for name in ("v9.vault", "v9.vault.keys"):
        shutil.copy(FIXTURE / name, tmp_path / name)
    return VaultPaths(tmp_path / "v9.vault")


def rows() -> list[dict[str, str]]:
    with (FIXTURE / "crm.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def services(runtime: Runtime, paths: VaultPaths, staff_id: str) -> Services:
    desk = Services(sign_in(runtime, paths, staff_id, PASSWORDS[staff_id]))
    if staff_id != "admin01":
        desk.acknowledge(load_agreement("zh_CN"), staff_id)
        # Training came after this release: the officer records the person's (after the
        # person's own sign-in, which migrates the vault).
        with Services(sign_in(runtime, paths, "sec01", PASSWORDS["sec01"])) as officer:
            today = runtime.policy.visitors.today(runtime.clock.now())
            officer.training.record("confidentiality", today, "王老师", [(staff_id, 100)])
    return desk


def raw_values(paths: VaultPaths) -> str:
    """Every value of every table, as the data key alone reads them."""
    keyfile = KeyFile.load(paths.keys)
    db = open_db(paths.vault, keyfile.unwrap_password("admin01", PASSWORDS["admin01"], None))
    try:
        out = []
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in db.execute(f"SELECT * FROM {table}"):
                out += [v.hex() if isinstance(v, bytes) else str(v) for v in row]
        return "\n".join(out)
    finally:
        db.close()


def test_the_first_sign_in_seals_every_protected_value(
    runtime: Runtime, old_vault: VaultPaths
) -> None:
    before = raw_values(old_vault)
    sample = [r[f] for r in rows() for f in PROTECTED if len(r[f]) >= 4]
    # Notes are shown with the numbers in them masked: those numbers are what is protected.
    sample += [n for r in rows() for n in re.findall(r"\d{7,}", r["notes"])]
    assert all(value in before for value in sample)  # in clear before: the premise
    agent = services(runtime, old_vault, "agent01")
    agent.who.close()
    after = raw_values(old_vault)
    assert [value for value in sample if value in after] == []
    assert after.count("C000000") == before.count("C000000")  # every customer, every reference


def test_each_account_sees_as_before_within_its_keys(
    runtime: Runtime, old_vault: VaultPaths
) -> None:
    data = rows()
    agent = services(runtime, old_vault, "agent01")
    try:
        for row in data[:10]:
            (match,) = agent.records.find(row["customer_no"])
            card = agent.records.view(match.customer_id)
            assert card.field("name").text == mask_field(runtime.policy, "name", row["name"])
            assert card.field("address").text == mask_field(
                runtime.policy, "address", row["address"] or None
            )
        secret = next(r for r in data if r["tier"] == "秘密")
        (match,) = agent.records.find(secret["customer_no"])
        revealed = agent.revealer.reveal(
            match.customer_id, "name", "confirm_with_caller", "migration check"
        )
        assert revealed.text == secret["name"]
        verdict = agent.verifier.verify(match.customer_id, "id_number", secret["id_number"])
        assert verdict.matched  # 一类: by its verifier, not opened
    finally:
        agent.who.close()
    officer = services(runtime, old_vault, "sec01")
    try:
        assert officer.verify_audit().ok  # the chain, and the migration's own entry in it
    finally:
        officer.who.close()
