"""English and Spanish wording of every problem validate finds and every refusal the rules
give (planner.rules); registered when imported. Templates take the parameters by name."""

from __future__ import annotations

from planner.wording import Language, register

PROBLEMS: dict[str, dict[Language, str]] = {
    # -- the XI --------------------------------------------------------------------------
    "problem.xi-empty": {"en": "no XI picked yet", "es": "aún no hay once titular"},
    "problem.xi-incomplete": {
        "en": "the XI has {count} players ({needed} needed)",
        "es": "el once tiene {count} jugadores (hacen falta {needed})",
    },
    "problem.no-goalkeeper": {"en": "nobody in goal", "es": "no hay nadie en la portería"},
    "problem.field-player-in-goal": {
        "en": "{player} is in goal but is not a goalkeeper",
        "es": "{player} está en la portería pero no es portero",
    },
    "problem.goalkeeper-in-field": {
        "en": "{player} (goalkeeper) plays {slot} in the field",
        "es": "{player} (portero) juega de {slot} en el campo",
    },
    "problem.out-of-position": {
        "en": "{player} plays {slot} out of position (listed {listed})",
        "es": "{player} juega de {slot} fuera de su posición (figura como {listed})",
    },
    "problem.no-position": {"en": "no position", "es": "sin posición"},
    # -- who is picked ---------------------------------------------------------------------
    "problem.selected-twice": {
        "en": "{player} is picked more than once ({places})",
        "es": "{player} está convocado más de una vez ({places})",
    },
    "problem.and": {"en": "{first} and {second}", "es": "{first} y {second}"},
    "problem.the-bench": {"en": "the bench", "es": "el banquillo"},
    "problem.in-the-xi": {"en": "in the XI", "es": "en el once"},
    "problem.on-the-bench": {"en": "on the bench", "es": "en el banquillo"},
    "problem.not-selectable": {
        "en": "{player} is {status} but picked {where}",
        "es": "{player} está {status} pero convocado {where}",
    },
    "problem.suspended-on-bench": {
        "en": "{player} is {status} but picked {where} (suspended players may not sit on the "
        "bench)",
        "es": "{player} está {status} pero convocado {where} (un sancionado no puede ir al "
        "banquillo)",
    },
    "status.banned-red": {
        "en": "suspended (red card in {match})",
        "es": "sancionado (tarjeta roja en {match})",
    },
    "status.banned-yellow": {
        "en": "suspended ({count} yellow cards in {competition})",
        "es": "sancionado ({count} amarillas en {competition})",
    },
    "problem.doubtful-selected": {
        "en": "{player} is doubtful (picked {where})",
        "es": "{player} es duda (convocado {where})",
    },
    "problem.unknown-player": {
        "en": "'{player}' is {where} but not in the squad",
        "es": "'{player}' está {where} pero no en la plantilla",
    },
    "problem.bench-too-big": {
        "en": "{count} substitutes on the bench; {competition} allows {allowed}",
        "es": "{count} suplentes en el banquillo; {competition} permite {allowed}",
    },
    # -- substitutions ---------------------------------------------------------------------
    "problem.too-many-substitutions": {
        "en": "{nth} substitution at {minute} ({on} for {off}); {competition} allows {allowed}",
        "es": "cambio {nth}, en el {minute} ({on} por {off}); {competition} permite {allowed}",
    },
    "problem.too-many-windows": {
        "en": "{nth} substitution window at {minute} ({on} for {off}); {competition} allows "
        "{allowed}",
        "es": "ventana de cambios {nth}, en el {minute} ({on} por {off}); {competition} "
        "permite {allowed}",
    },
    "problem.too-many-windows-half-time-free": {
        "en": "{nth} substitution window at {minute} ({on} for {off}); {competition} allows "
        "{allowed} (half-time not counted)",
        "es": "ventana de cambios {nth}, en el {minute} ({on} por {off}); {competition} "
        "permite {allowed} (el descanso no cuenta)",
    },
    "problem.too-many-concussion-substitutions": {
        "en": "{nth} concussion substitute at {minute} ({on} for {off}); {competition} allows "
        "{allowed}",
        "es": "cambio por conmoción {nth}, en el {minute} ({on} por {off}); {competition} "
        "permite {allowed}",
    },
    "problem.sub-minute-outside": {
        "en": "substitution at {minute} ({on} for {off}) is outside the match",
        "es": "el cambio del {minute} ({on} por {off}) queda fuera del partido",
    },
    "problem.re-entry": {
        "en": "{on} cannot come back on at {minute}: he went off at {left}",
        "es": "{on} no puede volver a entrar en el {minute}: salió en el {left}",
    },
    "problem.sub-already-on": {
        "en": "{on} cannot come on at {minute}: he is already on",
        "es": "{on} no puede entrar en el {minute}: ya está en el campo",
    },
    "problem.sub-not-on-bench": {
        "en": "{on} cannot come on at {minute} for {off}: he is not on the bench",
        "es": "{on} no puede entrar en el {minute} por {off}: no está en el banquillo",
    },
    "problem.sub-off-not-on-pitch": {
        "en": "{off} cannot go off at {minute} for {on}: he is not on the pitch then",
        "es": "{off} no puede salir en el {minute} por {on}: no está en el campo entonces",
    },
    "problem.ordinal-st": {"en": "{n}st", "es": "n.º {n}"},
    "problem.ordinal-nd": {"en": "{n}nd", "es": "n.º {n}"},
    "problem.ordinal-rd": {"en": "{n}rd", "es": "n.º {n}"},
    "problem.ordinal-th": {"en": "{n}th", "es": "n.º {n}"},
    # -- fatigue ---------------------------------------------------------------------------
    "problem.fatigue-risk": {
        "en": "{player} high fatigue risk ({reasons})",
        "es": "{player}: riesgo de fatiga alto ({reasons})",
    },
    "problem.below-readiness-floor": {
        "en": "{player} is planned to play at readiness {readiness:.0f}, below his floor of "
        "{floor}",
        "es": "{player} jugaría con una disponibilidad de {readiness:.0f}, por debajo de su "
        "mínimo de {floor}",
    },
    "problem.back-to-back": {
        "en": "{player} {minutes}+ min in both games < {days} days apart (FIFPRO critical zone)",
        "es": "{player}: {minutes}+ min en los dos partidos, con menos de {days} días entre "
        "ellos (zona crítica de FIFPRO)",
    },
    "problem.back-to-back-after": {
        "en": "{player} {minutes}+ min in both games < {days} days apart ({past} and this "
        "one; FIFPRO critical zone)",
        "es": "{player}: {minutes}+ min en los dos partidos, con menos de {days} días entre "
        "ellos ({past} y este; zona crítica de FIFPRO)",
    },
    # -- cards -----------------------------------------------------------------------------
    "problem.card-limit-reached": {
        "en": "{player} has {count} yellow cards in {competition} (suspension at "
        "{thresholds}): check he is not suspended",
        "es": "{player} tiene {count} amarillas en {competition} (sanción con {thresholds}): "
        "comprueba que no esté sancionado",
    },
    "problem.one-card-from-suspension": {
        "en": "{player} is one yellow card from a suspension ({count} of {threshold} in "
        "{competition}); a card here rules him out of {next}",
        "es": "{player} está a una amarilla de la sanción ({count} de {threshold} en "
        "{competition}); una tarjeta aquí le deja fuera {next}",
    },
    "problem.next-match": {
        "en": "the next {competition} match",
        "es": "del próximo partido de {competition}",
    },
    "problem.next-fixture": {"en": "{fixture}", "es": "de {fixture}"},
    # -- the week --------------------------------------------------------------------------
    "problem.minutes-below-target": {
        "en": "{player} is planned {total} min, below his target of {target}",
        "es": "{player} tiene {total} min previstos, por debajo de su objetivo de {target}",
    },
    "problem.minutes-above-target": {
        "en": "{player} is planned {total} min, above his limit of {target}",
        "es": "{player} tiene {total} min previstos, por encima de su límite de {target}",
    },
}

REFUSALS: dict[str, dict[Language, str]] = {
    "refusal.cannot-start": {
        "en": "{player} is {status}: he cannot start.",
        "es": "{player} está {status}: no puede ser titular.",
    },
    "refusal.cannot-sit-on-bench": {
        "en": "{player} is {status}: he cannot be on the bench.",
        "es": "{player} está {status}: no puede ir al banquillo.",
    },
    "refusal.not-on-bench": {
        "en": "Only a bench player can come on; put {player} on the bench first.",
        "es": "Solo puede entrar un suplente; pon antes a {player} en el banquillo.",
    },
    "refusal.cannot-come-on": {
        "en": "{player} is {status}: he cannot come on.",
        "es": "{player} está {status}: no puede entrar.",
    },
    "refusal.already-comes-on": {
        "en": "{player} already comes on in another change.",
        "es": "{player} ya entra en otro cambio.",
    },
    "refusal.does-not-start": {
        "en": "{player} does not start, so he cannot go off.",
        "es": "{player} no es titular, así que no puede salir.",
    },
    "refusal.already-goes-off": {
        "en": "{player} already goes off in another change.",
        "es": "{player} ya sale en otro cambio.",
    },
    "refusal.goalkeeper-for-goalkeeper": {
        "en": "Only a goalkeeper can replace a goalkeeper.",
        "es": "A un portero solo lo puede sustituir otro portero.",
    },
    "refusal.not-a-goalkeeper": {
        "en": "{player} is not a goalkeeper: only a goalkeeper plays in goal.",
        "es": "{player} no es portero: en la portería solo juega un portero.",
    },
    "refusal.goalkeeper-in-field": {
        "en": "{player} is a goalkeeper: he cannot play at {slot}.",
        "es": "{player} es portero: no puede jugar de {slot}.",
    },
    "refusal.minute-outside": {
        "en": "Minute {minute} is outside the match (1-{last}).",
        "es": "El minuto {minute} está fuera del partido (1-{last}).",
    },
    "refusal.stoppage-outside": {
        "en": "{minute}+{added} is not in the match: stoppage time follows the end of a half "
        "(45', 90', or a half of extra time), up to +{most}.",
        "es": "{minute}+{added} no está en el partido: el descuento va al final de cada parte "
        "(45', 90' o una parte de la prórroga), hasta +{most}.",
    },
}

register(PROBLEMS)
register(REFUSALS)
