"""The PDFs of the reporting rules: each report filed on an incident (initial, supplementary,
closure), in the report's language, and the PIPL Art. 57 notice to the individuals affected.
Masked values only (the fields passed the free-text gate when filed), the exporter's watermark;
each PDF's SHA-256 goes to the audit, a report's also with the report."""

from __future__ import annotations

from pathlib import Path

from seatdesk.incidents.report_store import ReportRow, set_report_pdf
from seatdesk.incidents.reporting import REPORT_FIELDS
from seatdesk.incidents.words import word
from seatdesk.reports.document import Document
from seatdesk.services.incident_reports import LANGUAGES, ReportingBoard
from seatdesk.services.incident_view import IncidentView
from seatdesk.services.session import Session

_DEADLINE_OF = {"initial": "initial_report", "closure": "closure_report"}
_LABELS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "title": "网络安全事件{kind}",
        "subtitle": "依据《国家网络安全事件报告管理办法》第七条 · 仅含掩码信息",
        "summary": "报告信息",
        "ref": "事件编号",
        "n": "报告序号",
        "filed": "填报时间",
        "by": "填报人",
        "operator": "运营者类型",
        "to": "报告对象",
        "channels": "报告渠道",
        "category": "事件类别",
        "severity": "事件级别",
        "people": "影响人数",
        "due": "报告时限",
        "met": "已按时报送",
        "overdue": "已逾期",
        "open": "进行中",
        "none": "—",
        "anchor": "审计锚点 #{seq} {mac} · 本报告的 SHA-256 记入审计日志",
        "notice_title": "个人信息安全事件告知书",
        "notice_intro": (
            "我们发现了一起可能涉及您个人信息的安全事件。根据《中华人民共和国个人信息保护法》"
            "第五十七条，现将有关情况告知如下。"
        ),
        "notice_subtitle": "个人信息保护法第五十七条 · 事件编号 {ref}",
        "todo": "（待填写）",
        "date": "告知日期",
    },
    "en": {
        "title": "Cybersecurity incident: {kind}",
        "subtitle": "Under Art. 7 of the CAC's reporting rules (2025) · masked values only",
        "summary": "About this report",
        "ref": "Incident",
        "n": "Report no.",
        "filed": "Filed",
        "by": "Filed by",
        "operator": "Operator type",
        "to": "Report to",
        "channels": "Channels",
        "category": "Category",
        "severity": "Severity",
        "people": "People affected",
        "due": "Due",
        "met": "filed in time",
        "overdue": "OVERDUE",
        "open": "open",
        "none": "—",
        "anchor": "Audit anchor #{seq} {mac} · this report's SHA-256 is written to the audit log",
        "notice_title": "Notice of a personal information security incident",
        "notice_intro": (
            "We found a security incident that may concern your personal information. As "
            "Article 57 of the Personal Information Protection Law requires, we tell you the "
            "following."
        ),
        "notice_subtitle": "PIPL Article 57 · incident {ref}",
        "todo": "(to be completed)",
        "date": "Date of this notice",
    },
}


def _mark(session: Session) -> str:
    now = session.runtime.clock.now()
    return f"{session.staff_id} · {session.runtime.seat} · {session.policy.hall_time(now)}"


def report_document(
    session: Session, board: ReportingBoard, view: IncidentView, report: ReportRow
) -> Document:
    language = report.language if report.language in LANGUAGES else "zh_CN"
    say = _LABELS[language]
    shown = session.policy.hall_time
    rules = session.policy.incidents
    now = session.runtime.clock.now()
    ratings = board.ratings(view.ref)
    due = "—"
    deadline = next((d for d in view.deadlines if d.what == _DEADLINE_OF.get(report.kind)), None)
    if deadline is not None:
        state = say["met"] if deadline.met else say["overdue" if deadline.overdue(now) else "open"]
        due = f"{shown(deadline.due)} ({state})"
    separator = "、" if language == "zh_CN" else "; "
    doc = Document(
        title=say["title"].replace("{kind}", word("report", report.kind, language))
        + f" {view.ref}",
        subtitle=say["subtitle"],
        watermark=_mark(session),
        footer=f"{view.ref} · {report.n}",
        author=session.staff_id,
    )
    doc.heading(say["summary"]).key_values(
        [
            (say["ref"], view.ref),
            (say["n"], f"{report.n} · {word('report', report.kind, language)}"),
            (say["filed"], shown(report.filed_at)),
            (say["by"], report.filed_by),
            (say["operator"], word("operator", rules.operator_type, language)),
            (say["to"], separator.join(rules.recipients(language))),
            (say["channels"], rules.regulator_channels),
            (say["category"], word("category", view.category, language)),
            (say["severity"], word("severity", view.severity, language)),
            (say["people"], f"{ratings[-1].people:,}" if ratings else say["none"]),
            (say["due"], due),
        ]
    )
    for name, labels in REPORT_FIELDS[report.kind].items():
        label = labels[0] if language == "zh_CN" else labels[1]
        if name == "occurred_at" and report.occurred_at:
            doc.heading(label).paragraph(shown(report.occurred_at))
        elif name in report.form:
            doc.heading(label).paragraph(report.form[name])
    doc.paragraph(
        say["anchor"].replace("{seq}", str(view.anchor_seq)).replace("{mac}", view.anchor[:16]),
        small=True,
    )
    return doc


def notice_document(session: Session, view: IncidentView, language: str) -> Document:
    language = language if language in LANGUAGES else "zh_CN"
    say = _LABELS[language]
    doc = Document(
        title=say["notice_title"],
        subtitle=say["notice_subtitle"].replace("{ref}", view.ref),
        watermark=_mark(session),
        footer=view.ref,
        author=session.staff_id,
    )
    doc.paragraph(say["notice_intro"])
    for key in ("data_categories", "cause", "possible_harm", "remedies", "individual_actions"):
        doc.heading(word("checklist", key, language)).paragraph(
            view.checklist.get(key) or say["todo"]
        )
    doc.heading(word("checklist", "contact", language)).paragraph(
        view.checklist.get("contact") or say["todo"]
    )
    doc.key_values(
        [(say["date"], session.policy.hall_time(session.runtime.clock.now(), "%Y-%m-%d"))]
    )
    return doc


def export_report_pdf(session: Session, board: ReportingBoard, ref: str, n: int, out: Path) -> str:
    from seatdesk.reports.pdf import write_pdf  # Qt is loaded only to render

    report = board.report(ref, n)
    view = board.show(ref)
    digest, _ = write_pdf(report_document(session, board, view, report), out)
    with session.db.transaction():
        set_report_pdf(session.db, ref, n, digest)
        session.audit.append(
            session.staff_id,
            "incident.report_pdf",
            target=ref,
            detail={"n": n, "kind": report.kind, "sha256": digest},
        )
    return digest


def export_notice_pdf(
    session: Session, board: ReportingBoard, ref: str, out: Path, language: str
) -> str:
    from seatdesk.reports.pdf import write_pdf

    view = board.show(ref)
    digest, _ = write_pdf(notice_document(session, view, language), out)
    session.audit.append(
        session.staff_id,
        "incident.notice_pdf",
        target=ref,
        detail={"language": language, "sha256": digest},
    )
    return digest
