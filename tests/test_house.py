"""The layout of the package, checked from its source so it stays true.

One subpackage a stage, dependencies pointing one way, third-party libraries kept to the
stage that owns them, small modules, no printing in the library.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "practicedb"
MAX_LINES = 400
MAX_TOP_MODULES = 10
# Which libraries each part may import (a prefix of the module name).
OWNERS = {
    "whoosh": ("practicedb.search",),
    "click": ("practicedb.cli",),
    "rich": ("practicedb.cli",),
    "pdfplumber": ("practicedb.extraction",),
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every module imported anywhere in the file (function-level imports too), resolved."""
    is_pkg = path.name == "__init__.py"
    package = name if is_pkg else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            for alias in node.names:  # `from pkg import sub` names a submodule
                sub = f"{stem}.{alias.name}"
                found.add(sub if sub in MODULES else stem)
    return found


GRAPH = {name: {m for m in _imports(name, path) if m in MODULES and m != name}
         for name, path in MODULES.items()}


def _cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in GRAPH:
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles_function_level_imports_included() -> None:
    assert _cycles() == []


def test_a_cycle_would_be_seen() -> None:
    """The checker itself: a made-up two-module loop is reported."""
    GRAPH["practicedb.models"].add("practicedb.dates")
    GRAPH["practicedb.dates"].add("practicedb.models")
    try:
        assert ["practicedb.dates", "practicedb.models"] in _cycles()
    finally:
        GRAPH["practicedb.models"].discard("practicedb.dates")
        GRAPH["practicedb.dates"].discard("practicedb.models")


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_libraries_stay_in_the_part_that_owns_them(library: str) -> None:
    offenders = [
        name for name, path in MODULES.items()
        if any(m == library or m.startswith(library + ".") for m in _imports(name, path))
        and not name.startswith(OWNERS[library])
    ]
    assert offenders == [], f"{library} imported outside {OWNERS[library]}"


def test_modules_are_small() -> None:
    big = {name: n for name, path in MODULES.items()
           if (n := len(path.read_text("utf-8").splitlines())) > MAX_LINES}
    assert big == {}


def test_few_modules_at_the_top() -> None:
    top = [p.name for p in PACKAGE.glob("*.py")]
    assert len(top) <= MAX_TOP_MODULES, sorted(top)


def test_the_library_never_prints() -> None:
    printing = []
    for name, path in MODULES.items():
        if name.startswith("practicedb.cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "print"):
                printing.append(f"{name}:{node.lineno}")
    assert printing == []


def test_front_ends_are_not_imported_by_the_library() -> None:
    fronts = ("practicedb.cli", "practicedb.web")
    offenders = [(name, m) for name, deps in GRAPH.items() if not name.startswith(fronts)
                 for m in deps if m.startswith(fronts)]
    assert offenders == []


def test_no_test_data_generators_outside_tests() -> None:
    root = PACKAGE.parent
    assert not (root / "tools").exists() or not list((root / "tools").rglob("build_*.py"))


# The stages in the order data flows; a module may import its own stage and those before.
LAYERS = [
    ("practicedb", "practicedb.models", "practicedb.errors", "practicedb.dates",
     "practicedb._util", "practicedb.forces", "practicedb.text"),
    ("practicedb.extraction",),
    ("practicedb.classification",),
    ("practicedb.storage",),
    ("practicedb.search",),
    ("practicedb.reviews",),
    ("practicedb.board",),
    ("practicedb.pipeline", "practicedb.config"),
    ("practicedb.pickup",),  # fetch, follow, watch: new ways into the pipeline
    ("practicedb.cli", "practicedb.web"),
]


def _layer(name: str) -> int:
    if name == "practicedb":  # the package's public API re-exports every stage
        return len(LAYERS) - 2
    best = -1, -1  # (length of the matching prefix, layer)
    for i, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (name == prefix or name.startswith(prefix + ".")) and len(prefix) > best[0]:
                best = len(prefix), i
    return best[1]


def test_every_module_belongs_to_a_stage() -> None:
    assert [name for name in MODULES if _layer(name) < 0] == []


def test_dependencies_point_one_way_down_the_flow() -> None:
    upward = [f"{name} -> {dep}" for name, deps in GRAPH.items() for dep in sorted(deps)
              if _layer(dep) > _layer(name) and dep != "practicedb"]
    assert upward == []


def test_the_public_api_names_resolve() -> None:
    import practicedb

    for name in practicedb.__all__:
        assert getattr(practicedb, name) is not None, name
