"""The wording of the optimiser's explanations (planner/suggest/explain.py): each player's week
and why, each fixture's headline, each change."""

from __future__ import annotations

from planner.wording import register

register(
    {
        # a player's line: his week, then the reason
        "explain.line": {"en": "{week}: {reason}", "es": "{week}: {reason}"},
        "explain.day": {"en": "{role} {day}", "es": "{role} el {day}"},
        "explain.not_considered": {
            "en": "not considered: {status}",
            "es": "no se tiene en cuenta: {status}",
        },
        # his role in one fixture
        "explain.rested": {"en": "rested", "es": "descansa"},
        "explain.pinned_out": {"en": "out (locked out)", "es": "fuera (bloqueado fuera)"},
        "explain.on_at": {"en": "on at {minute}'", "es": "entra en el {minute}'"},
        "explain.starts_then_off": {
            "en": "starts at {slot}, off at {minute}'",
            "es": "titular de {slot}, sale en el {minute}'",
        },
        "explain.on_bench": {"en": "on the bench", "es": "en el banquillo"},
        "explain.starts": {"en": "starts at {slot}", "es": "titular de {slot}"},
        # the reason
        "explain.pinned": {
            "en": "locked by the staff for {fixtures}",
            "es": "bloqueado por el cuerpo técnico para el {fixtures}",
        },
        # compared with the plan as it stood; points: rating points per full match there
        "explain.day_minutes": {
            "en": "{day} ({before} -> {after} min)",
            "es": "{day} ({before} -> {after} min)",
        },
        "explain.rested_for_key": {
            "en": "rested {when}: readiness for {opponent} {before} -> {after}, "
            "worth +{points} rating points there",
            "es": "descansa el {when}: frescura para el partido ante {opponent} "
            "{before} -> {after}, +{points} puntos de valoración en ese partido",
        },
        "explain.minutes_cut_for_key": {
            "en": "minutes cut {when}: readiness for {opponent} {before} -> {after}, "
            "worth +{points} rating points there",
            "es": "menos minutos el {when}: frescura para el partido ante {opponent} "
            "{before} -> {after}, +{points} puntos de valoración en ese partido",
        },
        "explain.ready_for_key": {
            "en": "readiness {readiness} for {opponent}, the week's key match",
            "es": "frescura {readiness} ante {opponent}, el partido clave de la semana",
        },
        "explain.every_match_worth_it": {
            "en": "plays every match: his minutes are worth more than their fatigue",
            "es": "juega todos los partidos: sus minutos valen más que el cansancio que suman",
        },
        "explain.every_match_nobody_else": {
            "en": "plays every match: nobody else can fill his place",
            "es": "juega todos los partidos: nadie más puede ocupar su puesto",
        },
        "explain.every_match_no_fresher": {
            "en": "plays every match: no fresher {role} as good "
            "(next best {player}, {value} v {mine})",
            "es": "juega todos los partidos: no hay otro {role} más fresco tan bueno "
            "(el siguiente, {player}: {value} frente a {mine})",
        },
        "explain.covering": {
            "en": "starts {day} so that {player} is fresh for {opponent}",
            "es": "titular el {day} para que {player} llegue fresco ante {opponent}",
        },
        "explain.covering_first_choices": {
            "en": "his minutes come where the first choices are saved for {opponent}",
            "es": "sus minutos llegan donde se reserva a los titulares para {opponent}",
        },
        "explain.behind": {
            "en": "behind {players} at {role}",
            "es": "por detrás de {players} en el puesto de {role}",
        },
        "explain.no_place": {
            "en": "no {role} place in the {formation}",
            "es": "no hay puesto de {role} en el {formation}",
        },
        # per fixture, the XI before and after
        "explain.headline": {
            "en": "value {value_before} -> {value_after}, "
            "XI strength {strength_before} -> {strength_after}, "
            "readiness {readiness_before} -> {readiness_after}, "
            "high-risk starters {high_before} -> {high_after}, "
            "back-to-back starters {b2b_before} -> {b2b_after}",
            "es": "valor {value_before} -> {value_after}, "
            "nivel del once {strength_before} -> {strength_after}, "
            "frescura {readiness_before} -> {readiness_after}, "
            "titulares en riesgo alto {high_before} -> {high_after}, "
            "titulares con partidos seguidos {b2b_before} -> {b2b_after}",
        },
        # one change
        "explain.change": {
            "en": "{fixture}: {player} {before} -> {after} "
            "({minutes_before} -> {minutes_after} min)",
            "es": "{fixture}: {player} {before} -> {after} "
            "({minutes_before} -> {minutes_after} min)",
        },
    }
)
