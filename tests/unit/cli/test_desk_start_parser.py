"""The desk's start parses its own options without building the whole command tree, and
agrees with the full parser on everything it accepts."""

from __future__ import annotations

import pytest

from seatdesk.cli.parser import build_parser, parse_desk_start


@pytest.mark.parametrize(
    "argv",
    [[], ["--demo"], ["--vault", "/srv/hall.vault", "--lang", "en"], ["--self-test"]],
)
def test_desk_options_parse_as_the_full_parser_parses_them(argv: list[str]) -> None:
    fast = parse_desk_start(argv)
    assert fast is not None and fast.command is None
    assert vars(fast) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["lookup", "--phone", "1"],
        ["--vault", "v", "import", "--csv", "x"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--lang", "fr"],
        ["--vault"],
        ["--no-such-option"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert parse_desk_start(argv) is None
