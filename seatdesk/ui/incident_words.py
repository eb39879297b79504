"""The incident vocabulary on the desk: every code the services hand out (category, status,
severity, checklist item, penalty, deadline, report and its fields, operator type) in the desk's
language through Qt Linguist. The one table of them in `ui`; the PDFs take their words from
`seatdesk.incidents.words` by the report's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _table(kind: str) -> dict[str, str]:
    # Literal calls, one per word, so lupdate sees them all (context "IncidentWords").
    tables = {
        "category": lambda: {
            "data_leak": translate("IncidentWords", "Data leak"),
            "suspected_leak": translate("IncidentWords", "Suspected leak"),
            "device_lost": translate("IncidentWords", "Device lost or stolen"),
            "unauthorised_access": translate("IncidentWords", "Unauthorised access"),
            "social_engineering": translate(
                "IncidentWords", "Suspicious call or social engineering"
            ),
            "unregistered_visitor": translate("IncidentWords", "Unregistered visitor"),
            "misoperation": translate("IncidentWords", "Mistake"),
            "other": translate("IncidentWords", "Other"),
        },
        "status": lambda: {
            "reported": translate("IncidentWords", "New report"),
            "confirmed": translate("IncidentWords", "Confirmed"),
            "contained": translate("IncidentWords", "Contained"),
            "notified": translate("IncidentWords", "Notified"),
            "closed": translate("IncidentWords", "Closed"),
        },
        "severity": lambda: {
            "general": translate("IncidentWords", "General"),
            "major": translate("IncidentWords", "Major"),
            "serious": translate("IncidentWords", "Serious"),
            "critical": translate("IncidentWords", "Critical"),
        },
        "checklist": lambda: {
            "data_categories": translate("IncidentWords", "Types of personal information"),
            "cause": translate("IncidentWords", "Cause"),
            "possible_harm": translate("IncidentWords", "Possible harm"),
            "remedies": translate("IncidentWords", "Remedies taken"),
            "individual_actions": translate("IncidentWords", "What individuals can do"),
            "contact": translate("IncidentWords", "Contact"),
        },
        "penalty": lambda: {
            "warning": translate("IncidentWords", "Warning"),
            "pay_deduction": translate("IncidentWords", "Pay deduction"),
            "dismissal": translate("IncidentWords", "Dismissal"),
            "referral": translate("IncidentWords", "Referred to the judicial authorities"),
        },
        "deadline": lambda: {
            "confirm": translate("IncidentWords", "Confirm"),
            "initial_report": translate("IncidentWords", "Initial report"),
            "closure_report": translate("IncidentWords", "Closure report"),
        },
        "report": lambda: {
            "initial": translate("IncidentWords", "Initial report"),
            "supplement": translate("IncidentWords", "Supplementary report"),
            "closure": translate("IncidentWords", "Closure report"),
        },
        "operator": lambda: {
            "general": translate("IncidentWords", "General operator"),
            "cii": translate("IncidentWords", "Critical information infrastructure operator"),
            "state": translate("IncidentWords", "Central or state organ"),
        },
    }
    return tables[kind]()


def _fields() -> dict[str, dict[str, str]]:
    return {
        "initial": {
            "unit_system": translate("IncidentWords", "Unit and system concerned"),
            "occurred_at": translate("IncidentWords", "When (YYYY-MM-DD HH:MM, hall time)"),
            "place": translate("IncidentWords", "Where"),
            "event_type": translate("IncidentWords", "Type of event"),
            "impact": translate("IncidentWords", "Impact and harm so far"),
            "measures": translate("IncidentWords", "Measures taken and their effect"),
        },
        "supplement": {
            "development": translate("IncidentWords", "Likely development"),
            "cause": translate("IncidentWords", "Preliminary cause"),
            "further_measures": translate("IncidentWords", "Further measures and help needed"),
            "scene": translate("IncidentWords", "How the scene is preserved"),
            "other": translate("IncidentWords", "Other matters"),
        },
        "closure": {
            "cause": translate("IncidentWords", "Cause"),
            "handling": translate("IncidentWords", "How it was handled"),
            "harm": translate("IncidentWords", "Harm and losses"),
            "accountability": translate("IncidentWords", "Responsibility"),
            "rectification": translate("IncidentWords", "Rectification"),
            "lessons": translate("IncidentWords", "Lessons learned"),
        },
    }


def word(kind: str, code: str | None, missing: str = "—") -> str:
    """The desk's word for `code` of `kind` ("category", "status", "severity", …)."""
    if not code:
        return missing
    return _table(kind).get(code, code)


def field_label(kind: str, name: str) -> str:
    """The label of field `name` of a `kind` report on the desk's form."""
    return _fields()[kind].get(name, name)
