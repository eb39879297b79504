"""Issue 15: with an approver, the officer types their own password and then the account's first
password, one after the other, so the admin at that seat never learns it."""

from __future__ import annotations

import argparse

import pytest

from seatdesk.cli import prompts, vault_commands


def test_the_approver_types_their_password_then_the_first_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in (prompts.NEW_PASSWORD_ENV, prompts.APPROVER_PASSWORD_ENV):
        monkeypatch.delenv(name, raising=False)
    asked: list[str] = []
    answers = iter(["Officer-pass-2026", "Erste-pass-2026", "Erste-pass-2026"])

    def typed(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr(prompts.getpass, "getpass", typed)
    monkeypatch.setattr(prompts, "_interactive", lambda: True)
    args = argparse.Namespace(approver="sec01", first_officer=False)
    countersign, password = vault_commands._approved_password(args, "agent09")
    assert password == "Erste-pass-2026"
    assert countersign.approver_id == "sec01" and countersign.approver_password is not None
    assert countersign.approver_password() == "Officer-pass-2026"
    assert asked[0] == "Password of the approver sec01: "
    assert asked[1] == "First password for agent09 (typed by sec01): "
    assert len(asked) == 3  # and nothing more is asked later


def test_without_an_approver_the_new_password_is_asked_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(prompts.NEW_PASSWORD_ENV, "Admin-chosen-2026")
    args = argparse.Namespace(approver=None, first_officer=False)
    countersign, password = vault_commands._approved_password(args, "admin02")
    assert password == "Admin-chosen-2026" and countersign.approver_id is None
