"""`seatdesk vault check`: every page and the structure, on demand; damage is exit 4 and the
file stays as it was."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from seatdesk.vault.schema import SCHEMA_VERSION
from tests.helpers.cli import ADMIN_PW, Cli


def test_vault_check_passes_refuses_agents_and_finds_a_damaged_page(tmp_path: Path) -> None:
    cli = Cli(home=tmp_path / "home", vault=tmp_path / "hall" / "hall.vault")
    cli.run(
        "init", "--vault", str(cli.vault), "--admin", "admin01", "--key-storage", "none",
        new_password=ADMIN_PW,
    )  # fmt: skip
    ok = json.loads(cli.as_("admin01", ADMIN_PW, "vault", "check", "--json").stdout)
    assert ok["ok"] is True and ok["pages"] > 0 and ok["structure"] == []
    found = (ok["format"], ok["page_mac"], ok["schema_version"])
    assert found == (2, "HMAC-SHA256", SCHEMA_VERSION)
    text = cli.as_("admin01", ADMIN_PW, "vault", "check").stdout
    assert f"Vault format 2 (page MAC HMAC-SHA256), schema version {SCHEMA_VERSION}." in text
    data = bytearray(cli.vault.read_bytes())
    data[len(data) - 300] ^= 0x5A  # inside the last page
    cli.vault.write_bytes(bytes(data))
    before = hashlib.sha256(cli.vault.read_bytes()).hexdigest()
    damaged = cli.as_("admin01", ADMIN_PW, "vault", "check", check=4)
    assert "vault" in damaged.stderr and damaged.stderr.count("\n") == 1
    assert hashlib.sha256(cli.vault.read_bytes()).hexdigest() == before
