"""The services factory: the service objects the ui and the cli work with, built from a handle.

`Services(who)` builds each desk once, on first use, over the private session behind `who`. The
ui and the cli hold these objects and the `SignedIn` handle, never the vault connection, the audit
log or the key file. What every desk returns is already masked (or a short-lived revealed value).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from functools import cached_property
from pathlib import Path

from seatdesk.audit.log import VerifyResult
from seatdesk.services import access_review as _review
from seatdesk.services import agreement as _agreement
from seatdesk.services import audit_desk as _audit
from seatdesk.services import audit_retention as _retention
from seatdesk.services import backups as _backups
from seatdesk.services import desk_lock as _lock
from seatdesk.services import importing as _importing
from seatdesk.services import lifecycle as _lifecycle
from seatdesk.services import partner_report as _partner_report
from seatdesk.services import training as _training
from seatdesk.services import training_import as _training_import
from seatdesk.services import vault_check as _check
from seatdesk.services.access_review import AccessReview
from seatdesk.services.agreement import AgreementText
from seatdesk.services.assessments import AssessmentRegister
from seatdesk.services.audit_retention import AuditPurge
from seatdesk.services.audit_view import AuditViewer
from seatdesk.services.backups import CopyReport, Progress
from seatdesk.services.calls import CallDesk
from seatdesk.services.change_publish import ChangeSetDesk
from seatdesk.services.door import SignedIn
from seatdesk.services.export import ExportDesk
from seatdesk.services.guards import GuardDesk
from seatdesk.services.hall_approvals import ApprovalRequestDesk
from seatdesk.services.hall_incidents import HallIncidentDesk, IncidentBoardDesk
from seatdesk.services.hall_link import HallLink
from seatdesk.services.hall_staff import HallStaffDesk
from seatdesk.services.hall_worker import HallWorker
from seatdesk.services.importing import DeleteList, ImportMode, ImportReport
from seatdesk.services.incident_pdf import export_incident_pdf
from seatdesk.services.incident_reports import ReportingBoard
from seatdesk.services.incidents import IncidentDesk
from seatdesk.services.lifecycle import PurgeCandidate, Reminders
from seatdesk.services.notifications import Watcher
from seatdesk.services.partners import PartnerDesk
from seatdesk.services.record_desk import RecordDesk
from seatdesk.services.registry import open_session
from seatdesk.services.report_pdf import export_notice_pdf, export_report_pdf
from seatdesk.services.reveal import RevealDesk
from seatdesk.services.session import Session
from seatdesk.services.staff import StaffDesk, StaffInfo
from seatdesk.services.strictness import HallSignal, StrictMasking
from seatdesk.services.ticks import Ticker, TickResult
from seatdesk.services.training import CourseStatus, TrainingDesk
from seatdesk.services.training_import import TrainingImportReport
from seatdesk.services.vault_check import VaultCheck
from seatdesk.services.verification import VerifyDesk
from seatdesk.services.visitors import VisitorDesk
from seatdesk.services.wrap_up import WrapUpDesk


class Services:
    """Everything a signed-in person can do at this seat, through the gate."""

    def __init__(self, who: SignedIn) -> None:
        self.who = who

    @property
    def _s(self) -> Session:
        return open_session(self.who)  # a closed handle opens nothing (SessionClosed)

    # -- the desks ------------------------------------------------------------------------------
    @cached_property
    def records(self) -> RecordDesk:
        return RecordDesk(self._s)

    @cached_property
    def calls(self) -> CallDesk:
        return CallDesk(self._s, self.records)

    @cached_property
    def wrap_ups(self) -> WrapUpDesk:
        return WrapUpDesk(self._s)

    @cached_property
    def training(self) -> TrainingDesk:
        return TrainingDesk(self._s)

    @cached_property
    def verifier(self) -> VerifyDesk:
        return VerifyDesk(self._s, self.calls)

    @cached_property
    def guard(self) -> GuardDesk:
        return GuardDesk(self._s)

    @cached_property
    def visitors(self) -> VisitorDesk:
        return VisitorDesk(self._s)

    @cached_property
    def strict(self) -> StrictMasking:
        return StrictMasking(self._s, self.visitors.present, self.hall_signal)

    @cached_property
    def revealer(self) -> RevealDesk:
        return RevealDesk(self._s, self.calls, self.strict)

    @cached_property
    def incidents(self) -> IncidentDesk:
        return IncidentDesk(self._s)

    @cached_property
    def audit_viewer(self) -> AuditViewer:
        return AuditViewer(self._s)

    @cached_property
    def assessments(self) -> AssessmentRegister:
        """The register of impact assessments (PIPL Art. 55-56; the security officer)."""
        return AssessmentRegister(self._s)

    @cached_property
    def incident_board(self) -> ReportingBoard:
        """The security officer's incidents: the hall's (all seats) on an enrolled seat, else
        this seat's own; with the deadlines and reports of the 2025 reporting rules."""
        base: IncidentBoardDesk = (
            HallIncidentDesk(self._s, self.hall) if self.hall.enrolled else self.incidents
        )
        return ReportingBoard(self._s, base)

    @property
    def staff(self) -> StaffDesk | HallStaffDesk:
        """The seat's own accounts, or on a seat enrolled with a hall, the hall's directory."""
        if self._s.on_hall_directory:
            return HallStaffDesk(self._s)
        return StaffDesk(self._s)

    def disable_staff(self, staff_id: str, progress: Progress | None = None) -> StaffInfo:
        """Disable an account; on a seat with its own accounts the keys it held rotate too (new
        compartment keys, then a new data key: the session is closed after)."""
        info = self.staff.disable(staff_id)
        if not self._s.on_hall_directory:
            _backups.rekey(self._s, progress or _backups.quiet)
            self.close()  # the vault under its new key needs a new sign-in
        return info

    @cached_property
    def exports(self) -> ExportDesk:
        return ExportDesk(self._s)

    @cached_property
    def partners(self) -> PartnerDesk:
        """The partner register (security officer); whoever exports picks from `for_export`."""
        return PartnerDesk(self._s)

    def partner_register_pdf(self, out: Path) -> str:
        return _partner_report.export_register_pdf(self._s, out)

    def partner_register_csv(self, out: Path) -> str:
        return _partner_report.export_register_csv(self._s, out)

    @cached_property
    def hall(self) -> HallLink:
        return HallLink(self._s)

    @cached_property
    def approvals(self) -> ApprovalRequestDesk:
        """Approval requests through the hall: asked at the agent's desk, listed, taken or
        declined at the approvers' (`available` is False on a seat without a hall)."""
        return ApprovalRequestDesk(self._s, self.hall, self.revealer)

    @cached_property
    def change_sets(self) -> ChangeSetDesk:
        """Customer change sets through the hall: publish (importers) and catch up."""
        return ChangeSetDesk(self._s, self.hall)

    @cached_property
    def hall_worker(self) -> HallWorker:
        """The link's thread: started by the desk (`start`), stopped at sign-out."""
        return HallWorker(self._s)

    @cached_property
    def _ticker(self) -> Ticker:
        return Ticker(self._s, self.visitors)

    def hall_signal(self) -> HallSignal:
        """What this desk last heard from the hall: nothing yet until its worker has heard it."""
        if not self.hall.enrolled:
            return HallSignal(enrolled=False)
        if "hall_worker" not in self.__dict__:
            return HallSignal(enrolled=True)  # never heard: strict (a command, or before start)
        state = self.hall_worker.state
        return HallSignal(True, state.last_heard, state.hall_visitors)

    # -- by the clock ---------------------------------------------------------------------------
    def tick(self, now: datetime | None = None) -> TickResult:
        """Tier expiry, closing-time sign-out and reminders: what is due at `now`."""
        self._s  # noqa: B018  (raises SessionClosed once signed out: nothing runs after that)
        result = self._ticker.tick(now or self.who.now())
        hall = self.hall_worker.state if "hall_worker" in self.__dict__ else None
        if hall is not None and not hall.enrolled:
            hall = None
        in_hall = max(result.visitors_in_hall, hall.hall_visitors if hall else 0)
        return dataclasses.replace(
            result,
            hall=hall,
            visitors_in_hall=in_hall,
            strict_reasons=self.strict.reasons(),
            notices=tuple(self._watcher.look(now or self.who.now())),
        )

    @cached_property
    def _watcher(self) -> Watcher:
        return Watcher(
            self._s,
            lambda: self.incident_board,
            lambda: self.visitors,
            approvals=lambda: self.approvals,
            approval_events=self.approval_events,
        )

    def approval_events(self) -> int:
        """Approval requests the hall has pushed news of since the desk started (-1: no feed)."""
        if "hall_worker" not in self.__dict__:
            return -1
        return self.hall_worker.state.approval_events

    def start_hall_link(self) -> bool:
        """The desk's hall worker, on a seat enrolled with a hall; False on one without."""
        if not self.hall.enrolled:
            return False
        self.hall_worker.start()
        return True

    def incident_events(self) -> int:
        """How many incident changes the hall has pushed since the desk started."""
        if "hall_worker" not in self.__dict__:
            return 0
        return self.hall_worker.state.incident_events

    def reminders(self) -> Reminders:
        return _lifecycle.reminders(self._s)

    # -- gates at sign-in -----------------------------------------------------------------------
    def agreement_due(self, folder: Path | None = None) -> bool:
        return _agreement.acknowledgement_due(self._s, folder)

    def acknowledge(self, text: AgreementText, typed_staff_id: str) -> None:
        _agreement.acknowledge(self._s, text, typed_staff_id)

    def training_warning(self) -> CourseStatus | None:
        """The signed-in person's training in its grace days (the desk warns), if any."""
        return _training.training_warning(self._s)

    def import_training(self, data: bytes, *, dry_run: bool = False) -> TrainingImportReport:
        return _training_import.import_results(self._s, data, dry_run=dry_run)

    def set_own_password(self, password: str) -> None:
        self.staff.set_password(self.who.staff_id, password)

    # -- the desk's lock ------------------------------------------------------------------------
    def record_lock(self, reason: str) -> None:
        _lock.record_lock(self._s, reason)

    def record_logout(self, reason: str) -> None:
        _lock.record_logout(self._s, reason)

    def unlock(self, password: str) -> bool:
        return _lock.unlock(self._s, password)

    # -- customers over their lifetime ----------------------------------------------------------
    def withdraw_consent(self, customer_id: int, note: str = "") -> None:
        _lifecycle.withdraw_consent(self._s, customer_id, note)

    def purge(self, *, dry_run: bool) -> list[PurgeCandidate]:
        return _lifecycle.purge(self._s, dry_run=dry_run)

    def import_csv(
        self,
        csv_path: Path | None,
        *,
        dry_run: bool,
        mode: ImportMode = "add",
        removals: Sequence[str] | DeleteList = (),
        confirm_removals: int | None = None,
        progress: _importing.Progress | None = None,
        encoding: str | None = None,
    ) -> ImportReport:
        """`csv_path` None: the delete list (`removals`) alone."""
        return _importing.import_csv(
            self._s,
            csv_path,
            dry_run=dry_run,
            mode=mode,
            removals=removals,
            confirm_removals=confirm_removals,
            progress=progress,
            encoding=encoding,
        )

    # -- incidents ------------------------------------------------------------------------------
    def incident_pdf(self, ref: str, out: Path, *, with_outcome: bool = False) -> str:
        return export_incident_pdf(
            self._s, self.incident_board, ref, out, with_outcome=with_outcome
        )

    def report_pdf(self, ref: str, n: int, out: Path) -> str:
        """The PDF of report `n` of `ref`; its SHA-256 recorded with the report and audited."""
        return export_report_pdf(self._s, self.incident_board, ref, n, out)

    def notice_pdf(self, ref: str, out: Path, language: str) -> str:
        """The PIPL Art. 57 notice to the individuals affected, as a PDF (audited)."""
        return export_notice_pdf(self._s, self.incident_board, ref, out, language)

    # -- the audit and the vault ----------------------------------------------------------------
    def verify_audit(self, anchor: str | None = None) -> VerifyResult:
        return _audit.verify_audit(self._s, anchor)

    def export_audit(self, out: Path) -> int:
        return _audit.export_audit(self._s, out)

    def purge_audit(self, *, dry_run: bool) -> AuditPurge:
        return _retention.purge_audit(self._s, dry_run=dry_run)

    def check_vault(self, *, pages_checked_at_open: bool = False) -> VaultCheck:
        return _check.check_vault(self._s, pages_checked_at_open=pages_checked_at_open)

    def backup(self, out: Path, progress: Progress | None = None) -> CopyReport:
        return _backups.backup(self._s, out, progress or _backups.quiet)

    def rekey(self, progress: Progress | None = None) -> CopyReport:
        return _backups.rekey(self._s, progress or _backups.quiet)

    # -- access review --------------------------------------------------------------------------
    def access_review(self, period_days: int = _review.DORMANT_DAYS) -> AccessReview:
        return _review.access_review(self._s, period_days)

    def sign_off_review(self, review: AccessReview, note: str) -> None:
        _review.sign_off(self._s, review, note)

    def export_review_pdf(self, review: AccessReview, out: Path) -> str:
        return _review.export_review_pdf(self._s, review, out)

    # -- signing out ----------------------------------------------------------------------------
    def close(self) -> None:
        if "hall_worker" in self.__dict__:
            self.hall_worker.stop()
        self.who.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
