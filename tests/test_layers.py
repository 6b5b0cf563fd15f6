"""The layering rule of docs/architecture.md, checked on the source: each layer imports only those below it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "partnertracker"

# Lowest first. Modules outside these packages (domain, errors, paths, resources) are the base
# every layer may use.
LAYERS = ["extraction", "store", "services", "reports", "gui"]
BASE = {"domain", "errors", "paths", "resources", ""}
QT_ALLOWED = {"reports": ("PySide6.QtCore", "PySide6.QtGui"), "gui": ("PySide6",)}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def sources(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def offences(layer: str, paths: list[Path]) -> list[str]:
    allowed = set(LAYERS[: LAYERS.index(layer) + 1]) | BASE
    found = []
    for path in paths:
        for name in imported_modules(path):
            if name.startswith("partnertracker."):
                top = name.split(".")[1]
                if top not in allowed and (PACKAGE / top).is_dir():
                    found.append(f"{path.name} imports {name}")
            elif name.startswith("PySide6") and not any(
                name == prefix or name.startswith(prefix + ".") for prefix in QT_ALLOWED.get(layer, ())
            ):
                found.append(f"{path.name} imports {name}")
    return found


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_imports_only_layers_below_it(layer: str):
    found = offences(layer, sources(layer))
    assert not found, "\n".join(found)


def test_the_check_sees_a_forbidden_import(tmp_path: Path):
    # The rule above must be able to fail: a store module importing Qt widgets is caught.
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport partnertracker.gui.app\n")
    found = set(offences("store", [bad]))
    assert {"bad.py imports PySide6.QtWidgets", "bad.py imports partnertracker.gui.app"} <= found
    assert offences("gui", [bad]) == []
