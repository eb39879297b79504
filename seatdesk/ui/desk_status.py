"""The desk's status bar: who is signed in, the policy in force, whether screen capture is
blocked (and strict masking with it), and a badge when the key has no device secret."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from seatdesk.services.door import SignedIn
from seatdesk.services.strictness import CaptureState, StrictMasking
from seatdesk.ui.capture import CaptureGuard
from seatdesk.ui.record_card import badge
from seatdesk.ui.style import COLOURS, set_tone


class DeskStatus(QObject):
    """Fills `bar` once; keeps the capture indicator current."""

    def __init__(
        self,
        bar: QStatusBar,
        who: SignedIn,
        capture: CaptureGuard,
        strict: StrictMasking,
    ) -> None:
        super().__init__(bar)
        self._strict = strict
        role = {
            "agent": self.tr("Agent"),
            "supervisor": self.tr("Supervisor"),
            "security": self.tr("Security officer"),
            "admin": self.tr("Administrator"),
        }[who.role.value]
        person = QLabel(
            self.tr("Signed in: %1 (%2) · seat %3")
            .replace("%1", f"{who.display_name} {who.staff_id}")
            .replace("%2", role)
            .replace("%3", who.seat)
        )
        person.setObjectName("statusWho")
        # Normal widgets give way to permanent ones; who is signed in must never be cut off.
        person.setMinimumWidth(person.sizeHint().width())
        bar.addWidget(person)
        policy = who.policy
        policy_label = QLabel(self.tr("Policy %1").replace("%1", policy.sha256[:12]))
        policy_label.setObjectName("policyStatus")
        set_tone(policy_label, "muted")
        policy_label.setToolTip(self.tr("Policy in force: %1").replace("%1", policy.source))
        bar.addPermanentWidget(policy_label)
        self.capture_label = QLabel()
        self.capture_label.setObjectName("captureStatus")
        bar.addPermanentWidget(self.capture_label)
        capture.status_changed.connect(self.capture_changed)
        self.capture_changed(capture.status)
        if who.key_storage == "none":
            weak = badge(self.tr("No device secret"), COLOURS["warn"], "weakKeyBadge")
            weak.setToolTip(self.tr("No device secret: weaker key protection"))
            bar.addPermanentWidget(weak)

    def capture_changed(self, status: object) -> None:
        protected = bool(getattr(status, "protected", False))
        self._strict.report_capture(
            CaptureState(
                protected, str(getattr(status, "backend", "")), str(getattr(status, "reason", ""))
            )
        )
        if protected:
            self.capture_label.setText(self.tr("Screen capture blocked"))
            set_tone(self.capture_label, "ok")
        else:
            text = self.tr("Screen capture not blocked")
            if self._strict.capture_strict():
                text += " · " + self.tr("strict masking")
            self.capture_label.setText(text)
            set_tone(self.capture_label, "error_strong")
