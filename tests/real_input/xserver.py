"""A virtual X screen (Xvfb) with a window manager (openbox), for the real-input tests and the
real-input drop benchmark."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from tests.real_input.hands import Hands


def wait_until(what: str, done: Callable[[], Any], timeout: float = 20.0) -> Any:
    """done()'s first true value, polled; TimeoutError naming what after timeout seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = done()
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError(f"gave up waiting for {what} after {timeout:.0f} s")


@contextmanager
def x_screen(xvfb: str, openbox: str, screen: str) -> Iterator[str]:
    """An X server on a free display, screen "WxHxDEPTH", managed by openbox; yields ":N"."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        display = ":" + numbers.readline().strip()
    env = {**os.environ, "DISPLAY": display}
    manager = subprocess.Popen(
        [openbox, "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        hands = Hands(display)
        atom = hands.display.intern_atom("_NET_SUPPORTING_WM_CHECK")
        wait_until("openbox", lambda: hands.root.get_full_property(atom, 0) is not None)
        hands.close()
        yield display
    finally:
        manager.terminate()
        server.terminate()
        manager.wait(10)
        server.wait(10)
