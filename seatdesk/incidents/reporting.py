"""Reporting an incident under the CAC's 《国家网络安全事件报告管理办法》 (2025-11-01), pure: the
severity the number of people affected suggests, the report forms of its Art. 7 and the closure
report, and when each report is due.

- Grading (the guide of the rules, personal information): 较大 from 1,000,000 people affected,
  重大 from 10,000,000, 特别重大 from 100,000,000; below that 一般.
- The regulator's clock (Art. 4: "在发现或获知…时…研判，属于较大以上的…最迟不得超过 N 小时")
  runs from discovery: the incident's report time. Where the incident was first graded below 较大
  and raised later, it runs from the raise (when the operator learned it is 较大 or above).
- The initial report carries Art. 7 items 1–2 (Art. 7 lets them go first); supplements carry
  items 3–7, any number of them; the closure report is due 30 days after handling ends, which
  SeatDesk takes to be the first step of 已控制 (contained) or 已关闭 (closed).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone

from seatdesk.core.errors import UsageError

#: (people from, severity), highest first.
PEOPLE_THRESHOLDS: tuple[tuple[int, str], ...] = (
    (100_000_000, "critical"),
    (10_000_000, "serious"),
    (1_000_000, "major"),
)
REPORTABLE = ("major", "serious", "critical")  # 较大 and above
HANDLING_ENDS = ("contained", "closed")
FIELD_LIMIT = 2000
#: Fields that are a moment, not typed text: "YYYY-MM-DD HH:MM" on the hall's clock, stored in
#: UTC (the free-text gate would mask a date as if it were a birth date).
TIME_FIELDS = ("occurred_at",)
TIME_FORMAT = "%Y-%m-%d %H:%M"

#: The report kinds and their fields: code → (zh label, en label), in the order of the form.
REPORT_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "initial": {  # Art. 7 items 1–2
        "unit_system": (
            "事发单位名称及发生事件的设施、系统、平台的基本情况",
            "The unit, and the facility, system or platform concerned",
        ),
        "occurred_at": ("事件发生或发现的时间", "When it happened or was discovered"),
        "place": ("事件发生的地点", "Where it happened"),
        "event_type": ("事件类型", "Type of event"),
        "impact": ("已造成的影响和危害", "Impact and harm so far"),
        "measures": ("已采取的应对措施及效果", "Measures taken and their effect"),
    },
    "supplement": {  # Art. 7 items 3–7
        "development": (
            "事态发展趋势及可能进一步造成的影响和危害",
            "Likely development and further harm",
        ),
        "cause": ("初步分析的事件原因", "Preliminary cause"),
        "further_measures": (
            "拟进一步采取的应对措施以及请求支援事项",
            "Further measures and help requested",
        ),
        "scene": ("事件现场保护情况", "How the scene is preserved"),
        "other": ("其他应当报告的情况", "Other matters to report"),
    },
    "closure": {
        "cause": ("事件原因", "Cause"),
        "handling": ("应急处置情况", "How it was handled"),
        "harm": ("造成的危害和损失", "Harm and losses"),
        "accountability": ("责任认定和处理", "Responsibility and its handling"),
        "rectification": ("整改情况", "Rectification"),
        "lessons": ("经验教训", "Lessons learned"),
    },
}
REPORT_KINDS = tuple(REPORT_FIELDS)


def suggest_severity(people: int) -> str:
    """The grade the number of people whose personal information is affected suggests."""
    if isinstance(people, bool) or not isinstance(people, int) or people < 0:
        raise UsageError("the number of people affected is a whole number, 0 or more")
    for threshold, severity in PEOPLE_THRESHOLDS:
        if people >= threshold:
            return severity
    return "general"


def chosen_severity(people: int, override: str | None, reason: str) -> tuple[str, str, bool]:
    """(suggested, chosen, overridden): a grade other than the suggestion needs a reason."""
    suggested = suggest_severity(people)
    chosen = override or suggested
    overridden = chosen != suggested
    if overridden and not reason.strip():
        raise UsageError(
            "a severity other than the suggested one needs a reason",
            code="incident.override_reason",
        )
    return suggested, chosen, overridden


def check_form(kind: str, form: Mapping[str, object]) -> dict[str, str]:
    """The form's fields as text; UsageError for an unknown kind or field, a missing field of an
    initial or closure report, an empty supplement, or a text too long."""
    if kind not in REPORT_FIELDS:
        raise UsageError(f"unknown report {kind!r} (one of: {', '.join(REPORT_KINDS)})")
    fields = REPORT_FIELDS[kind]
    unknown = sorted(set(form) - set(fields))
    if unknown:
        raise UsageError(
            f"unknown fields for the {kind} report: {', '.join(unknown)} "
            f"(fields: {', '.join(fields)})"
        )
    texts: dict[str, str] = {}
    for name, value in form.items():
        if not isinstance(value, str):
            raise UsageError(f"field {name} must be text")
        if len(value) > FIELD_LIMIT:
            raise UsageError(f"field {name} is longer than {FIELD_LIMIT} characters")
        if value.strip():
            texts[name] = value
    missing = [name for name in fields if name not in texts]
    if kind == "supplement" and not texts:
        raise UsageError("a supplement fills at least one field", code="incident.empty_report")
    if kind != "supplement" and missing:
        raise UsageError(
            f"the {kind} report needs: {', '.join(missing)}", code="incident.report_fields"
        )
    return texts


def regulator_clock_from(
    reported_at: datetime, ratings: Sequence[tuple[datetime, str]]
) -> datetime:
    """When the regulator's clock starts: discovery (the report), or the raise to 较大 or above
    of an incident first graded below it. `ratings` are (when, severity), oldest first."""
    if ratings and ratings[0][1] not in REPORTABLE:
        raised = next((at for at, severity in ratings if severity in REPORTABLE), None)
        if raised is not None:
            return raised
    return reported_at


def handling_ended(steps: Iterable[tuple[datetime, str]]) -> datetime | None:
    """The first step of 已控制 or 已关闭: handling ends there."""
    return next((at for at, status in steps if status in HANDLING_ENDS), None)


def hall_minute(name: str, text: str, zone: timezone) -> datetime:
    """A time field ("2026-01-01 09:30", on the hall's clock) as a moment."""
    try:
        return datetime.strptime(text.strip(), TIME_FORMAT).replace(tzinfo=zone)
    except ValueError:
        raise UsageError(
            f"field {name} is a time as YYYY-MM-DD HH:MM on the hall's clock",
            code="incident.report_time",
        ) from None
