"""The structure the architecture promises (docs/architecture.md), checked from the source.

No import cycle between modules (a package's face may import its own modules), no module over
400 lines, no test importing a private name, and the layers importing only downward.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "attrib"

# Lower layers first: a module may import its own layer and the layers before it, never after.
LAYERS = [
    {"errors", "model"},
    {"text"},
    {"lexicon"},
    {"reader", "analysis"},
    {"rules"},
    {"resolve"},
    {"pipeline"},
    {"compare", "compare_verdict", "compare_claims", "compare_lexicon", "compare_summary"},
    {"render", "report"},
    {"evaluate", "testing"},
    {"batch", "outfile", "lifeline", "archive", "archive_cli", "dataset", "dask", "tables", "learned",
     "serve", "htmlpage", "langcheck", "sources", "progress"},
    {"cli", "__main__"},
]


def _modules() -> dict[str, Path]:
    out = {}
    for p in SRC.rglob("*.py"):
        rel = p.relative_to(SRC.parent).with_suffix("")
        name = ".".join(rel.parts)
        out[name.removesuffix(".__init__")] = p
    return out


def _imports(name: str, path: Path, mods: dict[str, Path]) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            continue
        found.update(t for t in targets if t in mods and t != name and not name.startswith(t + "."))
    return found


def _layer(module: str) -> int:
    top = module.split(".")[1] if module.count(".") else "__init__"
    for n, layer in enumerate(LAYERS):
        if top in layer:
            return n
    raise AssertionError(f"{module}: its package is in no layer of tests/test_house.py (add it)")


def test_no_import_cycle() -> None:
    mods = _modules()
    graph = {m: _imports(m, p, mods) for m, p in mods.items()}
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for t in graph[m]:
            if state.get(t) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*path[path.index(t):], t]))
            if t not in state:
                visit(t, [*path, t])
        state[m] = 2

    for m in graph:
        if m not in state:
            visit(m, [m])


def test_layers_import_downward_only() -> None:
    mods = _modules()
    upward = []
    for m, p in mods.items():
        if m == "attrib":
            continue  # the package face re-exports the public API
        for t in _imports(m, p, mods):
            if t != "attrib" and _layer(t) > _layer(m):
                upward.append(f"{m} -> {t}")
    assert not upward, "imports pointing up the layers: " + "; ".join(sorted(upward))


def test_no_module_over_400_lines() -> None:
    big = {str(p.relative_to(ROOT)): n for p in SRC.rglob("*.py") if (n := len(p.read_text().splitlines())) > 400}
    assert not big, f"modules over 400 lines: {big}"


def test_tests_import_no_private_name() -> None:
    bad = []
    for p in (ROOT / "tests").rglob("*.py"):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("attrib"):
                bad += [f"{p.name}: {node.module}.{a.name}" for a in node.names
                        if a.name.startswith("_") and not a.name.startswith("__")]
    assert not bad, "tests importing private names: " + "; ".join(bad)


def test_public_compare_stays_the_function_after_its_module_is_imported() -> None:
    import attrib
    import attrib.compare

    assert callable(attrib.compare) and attrib.compare.__name__ == "compare"
