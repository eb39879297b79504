"""The masked record card. Values are shown in labels that cannot be selected, dragged or read
back through tooltips; they only ever hold what the services gate returned (already masked). A
revealed value replaces its label with a `RevealedValueView` for its seconds."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from seatdesk.services.record_desk import HistoryItem, MaskedField, MaskedRecord
from seatdesk.ui.desk_events import quiet
from seatdesk.ui.revealed_value import RevealedValueView, band_height
from seatdesk.ui.style import CLASS_COLOURS, COLOURS, DEFAULT_BADGE, TIER_COLOURS, badge_style

_BADGE_STYLE = "border-radius: 4px; padding: 1px 6px; font-size: 11px; color: white;"
# One style sheet for the whole card, set once: a screen pop builds some sixty widgets, and a
# style sheet of their own each would be parsed and applied sixty times per call.
CARD_STYLE = "\n".join(
    [
        "QLabel#cardTitle { font-size: 18px; font-weight: bold; }",
        f'QLabel[card="name"] {{ color: {COLOURS["muted"]}; }}',
        'QLabel[card="value"] { font-size: 15px; font-family: monospace; }',
        f'QLabel[card="history"] {{ color: {COLOURS["text"]}; }}',
        'QLabel[card="historyTitle"] { font-weight: bold; }',
        f"QLabel#cardHint {{ color: {COLOURS['muted']}; font-size: 14px; }}",
        *(
            f'QLabel[badge="{colour[1:]}"] {{ background: {colour}; {_BADGE_STYLE} }}'
            for colour in {*CLASS_COLOURS.values(), *TIER_COLOURS.values(), DEFAULT_BADGE}
        ),
    ]
)


def badge(text: str, colour: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name or "badge")
    label.setStyleSheet(badge_style(colour))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _badge(text: str, colour: str, object_name: str = "badge") -> QLabel:
    """A badge styled by the card's style sheet (its colours are listed there)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setProperty("badge", colour.lstrip("#"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _styled(label: QLabel, role: str) -> QLabel:
    label.setProperty("card", role)
    return label


def protected_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    label.setWordWrap(True)
    return label


class RecordCard(QFrame):
    reveal_clicked = Signal(str)
    copy_number_clicked = Signal()
    withdraw_consent_clicked = Signal()
    verify_clicked = Signal(str)

    def __init__(
        self, language: str, hall_time: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._language = language
        self._hall_time = hall_time  # contact times on the hall's clock
        self._tier_labels: tuple[str, ...] = ()
        self._wrap_up_labels: dict[str, str] = {}
        self.record: MaskedRecord | None = None
        self.value_labels: dict[str, QLabel] = {}
        self.revealed: dict[str, RevealedValueView] = {}
        self._grid: QGridLayout | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._content: QWidget | None = None
        self.setStyleSheet(CARD_STYLE)
        self.show_empty()

    def set_tier_labels(self, labels: tuple[str, ...]) -> None:
        self._tier_labels = labels

    def set_wrap_up_labels(self, labels: dict[str, str]) -> None:
        """The words of the policy's wrap-up codes, in the desk's language."""
        self._wrap_up_labels = labels

    def _wrap_up_text(self, item: HistoryItem) -> str:
        labels = self._wrap_up_labels
        parts = [labels.get(code, code) for code in (item.reason, item.outcome) if code]
        if item.follow_up:
            parts.append(self.tr("follow up %1").replace("%1", item.follow_up))
        if item.note:
            parts.append(item.note)
        return "".join(f" · {part}" for part in parts)

    def _clear(self) -> None:
        for view in self.revealed.values():
            view.wipe()
        self.revealed = {}
        self.value_labels = {}
        self.record = None
        self._grid = None
        if self._content is not None:
            _discard(self._content)  # everything of the last record, detached at once
            self._content = None
        _empty_layout(self._layout)

    def _new_content(self) -> tuple[QWidget, QVBoxLayout]:
        content = QWidget(self)
        content.setObjectName("cardContent")
        self._content = content
        self._layout.addWidget(content)
        return content, QVBoxLayout(content)

    def show_empty(self, message: str | None = None) -> None:
        with quiet():
            self._show_empty(message)

    def _show_empty(self, message: str | None) -> None:
        self._clear()
        _, layout = self._new_content()
        hint = QLabel(message or self.tr("Search for a caller by phone number or customer number."))
        hint.setObjectName("cardHint")
        self.hint = hint
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout.addStretch()
        layout.addWidget(hint)
        layout.addStretch()

    def show_record(self, record: MaskedRecord, never: frozenset[str] = frozenset()) -> None:
        """Show `record`; the fields in `never` (the policy says this person may never reveal
        them) keep a disabled reveal button. Built with the desk's event filter off (no input
        can arrive meanwhile): the events of some sixty new widgets stay out of Python."""
        with quiet():
            self._show_record(record, never)

    def _show_record(self, record: MaskedRecord, never: frozenset[str]) -> None:
        self._clear()
        self.record = record
        content, layout = self._new_content()
        content.hide()  # laid out once, when complete
        header = QHBoxLayout()
        title = QLabel(self.tr("Customer %1").replace("%1", record.customer_no))
        title.setObjectName("cardTitle")
        header.addWidget(title)
        copy = QToolButton()
        copy.setObjectName("copyCustomerNo")
        copy.setText(self.tr("Copy customer no."))
        copy.setAccessibleName(self.tr("Copy the customer number"))
        copy.clicked.connect(self.copy_number_clicked)
        header.addWidget(copy)
        withdraw = QToolButton()
        withdraw.setObjectName("withdrawConsent")
        withdraw.setText(self.tr("Consent withdrawn…"))
        withdraw.setAccessibleName(self.tr("Record that the caller withdraws consent"))
        withdraw.clicked.connect(self.withdraw_consent_clicked)
        header.addWidget(withdraw)
        header.addStretch()
        rank = self._tier_labels.index(record.tier) if record.tier in self._tier_labels else 0
        tier_text = record.tier
        if record.tier_expires:
            tier_text += " " + self.tr("until %1").replace("%1", record.tier_expires)
        header.addWidget(_badge(tier_text, TIER_COLOURS.get(rank, DEFAULT_BADGE), "tierBadge"))
        layout.addLayout(header)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for row, field in enumerate(record.fields):
            grid.setRowMinimumHeight(row, band_height())
            name = field.label_zh if self._language == "zh_CN" else field.label_en
            grid.addWidget(_styled(QLabel(name), "name"), row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(
                _badge(field.field_class, CLASS_COLOURS.get(field.field_class, DEFAULT_BADGE)),
                row,
                1,
                Qt.AlignmentFlag.AlignVCenter,
            )
            value = _styled(protected_label(self._value_text(record, field)), "value")
            value.setObjectName(f"value_{field.key}")
            grid.addWidget(value, row, 2)
            self.value_labels[field.key] = value
            grid.addLayout(
                self._actions(
                    field.key,
                    field.verifiable and bool(field.text),
                    field.revealable,
                    field.key not in never,
                ),
                row,
                3,
            )
        grid.setColumnStretch(2, 1)
        self._grid = grid
        layout.addLayout(grid)
        layout.addWidget(self._history(record))
        layout.addStretch()
        content.show()

    def _actions(
        self, key: str, verifiable: bool, revealable: bool, may_reveal: bool
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        if verifiable:  # the gate says whether this field can be verified
            verify = QToolButton()
            verify.setObjectName(f"verify_{key}")
            verify.setText(self.tr("Verify"))
            verify.setAccessibleName(self.tr("Verify this field"))
            verify.clicked.connect(lambda _=False, k=key: self.verify_clicked.emit(k))
            row.addWidget(verify)
        if revealable:
            eye = QToolButton()
            eye.setObjectName(f"reveal_{key}")
            eye.setText(self.tr("Reveal"))
            eye.setAccessibleName(self.tr("Reveal this field for a few seconds"))
            eye.clicked.connect(lambda _=False, k=key: self.reveal_clicked.emit(k))
            if not may_reveal:
                eye.setEnabled(False)
                eye.setToolTip(self.tr("Your role may not reveal this field for this customer."))
            row.addWidget(eye)
        row.addStretch()
        return row

    def _value_text(self, record: MaskedRecord, field: MaskedField) -> str:
        text = field.text or "—"
        if field.key == "consent" and record.consent_withdrawn_at is not None:
            day = self._hall_time(record.consent_withdrawn_at)[:10]
            text += " " + self.tr("[withdrawn %1]").replace("%1", day)
        return text

    def _history(self, record: MaskedRecord) -> QWidget:
        box = QFrame()
        box.setObjectName("historyBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(_styled(QLabel(self.tr("Contact history")), "historyTitle"))
        if not record.history:
            layout.addWidget(QLabel(self.tr("No earlier contacts.")))
        kinds = {
            "call": self.tr("call"),
            "complaint": self.tr("complaint"),
            "note": self.tr("note"),
        }
        for item in record.history[:8]:
            kind = kinds.get(item.kind, item.kind)
            summary = (
                item.summary
                if item.seconds is None
                else self.tr("lasted %1 s").replace("%1", str(item.seconds))
            )
            line = protected_label(
                f"{self._hall_time(item.at)}  [{kind}]  {summary}" + self._wrap_up_text(item)
            )
            line.setObjectName("historyItem")
            _styled(line, "history")
            layout.addWidget(line)
        return box

    def show_revealed(self, key: str, view: RevealedValueView) -> None:
        label = self.value_labels.get(key)
        if label is None or self._grid is None:
            view.wipe()
            return
        self.remask(key)
        index = self._grid.indexOf(label)
        # PySide6 stubs: getItemPosition returns a (row, column, row span, column span) tuple
        position = cast(tuple[int, int, int, int], self._grid.getItemPosition(index))
        row, column, _, _ = position
        label.hide()
        self._grid.addWidget(view, row, column)
        self.revealed[key] = view
        view.expired.connect(lambda k=key: self.remask(k))

    def remask(self, key: str) -> None:
        view = self.revealed.pop(key, None)
        if view is not None:
            view.wipe()
            view.hide()
            view.deleteLater()
        label = self.value_labels.get(key)
        if label is not None:
            label.show()

    def remask_all(self) -> None:
        for key in list(self.revealed):
            self.remask(key)


def _empty_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            _discard(widget)
        elif inner is not None:
            _empty_layout(inner)


def _discard(widget: QWidget) -> None:
    """Values leave at once: texts cleared and the widget detached, not just scheduled."""
    for label in [widget, *widget.findChildren(QLabel)]:
        if isinstance(label, QLabel):
            label.clear()
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
