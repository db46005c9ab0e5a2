"""Squad Planner's Qt layer: views and commands on top of the planner core."""
