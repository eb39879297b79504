"""The layer rules of DESIGN §2, checked by import-linter as part of the tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is not installed in this environment"
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower() or " 0 broken" in result.stdout


def test_domain_runs_without_qt() -> None:
    code = (
        "import sys, seatdesk.app, seatdesk.services.record_desk, seatdesk.cli.commands\n"
        "import seatdesk.phone.server\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported outside ui'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
