"""The desk's translation files as the tests read them, and what of the English is left in a
Chinese window: a string equal to a translated source (placeholders filled in or not), or an
English word of the sources (raw tokens such as `copy` or `context_menu` included)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
_PLACEHOLDER = re.compile(r"(%(?:\d|[a-z_]+))")
_WORD = re.compile(r"[A-Za-z0-9_./+-]+")  # "Ctrl+Shift+G" is a key, not words
_LETTERS = re.compile(r"[A-Za-z]{3,}")
_SNAKE = re.compile(r"[A-Za-z]+(?:_[A-Za-z]+)*")


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) → (translation, its type attribute)."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out[(name, message.findtext("source") or "")] = (
                translation.text or "",
                translation.get("type"),
            )
    return out


@cache
def _english() -> tuple[frozenset[str], tuple[re.Pattern[str], ...], frozenset[str]]:
    """The translated sources, the filled-in forms of those with placeholders, and the English
    words of the sources that the Chinese translations do not keep (SeatDesk, PDF, SHA stay)."""
    zh = messages(TS_DIR / "seatdesk_zh_CN.ts")
    translated = {source for (_, source), (text, _) in zh.items() if text and text != source}
    patterns = tuple(
        re.compile(
            "".join(
                ".+" if _PLACEHOLDER.fullmatch(part) else re.escape(part)
                for part in _PLACEHOLDER.split(source)
            )
        )
        for source in translated
        if _PLACEHOLDER.search(source) and len(_LETTERS.findall(_PLACEHOLDER.sub("", source))) >= 2
    )
    kept = {w.lower() for text, _ in zh.values() for w in _LETTERS.findall(text)}
    words = {w.lower() for s in translated for w in _LETTERS.findall(_PLACEHOLDER.sub(" ", s))}
    return frozenset(translated), patterns, frozenset(words - kept)


def _words(text: str) -> list[str]:
    """The all-letter words of `text`: `context_menu` is two, `agent01`, `seat-07` or
    `default.toml` none."""
    tokens = (token.strip("./-") for token in _WORD.findall(text))
    return [
        part.lower()
        for token in tokens
        if _SNAKE.fullmatch(token)
        for part in token.split("_")
        if len(part) >= 3
    ]


def english_left(texts: Iterable[str]) -> list[str]:
    """The texts of a Chinese window that still read English where a translation exists."""
    translated, patterns, words = _english()
    left = set()
    for text in texts:
        plain = text.replace("&", "").strip()
        if not plain:
            continue
        if (
            plain in translated
            or any(p.fullmatch(plain) for p in patterns)
            or any(word in words for word in _words(plain))
        ):
            left.add(text)
    return sorted(left)
