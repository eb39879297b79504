"""The reconnect back-off: doubling from 0.5 s, capped at 30 s, jittered into [d/2, d]."""

from __future__ import annotations

import random

import pytest

from seatdesk.phone.connector import Backoff


def test_doubles_up_to_the_cap_and_resets() -> None:
    backoff = Backoff(uniform=lambda low, high: high)
    assert [backoff.next() for _ in range(9)] == [0.5, 1, 2, 4, 8, 16, 30, 30, 30]
    backoff.reset()
    assert backoff.next() == 0.5


def test_jitter_stays_within_half_to_the_ceiling() -> None:
    rng = random.Random(7)
    backoff = Backoff(uniform=rng.uniform)
    waits = []
    for _ in range(12):
        ceiling = backoff.ceiling()
        wait = backoff.next()
        assert ceiling / 2 <= wait <= ceiling
        waits.append(wait)
    assert len(set(waits)) == len(waits)  # jittered: no two seats retry in step
    assert max(waits) <= 30


def test_a_refused_login_waits_the_longest() -> None:
    backoff = Backoff(uniform=lambda low, high: low)
    assert backoff.at_cap() == 15.0
    assert backoff.next() == 15.0  # and stays there until a good connection


def test_a_nonsense_back_off_is_refused() -> None:
    with pytest.raises(ValueError):
        Backoff(base=0)
    with pytest.raises(ValueError):
        Backoff(base=5, cap=1)
