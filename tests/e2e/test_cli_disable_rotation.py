"""`seatdesk user disable` by the admin on a seat without a hall (issue 15, DESIGN §3): the real
command in its own process. Afterwards the admin's slot holds no key, no compartment or lookup
key pair was made (the key file's generation, escrow and lookup-key version are as before), the
rotation is due in the vault and in the audit, and the security officer's next sign-in makes it:
a new generation and the lookup key's second version, sealed to the remaining holders."""

from __future__ import annotations

import json
from pathlib import Path

from seatdesk.vault.compartment_keys import open_held
from seatdesk.vault.db import open_db
from seatdesk.vault.keyslots import KeyFile
from seatdesk.vault.schema import get_meta
from tests.helpers.cli import ADMIN_PW, AGENT_PW, SEC_PW, Cli, add_staff

FIRST = "Initial-pw-2026"


def _hall(root: Path) -> Cli:
    cli = Cli(home=root / "home", vault=root / "hall" / "hall.vault")
    init = cli.run(
        "init", "--vault", str(cli.vault), "--admin", "admin01", "--key-storage", "none",
        "--json", new_password=ADMIN_PW,
    )  # fmt: skip
    recovery = str(json.loads(init.stdout)["recovery_key"])
    add_staff(cli, "sec01", "security", FIRST, recovery_key=recovery)
    _passwd_own(cli, "sec01", SEC_PW)
    add_staff(cli, "agent01", "agent", FIRST, approver=("sec01", SEC_PW))
    _passwd_own(cli, "agent01", AGENT_PW)
    return cli


def _passwd_own(cli: Cli, staff: str, new: str) -> None:
    cli.run(
        "user", "passwd", "--vault", str(cli.vault), "--as", staff,
        password=FIRST, new_password=new,
    )  # fmt: skip


def _meta(cli: Cli, key: str) -> str | None:
    keyfile = KeyFile.load(cli.vault.with_name(cli.vault.name + ".keys"))
    db = open_db(cli.vault, keyfile.unlock_password("admin01", ADMIN_PW, None).dek)
    try:
        return get_meta(db, key)
    finally:
        db.close()


def test_user_disable_by_the_admin_makes_no_key_and_the_officer_rotates(tmp_path: Path) -> None:
    cli = _hall(tmp_path)
    keys = cli.vault.with_name(cli.vault.name + ".keys")
    before = KeyFile.load(keys).section("compartments")
    done = cli.as_("admin01", ADMIN_PW, "user", "disable", "agent01")
    assert "security officer" in done.stdout
    keyfile = KeyFile.load(keys)
    admin = keyfile.unlock_password("admin01", ADMIN_PW, None)
    assert open_held(keyfile, admin).names() == frozenset()
    assert not keyfile.has_slot("agent01")
    after = keyfile.section("compartments")
    assert (after["generation"], after["index"]) == (before["generation"], before["index"])
    assert after["escrowed"] == before["escrowed"]
    assert after["escrow_public"] == before["escrow_public"]
    assert json.loads(_meta(cli, "rotation_due") or "[]") == ["compartments", "index"]
    cli.as_("sec01", SEC_PW, "audit", "verify")  # the officer signs in: the rotation runs
    keyfile = KeyFile.load(keys)
    rotated = keyfile.section("compartments")
    assert (rotated["generation"], rotated["index"]) == (before["generation"] + 1, 2)
    officer = open_held(keyfile, keyfile.unlock_password("sec01", SEC_PW, None))
    assert {"index#1", "index#2"} <= officer.names()
    assert officer.custodian
    assert open_held(keyfile, keyfile.unlock_password("admin01", ADMIN_PW, None)).names() == (
        frozenset()
    )
    assert json.loads(_meta(cli, "rotation_due") or "[]") == []
    export = cli.as_("sec01", SEC_PW, "audit", "export", "--out", str(tmp_path / "a.jsonl"))
    assert export.returncode == 0
    actions = [
        json.loads(line)["action"] for line in (tmp_path / "a.jsonl").read_text().splitlines()
    ]
    assert {"staff.disable", "vault.keys_rotated", "vault.index_rotated"} <= set(actions)
