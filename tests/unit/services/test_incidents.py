"""Incident reports: prefill, evidence (exposure sets, excerpt, anchor), containment, workflow,
deadlines, anonymity, the PDF read back with pdftotext."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.services.calls import CallDesk
from seatdesk.services.demo import demo_csv_bytes
from seatdesk.services.incident_pdf import export_incident_pdf
from seatdesk.services.incident_reports import REPORT_FIELDS, ReportingBoard
from seatdesk.services.incidents import IncidentDesk
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.reveal import RevealDesk
from seatdesk.services.strictness import NO_HALL, StrictMasking
from seatdesk.services.verification import VerifyDesk
from tests.helpers.vaults import StaffedVault

ROWS = list(csv.DictReader(io.StringIO(demo_csv_bytes(300, 7).decode("utf-8"))))
TARGET = next(
    r
    for r in ROWS
    if r["tier"] == "秘密" and r["mobile"] and r["id_number"] and r["id_type"] == "居民身份证"
)
OTHER = next(r for r in ROWS if r["tier"] == "秘密" and r is not TARGET)


def seed_exposure(vault: StaffedVault, clock: FixedClock) -> None:
    """Several people touch TARGET: views, a verify, a reveal; one looks at OTHER."""
    for staff_id in ("agent01", "super01"):
        session = vault.session(staff_id)
        try:
            records = RecordDesk(session)
            customer_id = records.find(TARGET["customer_no"])[0].customer_id
            records.view(customer_id)
            calls = CallDesk(session, records)
            if staff_id == "agent01":
                VerifyDesk(session, calls).verify(
                    customer_id, "id_number", TARGET["id_number"][-6:], "last6"
                )
                strict = StrictMasking(session, lambda: False, NO_HALL)
                RevealDesk(session, calls, strict).reveal(customer_id, "name", "callback", "回访")
            records.view(records.find(OTHER["customer_no"])[0].customer_id)
        finally:
            session.close()
        clock.advance(minutes=5)


def test_prefill_and_submit_capture_the_evidence(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    seed_exposure(customer_vault, clock)
    session = customer_vault.session("agent01")
    try:
        desk = IncidentDesk(session)
        prefill = desk.prefill(call_masked="139****5678")
        assert prefill.reporter == "agent01" and prefill.seat == "seat-07"
        recent = dict(prefill.recent_customers)
        assert TARGET["customer_no"] in recent and "*" in recent[TARGET["customer_no"]]
        row = desk.submit(
            "misoperation",
            f"把号码 {TARGET['mobile'][:11]} 读给了错误的来电者",
            [TARGET["customer_no"]],
            call_masked=prefill.call_masked,
        )
        head_seq, _ = session.audit.head()
    finally:
        session.close()
    assert TARGET["mobile"][:11] not in row.description
    exposure = row.evidence["exposure"][TARGET["customer_no"]]
    staff = {(e["staff"], e["action"], e["mode"]) for e in exposure}
    assert ("agent01", "view", "masked") in staff and ("super01", "view", "masked") in staff
    assert ("agent01", "verify", "masked") in staff and ("agent01", "reveal", "revealed") in staff
    reveal = next(e for e in exposure if e["action"] == "reveal")
    assert reveal["fields"] == ["name"] and reveal["reason"] == "callback"
    assert all(e.get("staff") != "anonymous" for e in exposure)
    assert row.evidence["audit_excerpt"] and row.anchor_seq < head_seq
    # The anchor is in the chain (the incident entry came after it).
    session = customer_vault.session("sec01")
    try:
        assert session.audit.verify(row.anchor).ok
        blob = json.dumps(row.evidence, ensure_ascii=False)
        for value in (TARGET["name"], TARGET["id_number"], TARGET["mobile"][:11]):
            assert value not in blob
    finally:
        session.close()


def test_anchor_catches_a_tampered_chain(customer_vault: StaffedVault) -> None:
    session = customer_vault.session("agent01")
    try:
        row = IncidentDesk(session).submit("suspected_leak", "屏幕被拍照", [])
    finally:
        session.close()
    session = customer_vault.session("sec01")
    try:
        session.db.execute("DELETE FROM audit WHERE seq >= ?", (row.anchor_seq,))
        assert not session.audit.verify(row.anchor).ok
    finally:
        session.close()


def test_only_security_moves_the_workflow_with_deadlines(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    session = customer_vault.session("agent01")
    try:
        ref = IncidentDesk(session).submit("data_leak", "客户资料出现在外部群聊", []).ref
        with pytest.raises(PermissionDenied):
            IncidentDesk(session).advance(ref, "confirmed")
        with pytest.raises(PermissionDenied):
            IncidentDesk(session).refs()
    finally:
        session.close()
    sup = customer_vault.session("super01")
    try:
        with pytest.raises(PermissionDenied):
            IncidentDesk(sup).advance(ref, "confirmed")
    finally:
        sup.close()
    session = customer_vault.session("sec01")
    try:
        desk = IncidentDesk(session)
        desk.set_severity(ref, "major")
        view = desk.show(ref)
        regulator = next(d for d in view.deadlines if d.what == "initial_report")
        assert regulator.seconds_left(clock.now()) == 4 * 3600
        with pytest.raises(UsageError):
            desk.advance(ref, "contained")  # one step at a time
        desk.advance(ref, "confirmed", "已核实")
        clock.advance(hours=4, minutes=1)
        view = desk.show(ref)
        assert next(d for d in view.deadlines if d.what == "initial_report").overdue(clock.now())
        desk.advance(ref, "contained")
        desk.fill_checklist(ref, {"data_categories": "姓名、手机号", "contact": "95588"})
        desk.advance(ref, "notified")
        # The 2025 rules: the initial report, not the 已通报 step, meets the regulator's deadline.
        board = ReportingBoard(session, desk)
        assert any(d.overdue(clock.now()) for d in board.show(ref).deadlines)
        board.file_report(ref, "initial", {name: "见附件" for name in REPORT_FIELDS["initial"]}
                          | {"occurred_at": "2026-01-01 08:00"})  # fmt: skip
        assert not any(d.overdue(clock.now()) for d in board.show(ref).deadlines)
        with pytest.raises(UsageError):
            desk.close(
                ref,
                "坐席违规转发",
                {"kind": "pay_deduction", "amount": 5000, "staff_id": "agent01"},
            )
        desk.close(
            ref, "坐席违规转发", {"kind": "pay_deduction", "amount": 500, "staff_id": "agent01"}
        )
        closed = desk.show(ref)
        assert closed.status == "closed" and closed.outcome["amount"] == 500
        assert [s[2] for s in closed.steps] == [
            "reported",
            "confirmed",
            "contained",
            "notified",
            "closed",
        ]
    finally:
        session.close()


def test_anonymous_report_and_containment(customer_vault: StaffedVault) -> None:
    session = customer_vault.session("super01")
    try:
        desk = IncidentDesk(session)
        row = desk.submit("unauthorised_access", "有人用我的账号登录", [], anonymous=True)
        desk.contain(row.ref, locked_seat=True, force_password_change=["agent01"])
        reported = [e for e in session.audit.entries() if e.action == "incident.report"][-1]
        assert reported.actor == "anonymous"
    finally:
        session.close()
    agent = customer_vault.session("agent01")
    try:
        assert agent.must_change_password
    finally:
        agent.close()
    session = customer_vault.session("sec01")
    try:
        view = IncidentDesk(session).show(row.ref)
        assert view.anonymous and view.reporter == "super01"  # the officer knows
        assert view.containment["password_change_forced"] == ["agent01"]
    finally:
        session.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_reads_back_in_chinese_without_full_values(
    customer_vault: StaffedVault, clock: FixedClock, tmp_path: Path
) -> None:
    seed_exposure(customer_vault, clock)
    session = customer_vault.session("agent01")
    try:
        row = IncidentDesk(session).submit(
            "suspected_leak",
            f"客户来电称资料泄露，身份证 {TARGET['id_number']}",
            [TARGET["customer_no"]],
        )
    finally:
        session.close()
    session = customer_vault.session("sec01")
    try:
        out = tmp_path / "incident.pdf"
        digest = export_incident_pdf(session, IncidentDesk(session), row.ref, out)
        recorded = [e for e in session.audit.entries() if e.action == "incident.pdf"][-1]
        assert json.loads(recorded.detail)["sha256"] == digest
    finally:
        session.close()
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for label in ("客户信息安全事件报告", "受影响客户", "接触记录", "审计锚点", "第五十七条"):
        assert label in text, label
    assert row.ref in text and TARGET["customer_no"] in text
    for value in (TARGET["id_number"], TARGET["name"], TARGET["mobile"][:11]):
        assert value not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_excerpt_keeps_the_affected_customers_and_the_reporters_own_entries(
    customer_vault: StaffedVault, clock: FixedClock, tmp_path: Path
) -> None:
    """Issue 17.10: the excerpt was most of a 7-page PDF, mostly other people's business."""
    seed_exposure(customer_vault, clock)  # super01 views TARGET and OTHER at this seat
    for _ in range(40):  # someone else's busy hour at the same seat, nothing to do with it
        other = customer_vault.session("super01")
        other.close()
    session = customer_vault.session("agent01")
    try:
        row = IncidentDesk(session).submit("suspected_leak", "疑似截屏", [TARGET["customer_no"]])
    finally:
        session.close()
    captured = row.evidence["audit_excerpt"]
    assert sum(e["actor"] == "super01" and e["action"] == "login" for e in captured) >= 40
    session = customer_vault.session("sec01")
    try:
        out = tmp_path / "incident.pdf"
        export_incident_pdf(session, IncidentDesk(session), row.ref, out)
    finally:
        session.close()
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    excerpt = text[text.index("审计摘录") :]
    lines = [line for line in excerpt.splitlines() if line.strip()[:1].isdigit()]
    assert lines, excerpt
    kept = [e for e in captured if e["target"] == TARGET["customer_no"] or e["actor"] == "agent01"]
    assert len(lines) == len(kept)
    # super01's view of TARGET stays (it touches the affected customer); their logins do not.
    assert any("super01" in line and TARGET["customer_no"] in line for line in lines)
    assert not any("super01" in line and "login" in line for line in lines)
    assert OTHER["customer_no"] not in excerpt or any(
        "agent01" in line and OTHER["customer_no"] in line for line in lines
    )
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in pages.stdout or "Pages:           2" in pages.stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.usefixtures("far_os_zone")
def test_pdf_says_fields_reasons_and_times_as_people_do(
    customer_vault: StaffedVault, clock: FixedClock, tmp_path: Path
) -> None:
    """Issue 17.3, 17.4: the exposure names fields, reasons, actions and modes by their
    Chinese labels, not their codes, and every time is on the hall's clock (09:00 UTC is
    17:00 in the hall and 04:00 on this computer)."""
    seed_exposure(customer_vault, clock)  # 09:00 and 09:05 UTC: a verify, a reveal, views
    session = customer_vault.session("sec01")
    try:
        desk = IncidentDesk(session)
        row = desk.submit("suspected_leak", "客户称资料泄露", [TARGET["customer_no"]])
        out = tmp_path / "incident.pdf"
        export_incident_pdf(session, desk, row.ref, out)
    finally:
        session.close()
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in ("按约定回访客户", "证件号码", "姓名", "查看原值", "核验", "掩码"):
        assert words in text, words
    for code in ("callback", "id_number", "confirm_with_caller"):  # (the audit excerpt keeps
        assert code not in text, code  # the audit's own action codes: record.view, …)
    assert "2026-01-01 17:00" in text and "2026-01-01 17:05" in text
    assert "2026-01-01 09:0" not in text and "2026-01-01 04:0" not in text
