"""The app layering of DESIGN.md section 3 (docs/architecture.md): an app imports only the apps
below it. Every import statement of every module counts, at module level or inside a function."""

import ast
from pathlib import Path

from django.apps import apps
from django.conf import settings

# Lowest first. `demo` sits on top: it may import every app, and no app imports it.
LAYERS = ("lms", "wksbm", "courses", "assessments", "readiness", "home", "demo")


def _imported_modules(path: Path, package: str) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in the file at `path` of `package`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the importing module's package
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module
            found.append((node.lineno, name))
    return found


def upward_imports(root: Path) -> list[str]:
    problems = []
    for rank, app in enumerate(LAYERS):
        for path in sorted((root / app).rglob("*.py")):
            relative = path.relative_to(root).with_suffix("")
            parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
            package = ".".join(parts if relative.name == "__init__" else parts[:-1])
            for line, module in _imported_modules(path, package):
                target = module.split(".")[0]
                if target in LAYERS and LAYERS.index(target) > rank:
                    problems.append(f"{relative}.py:{line} imports {module} ({app} sits below {target})")
    return problems


def test_no_app_imports_an_app_above_it():
    assert upward_imports(Path(settings.BASE_DIR)) == []


def test_the_check_sees_an_upward_import(tmp_path):
    for app in LAYERS:
        (tmp_path / app).mkdir()
    (tmp_path / "courses" / "downloads.py").write_text(
        "def manifest():\n    from home.pwa import SHELL_STATIC\n    return SHELL_STATIC\n"
    )
    (tmp_path / "assessments" / "sub").mkdir()
    (tmp_path / "assessments" / "sub" / "x.py").write_text(
        "from ...readiness import score\nfrom ..models import A\n"
    )
    assert upward_imports(tmp_path) == [
        "courses/downloads.py:2 imports home.pwa (courses sits below home)",
        "assessments/sub/x.py:1 imports readiness (assessments sits below readiness)",
    ]


def test_every_project_app_has_a_layer():
    root = Path(settings.BASE_DIR)
    project_apps = {Path(app.path).name for app in apps.get_app_configs() if Path(app.path).parent == root}
    assert project_apps == set(LAYERS)
