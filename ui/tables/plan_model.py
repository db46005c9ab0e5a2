"""A DataFrame table model that rebuilds its frame from the open plan after every change."""

from __future__ import annotations

from typing import Any

from ui.session import PlanSession
from ui.tables.dataframe_model import DataFrameModel


class PlanFrameModel(DataFrameModel):
    """Base of the tables derived from the plan: subclasses implement refresh()."""

    def __init__(self, session: PlanSession, parent=None) -> None:
        super().__init__(parent=parent)
        self.session = session
        session.planChanged.connect(self.refresh)
        session.planReplaced.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: Any) -> None:
        """Rebuild the frame from self.session.plan."""
        raise NotImplementedError
