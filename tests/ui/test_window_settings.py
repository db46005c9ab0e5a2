"""The settings registry: typed options with defaults over an ini file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from ui.settings import AUTOSAVE_SECONDS, MAX_RECENT, RECENT_FILES, Settings


def ini(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_defaults_when_nothing_is_stored(tmp_path, qapp):
    settings = ini(tmp_path)
    assert settings.get(AUTOSAVE_SECONDS) == 60
    assert settings.get(RECENT_FILES) == []


def test_a_damaged_value_reads_as_the_default(tmp_path, qapp):
    settings = ini(tmp_path)
    settings.qsettings.setValue(AUTOSAVE_SECONDS.key, "every minute")
    assert settings.get(AUTOSAVE_SECONDS) == 60


@given(st.lists(st.sampled_from([f"/plans/{n}.squadplan" for n in "abcdefghijk"]), max_size=30))
def test_recent_files_newest_first_without_duplicates(paths):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        settings = ini(Path(folder))
        for path in paths:
            settings.remember_file(path)
        recent = settings.get(RECENT_FILES)
        expected = list(dict.fromkeys(reversed(paths)))[:MAX_RECENT]
        assert recent == expected
