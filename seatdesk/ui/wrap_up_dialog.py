"""通话小结 / Wrap-up: when a call ends, its reason and outcome (the first of each preselected, so
Enter saves the common case), an optional note and a follow-up day; for a caller never
identified, why not, or the customer on the card found since. Not modal: the desk stays in
use (the next call may ring) while the agent wraps up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.policy.model import LabelledCode, WrapUpCodes
from seatdesk.services.calls import EndedCall
from seatdesk.services.wrap_up import FOLLOW_UP_DAYS, WrapUpDesk
from seatdesk.ui.desk_host import DeskHost
from seatdesk.ui.dialog_kit import error_label, ok_cancel_buttons
from seatdesk.ui.error_text import error_text
from seatdesk.ui.style import set_heading
from seatdesk.ui.watermark import Watermark


def _combo(name: str, codes: tuple[LabelledCode, ...], language: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for code in codes:
        combo.addItem(code.label(language), code.code)
    return combo


class WrapUpDialog(QDialog):
    def __init__(
        self,
        call: EndedCall,
        desk: WrapUpDesk,
        codes: WrapUpCodes,
        language: str,
        *,
        on_card: tuple[int, str] | None = None,
        parent: QWidget | None = None,
        saved: Callable[[], object] | None = None,
        watermark: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpDialog")
        self.setWindowTitle(self.tr("Wrap-up"))
        self.setMinimumWidth(480)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._call, self._desk, self._saved = call, desk, saved
        self._done = False
        minutes, seconds = divmod(call.seconds, 60)
        who = call.customer_no or self.tr("caller not identified")
        heading = QLabel(
            self.tr("Call %1 · %2 · %3")
            .replace("%1", call.masked_number)
            .replace("%2", f"{minutes:02d}:{seconds:02d}")
            .replace("%3", who)
        )
        heading.setObjectName("wrapUpHeading")
        set_heading(heading, 3)
        self.reason = _combo("wrapUpReason", codes.reasons, language)
        self.outcome = _combo("wrapUpOutcome", codes.outcomes, language)
        self.unidentified = _combo("wrapUpUnidentified", codes.unidentified, language)
        self.note = QLineEdit()
        self.note.setObjectName("wrapUpNote")
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up.setObjectName("wrapUpFollowUp")
        self.follow_day = QDateEdit()
        self.follow_day.setObjectName("wrapUpFollowDay")
        self.follow_day.setCalendarPopup(True)
        self.follow_day.setDisplayFormat("yyyy-MM-dd")
        today = desk.today()
        first = QDate(today.year, today.month, today.day)
        self.follow_day.setMinimumDate(first)
        self.follow_day.setMaximumDate(first.addDays(FOLLOW_UP_DAYS))
        self.follow_day.setDate(first.addDays(1))
        self.follow_day.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_day.setEnabled)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.error = error_label()

        form = QFormLayout()
        self.is_unidentified = QRadioButton(self.tr("Not identified"))
        self.link = QRadioButton(
            self.tr("This was customer %1").replace("%1", on_card[1] if on_card else "")
        )
        self._on_card = on_card[0] if on_card else None
        if call.customer_id is None:
            self.is_unidentified.setChecked(True)
            form.addRow(self.is_unidentified, self.unidentified)
            if on_card is not None:
                form.addRow(self.link)
            self.link.toggled.connect(self._linking)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.follow_up, self.follow_day)
        buttons = ok_cancel_buttons(self, self.tr("Save"), self.tr("Skip"))
        buttons.accepted.connect(self.try_save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._linking(False)
        self.reason.setFocus()
        if watermark is not None:  # it names the customer: marked like the desk
            self.watermark = Watermark(self, watermark)

    def _outcome_changed(self) -> None:
        if self.outcome.currentData() == "follow_up":
            self.follow_up.setChecked(True)

    def _linking(self, on: bool) -> None:
        identified = self._call.customer_id is not None or on
        for widget in (self.reason, self.outcome, self.follow_up):
            widget.setEnabled(identified)
        self.follow_day.setEnabled(identified and self.follow_up.isChecked())
        self.unidentified.setEnabled(not identified)

    def try_save(self) -> None:
        call = self._call
        note = self.note.text()
        try:
            if call.customer_id is None and not self.link.isChecked():
                self._desk.save_unidentified(call, str(self.unidentified.currentData()), note)
            else:
                if call.customer_id is None and self._on_card is not None:
                    call = self._call = self._desk.link(call, self._on_card)
                picked = self.follow_day.date()
                day = (
                    date(picked.year(), picked.month(), picked.day())
                    if self.follow_up.isChecked()
                    else None
                )
                self._desk.save(
                    call,
                    str(self.reason.currentData()),
                    str(self.outcome.currentData()),
                    note,
                    day,
                )
        except SeatDeskError as exc:
            self.error.setText(error_text(exc))
            return
        self._done = True
        if self._saved is not None:
            self._saved()
        self.accept()

    def done(self, result: int) -> None:  # closed any way without saving: audited as skipped
        if not self._done and result != QDialog.DialogCode.Accepted:
            self._done = True
            self._desk.skip(self._call)
        super().done(result)


def open_wrap_up(
    host: DeskHost,
    ended: EndedCall,
    on_card: tuple[int, str] | None,
    saved: Callable[[], object],
) -> WrapUpDialog:
    """The wrap-up of the call that just ended, beside the desk (not modal: the next call may
    ring meanwhile); `on_card` is offered to link an unidentified caller to."""
    services = host.services
    dialog = WrapUpDialog(
        ended,
        services.wrap_ups,
        services.who.policy.wrap_up,
        host.language,
        on_card=on_card if ended.customer_id is None else None,
        parent=host.host_widget(),
        saved=saved,
        watermark=host.watermark_text,
    )
    dialog.show()
    return dialog
