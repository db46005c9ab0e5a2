"""The real app on a real X screen, with a read-only probe for the tests that drive it.

``python -m tests.real_input.probe_app PLAN`` starts the window exactly as ``squad-planner``
does. The probe reads one JSON question a line on stdin and answers one JSON line on stdout:
where a card, a row or a marker is on the screen (global pixels, for the pointer) and what the
plan, the status bar and the undo stack say. It never sends an event or changes anything: every
input comes from the X server (xdotool), as a hand's would.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSocketNotifier, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMenu, QWidget

from planner.formations import formation
from ui.app import build_window, start_app
from ui.main_window import MainWindow
from ui.pitch.card import CARD_H
from ui.pitch.markings import SCENE_RECT
from ui.squad.model import PLAYER_ID_ROLE


def _point(widget: QWidget, local: QPoint) -> list[int]:
    glob = widget.mapToGlobal(local)
    return [glob.x(), glob.y()]


class Probe(QObject):
    """Answers the tests' questions about the window (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # monotonic times of each plan change and of the end of each paint of a pitch, so a
        # benchmark can tell how long after a release the drop was on screen
        self.changes: list[float] = []
        self.paints: list[float] = []
        window.session.planChanged.connect(lambda _: self.changes.append(time.monotonic()))
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        line = sys.stdin.readline()
        if not line:
            QApplication.quit()
            return
        question = json.loads(line)
        try:
            answer: Any = {"ok": getattr(self, "q_" + question.pop("q"))(**question)}
        except Exception as exc:  # the test sees the failure instead of a dead pipe
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()

    # -- helpers ---------------------------------------------------------------------------
    def _tab(self, fixture: str | None = None):
        fixture_id = fixture or self.window.tabs.fixture_id()
        tab = self.window.tabs.tab(fixture_id)
        assert tab is not None, f"no tab for {fixture_id}"
        return tab

    # -- questions -------------------------------------------------------------------------
    def q_ready(self) -> bool:
        window = self.window
        return window.isVisible() and window.isActiveWindow() and not window.isMinimized()

    def q_fixture(self) -> str | None:
        return self.window.tabs.fixture_id()

    def q_squad(self) -> list[str]:
        return list(self.window.session.plan.players)

    def q_player(self, player: str) -> dict[str, Any]:
        who = self.window.session.plan.player(player)
        return {"name": who.name, "positions": list(who.positions), "status": who.status.value}

    def q_fixtures(self) -> list[str]:
        return [f.id for f in self.window.session.plan.fixtures]

    def q_lineup(self, fixture: str | None = None) -> dict[str, Any]:
        fixture_id = fixture or self.window.tabs.fixture_id()
        lineup = self.window.session.plan.lineup(fixture_id)
        return {
            "formation": lineup.formation,
            "slots": dict(lineup.slots),
            "bench": list(lineup.bench),
            "subs": [[s.minute, s.off, s.on] for s in lineup.substitutions],
        }

    def q_path(self) -> str:
        path = self.window.session.path
        return str(path) if path else ""

    def q_status(self) -> str:
        return self.window.statusBar().currentMessage()

    def q_undo(self) -> dict[str, Any]:
        stack = self.window.session.undo_stack
        return {"index": stack.index(), "count": stack.count(), "text": stack.undoText()}

    def q_focus(self) -> str:
        widget = QApplication.focusWidget()
        return widget.objectName() if widget else ""

    def q_popup(self) -> str:
        popup = QApplication.activePopupWidget()
        return popup.objectName() if popup else ""

    def q_menu_item(self, name: str) -> list[int]:
        """The middle of the entry named name (objectName) of the open popup menu."""
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            raise LookupError("no menu is open")
        action = popup.findChild(QAction, name)
        if action is None:
            raise LookupError(f"the menu has no entry {name!r}")
        return _point(popup, popup.actionGeometry(action).center())

    def q_locks(self, fixture: str | None = None) -> dict[str, dict[str, Any]]:
        """The fixture's locks (player -> {"kind", "slot"?}) as the plan holds them."""
        plan = self.window.session.plan
        fixture_id = fixture or self.window.tabs.fixture_id()
        return {pid: lock.to_dict() for pid, lock in plan.locks.get(fixture_id, {}).items()}

    def q_modal(self) -> str:
        """The window title of the dialog open over the window, or ""."""
        modal = QApplication.activeModalWidget()
        return modal.windowTitle() if modal else ""

    def q_active(self) -> str:
        """The title of the window that has the keyboard (keys go there), or ""."""
        active = QApplication.activeWindow()
        return active.windowTitle() if active else ""

    def q_modal_button(self, text: str) -> list[int]:
        """The middle of the button of the open dialog whose text (without &) is text."""
        modal = QApplication.activeModalWidget()
        for button in modal.findChildren(QAbstractButton) if modal else []:
            if button.text().replace("&", "") == text and button.isVisible():
                return _point(button, button.rect().center())
        raise LookupError(f"no {text!r} button in the dialog")

    def q_modal_fields(self) -> list[str]:
        """The texts of the line edits of the dialog open over the window."""
        modal = QApplication.activeModalWidget()
        return [edit.text() for edit in modal.findChildren(QLineEdit)] if modal else []

    def q_window(self) -> list[int]:
        frame = self.window.frameGeometry()
        return [frame.x(), frame.y(), frame.width(), frame.height()]

    def q_slot(self, slot: str, part: str = "centre", fixture: str | None = None) -> list[int]:
        """A point on slot's card: its centre, or its upper or lower (sub on) part."""
        pitch = self._tab(fixture).pitch
        card = pitch.slot_card(slot)
        y = {"centre": 0.0, "upper": -CARD_H * 0.3, "lower": CARD_H * 0.32}[part]
        local = pitch.mapFromScene(card.mapToScene(QPointF(0, y)))
        return _point(pitch.viewport(), local)

    def q_grass(self, fixture: str | None = None) -> list[int]:
        """A point on the pitch's grass far from every card: the left touchline at midfield."""
        pitch = self._tab(fixture).pitch
        scene = QPointF(SCENE_RECT.left() + 1.0, SCENE_RECT.center().y())
        local = pitch.mapFromScene(scene)
        assert pitch.card_at(local) is None
        return _point(pitch.viewport(), local)

    def q_bench_card(self, player: str, fixture: str | None = None) -> list[int]:
        bench = self._tab(fixture).bench_view
        card = bench.card_of(player)
        assert card is not None, f"{player} is not on the bench"
        return _point(bench.viewport(), bench.mapFromScene(card.pos()))

    def q_bench_space(self, fixture: str | None = None) -> list[int]:
        """The free space below the bench's cards."""
        bench = self._tab(fixture).bench_view
        last = bench.cards[-1].sceneBoundingRect() if bench.cards else None
        y = last.bottom() + 10 if last else 20
        local = bench.mapFromScene(QPointF(bench.sceneRect().width() / 4, y))
        local.setY(min(local.y(), bench.viewport().height() - 4))
        return _point(bench.viewport(), local)

    def q_squad_row(self, player: str) -> list[int]:
        """The middle of player's row in the squad list (scrolled into view)."""
        view = self.window.squad.view
        model = view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(PLAYER_ID_ROLE) == player:
                view.scrollTo(index)
                rect = view.visualRect(index)
                rect.setWidth(view.viewport().width())
                return _point(view.viewport(), rect.center())
        raise LookupError(f"{player} is not in the squad list")

    def q_squad_rows(self) -> list[str]:
        """The players the squad list shows, top to bottom."""
        model = self.window.squad.view.model()
        return [model.index(row, 0).data(PLAYER_ID_ROLE) for row in range(model.rowCount())]

    def q_squad_space(self) -> list[int]:
        view = self.window.squad.view
        rect = view.viewport().rect()
        return _point(view.viewport(), QPoint(rect.center().x(), rect.bottom() - 6))

    def q_marker(self, on: str, fixture: str | None = None) -> list[int]:
        """The middle of the marker of the change that brings on player on."""
        timeline = self._tab(fixture).timeline
        rect = next(r for s, r in timeline.marker_rects() if s.on == on)
        return _point(timeline, rect.center())

    def q_minute(self, minute: float, fixture: str | None = None) -> list[int]:
        """The point of the timeline's axis at minute."""
        timeline = self._tab(fixture).timeline
        rect = timeline.marker_rects()[0][1] if timeline.marker_rects() else timeline.rect()
        return _point(timeline, QPoint(timeline.minute_x(minute), rect.center().y()))

    def q_widget(self, name: str) -> list[int]:
        """The middle of the visible widget called name (its objectName) in the window."""
        found = [w for w in self.window.findChildren(QWidget, name) if w.isVisible()]
        if not found:
            raise LookupError(f"no visible widget {name!r}")
        return _point(found[0], found[0].rect().center())

    def q_tab(self, index: int) -> list[int]:
        bar = self.window.tabs.tabBar()
        return _point(bar, bar.tabRect(index).center())

    def q_slots(self, fixture: str | None = None) -> list[str]:
        tab = self._tab(fixture)
        return formation(self.window.session.plan.lineup(tab.fixture_id).formation).slot_names

    def q_watch_paints(self, fixture: str | None = None) -> bool:
        """Start noting when the pitch of fixture (the one on screen) has painted."""
        self._tab(fixture).pitch.viewport().installEventFilter(self)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:  # noted once the paint and its flush are done
            QTimer.singleShot(0, lambda: self.paints.append(time.monotonic()))
        return False

    def q_drop_shown(self, since: float) -> list[float] | None:
        """[first plan change, first pitch paint after it], both after since; None if not yet."""
        change = next((t for t in self.changes if t >= since), None)
        paint = next((t for t in self.paints if change and t >= change), None)
        return [change, paint] if paint else None


def main() -> int:
    app = start_app(sys.argv[2:])
    window = build_window(sys.argv[1])
    window.show()
    window.raise_()
    window.activateWindow()
    probe = Probe(window)  # noqa: F841  (lives as long as the window)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
