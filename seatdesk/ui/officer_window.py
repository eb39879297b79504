"""访问复核与清理 / Access review and purge: the security officer's periodic duties in the desk.
The access review lists every account with its role, last sign-in and what it viewed, verified
and revealed in the period (dormant accounts marked), signed off with a note and kept as a PDF;
the purge shows the customers past retention or whose consent was withdrawn, and deletes them
only when the officer types how many. Every step is decided and audited in services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.roles import Permission, has_permission, parse_role
from seatdesk.policy.training import Standing
from seatdesk.services.access_review import DORMANT_DAYS, AccessReview, AccountLine
from seatdesk.services.factory import Services
from seatdesk.services.lifecycle import PurgeCandidate
from seatdesk.ui.assessment_register import add_assessment_tab, due_text
from seatdesk.ui.dialog_kit import error_label
from seatdesk.ui.error_text import error_text
from seatdesk.ui.partner_register import add_partner_tab
from seatdesk.ui.tables import RowsModel, guarded_table, seal_views
from seatdesk.ui.training_register import TrainingRegisterTab, standing_text
from seatdesk.ui.watermark import Watermark


class OfficerWindow(QDialog):
    def __init__(
        self,
        services: Services,
        language: str,
        parent: QWidget | None = None,
        watermark: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("officerWindow")
        self.setWindowTitle(self.tr("Access review and purge"))
        self._services = services
        self._language = language
        self.review: AccessReview | None = None
        self.due: list[PurgeCandidate] = []
        role = services.who.role
        self.tabs = QTabWidget()
        if has_permission(role, Permission.REVIEW_ACCESS):
            self.tabs.addTab(self._review_tab(), self.tr("Access review"))
        if has_permission(role, Permission.PURGE):
            self.tabs.addTab(self._purge_tab(), self.tr("Purge"))
        self.partner_tab = add_partner_tab(self.tabs, services)
        add_assessment_tab(self.tabs, services)
        if has_permission(role, Permission.RECORD_TRAINING):
            self.tabs.addTab(TrainingRegisterTab(services, language), self.tr("Training"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1000, 620)
        seal_views(self)
        if watermark is not None:
            self.watermark = Watermark(self, watermark)

    # -- access review ------------------------------------------------------------------------
    def _review_tab(self) -> QWidget:
        self.period = QSpinBox()
        self.period.setRange(7, 730)
        self.period.setValue(DORMANT_DAYS)
        self.period.setSuffix(self.tr(" days"))
        self.period.valueChanged.connect(lambda _: self.load_review())
        self.accounts: RowsModel[AccountLine] = RowsModel(
            [
                self.tr("Staff ID"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Last sign-in"),
                self.tr("Views"),
                self.tr("Verifications"),
                self.tr("Reveals"),
                self.tr("Blocked"),
                self.tr("Training"),
            ],
            self._account_cells,
            lambda a: a.dormant and not a.disabled,
            self,
        )
        self.accounts_table = guarded_table("reviewAccounts", self.accounts, self.tr("Accounts"))
        self.review_note = QLineEdit()
        self.review_note.setObjectName("reviewNote")
        self.review_note.setPlaceholderText(self.tr("What you checked and decided"))
        sign = QPushButton(self.tr("Sign off"))
        sign.setObjectName("reviewSignOff")
        sign.clicked.connect(self.sign_off)
        pdf = QPushButton(self.tr("Export PDF…"))
        pdf.clicked.connect(self._review_pdf)
        self.review_assessments = QLabel()
        self.review_assessments.setObjectName("reviewAssessments")
        self.review_assessments.setWordWrap(True)
        self.review_said = QLabel()
        self.review_said.setObjectName("reviewSaid")
        self.review_error = error_label()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Activity of the last")))
        top.addWidget(self.period)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.review_note, 1)
        bottom.addWidget(sign)
        bottom.addWidget(pdf)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.accounts_table, 1)
        layout.addWidget(self.review_assessments)
        layout.addLayout(bottom)
        layout.addWidget(self.review_said)
        layout.addWidget(self.review_error)
        self.load_review()
        return tab

    def _account_cells(self, line: AccountLine) -> list[str]:
        state = (
            self.tr("disabled")
            if line.disabled
            else self.tr("dormant")
            if line.dormant
            else self.tr("active")
        )
        policy = self._services.who.policy
        label = policy.roles.get(parse_role(line.role))
        role = (
            line.role
            if label is None
            else (label.label_zh if self._language == "zh_CN" else label.label_en)
        )
        last = "—"
        if line.last_login:
            at = datetime.fromisoformat(line.last_login)
            at = at if at.tzinfo else at.replace(tzinfo=UTC)
            last = policy.visitors.local(at).strftime("%Y-%m-%d %H:%M")
        return [
            line.staff_id,
            line.display_name,
            role,
            state,
            last,
            str(line.views),
            str(line.verifies),
            str(line.reveals),
            str(line.blocked),
            self._training_cell(line),
        ]

    def _training_cell(self, line: AccountLine) -> str:
        """The worst standing of the account's courses ("—" for a role that takes none)."""
        order = [Standing.NEVER, Standing.LAPSED, Standing.GRACE, Standing.VALID]
        if not line.training or line.disabled:
            return "—"
        worst = min(line.training, key=lambda t: order.index(Standing(t.standing)))
        text = standing_text(Standing(worst.standing))
        return f"{text} ({worst.valid_until})" if worst.valid_until else text

    def load_review(self) -> AccessReview | None:
        try:
            self.review = self._services.access_review(self.period.value())
        except SeatDeskError as exc:
            self.review_error.setText(error_text(exc))
            return None
        self.accounts.set_items(list(self.review.accounts))
        self.accounts_table.resizeColumnsToContents()
        self.review_assessments.setText(due_text(self.review.assessments))
        return self.review

    def sign_off(self) -> bool:
        review = self.review
        note = self.review_note.text().strip()
        if review is None:
            return False
        if not note:
            self.review_error.setText(self.tr("Say in a few words what you checked."))
            return False
        try:
            self._services.sign_off_review(review, note)
        except SeatDeskError as exc:
            self.review_error.setText(error_text(exc))
            return False
        self.review_error.clear()
        self.review_note.clear()
        self.review_said.setText(self.tr("Signed off: review %1").replace("%1", review.sha256[:16]))
        return True

    def _review_pdf(self) -> None:
        if self.review is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF…"), "access-review.pdf", "PDF (*.pdf)"
        )
        if name:
            self._services.export_review_pdf(self.review, Path(name))

    # -- purge --------------------------------------------------------------------------------
    def _purge_tab(self) -> QWidget:
        self.candidates: RowsModel[PurgeCandidate] = RowsModel(
            [self.tr("Customer no."), self.tr("Why")],
            lambda c: [
                c.customer_no,
                self.tr("consent withdrawn")
                if c.reason == "consent_withdrawn"
                else self.tr("past retention"),
            ],
            parent=self,
        )
        self.candidates_table = guarded_table(
            "purgeCandidates", self.candidates, self.tr("Customers due for deletion")
        )
        preview = QPushButton(self.tr("Check what is due"))
        preview.setObjectName("purgePreview")
        preview.clicked.connect(self.preview_purge)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("purgeConfirm")
        self.confirm.setPlaceholderText(self.tr("Type the number of customers to delete"))
        run = QPushButton(self.tr("Delete them"))
        run.setObjectName("purgeRun")
        run.clicked.connect(self.run_purge)
        self.purge_said = QLabel()
        self.purge_said.setObjectName("purgeSaid")
        self.purge_said.setWordWrap(True)
        self.purge_error = error_label()
        row = QHBoxLayout()
        row.addWidget(preview)
        row.addStretch()
        row.addWidget(self.confirm)
        row.addWidget(run)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.candidates_table, 1)
        layout.addLayout(row)
        layout.addWidget(self.purge_said)
        layout.addWidget(self.purge_error)
        return tab

    def preview_purge(self) -> list[PurgeCandidate]:
        try:
            self.due = self._services.purge(dry_run=True)
        except SeatDeskError as exc:
            self.purge_error.setText(error_text(exc))
            return []
        self.purge_error.clear()
        self.candidates.set_items(self.due)
        self.purge_said.setText(
            self.tr("%1 customer(s) are due for deletion. Deleting is final.").replace(
                "%1", str(len(self.due))
            )
        )
        return self.due

    def run_purge(self) -> int:
        due = self.preview_purge()  # what is due now, not what was shown an hour ago
        if not due:
            return 0
        if self.confirm.text().strip() != str(len(due)):
            self.purge_error.setText(
                self.tr("Type %1 to delete these %1 customer(s).").replace("%1", str(len(due)))
            )
            return 0
        try:
            deleted = self._services.purge(dry_run=False)
        except SeatDeskError as exc:
            self.purge_error.setText(error_text(exc))
            return 0
        self.confirm.clear()
        self.candidates.set_items([])
        self.purge_said.setText(
            self.tr("%1 customer(s) deleted; each deletion is in the audit log.").replace(
                "%1", str(len(deleted))
            )
        )
        return len(deleted)
