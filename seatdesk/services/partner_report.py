"""The partner register on paper and in a spreadsheet, for the security officer's file: a PDF
(watermarked with who exported it, agreements ending soon or no longer in force highlighted) and
a CSV whose cells a spreadsheet will not run (`inert_cell`). Both are written 0600, and the file's
SHA-256 goes to the audit log (with the number of agreements, no partner detail)."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from seatdesk.core.files import write_atomically
from seatdesk.reports.document import Document
from seatdesk.services.export import inert_cell
from seatdesk.services.partners import Partner, PartnerDesk
from seatdesk.services.session import Session

STATE_LABELS = {
    "valid": "有效 valid",
    "expiring": "即将到期 expiring",
    "pending": "未生效 not yet in force",
    "lapsed": "已过期 lapsed",
    "ended": "已终止 ended",
}
CSV_HEADER = (
    "id",
    "name",
    "agreement_no",
    "signed_on",
    "expires_on",
    "state",
    "days_left",
    "purposes",
    "classes",
    "contact",
    "attachments",
    "ended_at",
    "ended_by",
    "ended_reason",
)


def _attachments(partner: Partner) -> str:
    return "; ".join(f"{a.file_name} ({a.size} B, sha256 {a.sha256})" for a in partner.attachments)


def register_csv_bytes(session: Session) -> tuple[bytes, int]:
    desk = PartnerDesk(session)
    partners = desk.entries()
    today = desk.today()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for p in partners:
        row = [
            str(p.id),
            p.name,
            p.agreement_no,
            p.signed_on.isoformat(),
            p.expires_on.isoformat(),
            p.state(today, desk.remind_days),
            str(p.days_left(today)),
            "; ".join(p.purposes),
            "; ".join(p.classes),
            p.contact,
            _attachments(p),
            "" if p.expired_at is None else session.policy.hall_time(p.expired_at),
            p.expired_by or "",
            p.expired_reason or "",
        ]
        writer.writerow([inert_cell(cell) for cell in row])
    # With a BOM, so that a spreadsheet opens the Chinese names as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), len(partners)


def export_register_csv(session: Session, out: Path) -> str:
    data, count = register_csv_bytes(session)
    write_atomically(out, data)
    digest = hashlib.sha256(data).hexdigest()
    session.audit.append(
        session.staff_id,
        "partner.register_csv",
        target=out.name,
        detail={"sha256": digest, "agreements": count},
    )
    return digest


def register_document(session: Session) -> Document:
    desk = PartnerDesk(session)
    partners = desk.entries()
    today = desk.today()
    shown = session.policy.hall_time
    now = shown(session.runtime.clock.now())
    doc = Document(
        title="合作方保密协议登记 Partner register",
        subtitle=f"到期前 {desk.remind_days} 天提醒 / reminded {desk.remind_days} days "
        "before expiry",
        watermark=f"{session.staff_id} · {session.runtime.seat} · {now}",
        author=session.staff_id,
        landscape=True,
    )
    doc.key_values([("生成时间 Generated", now), ("协议数 Agreements", str(len(partners)))])
    states = [p.state(today, desk.remind_days) for p in partners]
    doc.table(
        [
            "编号 ID",
            "合作方 Partner",
            "协议编号 Agreement",
            "签订 Signed",
            "到期 Expires",
            "状态 State",
            "用途 Purposes",
            "信息类别 Classes",
            "联系人 Contact",
        ],
        [
            [
                str(p.id),
                p.name,
                p.agreement_no,
                p.signed_on.isoformat(),
                p.expires_on.isoformat(),
                STATE_LABELS[state],
                "; ".join(p.purposes),
                " ".join(p.classes),
                p.contact,
            ]
            for p, state in zip(partners, states, strict=True)
        ],
        weights=(0.5, 2, 1.4, 1, 1, 1.3, 2, 1, 1.6),
        highlight=[i for i, s in enumerate(states) if s != "valid"],
    )
    with_files = [p for p in partners if p.attachments]
    if with_files:
        doc.heading("附件（按哈希登记）Attachments (recorded by hash)")
        doc.table(
            ["协议编号 Agreement", "文件 File", "大小 Size (B)", "SHA-256"],
            [
                [p.agreement_no, a.file_name, str(a.size), a.sha256]
                for p in with_files
                for a in p.attachments
            ],
            weights=(1.2, 1.6, 0.8, 4),
        )
    ended = [p for p in partners if p.expired_at is not None]
    if ended:
        doc.heading("提前终止 Ended early")
        doc.table(
            ["协议编号 Agreement", "终止时间 Ended", "终止人 By", "原因 Reason"],
            [
                [
                    p.agreement_no,
                    shown(p.expired_at or ""),
                    p.expired_by or "",
                    p.expired_reason or "",
                ]
                for p in ended
            ],
            weights=(1.2, 1.2, 0.8, 4),
        )
    doc.paragraph("复核人签字 Reviewer: ____________    日期 Date: ____________")
    return doc


def export_register_pdf(session: Session, out: Path) -> str:
    from seatdesk.reports.pdf import write_pdf  # Qt is loaded only to render

    doc = register_document(session)
    digest, _ = write_pdf(doc, out)
    session.audit.append(
        session.staff_id,
        "partner.register_pdf",
        target=out.name,
        detail={"sha256": digest, "agreements": len(PartnerDesk(session).entries())},
    )
    return digest
