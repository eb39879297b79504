"""The 2025 reporting rules at the gate: deadlines by the policy's operator type on the injected
clock, grading with an audited override, the initial, supplementary and closure reports stored
masked, their PDFs read back with pdftotext and their recorded hashes, the Art. 57 notice."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.policy.incident_rules import IncidentRules
from seatdesk.services.factory import Services
from seatdesk.services.incidents import IncidentDesk
from seatdesk.services.runtime import Runtime
from tests.helpers.vaults import StaffedVault, audit_behind, session_behind

PHONE = "13912345678"  # planted in the forms: never in a store or a PDF in clear
INITIAL = {
    "unit_system": "某银行客户信息服务中心座席系统",
    "occurred_at": "2026-01-01 08:40",
    "place": "上海座席大厅",
    "event_type": "数据泄露",
    "impact": f"客户资料外传，来电号码 {PHONE}",
    "measures": "已锁定座席，强制改密",
}
SUPPLEMENT = {"cause": "坐席拍屏", "scene": f"保留截屏与审计日志，联系 {PHONE}"}
CLOSURE = {
    "cause": "坐席违规拍屏",
    "handling": "锁定、改密、通知客户",
    "harm": "约一百二十万人信息外泄",
    "accountability": "辞退",
    "rectification": f"加装防拍屏，回访 {PHONE}",
    "lessons": "加强培训",
}
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def reported(vault: StaffedVault, text: str = "客户资料出现在外部群聊") -> str:
    session = vault.session("agent01")
    try:
        return IncidentDesk(session).submit("data_leak", text, []).ref
    finally:
        session.close()


def set_operator(runtime: Runtime, operator: str) -> None:
    incidents = IncidentRules(operator)
    runtime.policy = dataclasses.replace(runtime.policy, incidents=incidents)


@pytest.mark.parametrize(("operator", "hours"), [("general", 4), ("cii", 1), ("state", 2)])
def test_each_deadline_by_operator_type_on_the_clock(
    customer_vault: StaffedVault, clock: FixedClock, runtime: Runtime, operator: str, hours: int
) -> None:
    set_operator(runtime, operator)
    ref = reported(customer_vault)
    with Services(customer_vault.signed_in("sec01")) as officer:
        board = officer.incident_board
        clock.advance(minutes=10)
        board.rate(ref, 1_200_000)  # 较大: the clock runs from discovery (the report)
        found = {d.what: d for d in board.show(ref).deadlines}
        assert found["initial_report"].seconds_left(clock.now()) == hours * 3600 - 600
        assert "closure_report" not in found
        clock.advance(hours=hours, minutes=-10, seconds=1)
        [overdue] = [d for d in board.show(ref).deadlines if d.overdue(clock.now())]
        assert overdue.what == "initial_report"
        assert ("incident.overdue", ref, "initial_report") in {
            (n.kind, n.ref, n.what) for n in officer.tick().notices
        }
        board.file_report(ref, "initial", INITIAL)
        assert next(d for d in board.show(ref).deadlines if d.what == "initial_report").met
        board.advance(ref, "confirmed")
        clock.advance(hours=1)
        board.advance(ref, "contained")  # handling ends here
        contained = clock.now()
        closure = next(d for d in board.show(ref).deadlines if d.what == "closure_report")
        assert closure.due == contained + timedelta(days=30) and not closure.met
        clock.advance(days=30, seconds=1)
        assert closure.overdue(clock.now())
        board.file_report(ref, "closure", CLOSURE)
        assert not any(d.overdue(clock.now()) for d in board.show(ref).deadlines)


def test_a_raise_to_major_starts_the_clock_then(
    customer_vault: StaffedVault, clock: FixedClock
) -> None:
    ref = reported(customer_vault)
    with Services(customer_vault.signed_in("sec01")) as officer:
        board = officer.incident_board
        board.rate(ref, 2_000)
        assert [d.what for d in board.show(ref).deadlines] == ["confirm"]
        clock.advance(hours=9)
        board.rate(ref, 1_000_000)
        initial = next(d for d in board.show(ref).deadlines if d.what == "initial_report")
        assert initial.due == clock.now() + timedelta(hours=4)


def test_an_override_needs_a_reason_stored_masked_and_audited(
    customer_vault: StaffedVault,
) -> None:
    ref = reported(customer_vault)
    with Services(customer_vault.signed_in("agent01")) as agent, pytest.raises(PermissionDenied):
        agent.incident_board.rate(ref, 5)
    with Services(customer_vault.signed_in("sec01")) as officer:
        board = officer.incident_board
        with pytest.raises(UsageError, match="needs a reason"):
            board.rate(ref, 999_999, "major")
        assert board.show(ref).severity is None and board.ratings(ref) == []
        assert board.rate(ref, 999_999, "major", f"含银行卡信息，举报人 {PHONE}") == "major"
        [rating] = board.ratings(ref)
        assert (rating.people, rating.suggested, rating.severity) == (999_999, "general", "major")
        assert PHONE not in rating.reason and "银行卡" in rating.reason
        assert board.show(ref).severity == "major"
        entries = [e for e in audit_behind(officer.who) if e.action == "incident.rate"]
        detail = json.loads(entries[-1].detail)
        assert detail["override"] is True and detail["suggested"] == "general"
        assert PHONE not in entries[-1].detail


def test_reports_are_stored_masked_and_refuse_bad_forms(customer_vault: StaffedVault) -> None:
    ref = reported(customer_vault)
    with Services(customer_vault.signed_in("sec01")) as officer:
        board = officer.incident_board
        with pytest.raises(UsageError, match="needs"):
            board.file_report(ref, "initial", {"place": "上海"})
        with pytest.raises(UsageError, match="unknown fields"):
            board.file_report(ref, "supplement", {"gossip": "x"})
        with pytest.raises(UsageError, match="YYYY-MM-DD HH:MM"):
            board.file_report(ref, "initial", {**INITIAL, "occurred_at": "上午"})
        assert board.reports(ref) == []
        assert board.file_report(ref, "initial", INITIAL) == 1
        assert board.file_report(ref, "supplement", SUPPLEMENT) == 2
        assert board.file_report(ref, "supplement", {"other": "无"}) == 3
        stored = board.reports(ref)
        assert [r.kind for r in stored] == ["initial", "supplement", "supplement"]
        assert all(PHONE not in json.dumps(r.form, ensure_ascii=False) for r in stored)
        assert stored[0].form["impact"].startswith("客户资料外传")
        assert (
            stored[0].occurred_at == "2026-01-01T00:40:00.000000+00:00"
        )  # 08:40 in the hall (+08:00)
        raw = session_behind(officer.who).db.execute("SELECT form FROM incident_reports")
        assert all(PHONE not in str(row[0]) for row in raw)


@needs_pdftotext
def test_each_report_pdf_reads_back_with_its_fields_masked_and_its_hash_recorded(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    ref = reported(customer_vault)
    with Services(customer_vault.signed_in("sec01")) as officer:
        board = officer.incident_board
        board.rate(ref, 1_200_000)
        board.file_report(ref, "initial", INITIAL)
        board.file_report(ref, "supplement", SUPPLEMENT)
        board.advance(ref, "confirmed")
        board.advance(ref, "contained")
        board.file_report(ref, "closure", CLOSURE)
        texts = {}
        for n, kind in ((1, "initial"), (2, "supplement"), (3, "closure")):
            out = tmp_path / f"{kind}.pdf"
            digest = officer.report_pdf(ref, n, out)
            assert digest == hashlib.sha256(out.read_bytes()).hexdigest()
            assert board.report(ref, n).pdf_sha256 == digest
            audited = [e for e in audit_behind(officer.who) if e.action == "incident.report_pdf"]
            assert json.loads(audited[-1].detail) == {"n": n, "kind": kind, "sha256": digest}
            texts[kind] = pdf_text(out)
    for text in texts.values():
        assert ref in text and PHONE not in text
        assert "属地省级网信部门" in text and "12387" in text
    initial = texts["initial"]
    for label in ("初次报告", "事发单位名称", "事件发生的地点", "已造成的影响和危害", "较大"):
        assert label in initial, label
    assert "上海座席大厅" in initial and "1,200,000" in initial
    assert "2026-01-01 08:40" in initial  # a moment, not masked as if a birth date
    assert "139****5678" in initial or "*" in initial.split("来电号码")[1][:14]
    assert "事件现场保护情况" in texts["supplement"] and "坐席拍屏" in texts["supplement"]
    for label in ("总结报告", "整改情况", "经验教训", "加装防拍屏"):
        assert label in texts["closure"], label


@needs_pdftotext
def test_the_article_57_notice_reads_back_in_both_languages(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    ref = reported(customer_vault)
    with Services(customer_vault.signed_in("sec01")) as officer:
        officer.incident_board.fill_checklist(
            ref,
            {
                "data_categories": "姓名、手机号码",
                "cause": "坐席违规拍屏",
                "possible_harm": "诈骗电话",
                "remedies": "已锁定账号",
                "individual_actions": "警惕陌生来电",
                "contact": f"客服热线 95588，或 {PHONE}",
            },
        )
        zh, en = tmp_path / "notice-zh.pdf", tmp_path / "notice-en.pdf"
        digest = officer.notice_pdf(ref, zh, "zh_CN")
        officer.notice_pdf(ref, en, "en")
        audited = [e for e in audit_behind(officer.who) if e.action == "incident.notice_pdf"]
        assert json.loads(audited[0].detail)["sha256"] == digest
    text = pdf_text(zh)
    for label in ("个人信息安全事件告知书", "第五十七条", "泄露的个人信息种类", "可能造成的危害",
                  "已采取的补救措施", "个人可以采取的减轻危害的措施", "联系方式", "诈骗电话",
                  "95588"):  # fmt: skip
        assert label in text, label
    assert PHONE not in text
    english = pdf_text(en)
    for label in ("Article 57", "Types of personal information", "What you can do", "Contact"):
        assert label in english, label
    assert "告知书" not in english
