"""One look for every window: the palette (what each colour means), the tones a text can take,
headings, the danger button, badges, and the application style (Fusion, the same on every
platform). Widgets get their colours only through here, so a colour means one thing everywhere.

Style sheets stay per widget and small: an application-wide sheet would be matched against every
widget the record card builds on each screen pop."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

COLOURS = {
    "error": "#b00020",  # refused, failed, not protected: read it now
    "danger": "#b71c1c",  # the incident button, overstays, flagged seats
    "alert": "#8e0000",  # a warning that asks for care (the watch list, a held visitor)
    "warn": "#e65100",  # weaker than it should be (no device secret, hall unreachable)
    "ok": "#1b5e20",  # protected, matched, connected
    "muted": "#555555",  # facts beside the point (policy, vault, hints)
    "strict": "#6a1b9a",  # strict masking because of visitors
    "info": "#0d47a1",  # a mode the form is in
    "info_background": "#e3f2fd",
    "call_background": "#e8f5e9",  # the call bar during a call
    "text": "#333333",
    "accent": "#1565c0",  # selection
    "highlight_row": "#ffcdd2",  # a table row that needs attention (overstay, overdue)
    "revealed_background": "#fff3cd",  # a revealed value for its seconds
    "revealed_text": "#7a4b00",
}

# The record card's badges: a field's class and a customer's tier (by rank).
CLASS_COLOURS = {"一类": "#c62828", "二类": "#ef6c00", "三类": "#2e7d32"}
TIER_COLOURS = {0: "#455a64", 1: "#ad1457", 2: "#4a148c"}
DEFAULT_BADGE = "#607d8b"

_TONES = {
    "": "",
    "error": f"color: {COLOURS['error']};",
    "error_strong": f"color: {COLOURS['error']}; font-weight: bold;",
    "alert": f"color: {COLOURS['alert']};",
    "warn_strong": f"color: {COLOURS['warn']}; font-weight: bold;",
    "danger_strong": f"color: {COLOURS['danger']}; font-weight: bold;",
    "ok": f"color: {COLOURS['ok']};",
    "muted": f"color: {COLOURS['muted']};",
    "small": f"color: {COLOURS['muted']}; font-size: 11px;",
    "flag": f"color: white; background: {COLOURS['danger']}; padding: 1px 6px; font-weight: bold;",
    "info": (
        f"background: {COLOURS['info_background']}; color: {COLOURS['info']}; padding: 6px; "
        "border-radius: 4px;"
    ),
}
TONES = tuple(_TONES)

_HEADINGS = {
    1: "font-size: 24px;",
    2: "font-size: 16px;",
    3: "font-size: 15px;",
    4: "font-size: 14px;",
}


def set_tone(widget: QWidget, tone: str) -> None:
    """What the text means, as a colour: one of TONES ("" for plain)."""
    widget.setProperty("tone", tone)
    widget.setStyleSheet(_TONES[tone])


def set_heading(label: QLabel, level: int, tone: str = "") -> None:
    """1 the lock screen's title, 2 a window's count or verdict, 3 a dialog's heading, 4 a
    line said larger than the text (not bold)."""
    label.setProperty("tone", tone)
    weight = " font-weight: bold;" if level < 4 else ""
    label.setStyleSheet(f"{_HEADINGS[level]}{weight} {_TONES[tone]}")


def danger_button(button: QPushButton) -> None:
    """The one red button: report an incident."""
    button.setProperty("kind", "danger")
    button.setStyleSheet(
        f"QPushButton {{ color: white; background: {COLOURS['danger']}; padding: 4px 12px; "
        "border-radius: 3px; }"
        f"QPushButton:pressed {{ background: {COLOURS['alert']}; }}"
    )


def primary_button(button: QPushButton) -> None:
    """The form's main action (register a visitor)."""
    button.setProperty("kind", "primary")
    button.setStyleSheet("font-weight: bold; padding: 6px 18px;")


def badge_style(colour: str, *, bold: bool = False) -> str:
    weight = "font-weight: bold;" if bold else "font-size: 11px;"
    return f"background: {colour}; color: white; border-radius: 4px; padding: 1px 6px; {weight}"


def call_bar_style(active: bool) -> str:
    """The call bar turns green for the length of a call."""
    if not active:
        return ""
    return f"#callBar {{ background: {COLOURS['call_background']}; border-radius: 4px; }}"


def install_style(app: QApplication) -> None:
    """Fusion, with the palette's selection colour: the desk looks the same on every seat."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(COLOURS["accent"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor(COLOURS["accent"]))
    app.setPalette(palette)
