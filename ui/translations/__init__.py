"""The compiled Spanish translation (squad_planner_es.qm) and its source (.ts), loaded by
ui.language; `make translations` updates both (tools/translations.py)."""
