"""Incident vocabulary and rules, pure: categories, the workflow 已报告 → 已确认 → 已控制 → 已通报
→ 已关闭, severities, deadlines, the PIPL Art. 57 notice checklist and the policy's penalties."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from seatdesk.core.errors import UsageError

CATEGORIES: dict[str, str] = {
    "data_leak": "数据泄露",
    "suspected_leak": "疑似泄露",
    "device_lost": "设备丢失或被盗",
    "unauthorised_access": "未授权访问",
    "social_engineering": "可疑来电或社会工程",
    "unregistered_visitor": "未登记外来人员",
    "misoperation": "误操作",  # the blameless self-report of a slip
    "other": "其他",
}
STATUSES: dict[str, str] = {
    "reported": "已报告",
    "confirmed": "已确认",
    "contained": "已控制",
    "notified": "已通报",
    "closed": "已关闭",
}
ORDER = tuple(STATUSES)
SEVERITIES: dict[str, str] = {
    "general": "一般",
    "major": "较大",
    "serious": "重大",
    "critical": "特别重大",
}
REGULATOR_SEVERITIES = ("major", "serious", "critical")  # 较大 and above
REGULATOR_DEADLINE = timedelta(hours=4)  # a general operator's; the policy sets it
CLOSURE_DEADLINE = timedelta(days=30)  # after handling ends
CONFIRM_DEADLINE = timedelta(hours=24)
CHECKLIST: dict[str, str] = {  # PIPL Art. 57: what the notice to individuals must say
    "data_categories": "泄露的个人信息种类",
    "cause": "原因",
    "possible_harm": "可能造成的危害",
    "remedies": "已采取的补救措施",
    "individual_actions": "个人可以采取的减轻危害的措施",
    "contact": "联系方式",
}
PENALTIES: dict[str, str] = {
    "warning": "警告",
    "pay_deduction": "扣发工资",
    "dismissal": "辞退",
    "referral": "移送司法机关",
}
PAY_DEDUCTION_RANGE = (300, 1000)  # 元, for the lighter cases


def check_category(category: str) -> None:
    if category not in CATEGORIES:
        raise UsageError(f"unknown category {category!r} (one of: {', '.join(CATEGORIES)})")


def check_severity(severity: str) -> None:
    if severity not in SEVERITIES:
        raise UsageError(f"unknown severity {severity!r} (one of: {', '.join(SEVERITIES)})")


def next_status(current: str, wanted: str) -> str:
    """Steps go forward one at a time; 已关闭 can be reached from any open state."""
    if wanted not in STATUSES:
        raise UsageError(f"unknown status {wanted!r}")
    if current == "closed":
        raise UsageError("the incident is closed", code="incident.closed")
    if wanted == "closed" or ORDER.index(wanted) == ORDER.index(current) + 1:
        return wanted
    following = ORDER[ORDER.index(current) + 1]
    raise UsageError(
        f"from {STATUSES[current]} the next step is {STATUSES[following]}",
        code="incident.next_step",
        status=current,
        next=following,
    )


@dataclass(frozen=True)
class Deadline:
    what: str
    due: datetime
    met: bool

    def seconds_left(self, now: datetime) -> int:
        return int((self.due - now).total_seconds())

    def overdue(self, now: datetime) -> bool:
        return not self.met and now > self.due


def deadlines(
    reported_at: datetime,
    severity: str | None,
    status: str,
    *,
    regulator_within: timedelta = REGULATOR_DEADLINE,
    clock_from: datetime | None = None,
    handling_ended_at: datetime | None = None,
    filed: Collection[str] = (),
) -> list[Deadline]:
    """Confirmation within 24 h of the report; for 较大 and above the initial report to the
    regulator within the operator's deadline from `clock_from` (default: the report), and the
    closure report within 30 days after handling ended. `filed` names the reports filed."""
    reached = ORDER.index(status)
    result = [
        Deadline("confirm", reported_at + CONFIRM_DEADLINE, reached >= ORDER.index("confirmed"))
    ]
    if severity in REGULATOR_SEVERITIES:
        start = clock_from or reported_at
        result.append(Deadline("initial_report", start + regulator_within, "initial" in filed))
        if handling_ended_at is not None:
            result.append(
                Deadline("closure_report", handling_ended_at + CLOSURE_DEADLINE, "closure" in filed)
            )
    return result


def check_penalty(kind: str, amount: int | None) -> None:
    if kind not in PENALTIES:
        raise UsageError(f"unknown outcome {kind!r} (one of: {', '.join(PENALTIES)})")
    low, high = PAY_DEDUCTION_RANGE
    if kind == "pay_deduction" and (amount is None or not low <= amount <= high):
        raise UsageError(
            f"扣发工资 needs an amount between {low} and {high} 元",
            code="incident.pay_deduction_amount",
            low=low,
            high=high,
        )
