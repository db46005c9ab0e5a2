"""English and Spanish wording of what the command line prints besides the core's messages:
severities, counts, one-line summaries. Registered when imported."""

from __future__ import annotations

from planner.wording import Language, Message, register

CLI: dict[str, dict[Language, str]] = {
    "cli.severity.error": {"en": "error", "es": "error"},
    "cli.severity.warning": {"en": "warning", "es": "aviso"},
    "cli.errors.one": {"en": "{n} error", "es": "{n} error"},
    "cli.errors.many": {"en": "{n} errors", "es": "{n} errores"},
    "cli.warnings.one": {"en": "{n} warning", "es": "{n} aviso"},
    "cli.warnings.many": {"en": "{n} warnings", "es": "{n} avisos"},
    "cli.totals": {"en": "{errors}, {warnings}", "es": "{errors}, {warnings}"},
    "cli.wrote": {"en": "wrote {path}", "es": "escrito {path}"},
    "cli.suggest.optimal": {"en": "optimal", "es": "óptimo"},
    "cli.suggest.gap": {
        "en": "gap {gap:.2%}, time limit reached",
        "es": "brecha {gap:.2%}, se alcanzó el límite de tiempo",
    },
    "cli.suggest.greedy": {
        "en": "gap {gap:.2%}, greedy pick: too big to solve within the time limit",
        "es": "brecha {gap:.2%}, elección rápida: demasiado grande para resolverlo a tiempo",
    },
    "cli.suggest.summary": {
        "en": "objective {objective:.1f} ({proof}) in {seconds:.2f} s; {changes} change(s); "
        "wrote {path}",
        "es": "objetivo {objective:.1f} ({proof}) en {seconds:.2f} s; {changes} cambio(s); "
        "escrito {path}",
    },
    "cli.played": {
        "en": "{fixture}: played, {players} players, {minutes} minutes in all; wrote {path}",
        "es": "{fixture}: jugado, {players} jugadores, {minutes} minutos en total; escrito {path}",
    },
    "cli.export.refused": {
        "en": "the plan has {errors}; {path} was not written. Fix them, or export anyway with "
        "--force.",
        "es": "el plan tiene {errors}; no se escribió {path}. Corríjalos, o exporte de todos "
        "modos con --force.",
    },
    "cli.import.other-sheet": {
        "en": "  (choose another sheet with --sheet NAME)",
        "es": "  (elija otra hoja con --sheet NOMBRE)",
    },
    "cli.import.updated": {"en": "updated {path}", "es": "actualizado {path}"},
    "cli.import.unchanged": {"en": "nothing changed in {path}", "es": "nada cambió en {path}"},
    "cli.empty-plan": {
        "en": "No players or no fixtures in the plan.",
        "es": "El plan no tiene jugadores o no tiene partidos.",
    },
}

register(CLI)


def count_of(what: str, n: int) -> Message:
    """ "1 error", "3 warnings" ("errores", "avisos"): what is "errors" or "warnings"."""
    return Message(f"cli.{what}.{'one' if n == 1 else 'many'}", {"n": n})
