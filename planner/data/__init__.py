"""The planner's data files (formations, competition rules, position fits, import synonyms, the
sample week), read with planner.resources."""
