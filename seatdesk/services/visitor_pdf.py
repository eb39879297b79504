"""The visitor register's printed reports as `reports.document.Document`s (bilingual, A4 landscape,
the exporter's watermark), rendered by `seatdesk.reports.pdf`:

- the evacuation roster (疏散名单): everybody in the hall now, overstays highlighted, with a line
  for the person who checks everyone out;
- the daily log (登记日志): everybody who was in the hall on one day, with the flags a supervisor
  reviews (forced sign-outs, overstays, missing badges, watch-list overrides, held devices).

What goes in is what the reader may see: `VisitorView`s, already masked. `VisitorDesk` builds
the views, checks the permissions and audits each export with the file's SHA-256.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from seatdesk.policy.model import VisitorRules
from seatdesk.reports.document import Document
from seatdesk.visitors.model import VisitorView, hall_time


@dataclass(frozen=True)
class Exporter:
    """Who makes the report, at which seat and when (the watermark), on the hall's clock."""

    staff_id: str
    seat: str
    now: datetime
    rules: VisitorRules

    def time(self, moment: datetime | None, fmt: str = "%H:%M") -> str:
        return hall_time(self.rules, moment, fmt)

    def document(self, title: str) -> Document:
        mark = f"{self.staff_id} · {self.seat} · {self.time(self.now, '%Y-%m-%d %H:%M')}"
        return Document(
            title=title,
            watermark=mark,
            subtitle="客户信息服务中心座席大厅 · 外来人员登记  SeatDesk visitor register",
            footer=f"导出人 Exported by {mark} · 内部资料 注意保密  Confidential",
            author=self.staff_id,
            landscape=True,
        )


def roster_document(views: Sequence[VisitorView], by: Exporter) -> Document:
    """The evacuation roster of `views` (the visitors in the hall now)."""
    doc = by.document("座席大厅外来人员疏散名单  Evacuation roster: visitors in the seat hall")
    doc.key_values(
        [
            ("生成时间 Generated", by.time(by.now, "%Y-%m-%d %H:%M")),
            ("座席 Seat", by.seat),
            ("在场人数 Visitors in the hall", str(len(views))),
            ("超时人数 Overstaying", str(sum(v.overstay for v in views))),
        ]
    )
    doc.heading("在场外来人员  Visitors in the hall")
    doc.table(
        [
            "序号 No.",
            "姓名 Name",
            "单位 Organisation",
            "胸卡号 Badge",
            "接待人 Host",
            "陪同人 Escort",
            "证件号码 ID number",
            "入场 In",
            "预计离开 Expected out",
        ],
        [
            [
                str(index),
                v.name,
                v.organisation,
                v.badge,
                f"{v.host} {v.host_name}".strip(),
                v.escort,
                v.id_masked,
                by.time(v.checked_in_at),
                by.time(v.expected_departure)
                + (f"  超时 overdue {v.minutes_over} min" if v.overstay else ""),
            ]
            for index, v in enumerate(views, start=1)
        ],
        weights=(0.55, 1.0, 1.7, 0.8, 1.3, 1.0, 1.6, 0.7, 1.2),
        highlight=[i for i, v in enumerate(views) if v.overstay],
        empty_text="座席大厅内无外来人员  No visitors in the hall",
    )
    doc.paragraph(
        "紧急疏散时由清点人逐一核对姓名与胸卡号，确认全部外来人员撤离。"
        "Evacuation: the person checking calls every name and badge number and confirms "
        "that every visitor has left."
    )
    doc.key_values([("清点人签字 Checked by", "________________"), ("时间 Time", "________")])
    return doc


def daily_log_document(day: date, views: Sequence[VisitorView], by: Exporter) -> Document:
    """The log of `views` (everybody in the hall on `day`, hall local date)."""
    doc = by.document(f"外来人员登记日志  Daily visitor log  {day.isoformat()}")
    missing = sum(v.badge_returned is False for v in views)
    overrides = sum(bool(v.watch_override_by) for v in views)
    doc.key_values(
        [
            ("日期 Date", day.isoformat()),
            ("生成时间 Generated", by.time(by.now, "%Y-%m-%d %H:%M")),
            ("入场人次 Visits", str(len(views))),
            ("强制签退 Forced sign-outs", str(sum(v.forced_sign_out for v in views))),
            ("胸卡未归还 Badges not returned", str(missing)),
            ("关注名单放行 Watch-list overrides", str(overrides)),
        ]
    )
    doc.table(
        [
            "姓名 Name",
            "单位 Organisation",
            "事由 Purpose",
            "证件号码 ID number",
            "胸卡号 Badge",
            "接待人 Host",
            "批准人 / 批准文号 Approval",
            "入场 In",
            "离场 Out",
            "备注 Flags",
        ],
        [
            [
                v.name or "（已匿名）(anonymised)",
                v.organisation,
                v.purpose,
                f"{v.id_type} {v.id_masked}".strip(),
                v.badge,
                f"{v.host} {v.host_name}".strip(),
                f"{v.approver} / {v.approval_ref}",
                by.time(v.checked_in_at, "%m-%d %H:%M"),
                by.time(v.signed_out_at, "%m-%d %H:%M") or "在场 in hall",
                flags(v),
            ]
            for v in views
        ],
        weights=(1.0, 1.5, 1.5, 1.8, 0.7, 1.2, 1.4, 0.9, 0.9, 1.6),
        highlight=[
            i
            for i, v in enumerate(views)
            if v.forced_sign_out or v.overstay or v.badge_returned is False
        ],
        empty_text="当日无外来人员入场  No visitors on this day",
    )
    return doc


def flags(v: VisitorView) -> str:
    """What the daily log notes of one visit, in both languages."""
    found = []
    if v.forced_sign_out:
        found.append("强制签退 forced out")
    if v.overstay:
        found.append(f"超时 overdue {v.minutes_over} min")
    if v.badge_returned is False:
        found.append("胸卡未还 badge missing")
    if v.watch_override_by:
        found.append(f"关注名单放行 watch override ({v.watch_override_by})")
    if v.devices_held:
        found.append("寄存 held: " + ", ".join(v.devices_held))
    return "; ".join(found)


def write_report(doc: Document, out: Path) -> tuple[str, int]:
    """Render `doc` to `out` (atomically); (SHA-256, size) of the file."""
    from seatdesk.reports.pdf import write_pdf  # Qt is loaded only to render

    return write_pdf(doc, out)
