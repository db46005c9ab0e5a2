"""The wording of the fatigue model's risk reasons (planner/fatigue/table.py's "reasons")."""

from __future__ import annotations

from planner.wording import register

register(
    {
        "fatigue.recent": {
            "en": "{minutes} min {days} days ago",
            "es": "{minutes} min hace {days} días",
        },
        "fatigue.recent_one_day": {
            "en": "{minutes} min {days} day ago",
            "es": "{minutes} min hace {days} día",
        },
        "fatigue.back_to_back": {
            "en": "{minutes}+ min in consecutive matches < {days} days apart",
            "es": "{minutes}+ min en partidos seguidos a menos de {days} días",
        },
        "fatigue.load_danger": {
            "en": "load ratio {ratio:.2f} (danger zone from {limit:g})",
            "es": "ratio de carga {ratio:.2f} (zona de peligro desde {limit:g})",
        },
        "fatigue.load_high": {
            "en": "load ratio {ratio:.2f} (above {limit:g})",
            "es": "ratio de carga {ratio:.2f} (por encima de {limit:g})",
        },
        "fatigue.training": {
            "en": "training {load:,} AU in the last 7 days",
            "es": "entrenamiento {load} UA en los últimos 7 días",
        },
        "fatigue.readiness_red": {
            "en": "readiness {readiness:.0f} (red below {limit})",
            "es": "frescura {readiness:.0f} (roja por debajo de {limit})",
        },
    }
)
