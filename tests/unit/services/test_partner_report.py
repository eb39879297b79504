"""The partner register as a PDF (read back with pdftotext, character for character) and as CSV:
attachments by hash, agreements ended early with their reason, who exported it; 0600, audited."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import date
from pathlib import Path

from seatdesk.core.clock import FixedClock
from seatdesk.services.factory import Services
from tests.helpers.partners import register_partner
from tests.helpers.vaults import StaffedVault, audit_behind


def test_the_register_pdf_and_csv_hold_attachments_and_ended_agreements(
    staffed_vault: StaffedVault, tmp_path: Path, clock: FixedClock
) -> None:
    scan = tmp_path / "华信-保密协议-签署件.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    register_partner(staffed_vault, attachments=[scan])
    register_partner(
        staffed_vault,
        name="远景客户调研有限公司",
        agreement_no="NDA-2025-031",
        expires_on=date(2026, 1, 10),
        classes=("三类",),
    )
    with Services(staffed_vault.signed_in("sec01")) as officer:
        officer.partners.expire("NDA-2025-031", "对方违约，合作终止")
        pdf, sheet = tmp_path / "register.pdf", tmp_path / "register.csv"
        digest = officer.partner_register_pdf(pdf)
        officer.partner_register_csv(sheet)
        log = [e for e in audit_behind(officer.who) if e.action.startswith("partner.register")]
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "合作方保密协议登记 Partner register",
        "华信征信服务有限公司",
        "远景客户调研有限公司",
        "已终止 ended",
        "对方违约，合作终止",
        scan.name,
        "sec01",
    ):
        assert expected in text, expected
    assert pdf.stat().st_mode & 0o777 == 0o600 and sheet.stat().st_mode & 0o777 == 0o600
    rows = {r["agreement_no"]: r for r in csv.DictReader(io.StringIO(sheet.read_text("utf-8-sig")))}
    assert rows["NDA-2025-031"]["state"] == "ended"
    assert rows["NDA-2025-031"]["ended_reason"] == "对方违约，合作终止"
    assert scan.name in rows["NDA-2026-001"]["attachments"]
    details = [json.loads(e.detail) for e in log]
    assert {d["agreements"] for d in details} == {2} and digest in [d["sha256"] for d in details]
