"""An injectable clock so that lockouts, expiries and audit times are testable."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that moves only when told to; for tests and deterministic demos."""

    current: datetime = field(default_factory=lambda: datetime(2026, 1, 1, 9, 0, tzinfo=UTC))

    def now(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current = self.current + timedelta(**kwargs)


def utc_iso(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds, the one timestamp format SeatDesk writes."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
