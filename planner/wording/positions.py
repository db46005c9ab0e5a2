"""Position codes in the user's language: the roles a slot asks for (GK, CB, ...) and the
formations' slot names (LCB, RCB, ...). The plan file keeps the English codes; only the words
shown change. The Spanish set is the one Spanish broadcasters and EA Sports FC use (POR, DFC,
LI, LD, ...): docs/positions.md lists it."""

from __future__ import annotations

from planner.wording import Message, register

# English code -> Spanish code
SPANISH = {
    "GK": "POR",  # portero
    "RB": "LD",  # lateral derecho
    "CB": "DFC",  # defensa central
    "LB": "LI",  # lateral izquierdo
    "RWB": "CAD",  # carrilero derecho
    "LWB": "CAI",  # carrilero izquierdo
    "DM": "MCD",  # mediocentro defensivo (pivote)
    "CM": "MC",  # mediocentro
    "AM": "MCO",  # mediocentro ofensivo (mediapunta)
    "RM": "MD",  # medio derecho (interior)
    "LM": "MI",  # medio izquierdo
    "RW": "ED",  # extremo derecho
    "LW": "EI",  # extremo izquierdo
    "ST": "DC",  # delantero centro
    # slots of formations with two at one role: the side after the role (izquierdo, derecho)
    "LCB": "DFC-I",
    "RCB": "DFC-D",
    "LCM": "MC-I",
    "RCM": "MC-D",
    "LDM": "MCD-I",
    "RDM": "MCD-D",
    "LST": "DC-I",
    "RST": "DC-D",
}

register({f"position.{en}": {"en": en, "es": es} for en, es in SPANISH.items()})


def position_name(code: str) -> Message | str:
    """A position or slot code to word; an unknown code (typed in an import) as it is."""
    return Message(f"position.{code}") if code in SPANISH else code
