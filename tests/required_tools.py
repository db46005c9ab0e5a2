"""Programs some tests need (LibreOffice, Xvfb...): skipped without them on a developer's
machine, failed in CI (CI=true), where .ci/run installs them, so a green CI run means they ran."""

from __future__ import annotations

import os
import shutil

import pytest


def required_tool(name: str) -> str:
    """The path of program name, or the test skips (fails under CI) saying it is missing."""
    path = shutil.which(name)
    if path is None:
        message = f"'{name}' is not installed (.ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path
