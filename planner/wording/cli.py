"""English and Spanish wording of what the command line prints besides the core's messages:
severities, counts, one-line summaries. Registered when imported."""

from __future__ import annotations

from planner.wording import Language, register

CLI: dict[str, dict[Language, str]] = {
    "cli.severity.error": {"en": "error", "es": "error"},
    "cli.severity.warning": {"en": "warning", "es": "aviso"},
    "cli.errors.one": {"en": "{n} error", "es": "{n} error"},
    "cli.errors.many": {"en": "{n} errors", "es": "{n} errores"},
    "cli.warnings.one": {"en": "{n} warning", "es": "{n} aviso"},
    "cli.warnings.many": {"en": "{n} warnings", "es": "{n} avisos"},
    "cli.totals": {"en": "{errors}, {warnings}", "es": "{errors}, {warnings}"},
    "cli.empty-plan": {
        "en": "No players or no fixtures in the plan.",
        "es": "El plan no tiene jugadores o no tiene partidos.",
    },
}

register(CLI)
