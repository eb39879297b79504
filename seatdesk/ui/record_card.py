"""The masked record card. Values are shown in labels that cannot be selected, dragged or read
back through tooltips; they only ever hold what the services gate returned (already masked)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from seatdesk.services.record_desk import MaskedRecord

CLASS_COLOURS = {"一类": "#c62828", "二类": "#ef6c00", "三类": "#2e7d32"}
TIER_COLOURS = {0: "#455a64", 1: "#ad1457", 2: "#4a148c"}


def badge(text: str, colour: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name or "badge")
    label.setStyleSheet(
        f"background: {colour}; color: white; border-radius: 4px; padding: 1px 6px; "
        "font-size: 11px;"
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def protected_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    label.setAccessibleName("")
    label.setWordWrap(True)
    return label


class RecordCard(QFrame):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._language = language
        self._tier_labels: tuple[str, ...] = ()
        self.value_labels: dict[str, QLabel] = {}
        self._layout = QVBoxLayout(self)
        self.show_empty()

    def set_tier_labels(self, labels: tuple[str, ...]) -> None:
        self._tier_labels = labels

    def _clear(self) -> None:
        self.value_labels = {}
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
            elif item.layout() is not None:
                _delete_layout(item.layout())

    def show_empty(self, message: str | None = None) -> None:
        self._clear()
        hint = QLabel(message or self.tr("Search for a caller by phone number or customer number."))
        hint.setObjectName("cardHint")
        self.hint = hint
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: #777; font-size: 14px;")
        self._layout.addStretch()
        self._layout.addWidget(hint)
        self._layout.addStretch()

    def show_record(self, record: MaskedRecord) -> None:
        self._clear()
        header = QHBoxLayout()
        title = QLabel(self.tr("Customer %1").replace("%1", record.customer_no))
        title.setObjectName("cardTitle")
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        header.addWidget(title)
        header.addStretch()
        rank = self._tier_labels.index(record.tier) if record.tier in self._tier_labels else 0
        tier_text = record.tier
        if record.tier_expires:
            tier_text += " " + self.tr("until %1").replace("%1", record.tier_expires)
        header.addWidget(badge(tier_text, TIER_COLOURS.get(rank, "#455a64"), "tierBadge"))
        self._layout.addLayout(header)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        for row, field in enumerate(record.fields):
            name = field.label_zh if self._language == "zh_CN" else field.label_en
            label = QLabel(name)
            label.setStyleSheet("color: #555;")
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(
                badge(field.field_class, CLASS_COLOURS.get(field.field_class, "#607d8b")),
                row,
                1,
                Qt.AlignmentFlag.AlignTop,
            )
            value = protected_label(field.text or "—")
            value.setObjectName(f"value_{field.key}")
            value.setStyleSheet("font-size: 15px; font-family: monospace;")
            grid.addWidget(value, row, 2)
            self.value_labels[field.key] = value
        grid.setColumnStretch(2, 1)
        self._layout.addLayout(grid)
        self._layout.addStretch()


def _delete_layout(layout: object) -> None:
    from PySide6.QtWidgets import QLayout

    if not isinstance(layout, QLayout):
        return
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _delete_layout(item.layout())
