"""The access review shows each person's training: course, last passed, valid until, standing;
in the review itself and in its PDF, read back with pdftotext."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

from seatdesk.services.access_review import access_review, export_review_pdf
from seatdesk.services.training import TrainingDesk
from tests.helpers.vaults import StaffedVault


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed to read the PDFs back"
    return subprocess.run(
        [tool, "-enc", "UTF-8", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_the_review_and_its_pdf_show_training_standing(
    customer_vault: StaffedVault, tmp_path: Path
) -> None:
    session = customer_vault.session("sec01")
    try:
        # super01: passed long ago, lapsed; agent01: in grace; sec01: valid (2026-01-01).
        session.db.execute("DELETE FROM training_results WHERE staff_id IN ('agent01', 'super01')")
        desk = TrainingDesk(session)
        desk.record("confidentiality", date(2024, 6, 1), "王老师", [("super01", 90)])
        desk.record("confidentiality", date(2024, 12, 25), "王老师", [("agent01", 85)])
        review = access_review(session)
        lines = {a.staff_id: a for a in review.accounts}
        assert lines["admin01"].training == ()  # the admin takes no course
        assert [
            (t.course, t.last_passed, t.valid_until, t.standing) for t in lines["agent01"].training
        ] == [("confidentiality", "2024-12-25", "2025-12-25", "grace")]
        assert lines["super01"].training[0].standing == "lapsed"
        assert lines["sec01"].training[0].standing == "valid"
        hashed = json.dumps(review.as_json(), ensure_ascii=False)  # part of the signed-off hash
        assert '"standing": "grace"' in hashed
        out = tmp_path / "review.pdf"
        export_review_pdf(session, review, out)
    finally:
        session.close()
    text = _pdftotext(out)
    assert "保密培训 Confidentiality training" in text
    rows = {line.split()[0]: line for line in text.splitlines() if line.strip()}
    assert "2024-12-25" in rows["agent01"] and "2025-12-25" in text and "宽限期" in text
    assert "已过期 lapsed" in text and "有效 valid" in text
    assert "客户信息保密培训" in text
