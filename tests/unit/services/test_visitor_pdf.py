"""The visitor register's reports (services/visitor_pdf.py) through the desk: the documents'
text, and the PDFs read back with pdftotext (rendering makes its own QGuiApplication when none
runs, so these tests run in any order with the widget tests). Same clock as
tests/unit/services/test_visitors.py: 17:00 in the hall."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from seatdesk.core.clock import FixedClock
from seatdesk.services.visitor_pdf import flags
from seatdesk.services.visitors import VisitorDesk
from tests.helpers.vaults import StaffedVault
from tests.helpers.visitor_forms import ID_A, MOBILE, NAME, arrival, draft, hall


@pytest.fixture
def desk(staffed_vault: StaffedVault) -> Iterator[VisitorDesk]:
    session = staffed_vault.session("super01")
    try:
        yield VisitorDesk(session)
    finally:
        session.close()


def test_roster_and_daily_log_documents(desk: VisitorDesk, clock: FixedClock) -> None:
    view = desk.register_walk_in(draft(), arrival(until=hall(18)))
    clock.current = hall(18, 30)
    roster = desk.roster_document().text()
    assert "疏散名单" in roster and NAME in roster and view.id_masked in roster
    assert "超时" in roster and ID_A not in roster and MOBILE not in roster
    desk.sign_out(view.visitor_id, badge_returned=False)
    log = desk.daily_log_document(date(2026, 1, 1)).text()
    assert NAME in log and "胸卡未还" in log and ID_A not in log
    assert "OA-2026-0107" in log
    assert NAME not in desk.daily_log_document(date(2026, 1, 2)).text()


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the PDFs back"
    return subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_roster_and_daily_log_pdfs_read_back_masked_and_audited_with_their_hash(
    desk: VisitorDesk, clock: FixedClock, tmp_path: Path
) -> None:
    first = desk.register_walk_in(draft(), arrival("A-17", until=hall(18)))
    desk.register_walk_in(
        draft(id_type="护照", id_number="E98765432", name="Anna Müller", mobile=""),
        arrival("A-18", name="Anna Müller"),
    )
    clock.current = hall(18, 40)
    roster = desk.export_roster(tmp_path / "roster.pdf")
    text = _pdftotext(roster.path)
    for label in ("疏散名单", "姓名 Name", "胸卡号 Badge", "接待人 Host", "证件号码 ID number"):
        assert label in " ".join(text.split()), label
    assert NAME in text and "Anna Müller" in text and "A-17" in text and "A-18" in text
    assert first.id_masked in text and "超时" in text
    assert ID_A not in text and ID_A[1:-1] not in text and "98765432" not in text
    assert MOBILE not in text
    assert "导出人 Exported by super01 · seat-07 · 2026-01-01 18:40" in text
    assert roster.sha256 == hashlib.sha256(roster.path.read_bytes()).hexdigest()
    assert roster.rows == 2

    desk.sign_out(first.visitor_id, badge_returned=False)
    log = desk.export_daily_log(date(2026, 1, 1), tmp_path / "log.pdf")
    text = _pdftotext(log.path)
    assert "外来人员登记日志" in text and "批准人" in text and "OA-2026-0107" in text
    assert NAME in text and "胸卡未还" in text and ID_A not in text
    reports = [
        json.loads(e.detail) for e in desk._s.audit.entries() if e.action == "visitor.report"
    ]
    assert [(r["kind"], r["sha256"]) for r in reports] == [
        ("roster", roster.sha256),
        ("daily_log", log.sha256),
    ]
    assert desk.print_roster().title.startswith("座席大厅外来人员疏散名单")
    printed = [e for e in desk._s.audit.entries() if e.action == "visitor.report"][-1]
    assert json.loads(printed.detail)["output"] == "print"


def test_the_daily_log_flags_what_a_supervisor_reviews(
    desk: VisitorDesk, clock: FixedClock
) -> None:
    view = desk.register_walk_in(
        draft(), arrival(until=hall(18), devices=("phone", "laptop"), held=True)
    )
    clock.current = hall(18, 20)
    late = desk.get(view.visitor_id)
    assert flags(late) == "超时 overdue 20 min; 寄存 held: laptop"
    forced = desk.close_day(everyone=True)[0]
    assert flags(forced).startswith("强制签退 forced out; 超时 overdue 20 min")
