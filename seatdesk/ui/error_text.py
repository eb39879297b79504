"""What the desk shows for a refusal or a failure from the services: a translated sentence for
the error's stable code (and its parameters), followed by the code, never the services' English
(that is for the command line and the log). An error without a text of its own gets its
class's translated sentence, so nothing untranslated ever reaches a person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from seatdesk.core.errors import SeatDeskError

translate = QCoreApplication.translate


def _texts() -> dict[str, str]:
    return {
        # approvals at the seat (双人复核)
        "approval.self": translate("ErrorText", "You cannot authorise your own request."),
        "approval.no_hall": translate(
            "ErrorText", "There is no hall to ask through: the approver signs at this seat."
        ),
        "approval.closed": translate("ErrorText", "This approval request is closed already."),
        "approval.taken": translate("ErrorText", "Another approver is on the way already."),
        "approval.not_yours": translate("ErrorText", "Your role may not act on this request."),
        "approval.decline_reason": translate("ErrorText", "Say why the request is declined."),
        "approval.role": translate("ErrorText", "%approver may not authorise this request."),
        "approval.agreement": translate(
            "ErrorText",
            "%approver has not accepted the confidentiality agreement: they accept it at their "
            "own sign-in first, then authorise.",
        ),
        # reveals
        "reveal.never": translate(
            "ErrorText", "Your role may not reveal this field for this customer."
        ),
        "reveal.quota": translate("ErrorText", "Your reveals for this hour are used up."),
        "reveal.reason": translate("ErrorText", "Choose a reason for the reveal."),
        "reveal.off_call_note": translate(
            "ErrorText", "A reveal outside a call with this customer needs an explanation."
        ),
        "reveal.empty": translate("ErrorText", "Nothing is stored in this field."),
        "reveal.approval": translate("ErrorText", "This reveal needs an authorisation."),
        "reveal.sealed": translate(
            "ErrorText",
            "This value is sealed for a key that neither your account nor the approver's holds.",
        ),
        "verify.empty": translate("ErrorText", "Type what the caller says first."),
        "verify.needs_hall": translate(
            "ErrorText", "This value is verified by the hall, and this seat has none."
        ),
        "verify.hall_away": translate(
            "ErrorText",
            "The hall checks these answers, and it cannot be reached: nothing was compared. "
            "Try again when the hall is back.",
        ),
        "verify.hour_limit": translate(
            "ErrorText",
            "The hall refuses more checks of this kind from you this hour (the refusal is "
            "audited).",
        ),
        "verify.no_hdk": translate(
            "ErrorText",
            "This seat does not hold the hall's data key yet: these answers are checked here "
            "once another enrolled seat has been online.",
        ),
        "record.masks_stale": translate(
            "ErrorText",
            "This record was masked under other masking rules; it is shown again after a "
            "security officer's next sign-in at this seat.",
        ),
        # records, search, calls
        "record.gone": translate("ErrorText", "This customer is no longer in the vault."),
        "record.rate_limit": translate(
            "ErrorText",
            "More than %limit look-ups in a minute: wait a moment (the refusal is audited).",
        ),
        "search.empty": translate(
            "ErrorText", "Enter a phone number, a customer number or the start of a name."
        ),
        "call.number": translate(
            "ErrorText", "The phone system sent something that is not a phone number."
        ),
        # export
        "export.approval": translate(
            "ErrorText", "An export needs a supervisor's or security officer's authorisation."
        ),
        "export.purpose": translate("ErrorText", "An export needs a purpose and a recipient."),
        "export.rows": translate("ErrorText", "An export holds between 1 and %max customers."),
        "export.fields": translate("ErrorText", "The export names a field the card does not have."),
        "export.partner.none": translate(
            "ErrorText",
            "The recipient has no confidentiality agreement: the export is refused (and audited).",
        ),
        "export.partner.expired": translate(
            "ErrorText",
            "Agreement %agreement is not in force: the export is refused (and audited).",
        ),
        "export.partner.purpose": translate(
            "ErrorText",
            "Agreement %agreement does not cover this purpose: the export is refused "
            "(and audited).",
        ),
        "export.partner.classes": translate(
            "ErrorText",
            "Agreement %agreement does not cover the information classes %classes of the "
            "exported fields: the export is refused (and audited).",
        ),
        # the partner register
        "partner.date": translate("ErrorText", "Give dates as YYYY-MM-DD."),
        "partner.missing": translate(
            "ErrorText", "Give the partner, the agreement number and at least one purpose."
        ),
        "partner.long": translate("ErrorText", "A text of the register is too long."),
        "partner.classes": translate(
            "ErrorText", "Choose the information classes the agreement covers."
        ),
        "partner.dates": translate("ErrorText", "The agreement cannot expire before it is signed."),
        "partner.exists": translate("ErrorText", "This agreement number is already registered."),
        "partner.unknown": translate("ErrorText", "No agreement has this number."),
        "partner.reason": translate("ErrorText", "Say why the agreement ends early."),
        "partner.ended": translate("ErrorText", "This agreement has already been ended."),
        "partner.attachment": translate("ErrorText", "The attachment cannot be read."),
        # incidents
        "incident.describe": translate("ErrorText", "Say in one sentence what happened."),
        "incident.finding_first": translate(
            "ErrorText", "Record the finding before closing the incident."
        ),
        "incident.pay_deduction_amount": translate(
            "ErrorText", "A pay deduction (扣发工资) needs an amount between %low and %high yuan."
        ),
        "incident.outcome_staff": translate(
            "ErrorText", "Name the staff member the outcome applies to."
        ),
        "incident.closed": translate("ErrorText", "The incident is closed."),
        "incident.next_step": translate(
            "ErrorText", "The incident must first go to the next step of its workflow."
        ),
        "incident.security_only": translate(
            "ErrorText", "Only the security officer moves an incident along."
        ),
        "incident.override_reason": translate(
            "ErrorText", "A grade other than the suggested one needs a reason."
        ),
        "incident.report_fields": translate("ErrorText", "Fill every field of this report."),
        "incident.empty_report": translate("ErrorText", "Fill at least one field."),
        "incident.report_time": translate(
            "ErrorText", "Give the time as YYYY-MM-DD HH:MM on the hall's clock."
        ),
        "incident.no_report": translate("ErrorText", "No such report on this incident."),
        # visitors
        "visitor.document_mismatch": translate(
            "ErrorText", "The document shown does not match the pre-registration."
        ),
        "visitor.approver_role": translate(
            "ErrorText", "The approver must be a supervisor or a security officer."
        ),
        "visitor.approver_self": translate(
            "ErrorText", "The approver must be someone other than the person registering."
        ),
        "visitor.host": translate(
            "ErrorText", "The host must be a member of the hall's staff, not the IT admin."
        ),
        "visitor.badge_in_use": translate(
            "ErrorText", "Badge %badge is worn by another visitor in the hall."
        ),
        "visitor.already_in": translate(
            "ErrorText", "A visitor with this ID number is already in the hall."
        ),
        "visitor.not_in_hall": translate("ErrorText", "Visitor %ref is not in the hall."),
        "visitor.watch_list": translate(
            "ErrorText", "This visitor matches the watch list: a security officer must override it."
        ),
        "visitor.id_number": translate("ErrorText", "The ID number is not valid for this ID type."),
        "visitor.mobile": translate(
            "ErrorText", "The mobile is not a mainland mobile number or an international +number."
        ),
        "visitor.badge": translate("ErrorText", "A badge is 1-16 letters, digits or '-'."),
        "visitor.departure": translate(
            "ErrorText", "The expected departure must be later than now."
        ),
        "visitor.departure_closing": translate(
            "ErrorText", "The expected departure is after closing time (%time)."
        ),
        "visitor.notice": translate(
            "ErrorText", "The visitor acknowledges the notice by typed name or paper form."
        ),
        "visitor.devices": translate(
            "ErrorText", "%devices may not enter the hall; hold them at the door first."
        ),
        "visitor.date_past": translate("ErrorText", "The expected date is in the past."),
        "visitor.date_ahead": translate(
            "ErrorText", "A visitor is pre-registered at most %days days ahead."
        ),
        # form fields
        "form.required": translate("ErrorText", "%field is required."),
        "form.too_long": translate("ErrorText", "%field: at most %max characters."),
        "form.control": translate("ErrorText", "%field contains control characters."),
        # passwords
        "password.short": translate(
            "ErrorText", "The password must have at least %min characters."
        ),
        "password.staff_id": translate("ErrorText", "The password must not be the staff ID."),
        # gates
        "agreement.required": translate(
            "ErrorText", "Acknowledge the confidentiality agreement first."
        ),
        "agreement.staff_id": translate(
            "ErrorText", "Type your own staff ID to confirm the agreement."
        ),
        "staff.password_change": translate("ErrorText", "Change your initial password first."),
        # confidentiality training
        "training.never": translate(
            "ErrorText",
            "You have not passed the confidentiality training yet: customer data stays closed "
            "until you pass the assessment (Security menu) or the security officer records it.",
        ),
        "training.lapsed": translate(
            "ErrorText",
            "Your confidentiality training has lapsed past its grace days: customer data stays "
            "closed until you pass the assessment again (Security menu).",
        ),
        "approval.training": translate(
            "ErrorText",
            "%approver's confidentiality training has lapsed: they pass it again, then authorise.",
        ),
        "training.course": translate("ErrorText", "The policy has no such course."),
        "training.trainer": translate("ErrorText", "Name the trainer."),
        "training.empty": translate("ErrorText", "Record at least one person's result."),
        "training.future": translate("ErrorText", "The day of the training is in the future."),
        "training.score": translate("ErrorText", "A score is a whole number from 0 to 100."),
        "training.staff": translate("ErrorText", "Unknown staff ID."),
        "training.duplicate": translate("ErrorText", "A person is listed twice."),
        "training.unanswered": translate("ErrorText", "Answer every question first."),
        "training.no_hall": translate(
            "ErrorText",
            "The hall cannot be reached, and this seat's training results are the hall's: "
            "nothing was recorded. Record them again when the hall is reachable.",
        ),
        "training.header": translate(
            "ErrorText",
            "The file's first line must name the columns staff_id, course, date and score "
            "(trainer optional).",
        ),
        "training.encoding": translate("ErrorText", "The file is not UTF-8 text."),
        "training.attempts": translate(
            "ErrorText",
            "You have taken this assessment three times today: read the rules again and try "
            "tomorrow.",
        ),
        "training.not_your_course": translate("ErrorText", "Your role does not take this course."),
        "training.no_assessment": translate(
            "ErrorText", "This course has no assessment at the desk."
        ),
        # the classes, for errors without a text of their own
        "permission": translate("ErrorText", "Your role does not allow this."),
        "auth": translate("ErrorText", "Wrong staff ID or password."),
        "auth.locked": translate(
            "ErrorText", "The account is locked after too many wrong passwords."
        ),
        "auth.lockout_tampered": translate(
            "ErrorText",
            "This seat's count of failed sign-ins was tampered with: every account is locked "
            "until %until. A security officer can sign in with the recovery key.",
        ),
        "auth.signed_out": translate("ErrorText", "You are signed out."),
        "auth.disabled": translate("ErrorText", "This account is disabled."),
        "auth.offline_unknown": translate(
            "ErrorText",
            "The hall cannot be reached, and this seat has never seen this account: "
            "sign in when the hall is back.",
        ),
        "auth.offline_stale": translate(
            "ErrorText",
            "The hall cannot be reached, and this seat's copy of the staff directory is older "
            "than one it has seen: sign in when the hall is back.",
        ),
        "auth.password_change": translate("ErrorText", "Change your initial password first."),
        "usage": translate("ErrorText", "This cannot be done as entered: check the form."),
        "policy": translate("ErrorText", "The policy file is not valid."),
        "vault": translate("ErrorText", "The vault cannot be read."),
        "key_storage": translate("ErrorText", "The key storage of this computer cannot be used."),
        "check": translate("ErrorText", "A check failed."),
        "import": translate("ErrorText", "The import file was refused."),
        "error": translate("ErrorText", "The action could not be completed."),
    }


def _roles() -> dict[str, str]:
    return {
        "agent": translate("ErrorText", "an agent"),
        "supervisor": translate("ErrorText", "a supervisor"),
        "security": translate("ErrorText", "a security officer"),
        "admin": translate("ErrorText", "the administrator"),
    }


def _problems() -> dict[str, str]:
    """Why an ID number was refused (the `reason` of `visitor.id_number`), said in full."""
    return {
        "id.format": translate("ErrorText", "ID number: 17 digits are followed by a digit or X."),
        "id.old_format": translate("ErrorText", "ID number: a 15-character number is all digits."),
        "id.length": translate(
            "ErrorText", "ID number: 18 characters (or 15 digits for an old number)."
        ),
        "id.region_zero": translate("ErrorText", "ID number: the region code cannot start with 0."),
        "id.province": translate("ErrorText", "ID number: the region code names no province."),
        "id.old_permit": translate(
            "ErrorText", "ID number: a residence permit's number has 18 characters."
        ),
        "id.birth_date": translate(
            "ErrorText", "ID number: the birth date in it is not a real date."
        ),
        "id.birth_future": translate(
            "ErrorText", "ID number: the birth date in it is in the future."
        ),
        "id.birth_early": translate("ErrorText", "ID number: the birth date in it is before 1900."),
        "id.check_digit": translate("ErrorText", "ID number: the check digit does not match."),
        "id.other_format": translate("ErrorText", "ID number: 5-20 letters or digits."),
    }


def _fields() -> dict[str, str]:
    return {
        "name": translate("ErrorText", "Name"),
        "organisation": translate("ErrorText", "Organisation"),
        "purpose": translate("ErrorText", "Purpose"),
        "approval_ref": translate("ErrorText", "Approval reference"),
        "escort": translate("ErrorText", "Escort"),
        "reason": translate("ErrorText", "Reason"),
    }


def error_text(exc: SeatDeskError) -> str:
    """The translated sentence for `exc`, then its code: "… [approval.self]"."""
    texts = _texts()
    code = exc.code
    text = _problems().get(exc.params.get("reason", "")) or texts.get(code)
    if text is None and code.startswith("permission."):
        role = _roles().get(exc.params.get("role", ""), "")
        text = (
            translate("ErrorText", "The role of %role may not do this.").replace("%role", role)
            if role
            else None
        )
    if text is None:
        for parent in type(exc).__mro__:
            fallback = getattr(parent, "code", None)
            if isinstance(fallback, str) and fallback in texts and fallback != code:
                text = texts[fallback]
                break
    text = text or texts["error"]
    params = dict(exc.params)
    if "field" in params:
        params["field"] = _fields().get(params["field"], translate("ErrorText", "A field"))
    for key, value in params.items():
        text = text.replace(f"%{key}", value)
    return f"{text} [{code}]"
