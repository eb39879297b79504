"""Periodic review of who may access what: accounts, roles, last sign-in, dormant accounts, and
how much each account viewed, verified and revealed; the reviewer's sign-off is recorded."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from seatdesk.core.clock import utc_iso
from seatdesk.policy.roles import Permission, require
from seatdesk.reports.document import Document
from seatdesk.services.assessments import AssessmentDue, AssessmentRegister
from seatdesk.services.free_text import typed_text
from seatdesk.services.session import Session

DORMANT_DAYS = 90
_TRIGGER_LABELS = {
    "sensitive": "处理敏感个人信息 sensitive information",
    "automated_decision": "自动化决策 automated decisions",
    "entrust_provide_disclose": "委托处理、向他人提供、公开 entrusting, providing, disclosing",
    "cross_border": "向境外提供 providing abroad",
    "major_impact": "其他重大影响 other major impact",
}


@dataclass(frozen=True)
class AccountLine:
    staff_id: str
    display_name: str
    role: str
    disabled: bool
    last_login: str | None
    dormant: bool
    views: int
    verifies: int
    reveals: int
    blocked: int


@dataclass(frozen=True)
class AccessReview:
    generated_at: str
    period_days: int
    accounts: tuple[AccountLine, ...]
    # impact assessments due for review, or missing for what this seat does (PIPL Art. 55)
    assessments: tuple[AssessmentDue, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "generated_at": self.generated_at,
            "period_days": self.period_days,
            "accounts": [asdict(a) for a in self.accounts],
            "assessments": [a.as_json() for a in self.assessments],
        }

    @property
    def sha256(self) -> str:
        return hashlib.sha256(
            json.dumps(self.as_json(), sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()


def access_review(session: Session, period_days: int = DORMANT_DAYS) -> AccessReview:
    require(session.role, Permission.REVIEW_ACCESS)
    now = session.runtime.clock.now()
    since = utc_iso(now - timedelta(days=period_days))
    activity: dict[tuple[str, str], int] = {
        (str(actor), str(action)): int(n)
        for actor, action, n in session.db.execute(
            "SELECT actor, action, count(*) FROM audit WHERE ts >= ? AND action IN "
            "('record.view', 'record.verify', 'record.reveal', 'guard.blocked') "
            "GROUP BY actor, action",
            (since,),
        )
    }
    lines = []
    for staff_id, name, role, disabled, last_login in session.db.execute(
        "SELECT staff_id, display_name, role, disabled, last_login FROM staff ORDER BY staff_id"
    ):
        last = None if last_login is None else str(last_login)
        dormant = not disabled and (
            last is None or now - datetime.fromisoformat(last) >= timedelta(days=DORMANT_DAYS)
        )
        lines.append(
            AccountLine(
                str(staff_id),
                str(name),
                str(role),
                bool(disabled),
                last,
                dormant,
                activity.get((str(staff_id), "record.view"), 0),
                activity.get((str(staff_id), "record.verify"), 0),
                activity.get((str(staff_id), "record.reveal"), 0),
                activity.get((str(staff_id), "guard.blocked"), 0),
            )
        )
    due = tuple(AssessmentRegister(session).due())
    review = AccessReview(utc_iso(now), period_days, tuple(lines), due)
    session.audit.append(session.staff_id, "access.review", detail={"sha256": review.sha256})
    return review


def sign_off(session: Session, review: AccessReview, note: str) -> None:
    require(session.role, Permission.REVIEW_ACCESS)
    with session.db.transaction():
        session.db.execute(
            "INSERT INTO access_reviews(at, reviewer, sha256, note) VALUES (?, ?, ?, ?)",
            (
                utc_iso(session.runtime.clock.now()),
                session.staff_id,
                review.sha256,
                typed_text(session, note),
            ),
        )
        session.audit.append(
            session.staff_id, "access.signed_off", detail={"sha256": review.sha256}
        )


def export_review_pdf(session: Session, review: AccessReview, out: Path) -> str:
    """The review as a PDF for the file (sign-off sheet); its SHA-256 goes to the audit."""
    from seatdesk.reports.pdf import write_pdf  # Qt is loaded only to render

    shown = session.policy.hall_time  # on the hall's clock, as every time a person reads
    now = shown(session.runtime.clock.now())
    doc = Document(
        title="访问权限复核 Access review",
        subtitle=f"{review.period_days} 天内的查看、核验与查看原值 / "
        f"activity in {review.period_days} days",
        watermark=f"{session.staff_id} · {session.runtime.seat} · {now}",
        author=session.staff_id,
        landscape=True,
    )
    doc.key_values(
        [
            (
                "生成时间 Generated",
                shown(review.generated_at),
            ),
            ("复核摘要 Review hash", review.sha256),
        ]
    )
    rows = [
        [
            a.staff_id,
            a.display_name,
            a.role,
            "停用 disabled" if a.disabled else "启用 active",
            shown(a.last_login) if a.last_login else "—",
            "是 yes" if a.dormant else "",
            str(a.views),
            str(a.verifies),
            str(a.reveals),
            str(a.blocked),
        ]
        for a in review.accounts
    ]
    doc.table(
        [
            "工号 ID",
            "姓名 Name",
            "角色 Role",
            "状态 State",
            "最近登录 Last sign-in",
            "休眠 Dormant",
            "查看 Views",
            "核验 Verifies",
            "查看原值 Reveals",
            "拦截 Blocked",
        ],
        rows,
        highlight=[i for i, a in enumerate(review.accounts) if a.dormant],
    )
    doc.heading("个人信息保护影响评估 Impact assessments (PIPL Art. 55-56)")
    if review.assessments:
        doc.table(
            ["情形 Art. 55 case", "状态 State", "编号 Ref", "复评日期 Next review"],
            [
                [
                    _TRIGGER_LABELS.get(a.trigger, a.trigger),
                    "待复评 review due" if a.why == "review_due" else "缺少评估 missing",
                    a.ref or "—",
                    a.next_review or "—",
                ]
                for a in review.assessments
            ],
            highlight=list(range(len(review.assessments))),
        )
    else:
        doc.paragraph("无待复评或缺少的评估 None due for review or missing.")
    doc.paragraph("复核人签字 Reviewer: ____________    日期 Date: ____________")
    digest, _ = write_pdf(doc, out)
    session.audit.append(
        session.staff_id,
        "access.review_pdf",
        target=out.name,
        detail={"sha256": digest, "review": review.sha256},
    )
    return digest
