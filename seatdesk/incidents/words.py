"""The incident vocabulary in both languages, for documents: the PDFs take the words of the
report's language (the desk translates the codes through Qt Linguist, in `seatdesk.ui`)."""

from __future__ import annotations

from seatdesk.incidents.model import CATEGORIES, CHECKLIST, PENALTIES, SEVERITIES, STATUSES

_EN: dict[str, dict[str, str]] = {
    "category": {
        "data_leak": "Data leak",
        "suspected_leak": "Suspected leak",
        "device_lost": "Device lost or stolen",
        "unauthorised_access": "Unauthorised access",
        "social_engineering": "Suspicious call or social engineering",
        "unregistered_visitor": "Unregistered visitor",
        "misoperation": "Mistake",
        "other": "Other",
    },
    "status": {
        "reported": "Reported",
        "confirmed": "Confirmed",
        "contained": "Contained",
        "notified": "Notified",
        "closed": "Closed",
    },
    "severity": {
        "general": "General",
        "major": "Major",
        "serious": "Serious",
        "critical": "Critical",
    },
    "checklist": {
        "data_categories": "Types of personal information concerned",
        "cause": "Cause",
        "possible_harm": "Possible harm",
        "remedies": "Remedies taken",
        "individual_actions": "What you can do to reduce the harm",
        "contact": "Contact",
    },
    "penalty": {
        "warning": "Warning",
        "pay_deduction": "Pay deduction",
        "dismissal": "Dismissal",
        "referral": "Referred to the judicial authorities",
    },
    "deadline": {
        "confirm": "Confirm the incident",
        "initial_report": "Initial report to the regulator",
        "closure_report": "Closure report",
    },
    "operator": {
        "general": "General operator",
        "cii": "Critical information infrastructure operator",
        "state": "Central or state organ",
    },
    "report": {
        "initial": "Initial report",
        "supplement": "Supplementary report",
        "closure": "Closure report",
    },
}
_ZH: dict[str, dict[str, str]] = {
    "category": CATEGORIES,
    "status": STATUSES,
    "severity": SEVERITIES,
    "checklist": CHECKLIST,
    "penalty": PENALTIES,
    "deadline": {
        "confirm": "确认事件",
        "initial_report": "向监管部门初报",
        "closure_report": "总结报告",
    },
    "operator": {
        "general": "一般运营者",
        "cii": "关键信息基础设施运营者",
        "state": "中央和国家机关各部门及其直属单位",
    },
    "report": {"initial": "初次报告", "supplement": "补充报告", "closure": "总结报告"},
}
KINDS = tuple(_EN)


def word(kind: str, code: str | None, language: str, missing: str = "—") -> str:
    """The word for `code` of `kind` ("category", "status", …) in `language` (zh_CN or en)."""
    if not code:
        return missing
    table = (_ZH if language == "zh_CN" else _EN)[kind]
    return table.get(code, code)
