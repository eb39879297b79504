"""A report long enough to span pages, for the PDF tests (also rendered in a fresh process)."""

from __future__ import annotations

from seatdesk.reports.document import Document


def big_document(rows: int = 120) -> Document:
    doc = Document(
        "座席大厅外来人员疏散名单  Evacuation roster",
        watermark="sec01 · seat-07 · 2026-01-01 17:00",
        subtitle="副标题 subtitle",
        footer="导出人 Exported by sec01 · seat-07",
        author="sec01",
    )
    doc.key_values([("生成时间 Generated", "2026-01-01 17:00")]).heading("名单 List")
    doc.table(
        ["序号 No.", "姓名 Name", "胸卡号 Badge"],
        [[str(i), f"访客{i}", f"B{i:03d}"] for i in range(1, rows + 1)],
        weights=(0.5, 2, 1),
        highlight=[0],
    )
    return doc
