"""Splits the modules a window loads after its first paint into what a worker thread may
import (Qt-free: the core, SQLAlchemy, the standard library) and the Qt modules, which only
the GUI thread imports, one per turn of its event loop.

Importing Qt modules in a worker while the GUI thread runs Qt (and may import the same
module for an area just clicked) is not something Qt or PySide promise to be safe; a start
that hung once in about eighty runs did exactly that. The split is read from the sources'
own import statements (``ast``), so adding an import to a GUI module needs no list to be
kept up to date; no library reads a package's import graph without importing it, which is
the very thing a worker must not do here. Reading those sources took ~60 ms of every start,
so scripts/build_ui.py works the two lists out when the forms are built and writes them to
``gui/forms/load_plan.py`` (its ``--check``, and a test, fail when they are stale); a list
not planned there is worked out from the sources when asked for.

``import_without_pyside_checks`` takes PySide's own step out of every import that follows.
"""

from __future__ import annotations

import ast
import builtins
import functools
from pathlib import Path

from mentordesk.gui.forms.load_plan import PLANS

#: What showing a database needs, loaded before ``MainWindow.attach`` (``gui.app``: what
#: they import of the core in a worker, the Qt modules on the GUI thread): the database and
#: its core, the data access, the Applicants area (shown first), what the menus of an
#: open database are made of, and the first-run page (for a database without a program).
DESK_MODULES = (
    "mentordesk.gui.opening",
    "mentordesk.gui.data",
    "mentordesk.gui.context",
    "mentordesk.core.programs.cohorts",
    "mentordesk.gui.applicants.area",
    "mentordesk.gui.cohort_actions",
    "mentordesk.gui.other_desks",
    "mentordesk.gui.preferences",
    "mentordesk.gui.forms.ui_welcome_page",
)
#: The areas not on screen at first, loaded the same way once the first one has its data,
#: so that turning to one does not wait for its import (one clicked before its turn is
#: imported then, on the GUI thread, as every Qt module is).
LATER_MODULES = (
    "mentordesk.gui.pairing.area",
    "mentordesk.gui.calendar.area",
    "mentordesk.gui.reports.area",
    "mentordesk.gui.audit.area",
    "mentordesk.gui.dialogs",
    "mentordesk.gui.import_wizard",
    "mentordesk.gui.withdrawal",
    "mentordesk.gui.closeout_dialogs",
)
#: The lists scripts/build_ui.py plans in ``gui/forms/load_plan.py``.
PLANNED = (DESK_MODULES, LATER_MODULES)

GUI_PACKAGE = "mentordesk.gui"
#: Modules only the GUI thread imports: Qt itself and everything of the GUI.
GUI_THREAD_ONLY = ("PySide6", "shiboken6", GUI_PACKAGE)
_GUI_DIR = Path(__file__).resolve().parent


def import_without_pyside_checks() -> None:
    """Give Python its own ``import`` back from PySide, which reads the whole source of every
    module imported after it to learn whether that module opts in to ``from __feature__
    import snake_case`` (or ``true_property``).

    MentorDesk never opts in (a test keeps it so), and a module PySide has not looked at is
    treated as one that did not opt in, so nothing changes but the cost: opening a window
    imports some 400 modules (SQLAlchemy's among them) after PySide, and reading their
    sources took 70-120 ms of it and kept ~9 MB of text in memory. Left alone where PySide
    did not install its import (another Python) or something else replaced it since.
    """
    original = getattr(builtins, "__orig_import__", None)
    ours = getattr(builtins, "__feature_import__", None)
    if original is not None and ours is not None and builtins.__import__ is ours:
        builtins.__import__ = original


def _is_gui_thread_only(name: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in GUI_THREAD_ONLY)


def _source_of(module: str) -> Path | None:
    """The source file of a module of ``mentordesk.gui`` (None where there is none, as in a
    frozen bundle)."""
    parts = module.split(".")[2:]
    base = _GUI_DIR.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _runs_on_import(tree: ast.Module) -> list[ast.stmt]:
    """The statements run when the module is imported, blocks under ``if TYPE_CHECKING``
    left out (function and class bodies are never entered)."""
    found: list[ast.stmt] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", "")
            if name != "TYPE_CHECKING":
                pending[:0] = [*node.body, *node.orelse]
            else:
                pending[:0] = node.orelse
        elif isinstance(node, ast.Try):
            pending[:0] = [*node.body, *node.orelse, *node.finalbody]
            for handler in node.handlers:
                pending[:0] = handler.body
        else:
            found.append(node)
    return found


def _imports_of(module: str, source: Path) -> list[str]:
    """The modules ``module`` imports as it is imported, in order (a name imported from a
    package counted as the package: it may be a submodule, which importing it then loads)."""
    package = module if source.name == "__init__.py" else module.rpartition(".")[0]
    names: list[str] = []
    for node in _runs_on_import(ast.parse(source.read_bytes(), str(source))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            if node.module == "__future__":
                continue
            names.append(target)
            if _is_gui_thread_only(target) and target.startswith(GUI_PACKAGE):
                # ``from mentordesk.gui.forms import ui_x`` imports the submodule too.
                names.extend(
                    f"{target}.{alias.name}"
                    for alias in node.names
                    if _source_of(f"{target}.{alias.name}") is not None
                )
    return names


LoadOrder = tuple[tuple[str, ...], tuple[str, ...]]


def load_order(modules: tuple[str, ...]) -> LoadOrder:
    """``modules`` (of the GUI) and everything they import on being imported, as two lists:
    the Qt-free modules a worker may import, and the GUI modules for the GUI thread, each
    after the GUI modules it imports (so importing them in that order, one a turn, loads one
    module's own code a turn). As planned when the forms were built, where it was."""
    planned = PLANS.get(modules)
    return planned if planned is not None else work_out_load_order(modules)


@functools.cache
def work_out_load_order(modules: tuple[str, ...]) -> LoadOrder:
    """``load_order`` read from the GUI modules' sources now."""
    worker: dict[str, None] = {}
    gui: dict[str, None] = {}
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in gui or name in visiting:
            return
        if not _is_gui_thread_only(name):
            worker.setdefault(name, None)
            return
        if not name.startswith(GUI_PACKAGE):
            return  # Qt itself: the window already loaded what the GUI needs of it
        visiting.add(name)
        parent = name.rpartition(".")[0]
        if parent.startswith(GUI_PACKAGE + "."):
            visit(parent)  # a package's __init__ runs before its modules
        source = _source_of(name)
        if source is not None:
            for imported in _imports_of(name, source):
                visit(imported)
        visiting.discard(name)
        gui.setdefault(name, None)

    for name in modules:
        visit(name)
    return tuple(worker), tuple(gui)
