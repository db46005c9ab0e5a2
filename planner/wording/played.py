"""English and Spanish wording of a match record's checks (planner/played.py ``check_record``
and ``Moment.parse``); registered when imported. Templates take the parameters by name."""

from __future__ import annotations

from planner.wording import register

register(
    {
        "record.in-fixture": {"en": "{fixture}: {problem}", "es": "{fixture}: {problem}"},
        "record.not-a-minute": {
            "en": "'{text}' is not a match minute (e.g. 67 or 90+3)",
            "es": "'{text}' no es un minuto del partido (p. ej. 67 o 90+3)",
        },
        "record.unknown-player": {
            "en": "'{player}' is no player of the squad",
            "es": "'{player}' no es un jugador de la plantilla",
        },
        "record.no-slot": {
            "en": "formation {formation} has no slot '{slot}'",
            "es": "la formación {formation} no tiene la posición '{slot}'",
        },
        "record.picked-twice": {
            "en": "{player} is picked more than once",
            "es": "{player} está elegido más de una vez",
        },
        "record.no-extra-time": {
            "en": "its rules allow no extra time",
            "es": "sus reglas no permiten prórroga",
        },
        "record.negative-score": {
            "en": "a score cannot be negative",
            "es": "un marcador no puede ser negativo",
        },
        "record.after-the-end": {
            "en": "minute {moment} is after the end of the match",
            "es": "el minuto {moment} es posterior al final del partido",
        },
        "record.after-the-end-no-extra-time": {
            "en": "minute {moment} is after the end of the match (no extra time was played)",
            "es": "el minuto {moment} es posterior al final del partido (no hubo prórroga)",
        },
        "record.added-time-mid-period": {
            "en": "minute {moment}: added time comes only after {ends}",
            "es": "minuto {moment}: el tiempo añadido solo se juega tras el {ends}",
        },
        "record.on-already-played": {
            "en": "{player} comes on at {moment} but already played",
            "es": "{player} entra en el {moment} pero ya había jugado",
        },
        "record.on-not-on-bench": {
            "en": "{player} comes on at {moment} but is not on the bench",
            "es": "{player} entra en el {moment} pero no está en el banquillo",
        },
        "record.not-in-squad": {
            "en": "{player} was not in the matchday squad",
            "es": "{player} no estaba convocado",
        },
        "record.off-before-on": {
            "en": "{player} goes off at {moment}, before he came on at {came_on}",
            "es": "{player} sale en el {moment}, antes de entrar en el {came_on}",
        },
        "record.off-already-left": {
            "en": "{player} goes off at {moment} but had already left the pitch",
            "es": "{player} sale en el {moment} pero ya había dejado el campo",
        },
        "record.off-not-on-pitch": {
            "en": "{player} goes off at {moment} but was not on the pitch",
            "es": "{player} sale en el {moment} pero no estaba en el campo",
        },
        "record.minutes-too-long": {
            "en": "{player}: {minutes} minutes is longer than the match ({longest} minutes "
            "with added time)",
            "es": "{player}: {minutes} minutos son más que el partido ({longest} minutos con "
            "el añadido)",
        },
        "record.minutes-negative": {
            "en": "{player}: minutes cannot be negative",
            "es": "{player}: los minutos no pueden ser negativos",
        },
    }
)
