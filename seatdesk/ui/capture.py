"""Keeping the desk out of screenshots and screen sharing, behind one interface.

Windows: SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE) on every top-level window (re-applied as
windows appear); macOS: NSWindow.sharingType = NSWindowSharingNone. Elsewhere (X11 and Wayland
offer no such exclusion), when the call fails, or inside a remote-desktop session, the backend
reports "not protected" with the reason; the desk shows it and the policy decides whether the seat
runs in strict masking.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from seatdesk.ui.desk_events import unwatch, watch

WDA_EXCLUDEFROMCAPTURE = 0x11
SM_REMOTESESSION = 0x1000
_REMOTE_ENV = ("XRDP_SESSION", "SSH_CONNECTION", "CITRIX_SESSION", "TERM_SERVER")


@dataclass(frozen=True)
class CaptureStatus:
    protected: bool
    backend: str
    reason: str


class CaptureBackend:
    name = "none"

    def remote_session(self) -> bool:
        return False

    def protect(self, window: QWidget) -> tuple[bool, str]:
        return False, "this platform offers no capture exclusion (X11/Wayland)"


class UnprotectedBackend(CaptureBackend):
    name = "unprotected"

    def __init__(self, env: Mapping[str, str]) -> None:
        self._env = env

    def remote_session(self) -> bool:
        return any(self._env.get(key) for key in _REMOTE_ENV)


class WindowsAffinityBackend(CaptureBackend):
    name = "windows-display-affinity"

    def remote_session(self) -> bool:
        import ctypes

        # typeshed: ctypes.windll exists only on Windows, and mypy checks for this platform
        return bool(ctypes.windll.user32.GetSystemMetrics(SM_REMOTESESSION))  # type: ignore[attr-defined]

    def protect(self, window: QWidget) -> tuple[bool, str]:
        import ctypes

        # typeshed: ctypes.windll exists only on Windows, and mypy checks for this platform
        ok = ctypes.windll.user32.SetWindowDisplayAffinity(  # type: ignore[attr-defined]
            int(window.winId()), WDA_EXCLUDEFROMCAPTURE
        )
        return (True, "") if ok else (False, "SetWindowDisplayAffinity failed")


class MacSharingNoneBackend(CaptureBackend):
    name = "macos-sharing-none"

    def protect(self, window: QWidget) -> tuple[bool, str]:
        import ctypes
        import ctypes.util

        path = ctypes.util.find_library("objc")
        if not path:
            return False, "Objective-C runtime not found"
        objc = ctypes.cdll.LoadLibrary(path)
        objc.objc_msgSend.restype = ctypes.c_void_p
        objc.sel_registerName.restype = ctypes.c_void_p
        objc.objc_msgSend.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        view = ctypes.c_void_p(int(window.winId()))
        ns_window = objc.objc_msgSend(view, objc.sel_registerName(b"window"))
        if not ns_window:
            return False, "no NSWindow for the view"
        objc.objc_msgSend.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long]
        objc.objc_msgSend(ns_window, objc.sel_registerName(b"setSharingType:"), 0)
        return True, ""


def select_backend(
    platform: str | None = None, env: Mapping[str, str] | None = None
) -> CaptureBackend:
    platform = platform or sys.platform
    if platform == "win32":
        return WindowsAffinityBackend()
    if platform == "darwin":
        return MacSharingNoneBackend()
    return UnprotectedBackend(os.environ if env is None else env)


class CaptureGuard(QObject):
    """Applies the backend to every top-level window as it is shown; keeps the seat's status."""

    status_changed = Signal(object)

    def __init__(self, backend: CaptureBackend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.status = CaptureStatus(False, backend.name, "not applied yet")
        if backend.remote_session():
            self.status = CaptureStatus(False, backend.name, "remote desktop session")
        watch((QEvent.Type.Show,), self.handle)

    def stop(self) -> None:
        unwatch(self.handle)

    def apply(self, window: QWidget) -> CaptureStatus:
        if self._backend.remote_session():
            self._set(CaptureStatus(False, self._backend.name, "remote desktop session"))
            return self.status
        try:
            ok, reason = self._backend.protect(window)
        except (OSError, AttributeError) as exc:
            ok, reason = False, f"{type(exc).__name__} from the platform call"
        self._set(CaptureStatus(ok, self._backend.name, reason))
        return self.status

    def handle(self, watched: QObject, event: QEvent) -> bool:
        """A Show event (from the desk's one filter): a top-level window gets the backend."""
        if isinstance(watched, QWidget) and watched.isWindow():
            self.apply(watched)
        return False

    def _set(self, status: CaptureStatus) -> None:
        if status != self.status:
            self.status = status
            self.status_changed.emit(status)
