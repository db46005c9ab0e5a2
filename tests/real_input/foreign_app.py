"""Another program on the same screen whose label can be dragged out as plain text, as from a
text editor, or as a file, as from a file manager: ``python -m tests.real_input.foreign_app X Y
[FILE]``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QApplication, QLabel


class TextSource(QLabel):
    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            mime = QMimeData()
            if len(sys.argv) > 3:
                mime.setUrls([QUrl.fromLocalFile(sys.argv[3])])
            else:
                mime.setText("Lionel Messi")
            drag = QDrag(self)
            drag.setMimeData(mime)
            drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction)


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = TextSource("drag me")
    label.setWindowTitle("foreign")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setGeometry(int(sys.argv[1]), int(sys.argv[2]), 200, 120)
    label.show()
    print("up", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
