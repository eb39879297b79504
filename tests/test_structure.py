"""The invariant checks of issue 12, and proof that each one fails on a planted violation.

`tools/structure_check.py` (AST checks) and the `protected` import contracts run on the real tree
and must pass; then each is run on a copy of the tree into which a violation was planted, written
as someone taking a short cut would write it, and must name it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.structure_check import check

ROOT = Path(__file__).resolve().parents[1]


def planted_tree(tmp_path: Path, plants: dict[str, str]) -> Path:
    """A copy of the package (and what the checks read) with `plants` appended to files."""
    root = tmp_path / "tree"
    shutil.copytree(
        ROOT / "seatdesk", root / "seatdesk", ignore=shutil.ignore_patterns("__pycache__")
    )
    (root / "resources" / "policy").mkdir(parents=True)
    shutil.copy(ROOT / "resources/policy/default.toml", root / "resources/policy/default.toml")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    for relative, code in plants.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write("\n" + code + "\n")
    return root


def test_the_tree_passes_the_structure_checks() -> None:
    assert [str(v) for v in check(ROOT)] == []


@pytest.mark.parametrize(
    ("relative", "code", "rule"),
    [
        (
            "seatdesk/services/guards.py",
            "from PySide6.QtWidgets import QApplication",
            "widgets outside ui",
        ),
        ("seatdesk/reports/pdf.py", "import PySide6.QtPrintSupport", "widgets outside ui"),
        (
            "seatdesk/services/calls.py",
            "def _peek(db):\n    return db.execute('SELECT id_number FROM customers')",
            "SQL naming a protected column",
        ),
        (
            "seatdesk/cli/commands.py",
            "def _peek(services):\n    return services.records._s.db.execute("
            "'SELECT bank_card, mobile FROM customers JOIN customer_phones')",
            "vault object in ui/cli",
        ),
        (
            "seatdesk/ui/main_window.py",
            "def _peek(window):\n    return window.services.audit",
            "vault object in ui/cli",
        ),
        (
            "seatdesk/ui/record_card.py",
            "def _peek(window):\n    return window.services._s",
            "another object's private attribute",
        ),
        (
            "seatdesk/cli/commands.py",
            "def _peek(who):\n    return who.keyfile",
            "vault object in ui/cli",
        ),
        (
            "seatdesk/services/visitor_door.py",
            "def _shortcut(text):\n    from seatdesk.core.masked_text import seal_masked\n"
            "    return seal_masked(text)",
            "text marked masked outside the gate",
        ),
        (
            "seatdesk/services/calls.py",
            "def _shortcut(text):\n    from seatdesk.core import masked_text\n"
            "    return masked_text.MaskedText(text)",
            "text marked masked outside the gate",
        ),
    ],
)
def test_each_structure_check_names_a_planted_violation(
    tmp_path: Path, relative: str, code: str, rule: str
) -> None:
    root = planted_tree(tmp_path, {relative: code})
    found = [v for v in check(root) if v.path == relative]
    assert found and any(v.rule == rule for v in found), found


def test_the_sql_check_covers_every_protected_customer_field() -> None:
    from tools.structure_check import protected_columns

    columns = protected_columns(ROOT)
    assert {"name", "mobile", "id_number", "bank_card", "birth_date", "address"} <= columns
    assert {"email", "landline", "notes", "customer_phones"} <= columns
    assert not {"gender", "segment", "consent"} & columns  # 三类: shown as is


def lint_imports(root: Path) -> str:
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert tool, "import-linter is not installed in this environment"
    result = subprocess.run(
        [tool, "--no-cache"], cwd=root, capture_output=True, text=True, timeout=120
    )
    return result.stdout + result.stderr


def test_each_protected_contract_breaks_on_a_planted_import(tmp_path: Path) -> None:
    root = planted_tree(
        tmp_path,
        {
            # a service opening the file itself, past the vault
            "seatdesk/services/guards.py": "import sqlcipher3",
            # a domain module writing the log, past the gate
            "seatdesk/records/demo_data.py": "from seatdesk.audit.log import AuditLog",
            # the desk reading customer rows itself
            "seatdesk/ui/lock_screen.py": "from seatdesk.records.customers import load_customer",
            # the command line unwrapping the handle
            "seatdesk/cli/prompts.py": "from seatdesk.services.registry import open_session",
            "seatdesk/ui/watermark.py": "from seatdesk.services.session import Session",
            # a ui module reaching back into the desk window that imports it
            "seatdesk/ui/record_card.py": "from seatdesk.ui.main_window import DeskWindow",
            # the hall opening a seat's vault
            "seatdesk/hall/chain.py": "from seatdesk.vault.db import VaultDb",
        },
    )
    report = " ".join(lint_imports(root).split())  # long contract names wrap in the report
    for contract in (
        "protected: only vault imports sqlcipher3",
        "protected: the audit log is written only through services (and audit itself)",
        "protected: the row modules are read only by services (the importer writes rows)",
        "protected: the private session and its registry stay inside services",
        "ui modules import each other without cycles",
        "the hall is server side: core, policy and pure rules, never the seat's vault or desk",
    ):
        assert f"{contract} BROKEN" in report, report
    assert "seatdesk.ui.watermark -> seatdesk.services.session" in report
    assert "seatdesk.cli.prompts -> seatdesk.services.registry" in report
