"""Regenerate the Spanish translation from ui/: lupdate into squad_planner_es.ts, lrelease into
squad_planner_es.qm (``make translations``).

The ui modules translate through a module-level ``tr(text)`` that calls
``QCoreApplication.translate("<Context>", text)``. lupdate files a bare ``tr("...")`` under the
empty context, so it reads copies of the sources in which each bare call is spelled
``<Context>.tr("...")`` (lupdate takes the prefix as the context; lines are unchanged), and the
locations it writes are pointed back at the real files.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
TS_FILE = SOURCES / "translations" / "squad_planner_es.ts"
QM_FILE = TS_FILE.with_suffix(".qm")

_CONTEXT = re.compile(r'def tr\(text: str\) -> str:\s+return QCoreApplication\.translate\("(\w+)"')
_BARE_TR = re.compile(r"(?<![\w.])(?<!def )tr\(")


def qt_tool(name: str) -> Path:
    """Path of a Qt Linguist tool (lupdate, lrelease) shipped in the PySide6 wheel.

    The binary is called directly: it is what ``pyside6-<name>`` runs, and works where that
    wrapper cannot import PySide6 as a regular package.
    """
    from PySide6 import QtCore

    tool = Path(QtCore.__file__).resolve().parent / name
    if not tool.is_file():
        raise FileNotFoundError(f"{tool} not found: install PySide6 (pyside6-essentials)")
    return tool


def module_context(source: str, path: Path) -> str | None:
    """The context of the module's own tr(), or None when it calls no bare tr()."""
    found = _CONTEXT.search(source)
    if found:
        return found.group(1)
    if _BARE_TR.search(source):
        raise ValueError(f"{path} calls tr() but defines no tr() with a translation context")
    return None


def lupdate(ts_file: Path = TS_FILE, sources: Path = SOURCES) -> str:
    """Update ts_file from the sources (new messages unfinished, vanished ones dropped);
    returns lupdate's report."""
    with tempfile.TemporaryDirectory() as folder:
        copies = Path(folder) / sources.name
        files = []
        for path in sorted(sources.rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            context = module_context(source, path)
            if context:
                source = _BARE_TR.sub(f"{context}.tr(", source)
            copy = copies / path.relative_to(sources)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(source, encoding="utf-8")
            files.append(str(copy))
        report = _run(
            qt_tool("lupdate"), *files, "-no-obsolete", "-locations", "absolute",
            "-source-language", "en", "-target-language", "es", "-ts", str(ts_file),
        )  # fmt: skip
        text = ts_file.read_text(encoding="utf-8")
        copied = os.path.relpath(copies, ts_file.parent)
        real = os.path.relpath(sources, ts_file.parent)
        text = text.replace(f'filename="{copied}/', f'filename="{real}/')
        ts_file.write_text(text, encoding="utf-8")
    return report


def lrelease(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> str:
    """Compile ts_file into qm_file; returns lrelease's report."""
    return _run(qt_tool("lrelease"), str(ts_file), "-qm", str(qm_file))


def _run(*command: object) -> str:
    done = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise RuntimeError(f"{command[0]} failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


if __name__ == "__main__":
    try:
        print(lupdate(), lrelease(), sep="")
    except (OSError, ValueError, RuntimeError) as exc:
        sys.exit(str(exc))
