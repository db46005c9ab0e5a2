"""The wording of locks (planner/locks.py): what a lock keeps, and why one cannot be met."""

from __future__ import annotations

from planner.fixtures import Fixture
from planner.locks import Lock, LockKind
from planner.wording import Message, register
from planner.wording.common import fixture_name
from planner.wording.positions import position_name

register(
    {
        "lock.start": {"en": "starts", "es": "titular"},
        "lock.start_at": {"en": "starts at {slot}", "es": "titular de {slot}"},
        "lock.bench": {"en": "bench only", "es": "solo banquillo"},
        "lock.rest": {"en": "kept out of this match", "es": "fuera de este partido"},
        "lock.error.unavailable": {
            "en": "{player} is locked for {fixture} ({lock}), but he is {status}.",
            "es": "{player} está bloqueado para el {fixture} ({lock}), pero está {status}.",
        },
        "lock.error.same_slot": {
            "en": "{player} and {other} are both locked into {slot} for {fixture}.",
            "es": "{player} y {other} están bloqueados los dos de {slot} para el {fixture}.",
        },
        "lock.error.only_keeper": {
            "en": "{player} is kept out of {fixture}, but he is its only fit goalkeeper.",
            "es": "{player} queda fuera del {fixture}, pero es el único portero disponible.",
        },
        "lock.error.no_slot": {
            "en": "{player} is locked into {slot} for {fixture}, which its {formation} lacks.",
            "es": "{player} está bloqueado de {slot} para el {fixture}, posición que su "
            "{formation} no tiene.",
        },
        "lock.error.cannot_play": {
            "en": "{player} is locked into {slot} for {fixture}, but he cannot play there.",
            "es": "{player} está bloqueado de {slot} para el {fixture}, pero no puede jugar ahí.",
        },
        "lock.error.bench_full": {
            "en": "{count} players are locked to the bench for {fixture}, but its rules allow "
            "{allowed} substitutes.",
            "es": "{count} jugadores están bloqueados en el banquillo para el {fixture}, pero "
            "sus reglas permiten {allowed} suplentes.",
        },
        "lock.error.too_many_starters": {
            "en": "{count} players are locked to start {fixture}, but eleven start.",
            "es": "{count} jugadores están bloqueados como titulares para el {fixture}, pero "
            "son once los titulares.",
        },
        "lock.error.unmet": {
            "en": "The lock on {player} for {fixture} ({lock}) cannot be met together with "
            "the other rules.",
            "es": "El bloqueo de {player} para el {fixture} ({lock}) no se puede cumplir junto "
            "con las demás reglas.",
        },
    }
)


def lock_name(lock: Lock) -> Message:
    """What a lock keeps: "starts at RW", "bench only", "kept out of this match"."""
    if lock.kind is LockKind.START and lock.slot:
        return Message("lock.start_at", {"slot": position_name(lock.slot)})
    return Message(f"lock.{lock.kind.value}")


def lock_problem(code: str, player: str, fixture: Fixture, **params: object) -> Message:
    """A lock that cannot be met, naming the player and the fixture."""
    return Message(
        f"lock.error.{code}", {"player": player, "fixture": fixture_name(fixture)} | params
    )
