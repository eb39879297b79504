"""Strict, path-aware reading of parsed TOML tables for the policy loader.

Every failure is a `PolicyError` whose one-line message names the source, the key path and what
is wrong. Unknown keys are errors: a misspelt key must never silently weaken the policy.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import NoReturn

from seatdesk.core.errors import PolicyError

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def join_path(path: str, key: str) -> str:
    """A TOML-style key path; keys that are not bare (e.g. Chinese labels) are quoted."""
    shown = key if _BARE_KEY.fullmatch(key) else '"' + key.replace('"', '\\"') + '"'
    return f"{path}.{shown}" if path else shown


def type_name(value: object) -> str:
    """The TOML name of a parsed value's type, for error messages."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "table"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return "date/time"
    return type(value).__name__


def choices(values: Iterable[str]) -> str:
    return ", ".join(values)


class TableReader:
    """One TOML table at a known key path.

    With `allowed`, keys outside it are reported at once; without it (tables whose keys are
    names, such as `fields`), the caller checks the keys.
    """

    def __init__(
        self, source: str, path: str, value: object, allowed: Iterable[str] | None = None
    ) -> None:
        self.source = source
        self.path = path
        if not isinstance(value, dict):
            self.fail(None, f"expected a table, got {type_name(value)}")
        self._data: dict[str, object] = value
        if allowed is not None:
            allowed = tuple(allowed)
            for key in self._data:
                if key not in allowed:
                    self.fail(key, f"unknown key (expected one of: {choices(allowed)})")

    def fail(self, key: str | None, message: str) -> NoReturn:
        where = join_path(self.path, key) if key is not None else (self.path or "(top level)")
        raise PolicyError(f"policy {self.source}: {where}: {message}")

    def names(self) -> Iterator[str]:
        return iter(self._data)

    def has(self, key: str) -> bool:
        return key in self._data

    def _get(self, key: str) -> object:
        if key not in self._data:
            self.fail(key, "required key is missing")
        return self._data[key]

    def table(self, key: str, allowed: Iterable[str] | None = None) -> TableReader:
        return TableReader(self.source, join_path(self.path, key), self._get(key), allowed)

    def string(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            self.fail(key, f"expected a string, got {type_name(value)}")
        if not value.strip():
            self.fail(key, "must not be empty")
        return value

    def choice(self, key: str, allowed: Iterable[str], what: str = "value") -> str:
        allowed = tuple(allowed)
        value = self.string(key)
        if value not in allowed:
            self.fail(key, f"unknown {what} {value!r} (expected one of: {choices(allowed)})")
        return value

    def boolean(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, got {type_name(value)}")
        return value

    def integer(self, key: str, minimum: int, maximum: int) -> int:
        value = self._get(key)
        # bool is a subclass of int in Python, but `true` is not a number in TOML.
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(key, f"expected an integer, got {type_name(value)}")
        if not minimum <= value <= maximum:
            self.fail(key, f"must be between {minimum} and {maximum}, got {value}")
        return value

    def string_list(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list):
            self.fail(key, f"expected an array of strings, got {type_name(value)}")
        items: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                self.fail(key, f"item {index + 1}: expected a string, got {type_name(item)}")
            if not item.strip():
                self.fail(key, f"item {index + 1}: must not be empty")
            items.append(item)
        return tuple(items)

    def table_list(self, key: str, allowed: Iterable[str] | None = None) -> list[TableReader]:
        """An array of tables (`[[key]]`), each read at `key[n]` (counted from 1)."""
        value = self._get(key)
        if not isinstance(value, list):
            self.fail(key, f"expected an array of tables, got {type_name(value)}")
        return [
            TableReader(self.source, f"{join_path(self.path, key)}[{index + 1}]", item, allowed)
            for index, item in enumerate(value)
        ]
