"""The wording of why a suggestion cannot be made (planner.suggest: SuggestionError): a squad
too thin for a fixture, targets no week can meet, rules that conflict, no lineup in time."""

from __future__ import annotations

from planner.fixtures import Fixture
from planner.wording import Message, register
from planner.wording.common import fixture_name

register(
    {
        "suggest.error.no_fixtures": {
            "en": "the plan has no fixtures to suggest lineups for",
            "es": "el plan no tiene partidos para los que sugerir alineaciones",
        },
        "suggest.error.all_played": {
            "en": "every fixture of the plan is played: add the next ones first",
            "es": "todos los partidos del plan están jugados: añada primero los siguientes",
        },
        "suggest.error.too_few": {
            "en": "only {count} players can be named for {fixture}; eleven are needed",
            "es": "solo {count} jugadores pueden ser convocados para el {fixture}; hacen "
            "falta once",
        },
        "suggest.error.no_keeper": {
            "en": "no fit goalkeeper for {fixture}: {why}",
            "es": "no hay portero disponible para el {fixture}: {why}",
        },
        "suggest.error.no_keepers_at_all": {
            "en": "the squad has none",
            "es": "la plantilla no tiene",
        },
        "suggest.keeper.absent": {"en": "{player} is {status}", "es": "{player} está {status}"},
        "suggest.keeper.doubtful": {
            "en": "{player} is doubtful (a lock to start would play him)",
            "es": "{player} es duda (un bloqueo como titular lo haría jugar)",
        },
        "suggest.keeper.kept_out": {
            "en": "{player} is kept out by a lock",
            "es": "{player} queda fuera por un bloqueo",
        },
        "suggest.error.too_few_outfield": {
            "en": "only {count} outfield players can start {fixture}",
            "es": "solo {count} jugadores de campo pueden ser titulares en el {fixture}",
        },
        "suggest.error.minimum_out_of_reach": {
            "en": "{player} needs at least {minimum} minutes but can play at most {reachable} "
            "in the planned fixtures",
            "es": "{player} necesita al menos {minimum} minutos pero puede jugar como mucho "
            "{reachable} en los partidos planificados",
        },
        "suggest.error.locks_above_cap": {
            "en": "{player} is locked to start matches worth at least {minutes} minutes, above "
            "his cap of {cap}",
            "es": "{player} está bloqueado como titular en partidos de al menos {minutes} "
            "minutos, por encima de su tope de {cap}",
        },
        "suggest.error.greedy_stuck": {
            "en": "greedy pick: nobody left for {slots} in {fixture}",
            "es": "selección rápida: no queda nadie para {slots} en el {fixture}",
        },
        "suggest.error.no_time": {
            "en": "the solver found no lineup within {seconds} s; allow it more time or lock "
            "more players",
            "es": "el optimizador no encontró alineación en {seconds} s; dale más tiempo o "
            "bloquea más jugadores",
        },
        "suggest.error.would_without": {
            "en": "no lineup meets every rule; it would without: {rules}",
            "es": "ninguna alineación cumple todas las reglas; la habría sin: {rules}",
        },
        "suggest.error.group": {
            "en": "no lineup meets the {group} together with the other rules; relax some of them",
            "es": "ninguna alineación cumple {group} junto con las demás reglas; relaja alguna",
        },
        "suggest.error.squad_rules": {
            "en": "no lineup meets the squad, bench and substitution rules of the fixtures",
            "es": "ninguna alineación cumple las reglas de convocatoria, banquillo y cambios "
            "de los partidos",
        },
        "suggest.group.locks": {"en": "locks", "es": "los bloqueos"},
        "suggest.group.minutes targets": {
            "en": "minutes targets",
            "es": "los objetivos de minutos",
        },
        "suggest.group.readiness floors": {
            "en": "readiness floors",
            "es": "los mínimos de frescura",
        },
        "suggest.group.key fixture risk": {
            "en": "key fixture risk",
            "es": "el riesgo en partidos clave",
        },
        "suggest.rule.no_high_risk": {
            "en": "{player} starting {fixture} without high risk",
            "es": "{player} titular en el {fixture} sin riesgo alto",
        },
        "suggest.rule.floor": {
            "en": "{player}'s readiness floor {floor} for {fixture}",
            "es": "el mínimo de frescura {floor} de {player} para el {fixture}",
        },
        "suggest.rule.target": {
            "en": "{player}'s minutes target",
            "es": "el objetivo de minutos de {player}",
        },
    }
)


def suggestion_problem(code: str, fixture: Fixture | None = None, **params: object) -> Message:
    """Why no suggestion can be made ("suggest.error.<code>"), naming the fixture if any."""
    named = {} if fixture is None else {"fixture": fixture_name(fixture)}
    return Message(f"suggest.error.{code}", named | params)


def rule_group(group: str) -> Message:
    """A group of rules the diagnosis drops ("locks", "minutes targets", ...)."""
    return Message(f"suggest.group.{group}")


def rule_case(code: str, player: str, fixture: Fixture | None = None, **params: object) -> Message:
    """One rule of a player the diagnosis names ("suggest.rule.<code>")."""
    named = {} if fixture is None else {"fixture": fixture_name(fixture)}
    return Message(f"suggest.rule.{code}", {"player": player} | named | params)


def keeper_missing(code: str, player: str, **params: object) -> Message:
    """Why a goalkeeper cannot start ("suggest.keeper.<code>")."""
    return Message(f"suggest.keeper.{code}", {"player": player} | params)
