"""Table views over the plan's pandas frames: minutes and fatigue."""
