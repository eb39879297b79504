"""What the desk offers the flows and links it hosts (the masked export, the visitor register),
and nothing more: they depend on this protocol, never on the desk window itself, so that no ui
module but the app's start imports `main_window`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton, QWidget

    from seatdesk.services.factory import Services


class DeskHost(Protocol):
    @property
    def services(self) -> Services:
        """The signed-in person's service objects."""
        ...

    @property
    def language(self) -> str: ...

    @property
    def is_locked(self) -> bool: ...

    def host_widget(self) -> QWidget:
        """The desk's window: the parent of what opens from it (its lock closes them)."""
        ...

    def watermark_text(self) -> str: ...

    def listed_customer_ids(self) -> list[int]:
        """The customers of the result list, in order."""
        ...

    def show_notice(self, text: str) -> None:
        """A line above the results that stays until the next action."""
        ...

    def show_status(self, text: str, timeout_ms: int) -> None:
        """A passing message in the status bar."""
        ...

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent indicator in the status bar."""
        ...

    def add_call_bar_button(self, button: QPushButton) -> None:
        """A button in the call bar, after the call's description."""
        ...

    def add_shortcut(self, keys: str, action: Callable[[], object], label: str = "") -> None: ...

    def tick(self) -> None:
        """Run what is due by the clock now (the desk shows the results)."""
        ...
