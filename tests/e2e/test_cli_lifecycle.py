"""backup, restore, rekey, purge and access-review as an administrator runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cli import ADMIN_PW, Cli, add_staff, copy_hall, record_training

SEC_PW = "Secur-pass-2026"


@pytest.fixture(scope="module")
def _hall_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, str]:
    root = tmp_path_factory.mktemp("lifecycle")
    cli = Cli(home=root / "home", vault=root / "hall" / "hall.vault")
    init = cli.run(
        "init",
        "--vault",
        str(cli.vault),
        "--admin",
        "admin01",
        "--key-storage",
        "none",
        "--json",
        new_password=ADMIN_PW,
    )
    recovery = json.loads(init.stdout)["recovery_key"]
    add_staff(cli, "sec01", "security", "Initial-pw-2026", recovery_key=recovery)
    cli.run(
        "user",
        "passwd",
        "--vault",
        str(cli.vault),
        "--as",
        "sec01",
        password="Initial-pw-2026",
        new_password=SEC_PW,
    )
    record_training(cli, ("sec01", SEC_PW), "sec01")
    data = root / "crm.csv"
    cli.run("demo-data", "--count", "400", "--seed", "9", "--out", str(data))
    cli.as_("admin01", ADMIN_PW, "import", "--csv", str(data))
    return cli, recovery


@pytest.fixture
def hall(_hall_template: tuple[Cli, str], tmp_path: Path) -> tuple[Cli, str, Path]:
    """The hall of 400 customers, copied fresh for each test: purge and rekey change it."""
    template, recovery = _hall_template
    return copy_hall(template, tmp_path), recovery, tmp_path


def test_backup_then_restore_elsewhere(hall: tuple[Cli, str, Path]) -> None:
    cli, recovery, root = hall
    out = root / "hall-backup.sdb"
    done = json.loads(cli.as_("admin01", ADMIN_PW, "backup", "--out", str(out), "--json").stdout)
    assert done["counts"]["customers"] == 400 and out.exists()
    cli.as_("admin01", ADMIN_PW, "backup", "--out", str(out), check=2)  # never overwrites
    cli.as_("sec01", SEC_PW, "backup", "--out", str(root / "x.sdb"), check=3)  # admin only
    target = root / "restored" / "hall.vault"
    wrong = cli.run(
        "restore",
        "--from",
        str(out),
        "--vault",
        str(target),
        check=3,
        env_extra={"SEATDESK_RECOVERY_KEY": "AAAA-" * 12 + "AAAA"},
    )
    assert "recovery key" in wrong.stderr and not target.exists()
    cli.run(
        "restore",
        "--from",
        str(out),
        "--vault",
        str(target),
        env_extra={"SEATDESK_RECOVERY_KEY": recovery},
    )
    refused = cli.run(
        "restore",
        "--from",
        str(out),
        "--vault",
        str(target),
        check=2,
        env_extra={"SEATDESK_RECOVERY_KEY": recovery},
    )
    assert "--force" in refused.stderr
    restored = Cli(cli.home, target)
    assert restored.as_("sec01", SEC_PW, "audit", "verify").returncode == 0


def test_purge_dry_run_then_purge(hall: tuple[Cli, str, Path]) -> None:
    cli, _, _ = hall
    listed = json.loads(cli.as_("sec01", SEC_PW, "purge", "--dry-run", "--json").stdout)
    due = len(listed["customers"])
    assert due > 0 and all(c["reason"] == "retention" for c in listed["customers"])
    cli.as_("admin01", ADMIN_PW, "purge", check=3)  # the admin does not destroy records
    done = json.loads(cli.as_("sec01", SEC_PW, "purge", "--json").stdout)
    assert len(done["customers"]) == due
    again = json.loads(cli.as_("sec01", SEC_PW, "purge", "--dry-run", "--json").stdout)
    assert again["customers"] == []
    cli.as_("sec01", SEC_PW, "audit", "verify")


def test_rekey_then_everyone_still_signs_in(hall: tuple[Cli, str, Path]) -> None:
    cli, _, root = hall
    cli.as_("admin01", ADMIN_PW, "rekey")
    cli.as_("sec01", SEC_PW, "audit", "verify")
    pdf = root / "review.pdf"
    review = json.loads(
        cli.as_(
            "sec01", SEC_PW, "access-review", "--json", "--sign-off", "季度复核", "--pdf", str(pdf)
        ).stdout
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "访问权限复核" in text and "sec01" in text
    assert {a["staff_id"] for a in review["accounts"]} == {"admin01", "sec01"}
    assert review["signed_off"] is True


def test_incident_list_show_pdf_for_the_security_officer(hall: tuple[Cli, str, Path]) -> None:
    from seatdesk.app import build_runtime
    from seatdesk.services.incidents import IncidentDesk
    from seatdesk.services.runtime import VaultPaths
    from seatdesk.services.session import sign_in

    cli, _, root = hall
    session = sign_in(build_runtime(), VaultPaths(cli.vault), "sec01", SEC_PW)
    try:
        ref = IncidentDesk(session).submit("device_lost", "座席耳机包遗失在食堂", []).ref
    finally:
        session.close()
    listed = json.loads(cli.as_("sec01", SEC_PW, "incident", "list", "--json").stdout)
    assert ref in [item["ref"] for item in listed]
    shown = json.loads(cli.as_("sec01", SEC_PW, "incident", "show", ref, "--json").stdout)
    assert shown["status"] == "reported" and shown["deadlines"][0]["what"] == "confirm"
    pdf = root / f"{ref}.pdf"
    cli.as_("sec01", SEC_PW, "incident", "pdf", ref, "--out", str(pdf))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert ref in text and "设备丢失或被盗" in text
    cli.as_("admin01", ADMIN_PW, "incident", "list", check=3)


def test_everything_the_commands_write_is_the_seat_users_alone(
    hall: tuple[Cli, str, Path],
) -> None:
    """Files 0600, folders 0700: the vault and its files, the logs, a backup, an audit export, a
    PDF and a CSV of demo data, written by the real commands."""
    cli, _, root = hall
    out = root / "out"
    out.mkdir()
    cli.as_("admin01", ADMIN_PW, "backup", "--out", str(out / "hall.sdb"))
    cli.as_("sec01", SEC_PW, "audit", "export", "--out", str(out / "audit.jsonl"))
    cli.as_("sec01", SEC_PW, "access-review", "--pdf", str(out / "review.pdf"))
    cli.run("demo-data", "--count", "5", "--seed", "1", "--out", str(out / "crm.csv"))
    written = [p for p in (cli.home, cli.vault.parent, out) for p in [p, *p.rglob("*")]]
    assert len(written) > 6
    loose = [
        f"{p} {oct(p.stat().st_mode & 0o777)}"
        for p in written
        if p != out and p.stat().st_mode & 0o077
    ]
    assert loose == []


def test_a_folder_that_cannot_be_written_and_a_damaged_key_file_are_said_not_thrown(
    hall: tuple[Cli, str, Path],
) -> None:
    cli, _, root = hall
    missing = root / "no-such-folder" / "audit.jsonl"
    failed = cli.as_("sec01", SEC_PW, "audit", "export", "--out", str(missing), check=4)
    assert "cannot read or write" in failed.stderr and "Traceback" not in failed.stderr
    keys = json.loads(cli.vault.with_name("hall.vault.keys").read_text())
    keys["failures"] = {"sec01": {"attempts": ["yesterday"], "streak": 1, "locked_until": None}}
    cli.vault.with_name("hall.vault.keys").write_text(json.dumps(keys))
    damaged = cli.as_("sec01", SEC_PW, "hall", "status", check=4)
    assert "key file damaged" in damaged.stderr and "Traceback" not in damaged.stderr


def test_lookup_past_the_rate_exits_3_with_a_clear_message(hall: tuple[Cli, str, Path]) -> None:
    """A sweep from the command line, one process a look-up, as a script would run it. The
    seat's config tightens the limit to 3 a minute (the default's 30 is the unit tests'), so
    that four processes, not thirty-one, must fit in the real clock's minute on a loaded
    machine."""
    cli, _, _ = hall
    config = cli.home / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    kept = config.read_text(encoding="utf-8") if config.exists() else ""
    config.write_text(kept + "\n[policy]\nsearches_per_minute = 3\n", encoding="utf-8")
    cli.as_("sec01", SEC_PW, "agreement", "--accept")
    for _ in range(3):  # no customer has the number: still a search each
        cli.as_("sec01", SEC_PW, "lookup", "--phone", "13800000000", check=1)
    refused = cli.as_("sec01", SEC_PW, "lookup", "--phone", "13800000000", check=3)
    assert "more than 3 searches in a minute" in refused.stderr
    assert "[record.rate_limit]" in refused.stderr and "Traceback" not in refused.stderr
