"""The admin's import is blind to the phone index (issue 15): the command says how many
customers are not yet found by phone, and the next sign-in of a holder indexes them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.helpers.cli import ADMIN_PW, Cli, add_staff, record_training

SEC_PW = "Secur-pass-2026"


def test_the_admins_import_says_what_waits_and_a_holders_lookup_finds_it(tmp_path: Path) -> None:
    cli = Cli(home=tmp_path / "home", vault=tmp_path / "hall" / "hall.vault")
    init = cli.run(
        "init", "--vault", str(cli.vault), "--admin", "admin01", "--key-storage", "none",
        "--json", new_password=ADMIN_PW,
    )  # fmt: skip
    recovery = json.loads(init.stdout)["recovery_key"]
    add_staff(cli, "sec01", "security", "Initial-pw-2026", recovery_key=recovery)
    cli.run(
        "user", "passwd", "--vault", str(cli.vault), "--as", "sec01",
        password="Initial-pw-2026", new_password=SEC_PW,
    )  # fmt: skip
    data = tmp_path / "crm.csv"
    cli.run("demo-data", "--count", "40", "--seed", "5", "--out", str(data))
    done = cli.as_("admin01", ADMIN_PW, "import", "--csv", str(data))
    assert "Not yet found by phone: 40 customer(s)" in done.stdout
    with data.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["mobile"]]
    number = rows[0]["mobile"].split(";")[0]
    assert number not in done.stdout and number not in done.stderr
    cli.as_("sec01", SEC_PW, "agreement", "--accept")
    record_training(cli, ("sec01", SEC_PW), "sec01")
    found = cli.as_("sec01", SEC_PW, "lookup", "--phone", number, "--json")
    assert rows[0]["customer_no"] in found.stdout
    again = cli.as_("admin01", ADMIN_PW, "import", "--csv", str(data), "--mode", "update", "--json")
    report = json.loads(again.stdout)  # what it wrote again (values it cannot compare) waits
    assert report["index_pending"] == report["imported"] < 40
