"""The incident report as a PDF for management and as the draft of the regulator notice:
masked values only, the exporter's watermark, the audit anchor; its SHA-256 goes to the audit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from seatdesk.incidents.model import CATEGORIES, CHECKLIST, PENALTIES, SEVERITIES, STATUSES
from seatdesk.policy.model import Policy
from seatdesk.reports.document import Document
from seatdesk.services.hall_incidents import IncidentBoardDesk
from seatdesk.services.incidents import IncidentView
from seatdesk.services.session import Session

_DEADLINE_NAMES = {
    "confirm": "确认事件 Confirm",
    "initial_report": "向监管部门初次报告 Initial report",
    "closure_report": "总结报告 Closure report",
}
_EXPOSURE_ACTIONS = {"view": "查看", "verify": "核验", "reveal": "查看原值"}
_MODES = {"masked": "掩码", "revealed": "原值"}


def _exposure_row(policy: Policy, entry: dict[str, Any]) -> list[str]:
    """One exposure as the report says it: field and reason labels, not their codes."""
    fields = policy.fields
    reasons = {r.code: r.label_zh for r in policy.reveal_reasons}
    reason = str(entry["reason"] or "")
    return [
        policy.hall_time(entry["ts"]),
        entry["staff"],
        entry["seat"],
        _EXPOSURE_ACTIONS.get(entry["action"], entry["action"]),
        "、".join(fields[k].label_zh if k in fields else k for k in entry["fields"]),
        _MODES.get(entry["mode"], entry["mode"]),
        reasons.get(reason, reason) or "—",
    ]


def relevant_excerpt(view: IncidentView) -> list[dict[str, Any]]:
    """The seat's audit excerpt captured with the report, narrowed to what touches the incident:
    entries on the affected customers, and the reporter's own (when the viewer may know who
    reported); everyone else's business at that seat in the window stays out."""
    affected = {customer_no for customer_no, _ in view.customers}
    return [
        entry
        for entry in view.evidence.get("audit_excerpt", [])
        if entry.get("target") in affected
        or (view.reporter is not None and entry.get("actor") == view.reporter)
    ]


def incident_document(session: Session, view: IncidentView, *, with_outcome: bool) -> Document:
    row = view
    now = session.runtime.clock.now()
    shown = session.policy.hall_time  # every time in the report on the hall's clock
    mark = f"{session.staff_id} · {session.runtime.seat} · {shown(now)}"
    doc = Document(
        title=f"客户信息安全事件报告 {row.ref}",
        subtitle="Incident report — masked values only / 仅含掩码信息",
        watermark=mark,
        footer=f"审计锚点 anchor #{row.anchor_seq} {row.anchor[:16]}…",
        author=session.staff_id,
    )
    doc.heading("事件概况 Summary").key_values(
        [
            ("编号 Reference", row.ref),
            ("报告时间 Reported", shown(row.reported_at)),
            ("类别 Category", CATEGORIES.get(row.category, row.category)),
            ("严重程度 Severity", SEVERITIES.get(row.severity or "", "未定级 not yet rated")),
            ("状态 Status", STATUSES.get(row.status, row.status)),
            ("座席 Seat", row.seat),
            ("报告人 Reporter", "匿名 anonymous" if row.anonymous else row.reporter or "—"),
            ("当时通话 Active call", row.call_masked or "—"),
            ("版本 Version", row.app_version),
        ]
    )
    doc.heading("经过 What happened").paragraph(row.description)
    doc.heading("受影响客户 Affected customers").table(
        ["客户号 Customer no.", "姓名 Name (masked)"], list(row.customers), weights=[1, 1]
    )
    for customer_no, exposures in row.evidence.get("exposure", {}).items():
        doc.heading(f"接触记录（30 天）Exposure — {customer_no}").table(
            [
                "时间 Time",
                "人员 Staff",
                "座席 Seat",
                "操作 Action",
                "字段 Fields",
                "方式 Mode",
                "理由 Reason",
            ],
            [_exposure_row(session.policy, e) for e in exposures],
            weights=[2.2, 1.2, 1.2, 1, 2, 1, 1.6],
        )
    visitors = row.evidence.get("visitors", [])
    doc.heading("在场外来人员 Visitors in the hall").table(
        ["姓名 Name", "证件 ID", "胸牌 Badge", "接待人 Host"],
        [
            [v.get("name", ""), v.get("id_number", ""), v.get("badge", ""), v.get("host", "")]
            for v in visitors
        ],
    )
    doc.heading("处理经过 Workflow").table(
        ["时间 Time", "人员 By", "状态 Status", "说明 Note"],
        [[shown(at), by, STATUSES.get(status, status), note] for at, by, status, note in row.steps],
        weights=[1.5, 1, 1, 3],
    )
    doc.heading("期限 Deadlines").table(
        ["事项 What", "截止 Due", "状态 State"],
        [
            [
                _DEADLINE_NAMES.get(d.what, d.what),
                shown(d.due),
                "已完成 met" if d.met else ("已逾期 OVERDUE" if d.overdue(now) else "进行中 open"),
            ]
            for d in view.deadlines
        ],
        highlight=[i for i, d in enumerate(view.deadlines) if d.overdue(now)],
    )
    doc.heading("个人信息保护法第五十七条 通知事项 PIPL Art. 57 notice").key_values(
        [(label, row.checklist.get(key, "（待填写）")) for key, label in CHECKLIST.items()]
    )
    excerpt = relevant_excerpt(row)
    doc.heading(
        "本座席审计摘录（涉及受影响客户及报告人本人的记录）"
        f"Seat audit excerpt: the affected customers and the reporter's own ({len(excerpt)})"
    ).table(
        ["#", "时间 Time", "人员 Actor", "操作 Action", "对象 Target", "结果 Outcome"],
        [
            [str(e["seq"]), shown(e["ts"]), e["actor"], e["action"], e["target"], e["outcome"]]
            for e in excerpt[-200:]
        ],
        weights=[0.6, 1.6, 1, 1.6, 1.6, 1],
    )
    if row.finding:
        doc.heading("结论 Finding").paragraph(row.finding)
    if with_outcome and row.outcome:
        outcome = row.outcome
        kind = PENALTIES.get(str(outcome.get("kind")), str(outcome.get("kind")))
        amount = f"，{outcome['amount']} 元" if outcome.get("amount") else ""
        doc.heading("处理结果（仅限信息安全专员）Outcome").paragraph(
            f"{outcome.get('staff_id', '')}：{kind}{amount}"
        )
    doc.paragraph(
        f"审计链锚点 Audit anchor: #{row.anchor_seq} {row.anchor} — "
        "seatdesk audit verify --anchor 可随时核验 / can be checked at any time.",
        small=True,
    )
    return doc


def export_incident_pdf(
    session: Session,
    desk: IncidentBoardDesk,
    ref: str,
    out: Path,
    *,
    with_outcome: bool = False,
) -> str:
    from seatdesk.reports.pdf import write_pdf  # Qt is loaded only to render

    view = desk.show(ref)
    digest, _ = write_pdf(incident_document(session, view, with_outcome=with_outcome), out)
    session.audit.append(
        session.staff_id,
        "incident.pdf",
        target=ref,
        detail={"sha256": digest, "with_outcome": with_outcome},
    )
    return digest
