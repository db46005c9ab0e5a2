"""The wording of the Excel export (planner/export/): sheet titles, headings, labels, the print
headers and footers, and the Model sheet's explanations. Registered when imported; the sheets
take their text from ExportContext.text."""

from __future__ import annotations

from planner.wording import Language, register

_SHEETS: dict[str, dict[Language, str]] = {
    "export.sheet.summary": {"en": "Summary", "es": "Resumen"},
    "export.sheet.minutes": {"en": "Planned minutes", "es": "Minutos previstos"},
    "export.sheet.history": {"en": "Minutes history", "es": "Historial de minutos"},
    "export.sheet.model": {"en": "Model", "es": "Modelo"},
    "export.sheet.fixture": {"en": "{day} {opponent}", "es": "{day} {opponent}"},
    "export.sheet.players": {"en": "Players {day} {opponent}", "es": "Jugadores {day} {opponent}"},
}

_PAGE: dict[str, dict[Language, str]] = {
    # &D and &P / &N are the spreadsheet's print date, page number and page count
    "export.page.printed": {"en": "Printed &D", "es": "Impreso el &D"},
    "export.page.exported": {
        "en": "Squad Planner export {moment}",
        "es": "Exportado con Squad Planner el {moment}",
    },
    "export.page.number": {"en": "Page &P of &N", "es": "Página &P de &N"},
    "export.subject.home": {
        "en": "{day} v {opponent} ({date})",
        "es": "{day} vs {opponent} ({date})",
    },
    "export.subject.away": {
        "en": "{day} at {opponent} ({date})",
        "es": "{day} en campo de {opponent} ({date})",
    },
    "export.subject.players": {
        "en": "Players' sheet  ·  {subject}",
        "es": "Hoja de los jugadores  ·  {subject}",
    },
    "export.subject.history": {
        "en": "Minutes history (past appearances used by the fatigue model)",
        "es": "Historial de minutos (partidos anteriores que usa el modelo de fatiga)",
    },
}

_WORDS: dict[str, dict[Language, str]] = {
    # column headings several sheets share
    "export.player": {"en": "Player", "es": "Jugador"},
    "export.minutes": {"en": "Minutes", "es": "Minutos"},
    "export.readiness": {"en": "Readiness", "es": "Frescura"},
    "export.number": {"en": "No.", "es": "Nº"},
    "export.name": {"en": "Name", "es": "Nombre"},
    "export.minute": {"en": "Minute", "es": "Minuto"},
    "export.total": {"en": "Total", "es": "Total"},
    "export.date": {"en": "Date", "es": "Fecha"},
    "export.competition": {"en": "Competition", "es": "Competición"},
    "export.opponent": {"en": "Opponent", "es": "Rival"},
    "export.severity.error": {"en": "Error", "es": "Error"},
    "export.severity.warning": {"en": "Warning", "es": "Aviso"},
    "export.risk.low": {"en": "low", "es": "bajo"},
    "export.risk.moderate": {"en": "moderate", "es": "moderado"},
    "export.risk.high": {"en": "high", "es": "alto"},
    # a match and its facts
    "export.match": {"en": "{home} v {away}", "es": "{home} - {away}"},
    "export.us": {"en": "Us", "es": "Nosotros"},
    "export.kickoff_at": {"en": "kick-off {time}", "es": "inicio {time}"},
    "export.importance": {"en": "importance {importance}/5", "es": "importancia {importance}/5"},
    "export.formation": {"en": "formation {formation}", "es": "sistema {formation}"},
    "export.venue_not_set": {"en": "venue not set", "es": "estadio sin indicar"},
    "export.half_time": {"en": "half-time", "es": "descanso"},
    "export.empty_slot": {"en": "({slot} empty)", "es": "({slot} vacío)"},
    "export.no_substitutions": {
        "en": "No substitutions planned",
        "es": "No hay cambios previstos",
    },
}

_SUMMARY: dict[str, dict[Language, str]] = {
    "export.summary.title": {"en": "{club}: rotation plan", "es": "{club}: plan de rotaciones"},
    "export.summary.squad": {"en": "Squad", "es": "Equipo"},
    "export.summary.subtitle": {
        "en": "{fixtures} fixtures, {players} players. Exported {moment}.",
        "es": "{fixtures} partidos, {players} jugadores. Exportado el {moment}.",
    },
    "export.summary.problems": {
        "en": "Errors ({errors}) and warnings ({warnings})",
        "es": "Errores ({errors}) y avisos ({warnings})",
    },
    "export.summary.severity": {"en": "Severity", "es": "Gravedad"},
    "export.summary.message": {"en": "Message", "es": "Mensaje"},
    "export.summary.no_problems": {"en": "None", "es": "Ninguno"},
    "export.summary.no_problems_text": {
        "en": "The plan breaks no rule the planner checks.",
        "es": "El plan no incumple ninguna de las reglas que comprueba el planificador.",
    },
    "export.summary.risk_flags": {
        "en": "Risk flags at kick-off (moderate and high)",
        "es": "Alertas de riesgo al inicio del partido (moderado y alto)",
    },
    "export.summary.risk": {"en": "Risk", "es": "Riesgo"},
    "export.summary.why": {"en": "Why", "es": "Motivo"},
    "export.summary.no_flags": {"en": "No player is flagged", "es": "Ningún jugador en alerta"},
    "export.summary.flag_reasons": {"en": "{fixture}: {reasons}", "es": "{fixture}: {reasons}"},
    # the week's grid
    "export.grid.title": {
        "en": "The week: planned minutes and readiness at kick-off (0-100: red below {red}, "
        "amber below {amber}, green from {amber})",
        "es": "La semana: minutos previstos y frescura al inicio del partido (0-100: rojo por "
        "debajo de {red}, ámbar por debajo de {amber}, verde desde {amber})",
    },
    "export.grid.fixture": {"en": "Fixture", "es": "Partido"},
    "export.grid.week": {"en": "Week", "es": "Semana"},
    "export.grid.kickoff": {"en": "Kick-off", "es": "Inicio"},
    "export.grid.venue": {"en": "Venue", "es": "Estadio"},
    "export.grid.importance": {"en": "Importance (1-5)", "es": "Importancia (1-5)"},
}

_FIXTURE: dict[str, dict[Language, str]] = {
    "export.fixture.on_the_pitch": {
        "en": "On the pitch: minutes · readiness",
        "es": "En el campo: minutos · frescura",
    },
    "export.fixture.starting_xi": {"en": "Starting XI", "es": "Once inicial"},
    "export.fixture.slot": {"en": "Slot", "es": "Puesto"},
    "export.fixture.position": {"en": "Position", "es": "Posición"},
    "export.fixture.empty": {"en": "(empty)", "es": "(vacío)"},
    "export.fixture.bench": {
        "en": "Bench ({count} of {size})",
        "es": "Banquillo ({count} de {size})",
    },
    "export.fixture.sub_on": {"en": "Sub on", "es": "Entra"},
    "export.fixture.sub_off": {"en": "Sub off", "es": "Sale"},
    "export.fixture.on_at": {"en": "on {minute}'", "es": "entra {minute}'"},
    "export.fixture.substitutions": {
        "en": "Substitution plan ({count} of {allowed})",
        "es": "Plan de cambios ({count} de {allowed})",
    },
    "export.fixture.not_selected": {"en": "Not selected", "es": "No convocados"},
    "export.fixture.reason": {"en": "Reason", "es": "Motivo"},
    "export.fixture.everyone_selected": {
        "en": "Everyone is in the matchday squad",
        "es": "Todos están convocados",
    },
    "export.fixture.problems": {"en": "Warnings and errors", "es": "Avisos y errores"},
    # why a player is not selected, by his status
    "export.left_out.available": {"en": "Rested", "es": "Descansa"},
    "export.left_out.planned": {"en": "Rested (planned)", "es": "Descansa (previsto)"},
    "export.left_out.doubtful": {"en": "Rested (doubtful)", "es": "Descansa (en duda)"},
    "export.left_out.injured": {"en": "Injured", "es": "Lesionado"},
    "export.left_out.suspended": {"en": "Suspended", "es": "Sancionado"},
    "export.left_out.unavailable": {"en": "Unavailable", "es": "No disponible"},
}

_PLAYERS: dict[str, dict[Language, str]] = {
    "export.players.off": {"en": "off {minute}", "es": "sale {minute}"},
    "export.players.bench": {"en": "Bench", "es": "Banquillo"},
    "export.players.comes_on": {"en": "Comes on", "es": "Entra"},
    "export.players.nobody_on_bench": {
        "en": "No one on the bench yet",
        "es": "Aún no hay nadie en el banquillo",
    },
    "export.players.substitutions": {"en": "Substitutions", "es": "Cambios"},
    "export.players.off_heading": {"en": "Off", "es": "Sale"},
    "export.players.on_heading": {"en": "On", "es": "Entra"},
}

_HISTORY: dict[str, dict[Language, str]] = {
    "export.history.cut": {
        "en": "The {shown:,} most recent of {total:,} appearances; the plan file holds them all.",
        "es": "Las {shown} apariciones más recientes de {total}; el archivo del plan las "
        "guarda todas.",
    },
}

_MODEL: dict[str, dict[Language, str]] = {
    "export.model.name": {
        "en": "Load and readiness: EWMA acute:chronic workload ratio and Banister fitness-fatigue",
        "es": "Carga y frescura: ratio de carga aguda:crónica (EWMA) y modelo de forma-fatiga "
        "de Banister",
    },
    "export.model.how_title": {
        "en": "How readiness and risk were computed",
        "es": "Cómo se calcularon la frescura y el riesgo",
    },
    "export.model.how.load": {
        "en": "Daily load = session-RPE (RPE x minutes, Foster et al. 2001) of the recorded "
        "sessions; a match without a recorded RPE counts match RPE x minutes played, x the "
        "goalkeeper factor for a goalkeeper.",
        "es": "Carga diaria = RPE de la sesión (RPE x minutos, Foster et al. 2001) de las "
        "sesiones registradas; un partido sin RPE registrado cuenta el RPE de partido x los "
        "minutos jugados, x el factor de portero para un portero.",
    },
    "export.model.how.ratio": {
        "en": "Acute and chronic load: exponentially weighted averages of daily load (Williams "
        "et al. 2017); the load ratio (ACWR) is acute / chronic, the chronic load floored at "
        "the baseline for players with a real history.",
        "es": "Carga aguda y crónica: medias ponderadas exponencialmente de la carga diaria "
        "(Williams et al. 2017); el ratio de carga (ACWR) es aguda / crónica, con la carga "
        "crónica nunca por debajo de la base para los jugadores con historial real.",
    },
    "export.model.how.readiness": {
        "en": "Readiness 0-100 at kick-off: Banister fitness-fatigue performance as a share "
        "of a rested player's (100 = fully recovered).",
        "es": "Frescura 0-100 al inicio del partido: rendimiento de forma-fatiga de Banister "
        "como proporción del de un jugador descansado (100 = totalmente recuperado).",
    },
    "export.model.how.risk": {
        "en": "Risk: moderate after 45+ minutes in consecutive matches fewer than 5 days "
        "apart (FIFPRO critical zone) or a load ratio above the sweet spot; high in the "
        "danger zone or with red readiness. The thresholds are the parameters below; ACWR "
        "zones are disputed (Impellizzeri et al. 2020): read them as flags, not verdicts.",
        "es": "Riesgo: moderado tras 45+ minutos en partidos seguidos con menos de 5 días "
        "entre ellos (zona crítica de FIFPRO) o con un ratio de carga por encima de la zona "
        "óptima; alto en la zona de peligro o con la frescura en rojo. Los umbrales son los "
        "parámetros de abajo; las zonas del ACWR son discutidas (Impellizzeri et al. 2020): "
        "léanse como alertas, no como veredictos.",
    },
    "export.model.parameters": {"en": "Parameters", "es": "Parámetros"},
    "export.model.parameter": {"en": "Parameter", "es": "Parámetro"},
    "export.model.value": {"en": "Value", "es": "Valor"},
    "export.model.name_in_file": {
        "en": "Name in the plan file",
        "es": "Nombre en el archivo del plan",
    },
}

# the Model sheet's meaning of each parameter (planner.model_params), by its name in the file
_PARAMETERS: dict[str, dict[Language, str]] = {
    "match_rpe": {
        "en": "Match effort (RPE, 0-10) used when none is recorded",
        "es": "Esfuerzo de partido (RPE, 0-10) cuando no hay uno registrado",
    },
    "acute_days": {
        "en": "Acute load window (days, EWMA)",
        "es": "Ventana de carga aguda (días, EWMA)",
    },
    "chronic_days": {
        "en": "Chronic load window (days, EWMA)",
        "es": "Ventana de carga crónica (días, EWMA)",
    },
    "fitness_tau": {
        "en": "Fitness decay (days, Banister)",
        "es": "Caída de la forma (días, Banister)",
    },
    "fatigue_tau": {
        "en": "Fatigue decay (days, Banister)",
        "es": "Caída de la fatiga (días, Banister)",
    },
    "fitness_gain": {
        "en": "Fitness weight k1 (Banister)",
        "es": "Peso de la forma k1 (Banister)",
    },
    "fatigue_gain": {
        "en": "Fatigue weight k2 (Banister)",
        "es": "Peso de la fatiga k2 (Banister)",
    },
    "acwr_high": {
        "en": "Load ratio above which risk is moderate (Gabbett 2016)",
        "es": "Ratio de carga por encima del cual el riesgo es moderado (Gabbett 2016)",
    },
    "acwr_danger": {
        "en": "Load ratio from which risk is high (Gabbett 2016)",
        "es": "Ratio de carga desde el cual el riesgo es alto (Gabbett 2016)",
    },
    "back_to_back_minutes": {
        "en": "Minutes in both matches for the back-to-back flag (FIFPRO)",
        "es": "Minutos en ambos partidos para la alerta de partidos seguidos (FIFPRO)",
    },
    "back_to_back_days": {
        "en": "...when fewer than this many days apart",
        "es": "...con menos de estos días entre ellos",
    },
    "readiness_amber": {
        "en": "Readiness below this is amber",
        "es": "Frescura por debajo de la cual es ámbar",
    },
    "readiness_red": {
        "en": "Readiness below this is red",
        "es": "Frescura por debajo de la cual es roja",
    },
    "added_time_per_half": {
        "en": "Planned added time per half counted as minutes played",
        "es": "Añadido previsto por parte, contado como minutos jugados",
    },
    "baseline_minutes_per_week": {
        "en": "Match minutes a week every player is assumed fit for",
        "es": "Minutos de partido por semana para los que se supone en forma a todo jugador",
    },
    "goalkeeper_load_factor": {
        "en": "A goalkeeper's match load per minute, share of an outfielder's",
        "es": "Carga de partido por minuto de un portero, como proporción de la de un jugador "
        "de campo",
    },
    "absence_days": {
        "en": "Days without recorded load that make a long absence (no chronic floor)",
        "es": "Días sin carga registrada que hacen una ausencia larga (sin mínimo crónico)",
    },
    "back_to_back_goalkeepers": {
        "en": "Back-to-back flag for goalkeepers too (else outfield only)",
        "es": "Aviso de partidos seguidos también para porteros (si no, solo jugadores de campo)",
    },
}

_TRAINING: dict[str, dict[Language, str]] = {
    # the Load sheet (load table rows, recorded and planned) and the Model sheet's template
    "export.sheet.load": {"en": "Load", "es": "Carga"},
    "export.subject.load": {
        "en": "Load (sessions and matches recorded, training planned)",
        "es": "Carga (sesiones y partidos registrados, entrenamiento previsto)",
    },
    "export.load.source": {"en": "Source", "es": "Origen"},
    "export.load.recorded": {"en": "recorded", "es": "registrada"},
    "export.load.planned": {"en": "planned", "es": "prevista"},
    "export.load.kind": {"en": "Kind", "es": "Tipo"},
    "export.load.kind.match": {"en": "match", "es": "partido"},
    "export.load.kind.training": {"en": "training", "es": "entrenamiento"},
    "export.load.kind.other": {"en": "other", "es": "otra"},
    "export.load.rpe": {"en": "RPE", "es": "RPE"},
    "export.load.au": {"en": "Load (AU)", "es": "Carga (UA)"},
    "export.load.cut": {
        "en": "The {shown:,} most recent of {total:,} rows; the plan file holds them all.",
        "es": "Las {shown} filas más recientes de {total}; el archivo del plan las guarda todas.",
    },
    "export.training.title": {
        "en": "Planned training: template by days between matches",
        "es": "Entrenamiento previsto: plantilla por días entre partidos",
    },
    "export.training.edits": {
        "en": "Planned training: days changed by the staff",
        "es": "Entrenamiento previsto: días cambiados por el cuerpo técnico",
    },
    "export.training.gap": {"en": "Days between matches", "es": "Días entre partidos"},
    "export.training.day": {"en": "Day", "es": "Día"},
    "export.training.group": {"en": "Group", "es": "Grupo"},
    "export.training.focus": {"en": "Kind", "es": "Tipo"},
    "export.training.rest": {"en": "rest", "es": "descanso"},
    "export.training.group.everyone": {"en": "whole squad", "es": "toda la plantilla"},
    "export.training.group.starters": {"en": "starters", "es": "titulares"},
    "export.training.group.non_starters": {"en": "non-starters", "es": "suplentes"},
    "export.training.group.goalkeepers": {"en": "goalkeepers", "es": "porteros"},
    "export.training.focus.recovery": {"en": "recovery", "es": "recuperación"},
    "export.training.focus.compensation": {"en": "compensation", "es": "compensatorio"},
    "export.training.focus.activation": {"en": "activation", "es": "activación"},
    "export.training.focus.tactical": {"en": "tactical", "es": "táctico"},
    "export.training.focus.loading": {"en": "loading", "es": "carga"},
}

PARAMETER_CODE = "export.model.parameter.{name}"

register(
    _SHEETS
    | _PAGE
    | _WORDS
    | _SUMMARY
    | _FIXTURE
    | _PLAYERS
    | _HISTORY
    | _MODEL
    | _TRAINING
    | {PARAMETER_CODE.format(name=name): words for name, words in _PARAMETERS.items()}
)
