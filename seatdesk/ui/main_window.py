"""The agent's desk: a search box, the matches, and the masked record card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from seatdesk.core.errors import PermissionDenied, SeatDeskError
from seatdesk.policy.roles import Permission, has_permission
from seatdesk.services.record_desk import MaskedRecord, Match, RecordDesk
from seatdesk.services.session import Session
from seatdesk.ui.record_card import RecordCard, badge


class DeskWindow(QMainWindow):
    record_shown = Signal(object)

    def __init__(self, session: Session, language: str, demo: bool = False) -> None:
        super().__init__()
        self.session = session
        self._desk = RecordDesk(session)
        self.setObjectName("deskWindow")
        self.setWindowTitle(self.tr("SeatDesk — customer desk") + (" [DEMO]" if demo else ""))
        self.resize(1100, 720)

        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setPlaceholderText(self.tr("Phone number or customer number"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.run_search)
        search_button = QPushButton(self.tr("Search"))
        search_button.setObjectName("searchButton")
        search_button.clicked.connect(self.run_search)

        self.matches = QListWidget()
        self.matches.setObjectName("matchList")
        self.matches.setDragEnabled(False)
        self.matches.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.matches.currentItemChanged.connect(self._match_chosen)
        self.matches.setMinimumWidth(240)

        self.card = RecordCard(language)
        self.card.set_tier_labels(session.policy.tier_labels)
        self.notice = QLabel()
        self.notice.setObjectName("deskNotice")
        self.notice.setStyleSheet("color: #b00020;")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Caller")))
        top.addWidget(self.search, 1)
        top.addWidget(search_button)
        splitter = QSplitter()
        splitter.addWidget(self.matches)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(1, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(body)
        self._build_status(language)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)

        if not has_permission(session.role, Permission.SEARCH_CUSTOMERS):
            self.search.setEnabled(False)
            search_button.setEnabled(False)
            self.card.show_empty(self.tr("Administrators see no customer data."))

    def _build_status(self, language: str) -> None:
        s = self.session
        role = {
            "agent": self.tr("Agent"),
            "supervisor": self.tr("Supervisor"),
            "security": self.tr("Security officer"),
            "admin": self.tr("Administrator"),
        }[s.role.value]
        who = QLabel(
            self.tr("Signed in: %1 (%2) · seat %3")
            .replace("%1", f"{s.display_name} {s.staff_id}")
            .replace("%2", role)
            .replace("%3", s.runtime.seat)
        )
        who.setObjectName("statusWho")
        self.statusBar().addWidget(who)
        if s.key_storage == "none":
            weak = badge(
                self.tr("No device secret: weaker key protection"), "#e65100", "weakKeyBadge"
            )
            self.statusBar().addPermanentWidget(weak)

    def run_search(self) -> None:
        self.notice.clear()
        self.matches.clear()
        try:
            found = self._desk.find(self.search.text())
        except PermissionDenied:
            self.notice.setText(self.tr("Your role may not search customer records."))
            return
        except SeatDeskError as exc:
            self.notice.setText(str(exc))
            return
        if not found:
            self.card.show_empty(self.tr("No customer matches. New caller?"))
            return
        for match in found:
            item = QListWidgetItem(f"{match.masked_name}   {match.customer_no}   {match.tier}")
            item.setData(Qt.ItemDataRole.UserRole, match)
            self.matches.addItem(item)
        self.matches.setCurrentRow(0)

    def _match_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        match: Match = item.data(Qt.ItemDataRole.UserRole)
        self.show_customer(match.customer_id)

    def show_customer(self, customer_id: int) -> MaskedRecord:
        record = self._desk.view(customer_id)
        self.card.show_record(record)
        self.record_shown.emit(record)
        return record

    def closeEvent(self, event: QCloseEvent) -> None:
        self.card.show_empty()
        self.session.close()
        super().closeEvent(event)
