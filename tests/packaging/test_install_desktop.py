"""``make install-desktop``: a menu entry that opens plans, the .squadplan file type, icons."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "install_desktop.py"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
COMMAND = "/opt/Squad Planner/squad-planner"


@pytest.fixture(scope="module")
def share(tmp_path_factory) -> Path:
    prefix = tmp_path_factory.mktemp("prefix")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--prefix", str(prefix), "--exec", COMMAND],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return prefix / "share"


def desktop_entry(share: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(share / "applications" / "squad-planner.desktop", encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_menu_entry_opens_the_file_it_is_given_with_the_chosen_command(share) -> None:
    entry = desktop_entry(share)
    assert entry["Type"] == "Application" and entry["Name"] == "Squad Planner"
    assert entry["Exec"] == f'"{COMMAND}" %f'  # quoted: the path has a space
    assert entry["Terminal"] == "false"


def test_the_file_type_matches_plans_and_the_menu_entry_claims_it(share) -> None:
    root = ET.parse(share / "mime" / "packages" / "squad-planner.xml").getroot()
    [mime] = root.findall(f"{MIME_NS}mime-type")
    globs = [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")]
    assert any(fnmatch("week.squadplan", g) for g in globs)
    assert not any(fnmatch("week.json", g) for g in globs)
    assert mime.get("type") in desktop_entry(share)["MimeType"].split(";")
    if shutil.which("update-mime-database") or os.environ.get("CI") == "true":
        # the database the desktop reads was rebuilt with the new type
        assert f"{mime.get('type')}:*.squadplan" in (share / "mime" / "globs2").read_text()


def test_every_icon_the_entries_name_is_installed_at_each_size(share, qapp) -> None:
    icons = share / "icons" / "hicolor"
    file_icon = ET.parse(share / "mime" / "packages" / "squad-planner.xml").getroot()
    names = {
        ("apps", desktop_entry(share)["Icon"]),
        ("mimetypes", file_icon.find(f".//{MIME_NS}icon").get("name")),
    }
    for context, name in names:
        assert (icons / "scalable" / context / f"{name}.svg").is_file()
        for size in (16, 32, 48, 256):
            image = QImage(str(icons / f"{size}x{size}" / context / f"{name}.png"))
            assert (image.width(), image.height()) == (size, size)
            centre = image.pixelColor(size // 2, size // 2)
            assert centre.alpha() > 0  # drawn, not an empty square
