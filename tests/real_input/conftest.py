"""A real X server with a window manager, the real app on it, and a hand to drive it.

These tests need Xvfb and openbox (Debian packages, installed by .ci/run) and python-xlib (the
test extras). A missing tool skips them on a developer's machine and fails them in CI
(CI=true), so a green CI run always means they ran.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from planner import Plan, load_plan, save_plan
from tests.real_input.hands import Hands
from tests.real_input.xserver import wait_until, x_screen
from tests.required_tools import required_tool

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "miami-april-2025.squadplan"
SCREEN = "1920x1080x24"  # wider than the window, so a drag can end outside it


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """A virtual X screen (Xvfb) managed by openbox, as a desktop's would be."""
    with x_screen(required_tool("Xvfb"), required_tool("openbox"), SCREEN) as display:
        yield display


class RunningApp:
    """The app in a child process on the X screen; ask() questions its probe."""

    def __init__(self, display: str, plan: Path, home: Path) -> None:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "LANG": "en_GB.UTF-8",
            "LANGUAGE": "en",
        }
        self.plan = plan
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.real_input.probe_app", str(plan)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.hands = Hands(display)

    def ask(self, question: str, **args: Any) -> Any:
        """The probe's answer to question (see probe_app.Probe's q_* methods)."""
        assert self.process.stdin and self.process.stdout
        if self.process.poll() is not None:
            raise RuntimeError(f"the app has exited: {self.process.stderr.read()}")  # type: ignore[union-attr]
        self.process.stdin.write(json.dumps({"q": question, **args}) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline() or '{"error": "no answer"}')
        if "error" in answer:
            raise RuntimeError(f"probe {question}{args}: {answer['error']}")
        return answer["ok"]

    def wait_for(self, what: str, done: Callable[[], Any], timeout: float = 10.0) -> Any:
        return wait_until(what, done, timeout)

    def settle(self) -> None:
        """Let the app finish what the last input started (the probe answers from its loop)."""
        time.sleep(0.15)
        self.ask("ready")

    def close(self) -> str:
        self.hands.close()
        if self.process.poll() is None:
            self.process.stdin.close()  # type: ignore[union-attr]
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.stderr.read()  # type: ignore[union-attr]


@pytest.fixture
def launch(x_display: str, tmp_path: Path) -> Iterator[Callable[..., RunningApp]]:
    """launch(edit=None): the app on a copy of the sample week (first changed by edit(plan),
    through the planner's API), its window up and active."""
    running: list[RunningApp] = []

    def start(edit: Callable[[Plan], None] | None = None) -> RunningApp:
        path = tmp_path / f"week{len(running)}.squadplan"
        if edit is None:
            shutil.copy(SAMPLE, path)
        else:
            plan = load_plan(SAMPLE)
            edit(plan)
            save_plan(plan, path)
        app = RunningApp(x_display, path, tmp_path / f"home{len(running)}")
        running.append(app)
        app.wait_for("the window", lambda: app.ask("ready"), timeout=60)
        app.settle()
        return app

    yield start
    errors = [app.close() for app in running]
    assert not any("Traceback" in e for e in errors), "\n".join(errors)


@pytest.fixture
def launch_on(tmp_path: Path) -> Iterator[Callable[[str], RunningApp]]:
    """launch_on("1280x800x24"): the app on the sample week, on an X screen of that size."""
    with ExitStack() as stack:

        def start(screen: str) -> RunningApp:
            display = stack.enter_context(
                x_screen(required_tool("Xvfb"), required_tool("openbox"), screen)
            )
            path = tmp_path / "week.squadplan"
            shutil.copy(SAMPLE, path)
            app = RunningApp(display, path, tmp_path / "home")
            stack.callback(app.close)
            app.wait_for("the window", lambda: app.ask("ready"), timeout=60)
            app.settle()
            return app

        yield start


@pytest.fixture
def app(launch: Callable[..., RunningApp]) -> RunningApp:
    """The app on a copy of the sample week."""
    return launch()
