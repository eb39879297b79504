"""The e2e command-line children make their key slots at the tests' Argon2 cost
(`tests/helpers/seatdesk_child.py`); `python -m seatdesk` itself still makes them at the
production cost: the cheap cost is no setting of SeatDesk's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from seatdesk.services.runtime import VaultPaths
from seatdesk.vault.kdf import KdfParams
from tests.helpers.cli import ADMIN_PW, Cli
from tests.helpers.kdf_cost import TEST_KDF


def _init(command: list[str], vault: Path, env: dict[str, str]) -> None:
    args = ["init", "--vault", str(vault), "--admin", "admin01", "--key-storage", "none"]
    result = subprocess.run(
        [*command, *args],
        env=env | {"SEATDESK_NEW_PASSWORD": ADMIN_PW},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 0, (result.stdout, result.stderr)


def _slot_cost(vault: Path) -> KdfParams:
    record = json.loads(VaultPaths(vault).keys.read_text())["slots"]["admin01"]["kdf"]
    return KdfParams(record["t"], record["m"], record["p"])


def test_the_real_command_makes_production_cost_slots(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEATDESK_")}
    env |= {"SEATDESK_HOME": str(tmp_path / "home")}
    _init([sys.executable, "-m", "seatdesk"], tmp_path / "real" / "hall.vault", env)
    assert _slot_cost(tmp_path / "real" / "hall.vault") == KdfParams()
    assert KdfParams() == KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=2)


def test_the_tests_children_make_test_cost_slots(tmp_path: Path) -> None:
    cli = Cli(home=tmp_path / "home", vault=tmp_path / "child" / "hall.vault")
    cli.run(
        "init",
        "--vault",
        str(cli.vault),
        "--admin",
        "admin01",
        "--key-storage",
        "none",
        new_password=ADMIN_PW,
    )
    assert _slot_cost(cli.vault) == TEST_KDF
    # ... and they open with it: the sign-in reads the cost from the slot.
    cli.as_("admin01", ADMIN_PW, "audit", "verify")
