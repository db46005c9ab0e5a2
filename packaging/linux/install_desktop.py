"""``make install-desktop``: Squad Planner in a Linux desktop's menu, with its icon and the
.squadplan file type (double-clicking a plan opens it), under PREFIX/share (freedesktop.org).

    python packaging/linux/install_desktop.py [--prefix ~/.local] [--exec /path/to/squad-planner]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from icons import SIZES, render_png  # noqa: E402

ROOT = HERE.parent.parent
APP_SVG = ROOT / "ui" / "icons" / "app.svg"
DESKTOP = ROOT / "resources" / "linux"  # the menu entry and MIME type, installed as they are
APP_ICON, FILE_ICON = "squad-planner", "application-x-squadplan"


def install(prefix: Path, command: str) -> list[Path]:
    """Write the menu entry, the MIME type and the icons under prefix/share; the files written."""
    share = prefix / "share"
    entry = share / "applications" / "squad-planner.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    template = (DESKTOP / "squad-planner.desktop").read_text(encoding="utf-8")
    entry.write_text(template.replace("@EXEC@", _quoted(command)), encoding="utf-8")
    mime = share / "mime" / "packages" / "squad-planner.xml"
    mime.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DESKTOP / "squad-planner.xml", mime)
    written = [entry, mime]
    icons = share / "icons" / "hicolor"
    for name, context in ((APP_ICON, "apps"), (FILE_ICON, "mimetypes")):
        svg = icons / "scalable" / context / f"{name}.svg"
        svg.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(APP_SVG, svg)
        written.append(svg)
        for size in SIZES:
            written.append(
                render_png(APP_SVG, size, icons / f"{size}x{size}" / context / f"{name}.png")
            )
    _refresh(share)
    return written


def default_command() -> str:
    """The squad-planner beside this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "squad-planner"
    return str(beside) if beside.is_file() else "squad-planner"


def _quoted(command: str) -> str:
    """command as an Exec key argument (quoted when it holds a space or a reserved character)."""
    if not any(c in command for c in " \t\"'\\><~|&;$*?#()`"):
        return command
    escaped = command.replace("\\", "\\\\\\\\").replace('"', '\\\\"').replace("`", "\\\\`")
    return '"' + escaped.replace("$", "\\\\$") + '"'


def _refresh(share: Path) -> None:
    """Rebuild the desktop's caches where the tools are installed (they are optional)."""
    for tool, folder in (
        ("update-mime-database", share / "mime"),
        ("update-desktop-database", share / "applications"),
        ("gtk-update-icon-cache", share / "icons" / "hicolor"),
    ):
        if shutil.which(tool):
            extra = ["-f", "-t"] if tool == "gtk-update-icon-cache" else []
            subprocess.run([tool, *extra, str(folder)], check=False, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", type=Path, default=Path.home() / ".local")
    parser.add_argument("--exec", dest="command", default=default_command())
    args = parser.parse_args()
    for path in install(args.prefix.expanduser(), args.command):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
