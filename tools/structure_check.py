"""Structural checks that import contracts cannot see (issue 12), run by `make test`.

- QtWidgets and QtPrintSupport are imported only in `seatdesk/ui`.
- SQL that names a protected customer column (class 一类 or 二类 in the shipped policy, or the
  phone table) appears only in the row modules and in `vault/schema.py`.
- `seatdesk/ui` and `seatdesk/cli` never reach for `.db`, `.audit` or `.keyfile`, nor for another
  object's private (`_name`) attributes: what they hold are service objects and a handle.
- Typed free text is marked masked (`seal_masked`, `MaskedText(...)`) only by the free-text gate,
  `seatdesk/services/free_text.py` (and the type's own module): every other module gets a
  `MaskedText` from the gate, or the stores refuse its text.

`python tools/structure_check.py [ROOT]` prints each violation and exits 1 if there is any.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtPrintSupport")
#: The modules that hold the rows of protected tables (and the schema that creates them).
ROW_MODULES = (
    "seatdesk/vault/schema.py",
    "seatdesk/records/customers.py",
    "seatdesk/records/phone_column.py",
    "seatdesk/records/interactions.py",
    "seatdesk/records/importer.py",
    "seatdesk/visitors/store.py",
    "seatdesk/incidents/store.py",
)
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|REPLACE)\b")
VAULT_ATTRIBUTES = frozenset({"db", "audit", "keyfile"})
HANDS_OFF = ("seatdesk/ui/", "seatdesk/cli/")
OWN = frozenset({"self", "cls", "super"})
#: Who may mark text as masked: the gate, and the module of the type itself.
MASKERS = ("seatdesk/services/free_text.py", "seatdesk/core/masked_text.py")
MARKING = frozenset({"seal_masked", "MaskedText"})


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    rule: str
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.what}"


def protected_columns(root: Path) -> frozenset[str]:
    """The customer fields of class 一类 and 二类 in the shipped policy, and the phone table."""
    policy = tomllib.loads((root / "resources/policy/default.toml").read_text(encoding="utf-8"))
    names = {
        name
        for name, rule in policy["fields"].items()
        if isinstance(rule, dict) and rule.get("class") in ("一类", "二类")
    }
    return frozenset(names | {"customer_phones"})


def _python_files(root: Path) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted((root / "seatdesk").rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        yield relative, ast.parse(path.read_text(encoding="utf-8"), relative)


def _widget_imports(path: str, tree: ast.Module) -> Iterator[Violation]:
    if path.startswith("seatdesk/ui/"):
        return
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            if name.startswith(WIDGET_MODULES):
                yield Violation(path, node.lineno, "widgets outside ui", name)
                break


def _sql_with_protected_columns(
    path: str, tree: ast.Module, columns: frozenset[str]
) -> Iterator[Violation]:
    if path in ROW_MODULES:
        return
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, columns))) + r")\b")
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            schema = "sqlite_master" in text  # the catalogue's own `name` column
            found = pattern.search(text) if SQL.search(text) and not schema else None
            if found:
                yield Violation(path, node.lineno, "SQL naming a protected column", found.group(1))


def _reach_through(path: str, tree: ast.Module) -> Iterator[Violation]:
    if not path.startswith(HANDS_OFF):
        return
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        if node.attr in VAULT_ATTRIBUTES:
            yield Violation(path, node.lineno, "vault object in ui/cli", f".{node.attr}")
        elif node.attr.startswith("_") and not node.attr.startswith("__"):
            owner = node.value
            if not (isinstance(owner, ast.Name) and owner.id in OWN) and not (
                isinstance(owner, ast.Call)
                and isinstance(owner.func, ast.Name)
                and owner.func.id == "super"
            ):
                yield Violation(
                    path, node.lineno, "another object's private attribute", f".{node.attr}"
                )


def _marked_masked(path: str, tree: ast.Module) -> Iterator[Violation]:
    if path in MASKERS:
        return
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name in MARKING:
            yield Violation(path, node.lineno, "text marked masked outside the gate", name)


def check(root: Path) -> list[Violation]:
    columns = protected_columns(root)
    found: list[Violation] = []
    for path, tree in _python_files(root):
        found += _widget_imports(path, tree)
        found += _sql_with_protected_columns(path, tree, columns)
        found += _reach_through(path, tree)
        found += _marked_masked(path, tree)
    return found


if __name__ == "__main__":
    violations = check(Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve())
    for violation in violations:
        print(violation)
    sys.exit(1 if violations else 0)
