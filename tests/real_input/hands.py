"""A hand at the X server: the real pointer and keyboard, through the XTest extension.

Each call is what a person does: the X server turns it into the same device events a mouse or a
keyboard makes, delivered to whichever window is under the pointer or has the focus. Nothing is
sent to a chosen widget. Moves go in small steps with short pauses, as a hand moves, so Qt sees
the motion it needs to start a drag and to follow it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable

from Xlib import XK, X
from Xlib.display import Display
from Xlib.ext import xtest

Point = tuple[int, int] | list[int]

STEP_PX = 12  # a hand's move is many small motions, not a jump
STEP_PAUSE = 0.012


class Hands:
    """Pointer and keyboard of the X display named by display (":99")."""

    def __init__(self, display: str) -> None:
        self.display = Display(display)
        if not self.display.has_extension("XTEST"):
            raise RuntimeError(f"the X server {display} has no XTEST extension")
        self.root = self.display.screen().root

    def close(self) -> None:
        self.display.close()

    # -- pointer ---------------------------------------------------------------------------
    def position(self) -> tuple[int, int]:
        pointer = self.root.query_pointer()
        return pointer.root_x, pointer.root_y

    def jump(self, point: Point) -> None:
        """Put the pointer at point at once (as when the hand starts somewhere else)."""
        xtest.fake_input(self.display, X.MotionNotify, x=int(point[0]), y=int(point[1]))
        self.display.sync()
        time.sleep(STEP_PAUSE)

    def move(self, point: Point, *, via: Iterable[Point] = ()) -> None:
        """Glide to point (through the via points first), in small steps."""
        for target in [*via, point]:
            x0, y0 = self.position()
            x1, y1 = int(target[0]), int(target[1])
            steps = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / STEP_PX))
            for i in range(1, steps + 1):
                x = round(x0 + (x1 - x0) * i / steps)
                y = round(y0 + (y1 - y0) * i / steps)
                xtest.fake_input(self.display, X.MotionNotify, x=x, y=y)
                self.display.sync()
                time.sleep(STEP_PAUSE)

    def press(self, button: int = 1) -> None:
        xtest.fake_input(self.display, X.ButtonPress, button)
        self.display.sync()
        time.sleep(STEP_PAUSE)

    def release(self, button: int = 1) -> float:
        """Let go of button; returns the monotonic time the release reached the server."""
        xtest.fake_input(self.display, X.ButtonRelease, button)
        self.display.sync()
        released = time.monotonic()
        time.sleep(STEP_PAUSE)
        return released

    def click(self, point: Point, button: int = 1, *, double: bool = False) -> None:
        self.move(point)
        for _ in range(2 if double else 1):
            self.press(button)
            self.release(button)

    def drag(self, start: Point, end: Point, *, via: Iterable[Point] = ()) -> float:
        """Press at start, carry through via to end, release there; returns the release time."""
        self.pick_up(start)
        self.move(end, via=via)
        time.sleep(0.1)  # the last move is judged before the release, as with a hand
        return self.release()

    def pick_up(self, start: Point) -> None:
        """Press at start and pull past Qt's drag distance, slowly, as a hand starts a drag;
        the button stays down (move, then release, to finish)."""
        self.move(start)
        self.press()
        x, y = int(start[0]), int(start[1])
        for dx in (3, 6, 10, 14, 20):  # past QApplication.startDragDistance() (10 px)
            xtest.fake_input(self.display, X.MotionNotify, x=x + dx, y=y + dx // 2)
            self.display.sync()
            time.sleep(0.03)
        time.sleep(0.15)  # QDrag.exec's loop takes the pointer

    # -- keyboard --------------------------------------------------------------------------
    def key(self, *names: str) -> None:
        """Press the keys named (X keysym names: "Return", "Control_L", "y") together, then
        release them in reverse order: key("Control_L", "y") is Ctrl+Y."""
        codes = [self._keycode(name) for name in names]
        for code in codes:
            xtest.fake_input(self.display, X.KeyPress, code)
            self.display.sync()
            time.sleep(STEP_PAUSE)
        for code in reversed(codes):
            xtest.fake_input(self.display, X.KeyRelease, code)
            self.display.sync()
            time.sleep(STEP_PAUSE)

    def type(self, text: str) -> None:
        for char in text:
            self.key(char)

    def _keycode(self, name: str) -> int:
        keysym = XK.string_to_keysym(name)
        code = self.display.keysym_to_keycode(keysym) if keysym else 0
        if not code:
            raise ValueError(f"no key for {name!r} on this keyboard map")
        return code
