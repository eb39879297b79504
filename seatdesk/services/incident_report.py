"""The quick "report incident" entry point (desk and lock screen). It records the report in the
audit log with the chain head as an anchor; the full incident workflow builds on it (issue 6)."""

from __future__ import annotations

import secrets

from seatdesk.core.errors import UsageError
from seatdesk.policy.masking import mask_free_text
from seatdesk.services.session import Session

CATEGORIES = (
    "data_leak",  # 数据泄露
    "suspected_leak",  # 疑似泄露
    "device_lost",  # 设备丢失或被盗
    "unauthorised_access",  # 未授权访问
    "social_engineering",  # 可疑来电或社会工程
    "unregistered_visitor",  # 未登记外来人员
    "misoperation",  # 误操作
    "other",  # 其他
)


def report_incident(session: Session, category: str, description: str) -> tuple[str, str]:
    """Returns (incident reference, audit anchor). The description is stored masked."""
    if category not in CATEGORIES:
        raise UsageError(f"unknown incident category {category!r}")
    if not description.strip():
        raise UsageError("say in one sentence what happened")
    reference = "INC-" + secrets.token_hex(4).upper()
    _, anchor = session.audit.head()
    session.audit.append(
        session.staff_id,
        "incident.report",
        target=reference,
        detail={
            "category": category,
            "description": mask_free_text(description.strip()),
            "anchor": anchor,
        },
    )
    return reference, anchor
