"""Who the desk reports an incident to, and how fast, under the CAC's
《国家网络安全事件报告管理办法》 (in force 2025-11-01): the operator type decides the deadline
and the recipients. Pure.

Art. 4 of the rules, as SeatDesk reads it: an operator that discovers or learns of an incident
judges its grade by the grading guide; for 较大 and above it reports —
- an operator of critical information infrastructure (关键信息基础设施运营者): to the sector's
  protection department and the public security organ, at once and within 1 hour at the latest;
- a department of the central and state organs or a unit directly under it (中央和国家机关各部门及其
  直属单位): to its own department's cyberspace-affairs body (本部门网信工作机构), within 2 hours;
- any other operator (一般运营者): to the provincial cyberspace administration of its locality
  (属地省级网信部门), within 4 hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

OPERATOR_TYPES: tuple[str, ...] = ("general", "cii", "state")
REGULATOR_DEADLINES: dict[str, timedelta] = {
    "general": timedelta(hours=4),
    "cii": timedelta(hours=1),
    "state": timedelta(hours=2),
}
#: (zh, en) for each recipient of the report, by operator type (Art. 4).
RECIPIENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "general": (("属地省级网信部门", "the provincial cyberspace administration"),),
    "cii": (
        ("保护工作部门", "the sector's protection department"),
        ("公安机关", "the public security organ"),
    ),
    "state": (("本部门网信工作机构", "the department's own cyberspace-affairs body"),),
}
DEFAULT_CHANNELS = "网络安全事件报告热线 12387 / www.12387.cn"


@dataclass(frozen=True)
class IncidentRules:
    """`[incidents]` of the policy: the operator type and the regulator's channels (plain text)."""

    operator_type: str = "general"
    regulator_channels: str = DEFAULT_CHANNELS

    @property
    def regulator_deadline(self) -> timedelta:
        return REGULATOR_DEADLINES[self.operator_type]

    def recipients(self, language: str) -> tuple[str, ...]:
        index = 0 if language == "zh_CN" else 1
        return tuple(pair[index] for pair in RECIPIENTS[self.operator_type])
