"""seatdesk://pop?number=… as softphones send it (the packaging registers the scheme)."""

from __future__ import annotations

import pytest

from seatdesk.phone.protocol import EndCall, MalformedMessage, PopRequest, parse_pop_url


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("seatdesk://pop?number=13800138000", "13800138000"),
        ("seatdesk://pop?number=%2B86%20138-0013-8000", "+86 138-0013-8000"),
        ("seatdesk://pop/?number=01062345678", "01062345678"),
    ],
)
def test_pop_urls(url: str, number: str) -> None:
    request = parse_pop_url(url)
    assert isinstance(request, PopRequest) and request.number == number


def test_end_url() -> None:
    assert isinstance(parse_pop_url("seatdesk://end"), EndCall)


@pytest.mark.parametrize(
    "url",
    [
        "http://pop?number=13800138000",
        "seatdesk://pop",
        "seatdesk://pop?number=",
        "seatdesk://pop?number=1380&number=1390",
        "seatdesk://pop?number=<script>",
        "seatdesk://evil?number=13800138000",
        "seatdesk://pop?number=13800138000#x",
        "seatdesk://user@pop?number=13800138000",
    ],
)
def test_malformed_urls_are_refused_without_echo(url: str) -> None:
    with pytest.raises(MalformedMessage) as info:
        parse_pop_url(url)
    assert "13800138000" not in str(info.value) and "script" not in str(info.value)
