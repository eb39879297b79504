"""`seatdesk assessment add|list|show` and `seatdesk audit purge` as real processes: exit codes,
role refusals, a two-year-old assessment that every purge leaves, and the access review's PDF
naming the assessment overdue for review."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cli import ADMIN_PW, AGENT_PW, SEC_PW, Cli, add_staff, copy_hall

ADD = (
    "assessment",
    "add",
    "--date",
    "2024-11-02",
    "--scope",
    "坐席查看与核验客户身份证号 / agents verifying ID numbers",
    "--trigger",
    "sensitive",
    "--result",
    "approved_with_measures",
    "--measures",
    "一类字段仅核验不显示 / verify only",
    "--reviewer",
    "王审核",
    "--next-review",
    "2025-11-02",
)


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    root = tmp_path_factory.mktemp("assessments")
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
    add_staff(cli, "sec01", "security", SEC_PW, recovery_key=recovery)
    cli.run(
        "user",
        "passwd",
        "--vault",
        str(cli.vault),
        "--as",
        "sec01",
        password=SEC_PW,
        new_password=SEC_PW + "x",
    )
    add_staff(cli, "agent01", "agent", AGENT_PW, approver=("sec01", SEC_PW + "x"))
    cli.run(
        "user",
        "passwd",
        "--vault",
        str(cli.vault),
        "--as",
        "agent01",
        password=AGENT_PW,
        new_password=AGENT_PW + "x",
    )
    data = root / "crm.csv"
    cli.run("demo-data", "--count", "20", "--seed", "3", "--out", str(data))
    cli.as_("admin01", ADMIN_PW, "import", "--csv", str(data))
    return cli


@pytest.fixture
def cli(_template: Cli, tmp_path: Path) -> Cli:
    return copy_hall(_template, tmp_path)


SEC = ("sec01", SEC_PW + "x")
AGENT = ("agent01", AGENT_PW + "x")


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed"
    done = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_add_list_show_with_exit_codes_and_roles(cli: Cli, tmp_path: Path) -> None:
    report = tmp_path / "pia-report.pdf"
    report.write_bytes(b"%PDF-1.4 signed assessment")
    added = json.loads(cli.as_(*SEC, *ADD, "--attachment", str(report), "--json").stdout)
    assert added["ref"] == "PIA-2024-0001" and added["keep_until"] == "2027-11-02"
    assert len(added["attachment_sha256"]) == 64
    listed = json.loads(cli.as_(*SEC, "assessment", "list", "--json").stdout)
    assert [a["ref"] for a in listed] == ["PIA-2024-0001"]
    shown = cli.as_(*SEC, "assessment", "show", "PIA-2024-0001").stdout
    assert "approved_with_measures" in shown and "kept until 2027-11-02" in shown
    # bad input: a clear message, exit 2, nothing written
    bad = cli.as_(*SEC, *ADD[:-1], "2024-01-01", check=2)  # next review before the date
    assert "next review" in bad.stderr and "Traceback" not in bad.stderr
    cli.as_(*SEC, "assessment", "show", "PIA-1999-0009", check=2)
    cli.as_(
        *SEC,
        *ADD[:10],
        "approved_with_measures",
        "--reviewer",
        "x",
        "--next-review",
        "2026-01-01",
        check=2,
    )  # measures missing
    # others may not: exit 3
    for who in (AGENT, ("admin01", ADMIN_PW)):
        refused = cli.as_(*who, "assessment", "list", check=3)
        assert "impact assessments" in refused.stderr
        cli.as_(*who, *ADD, check=3)
    again = json.loads(cli.as_(*SEC, "assessment", "list", "--json").stdout)
    assert len(again) == 1
    audit = tmp_path / "audit.jsonl"
    cli.as_(*SEC, "audit", "export", "--out", str(audit))
    actions = [json.loads(line)["action"] for line in audit.read_text("utf-8").splitlines()]
    assert "assessment.recorded" in actions and "assessment.shown" in actions


def test_a_two_year_old_assessment_survives_every_purge(cli: Cli) -> None:
    cli.as_(*SEC, *ADD)
    cli.as_(*SEC, "purge")
    purge = cli.as_(*SEC, "audit", "purge")
    assert "not enrolled in a hall" in purge.stdout  # a seat without a hall purges no audit
    cli.as_(*AGENT, "audit", "purge", "--dry-run", check=3)
    listed = json.loads(cli.as_(*SEC, "assessment", "list", "--json").stdout)
    assert [a["ref"] for a in listed] == ["PIA-2024-0001"]


def test_the_access_review_pdf_lists_the_assessment_overdue(cli: Cli, tmp_path: Path) -> None:
    cli.as_(*SEC, *ADD)
    out = tmp_path / "review.pdf"
    data = json.loads(cli.as_(*SEC, "access-review", "--pdf", str(out), "--json").stdout)
    assert {
        "trigger": "sensitive",
        "why": "review_due",
        "ref": "PIA-2024-0001",
        "next_review": "2025-11-02",
    } in data["assessments"]
    text = _pdftotext(out)
    assert "Impact assessments (PIPL Art. 55-56)" in text
    line = next(row for row in text.splitlines() if "PIA-2024-0001" in row)
    assert "待复评 review due" in line and "2025-11-02" in line
    assert "处理敏感个人信息" in line
