"""One module per CLI command; see planner.cli."""
