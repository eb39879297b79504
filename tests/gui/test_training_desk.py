"""Issue 18 (confidentiality training) in the desk: the person takes the assessment from the
menu to a pass; the officer's Training tab lists everyone's standing, records a session and
imports a CSV (all or nothing); the desk warns in the grace days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from seatdesk.services.training import TrainingDesk
from seatdesk.services.training_questions import load_answer_key
from seatdesk.ui.main_window import DeskWindow
from seatdesk.ui.officer_window import OfficerWindow
from seatdesk.ui.training_dialog import AssessmentDialog
from seatdesk.ui.training_register import RecordTrainingDialog, TrainingRegisterTab
from tests.helpers.qt import visible_texts
from tests.helpers.translations import english_left
from tests.helpers.vaults import StaffedVault, audit_behind


def test_the_agent_takes_the_assessment_to_a_pass(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow]
) -> None:
    agent = desk_for("agent01")
    labels = {a.name: a.label for a in agent.menu.actions}
    assert "open_assessment" in labels
    course = agent.services.who.policy.training.course("confidentiality")
    dialog = AssessmentDialog(agent.services, course, "en", agent)
    qtbot.addWidget(dialog)
    assert len(dialog.groups) == 10
    key = load_answer_key("confidentiality")  # the test knows the key; the dialog never does
    assert dialog.submit() is None and "10" in dialog.error.text()  # nothing answered
    for question in key.questions[:7]:
        dialog.choose(question.id, question.answer)
    for question in key.questions[7:]:
        dialog.choose(question.id, (question.answer + 1) % len(question.choices["en"]))
    failed = dialog.submit()
    assert failed is not None and failed.score == 70 and not failed.passed
    assert "70" in dialog.outcome.text() and "80" in dialog.outcome.text()
    dialog.choose(key.questions[7].id, key.questions[7].answer)  # 8 of 10: the pass mark
    passed = dialog.submit()
    assert passed is not None and passed.score == 80 and passed.passed
    assert "80" in dialog.outcome.text() and not dialog.submit_button.isEnabled()
    results = [e for e in audit_behind(agent.who) if e.action == "training.result"]
    assert [(e.actor, e.target) for e in results[-2:]] == [("agent01", "agent01")] * 2


def test_the_officers_training_tab_records_and_imports(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], tmp_path: Path
) -> None:
    officer = desk_for("sec01")
    window = OfficerWindow(officer.services, "en", officer, officer.watermark_text)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Training" in titles
    tab = window.tabs.widget(titles.index("Training"))
    assert isinstance(tab, TrainingRegisterTab)
    assert {p.staff_id for p in tab.people} == {"agent01", "super01", "sec01"}
    assert tab.lines.rowCount() == 3 and "valid" in tab.lines.cells(0)
    # The access review's own column says the same.
    agent_row = [a.staff_id for a in window.accounts.items].index("agent01")
    assert "valid (2027-01-01)" in window.accounts.cells(agent_row)

    dialog = RecordTrainingDialog(officer.services, tab.people, "en", tab)
    qtbot.addWidget(dialog)
    dialog.trainer.setText("Ms Wang")
    assert not dialog.try_record() and dialog.error.text()  # nobody ticked
    dialog.attend("super01", 60)
    assert dialog.try_record() and dialog.recorded == 1
    tab.load()

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "staff_id,course,date,score\nagent01,confidentiality,2025-11-02,90\nghost,confidentiality,"
        "2025-11-02,90\n",
        encoding="utf-8",
    )
    before = [tab.lines.cells(r) for r in range(tab.lines.rowCount())]
    assert not tab.import_file(bad)
    assert "Line 3: unknown staff ID" in tab.error.text() and "Line 2" not in tab.error.text()
    tab.load()
    assert [tab.lines.cells(r) for r in range(tab.lines.rowCount())] == before
    good = tmp_path / "good.csv"
    good.write_text("staff_id,course,date,score\nagent01,confidentiality,2025-11-02,90\n")
    assert tab.import_file(good) and "1" in tab.said.text()


def test_the_desk_warns_in_the_grace_days(
    qtbot: QtBot, customer_vault: StaffedVault, desk_for: Callable[[str], DeskWindow]
) -> None:
    officer = customer_vault.session("sec01")
    try:  # agent01 last passed on 2024-12-25: lapsed on 2025-12-25, in grace on 2026-01-01
        officer.db.execute("DELETE FROM training_results WHERE staff_id = 'agent01'")
        TrainingDesk(officer).record(
            "confidentiality", date(2024, 12, 25), "王老师", [("agent01", 90)]
        )
    finally:
        officer.close()
    desk = desk_for("agent01")
    assert "lapsed on 2025-12-25" in desk.notice.text()
    assert desk.records.find("13800138000") == []  # still allowed: a search, no refusal
    assert desk_for("super01").notice.text() == ""


@pytest.mark.usefixtures("chinese")
def test_the_training_windows_read_chinese(
    qtbot: QtBot, desk_for: Callable[[str], DeskWindow], tmp_path: Path
) -> None:
    agent = desk_for("agent01")
    course = agent.services.who.policy.training.course("confidentiality")
    dialog = AssessmentDialog(agent.services, course, "zh_CN", agent)
    qtbot.addWidget(dialog)
    dialog.submit()  # nothing answered: the error line
    seen = {"assessment": visible_texts(dialog)}
    officer = desk_for("sec01")
    window = OfficerWindow(officer.services, "zh_CN", officer)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    seen["access review"] = visible_texts(window)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, TrainingRegisterTab)
    bad = tmp_path / "bad.csv"
    bad.write_text("staff_id,course,date,score\nghost,nosuch,2025-02-30,101\n", encoding="utf-8")
    tab.import_file(bad)
    seen["training tab, bad import"] = visible_texts(window)
    record = RecordTrainingDialog(officer.services, tab.people, "zh_CN", window)
    qtbot.addWidget(record)
    record.try_record()
    seen["record a session"] = visible_texts(record)
    english = {name: english_left(texts) for name, texts in seen.items()}
    assert not {name: texts for name, texts in english.items() if texts}
    assert "保密培训考核" in dialog.windowTitle() and "第 2 行" in tab.error.text()
