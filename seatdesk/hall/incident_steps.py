"""The security officer's workflow on the hall's copy of an incident (the system of record),
by the same pure rules as at a seat (`seatdesk.incidents.model`). Pure: no I/O.

Free text is masked again here (a phone or ID number typed into a note never reaches the
hall's tables in clear, whatever the seat did)."""

from __future__ import annotations

from typing import Any

from seatdesk.core.errors import UsageError
from seatdesk.incidents.model import CHECKLIST, check_penalty, check_severity, next_status
from seatdesk.policy.masking import mask_free_text

STEP_KINDS = ("severity", "status", "checklist", "close")


def _text(value: Any, name: str, limit: int = 2000) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise UsageError(f"{name} must be text of at most {limit} characters")
    return mask_free_text(value.strip())


def apply_step(view: dict[str, Any], change: dict[str, Any], by: str, at: str) -> dict[str, Any]:
    """The incident after `change` by `by` at `at`; UsageError if the workflow refuses it."""
    updated = dict(view)
    steps = [list(s) for s in view.get("steps") or []]
    kind = change.get("kind")
    if kind == "severity":
        severity = str(change.get("severity", ""))
        check_severity(severity)
        updated["severity"] = severity
    elif kind == "status":
        new = next_status(str(view["status"]), str(change.get("status", "")))
        if new == "closed":
            raise UsageError("record the finding before closing (close_with_finding)")
        updated["status"] = new
        steps.append([at, by, new, _text(change.get("note", ""), "note")])
    elif kind == "checklist":
        answers = change.get("answers")
        if not isinstance(answers, dict) or set(answers) - set(CHECKLIST):
            raise UsageError("unknown checklist items")
        checklist = dict(view.get("checklist") or {})
        checklist.update({k: _text(v, k) for k, v in answers.items()})
        updated["checklist"] = checklist
    elif kind == "close":
        next_status(str(view["status"]), "closed")
        finding = _text(change.get("finding", ""), "finding")
        if not finding:
            raise UsageError("closing needs the finding")
        outcome = change.get("outcome")
        if outcome is not None:
            if not isinstance(outcome, dict):
                raise UsageError("the outcome is an object")
            amount = outcome.get("amount")
            check_penalty(str(outcome.get("kind")), amount if isinstance(amount, int) else None)
        updated |= {"finding": finding, "outcome": outcome, "closed_at": at, "status": "closed"}
        steps.append([at, by, "closed", ""])
    else:
        raise UsageError(f"a step is one of: {', '.join(STEP_KINDS)}")
    updated["steps"] = steps
    return updated
