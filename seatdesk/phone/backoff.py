"""How long a connector waits before it tries the phone system again: exponential, capped, with
jitter (so the seats of a hall do not all reconnect in the same instant after a restart)."""

from __future__ import annotations

import random
from collections.abc import Callable

BASE_SECONDS = 0.5
CAP_SECONDS = 30.0


class Backoff:
    """`next()` gives the wait before the next attempt; `reset()` after a good connection.

    Attempt n waits a random time in [d/2, d], where d = base · 2ⁿ capped at `cap`.
    `uniform` is injectable so that tests know the waits exactly.
    """

    def __init__(
        self,
        base: float = BASE_SECONDS,
        cap: float = CAP_SECONDS,
        uniform: Callable[[float, float], float] = random.uniform,
    ) -> None:
        if not 0 < base <= cap:
            raise ValueError("the back-off needs 0 < base <= cap")
        self.base = base
        self.cap = cap
        self._uniform = uniform
        self.attempt = 0

    def ceiling(self) -> float:
        """The longest wait the next attempt may get."""
        return min(self.cap, self.base * 2.0 ** min(self.attempt, 62))

    def next(self) -> float:
        ceiling = self.ceiling()
        self.attempt += 1
        return self._uniform(ceiling / 2, ceiling)

    def at_cap(self) -> float:
        """The wait after a refused password: the longest, so a wrong secret cannot lock the
        phone system's account by retrying quickly."""
        self.attempt = 62
        return self._uniform(self.cap / 2, self.cap)

    def reset(self) -> None:
        self.attempt = 0
