"""`seatdesk incident rate|report|reports|notice|pdf --report` as the security officer runs them:
exit codes, --json, every deadline in `list`, and bad input refused with a message."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cli import ADMIN_PW, Cli, add_staff

SEC_PW = "Secur-pass-2026"
PHONE = "13912345678"


@pytest.fixture(scope="module")
def officer_cli(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, str, Path]:
    from seatdesk.app import build_runtime
    from seatdesk.services.incidents import IncidentDesk
    from seatdesk.services.runtime import VaultPaths
    from seatdesk.services.session import sign_in

    root = tmp_path_factory.mktemp("reporting")
    cli = Cli(home=root / "home", vault=root / "hall" / "hall.vault")
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
    session = sign_in(build_runtime(), VaultPaths(cli.vault), "sec01", SEC_PW)
    try:
        ref = IncidentDesk(session).submit("data_leak", "客户资料出现在外部群聊", []).ref
    finally:
        session.close()
    return cli, ref, root


def test_rate_report_and_their_pdfs(officer_cli: tuple[Cli, str, Path]) -> None:
    cli, ref, root = officer_cli
    refused = cli.as_("sec01", SEC_PW, "incident", "rate", ref, "--people", "10",
                      "--severity", "major", check=2)  # fmt: skip
    assert "needs a reason" in refused.stderr and "Traceback" not in refused.stderr
    rated = json.loads(
        cli.as_("sec01", SEC_PW, "incident", "rate", ref, "--people", "1000000", "--json").stdout
    )
    assert rated["severity"] == "major"
    listed = cli.as_("sec01", SEC_PW, "incident", "list").stdout
    assert "initial_report in 2" in listed and "confirm in 14" in listed
    form = root / "initial.json"
    form.write_text(
        json.dumps(
            {
                "unit_system": "座席系统",
                "occurred_at": "2026-01-01 08:40",
                "place": "座席大厅",
                "event_type": "数据泄露",
                "impact": f"外传，来电 {PHONE}",
                "measures": "锁定座席",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    filed = json.loads(
        cli.as_("sec01", SEC_PW, "incident", "report", "initial", ref, "--file", str(form),
                "--json").stdout
    )  # fmt: skip
    assert filed == {"ref": ref, "kind": "initial", "n": 1}
    bad = root / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    refused = cli.as_("sec01", SEC_PW, "incident", "report", "supplement", ref, "--file",
                      str(bad), check=2)  # fmt: skip
    assert "JSON object" in refused.stderr
    missing = cli.as_("sec01", SEC_PW, "incident", "report", "closure", ref, "--file",
                      str(root / "nope.json"), check=2)  # fmt: skip
    assert "cannot read" in missing.stderr
    out = root / "initial.pdf"
    done = json.loads(
        cli.as_("sec01", SEC_PW, "incident", "pdf", ref, "--report", "1", "--out", str(out),
                "--json").stdout
    )  # fmt: skip
    assert done["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    reports = json.loads(cli.as_("sec01", SEC_PW, "incident", "reports", ref, "--json").stdout)
    assert [(r["n"], r["kind"], r["pdf_sha256"]) for r in reports] == [
        (1, "initial", done["sha256"])
    ]
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "初次报告" in text and PHONE not in text
    cli.as_("sec01", SEC_PW, "incident", "pdf", ref, "--report", "7", "--out", str(out), check=2)
    notice = root / "notice.pdf"
    cli.as_("sec01", SEC_PW, "incident", "notice", ref, "--out", str(notice), "--notice-lang",
            "en")  # fmt: skip
    english = subprocess.run(
        ["pdftotext", str(notice), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Article 57" in english
    cli.as_("admin01", ADMIN_PW, "incident", "rate", ref, "--people", "5", check=3)
    cli.as_("sec01", SEC_PW, "audit", "verify")
