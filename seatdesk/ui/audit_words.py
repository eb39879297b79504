"""The audit log's own codes as the officer reads them: an action's name in the desk's language
followed by its code (what the filter and `audit export` use), and an entry's detail as
"key: value" pairs instead of JSON. Codes without a name of their own get their family's."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _actions() -> dict[str, str]:
    return {
        "login": translate("AuditWords", "Signed in"),
        "login.failed": translate("AuditWords", "Sign-in failed"),
        "login.recovery": translate("AuditWords", "Signed in with the recovery key"),
        "logout": translate("AuditWords", "Signed out"),
        "agreement.ack": translate("AuditWords", "Accepted the confidentiality agreement"),
        "desk.lock": translate("AuditWords", "Seat locked"),
        "desk.unlock": translate("AuditWords", "Seat unlocked"),
        "guard.blocked": translate("AuditWords", "Copy or capture blocked"),
        "guard.noticed": translate("AuditWords", "Capture attempt noticed"),
        "record.search": translate("AuditWords", "Searched customers"),
        "record.view": translate("AuditWords", "Viewed a customer"),
        "record.reveal": translate("AuditWords", "Revealed a value"),
        "record.verify": translate("AuditWords", "Verified a value"),
        "record.interaction": translate("AuditWords", "Contact recorded"),
        "record.consent_withdrawn": translate("AuditWords", "Consent withdrawn"),
        "records.export": translate("AuditWords", "Exported customers"),
        "records.export_refused": translate("AuditWords", "Export refused (no covering agreement)"),
        "partner.added": translate("AuditWords", "Partner agreement registered"),
        "partner.expired": translate("AuditWords", "Partner agreement ended early"),
        "partner.register_pdf": translate("AuditWords", "Partner register written as PDF"),
        "partner.register_csv": translate("AuditWords", "Partner register written as CSV"),
        "records.purge": translate("AuditWords", "Retention purge"),
        "approval": translate("AuditWords", "Authorisation at the seat"),
        "approval.ask": translate("AuditWords", "Asked for an approver through the hall"),
        "hall.verifiers": translate("AuditWords", "Gave the hall the 一类 verifiers"),
        "approval.take": translate("AuditWords", "On the way to an approval request"),
        "approval.decline": translate("AuditWords", "Approval request declined"),
        "approval.cancel": translate("AuditWords", "Approval request cancelled"),
        "approval.expired": translate("AuditWords", "Approval request expired"),
        "approval.granted": translate("AuditWords", "Approval request granted at the seat"),
        "call.start": translate("AuditWords", "Call started"),
        "call.bind": translate("AuditWords", "Call linked to a customer"),
        "call.end": translate("AuditWords", "Call ended"),
        "call.wrap_up": translate("AuditWords", "Call wrap-up"),
        "incident.report": translate("AuditWords", "Incident reported"),
        "visitor.register": translate("AuditWords", "Visitor registered"),
        "visitor.check_in": translate("AuditWords", "Visitor signed in"),
        "visitor.sign_out": translate("AuditWords", "Visitor signed out"),
        "visitor.board": translate("AuditWords", "Visitor board opened"),
        "staff.add": translate("AuditWords", "Account added"),
        "staff.password": translate("AuditWords", "Password changed or reset"),
        "staff.role": translate("AuditWords", "Role changed"),
        "vault.backup": translate("AuditWords", "Backup written"),
        "audit.search": translate("AuditWords", "Audit log searched"),
        "audit.exposure": translate("AuditWords", "Who saw this customer"),
        "audit.export": translate("AuditWords", "Audit log exported"),
        "access.review": translate("AuditWords", "Access review"),
        "audit.purge": translate("AuditWords", "Audit retention purge"),
        "audit.purged": translate("AuditWords", "Entries purged before here"),
    }


def _families() -> dict[str, str]:
    return {
        "record": translate("AuditWords", "Customer record"),
        "approval": translate("AuditWords", "Approval request"),
        "records": translate("AuditWords", "Customer records"),
        "customers": translate("AuditWords", "Customer data"),
        "call": translate("AuditWords", "Call"),
        "visitor": translate("AuditWords", "Visitor register"),
        "watch": translate("AuditWords", "Watch list"),
        "incident": translate("AuditWords", "Incident"),
        "staff": translate("AuditWords", "Accounts"),
        "auth": translate("AuditWords", "Sign-in protection"),
        "vault": translate("AuditWords", "Vault"),
        "hall": translate("AuditWords", "Hall"),
        "audit": translate("AuditWords", "Audit log"),
        "access": translate("AuditWords", "Access review"),
        "assessment": translate("AuditWords", "Impact assessments"),
        "desk": translate("AuditWords", "Seat"),
        "guard": translate("AuditWords", "Guards"),
    }


def action_text(code: str) -> str:
    """ "Viewed a customer · record.view"; an unknown family shows its code alone."""
    word = _actions().get(code) or _families().get(code.split(".", 1)[0])
    return f"{word} · {code}" if word else code


def _value(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k} {_value(v)}" for k, v in value.items())
    if value is None:
        return "—"
    return str(value)


def detail_text(detail: str) -> str:
    """'{"in_hall":1,"who":["a","b"]}' as 'in_hall: 1 · who: a, b'; anything else as stored."""
    try:
        parsed = json.loads(detail) if detail else {}
    except ValueError:
        return detail
    if not isinstance(parsed, dict):
        return detail
    return " · ".join(f"{key}: {_value(value)}" for key, value in parsed.items())
