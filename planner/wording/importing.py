"""English and Spanish wording of what the importer says: why a file cannot be read, why a row
was skipped, the notes on what reading changed, and the merge summary. Registered when
imported; templates take the parameters by name."""

from __future__ import annotations

from planner.wording import Language, register

_ERRORS: dict[str, dict[Language, str]] = {
    "import.could-not-read": {
        "en": "Could not read '{file}'{place}: {reason}. Nothing was imported.",
        "es": "No se pudo leer '{file}'{place}: {reason}. No se importó nada.",
    },
    "import.place": {"en": " ({where})", "es": " ({where})"},
    "import.where.sheet": {"en": "sheet '{sheet}'", "es": "hoja '{sheet}'"},
    "import.where.row": {"en": "row {row}", "es": "fila {row}"},
    "import.where.column": {"en": "column '{column}'", "es": "columna '{column}'"},
    "import.not-regular-file": {
        "en": "it is not a regular file (a pipe or a device)",
        "es": "no es un archivo normal (es una tubería o un dispositivo)",
    },
    "import.file-too-big": {
        "en": "the file is {size} MB; a squad or minutes log is far smaller (the limit is "
        "{limit} MB)",
        "es": "el archivo ocupa {size} MB; una plantilla o un registro de minutos ocupa mucho "
        "menos (el límite es {limit} MB)",
    },
    "import.folder": {"en": "it is a folder, not a file", "es": "es una carpeta, no un archivo"},
    "import.cannot-open": {
        "en": "the file cannot be opened ({why})",
        "es": "no se puede abrir el archivo ({why})",
    },
    "import.empty-file": {"en": "the file is empty", "es": "el archivo está vacío"},
    "import.encrypted": {
        "en": "the workbook is password-protected; save a copy without the password and "
        "import that",
        "es": "el libro está protegido con contraseña; guarde una copia sin contraseña e "
        "importe esa",
    },
    "import.too-many-parts": {
        "en": "the workbook has {count:,} parts, far more than a spreadsheet has",
        "es": "el libro tiene {count:,} partes, muchas más de las que tiene una hoja de cálculo",
    },
    "import.zip-bomb": {
        "en": "the workbook unpacks to {size:,} MB, more than the {limit} MB limit (a zip "
        "bomb or not a squad)",
        "es": "el libro se descomprime en {size:,} MB, más que el límite de {limit} MB (una "
        "bomba zip o no es una plantilla)",
    },
    "import.word-document": {
        "en": "it is a Word document, not a spreadsheet",
        "es": "es un documento de Word, no una hoja de cálculo",
    },
    "import.zip-archive": {
        "en": "it is a zip archive, not a spreadsheet",
        "es": "es un archivo zip, no una hoja de cálculo",
    },
    "import.damaged": {
        "en": "the file is damaged or not a spreadsheet ({detail})",
        "es": "el archivo está dañado o no es una hoja de cálculo ({detail})",
    },
    "import.xml-entities": {
        "en": "part '{part}' declares XML entities, which a spreadsheet never needs; it was "
        "refused as unsafe",
        "es": "la parte '{part}' declara entidades XML, que una hoja de cálculo nunca necesita; "
        "se rechazó por insegura",
    },
    "import.bad-csv": {
        "en": "row {row} is not valid CSV ({detail})",
        "es": "la fila {row} no es CSV válido ({detail})",
    },
    "import.not-text": {
        "en": "it is neither a spreadsheet nor a readable text table",
        "es": "no es ni una hoja de cálculo ni una tabla de texto legible",
    },
    "import.binary": {
        "en": "it is not a spreadsheet (binary content, not a workbook or a text table)",
        "es": "no es una hoja de cálculo (contenido binario, ni libro ni tabla de texto)",
    },
    "import.no-sheet": {
        "en": "it has no sheet '{sheet}' (its sheets: {sheets})",
        "es": "no tiene la hoja '{sheet}' (sus hojas: {sheets})",
    },
    "import.no-worksheets": {
        "en": "the workbook has no worksheets",
        "es": "el libro no tiene hojas de cálculo",
    },
    "import.too-large": {
        "en": "it is too large to be a squad or a minutes log ({size}; the limit is {rows:,} "
        "rows, {columns:,} columns and {cells:,} cells). Delete what is not squad or minutes "
        "(Ctrl+End in Excel finds the last cell) or split it",
        "es": "es demasiado grande para ser una plantilla o un registro de minutos ({size}; el "
        "límite es {rows:,} filas, {columns:,} columnas y {cells:,} celdas). Borre lo que no "
        "sea plantilla o minutos (Ctrl+Fin en Excel encuentra la última celda) o divídalo",
    },
    "import.size": {
        "en": "{rows:,} rows x {columns:,} columns",
        "es": "{rows:,} filas x {columns:,} columnas",
    },
    "import.size-from-cell": {
        "en": "a value at {cell} stretches it to {rows:,} rows x {columns:,} columns",
        "es": "un valor en {cell} lo extiende a {rows:,} filas x {columns:,} columnas",
    },
    "import.no-player-column": {
        "en": "no column of player names was found (looked for a header such as Player, Name, "
        "Nombre or Jugador in the first 30 rows)",
        "es": "no se encontró una columna de nombres de jugadores (se buscó un encabezado como "
        "Player, Name, Nombre o Jugador en las 30 primeras filas)",
    },
    "import.no-minutes-column": {
        "en": "no column of minutes was found (looked for a header such as Minutes or Min)",
        "es": "no se encontró una columna de minutos (se buscó un encabezado como Minutos o Min)",
    },
    "import.no-players-table": {
        "en": "none of its sheets ({sheets}) holds a table of players",
        "es": "ninguna de sus hojas ({sheets}) tiene una tabla de jugadores",
    },
    "import.sheet-empty": {"en": "the sheet is empty", "es": "la hoja está vacía"},
    "import.no-rows": {"en": "the file has no rows", "es": "el archivo no tiene filas"},
    "import.column-unreadable": {
        "en": "column {column} cannot be read as '{field}'",
        "es": "la columna {column} no se puede leer como '{field}'",
    },
    "import.no-match-date": {
        "en": "the header names no match date (expected e.g. '2025-03-09 v Charlotte')",
        "es": "el encabezado no da la fecha de ningún partido (p. ej. '2025-03-09 v Charlotte')",
    },
    "import.appears-twice": {
        "en": "'{name}' appears twice (rows {first} and {second})",
        "es": "'{name}' aparece dos veces (filas {first} y {second})",
    },
    "import.two-entries": {
        "en": "{name} has two entries for {day} (rows {first} and {second})",
        "es": "{name} tiene dos entradas el {day} (filas {first} y {second})",
    },
    "import.date-missing": {"en": "the date is missing", "es": "falta la fecha"},
    "import.unknown-id": {
        "en": "'{name}' is to be taken as player id '{player_id}', which the plan does not have",
        "es": "'{name}' se tomaría como el jugador con id '{player_id}', que el plan no tiene",
    },
    "import.not-in-squad": {
        "en": "'{name}' is no player of the squad",
        "es": "'{name}' no es jugador de la plantilla",
    },
    "import.listed-twice": {
        "en": "{name} is listed twice (rows {first} and {second})",
        "es": "{name} figura dos veces (filas {first} y {second})",
    },
    "import.no-date-column": {
        "en": "no column of session dates was found (looked for a header such as Date or Fecha)",
        "es": "no se encontró una columna de fechas de sesión (se buscó un encabezado como Date "
        "o Fecha)",
    },
    "import.session-no-duration": {
        "en": "the session of {name} on {day} has no duration",
        "es": "la sesión de {name} del {day} no tiene duración",
    },
    "import.long-session": {
        "en": "the session of {name} on {day} adds up to {minutes} minutes, more than "
        "{most} (rows of two sessions under one title?)",
        "es": "la sesión de {name} del {day} suma {minutes} minutos, más de {most} (¿filas "
        "de dos sesiones con el mismo título?)",
    },
    "import.longer-than-match": {
        "en": "{minutes} minutes is longer than the match ({longest} minutes)",
        "es": "{minutes} minutos es más que el partido ({longest} minutos)",
    },
}

_CELLS: dict[str, dict[Language, str]] = {
    "import.not-minutes": {
        "en": "'{raw}' is not a number of minutes",
        "es": "'{raw}' no es un número de minutos",
    },
    "import.negative-minutes": {
        "en": "{raw} minutes is negative",
        "es": "{raw} minutos es negativo",
    },
    "import.too-many-minutes": {
        "en": "{raw} minutes is more than a match lasts (at most {most})",
        "es": "{raw} minutos es más de lo que dura un partido (como mucho {most})",
    },
    "import.not-duration": {
        "en": "'{raw}' is not a duration (expected minutes, h:mm:ss or mm:ss)",
        "es": "'{raw}' no es una duración (se esperan minutos, h:mm:ss o mm:ss)",
    },
    "import.negative-duration": {
        "en": "the duration {raw} is negative",
        "es": "la duración {raw} es negativa",
    },
    "import.duration-too-long": {
        "en": "{raw} is longer than a session lasts (at most {most} minutes)",
        "es": "{raw} es más de lo que dura una sesión (como mucho {most} minutos)",
    },
    "import.rpe-out-of-range": {
        "en": "RPE {raw} is outside the 0-10 scale",
        "es": "el RPE {raw} está fuera de la escala 0-10",
    },
    "import.negative-measure": {
        "en": "{raw} is negative; a {what} cannot be",
        "es": "{raw} es negativo; {what} no puede serlo",
    },
    "import.unknown-unit": {
        "en": "the unit '{unit}' is not one the importer knows for this column (expected "
        "{expected})",
        "es": "la unidad '{unit}' no es una que el importador conozca para esta columna (se "
        "espera {expected})",
    },
    "import.what.rpe": {"en": "RPE", "es": "un RPE"},
    "import.what.total_distance": {"en": "distance", "es": "una distancia"},
    "import.what.hsr": {
        "en": "high-speed running distance",
        "es": "una distancia a alta velocidad",
    },
    "import.what.sprint_distance": {"en": "sprint distance", "es": "una distancia de sprint"},
    "import.what.accelerations": {
        "en": "number of accelerations",
        "es": "un número de aceleraciones",
    },
    "import.what.player_load": {"en": "player load", "es": "una carga del jugador"},
    "import.not-a": {"en": "'{raw}' is not a {what}", "es": "'{raw}' no es {what}"},
    "import.out-of-range": {
        "en": "{raw} is not a {what} (expected {low}-{high})",
        "es": "{raw} no es {what} (se espera {low}-{high})",
    },
    "import.what.shirt-number": {"en": "shirt number", "es": "un dorsal"},
    "import.what.rating": {"en": "rating", "es": "una valoración"},
    "import.what.yellow-cards": {
        "en": "number of yellow cards",
        "es": "un número de tarjetas amarillas",
    },
    "import.implausible-date": {
        "en": "{day} is not a plausible date (expected {first}-{last})",
        "es": "{day} no es una fecha verosímil (se espera {first}-{last})",
    },
    "import.not-a-date": {"en": "'{raw}' is not a date", "es": "'{raw}' no es una fecha"},
}

_SKIPS_AND_NOTES: dict[str, dict[Language, str]] = {
    "import.skip.total": {"en": "a total or average row", "es": "una fila de totales o medias"},
    "import.skip.note": {"en": "a note under the table", "es": "una nota bajo la tabla"},
    "import.skip.header": {"en": "the header repeated", "es": "el encabezado repetido"},
    "import.skip.no-name": {"en": "no player name", "es": "sin nombre de jugador"},
    "import.skip.too-long": {
        "en": "not a player name or id ({length:,} characters)",
        "es": "no es un nombre ni un id de jugador ({length:,} caracteres)",
    },
    "import.skip.no-date-or-minutes": {
        "en": "no match date or minutes (only the player is taken)",
        "es": "sin fecha de partido ni minutos (solo se toma el jugador)",
    },
    "import.skip.no-load": {
        "en": "no duration, RPE or GPS measure",
        "es": "sin duración, RPE ni medida GPS",
    },
    "import.note.load-sessions": {
        "en": "load log: {sessions} sessions from {rows} rows; {summed} of them summed from "
        "drill rows",
        "es": "registro de carga: {sessions} sesiones de {rows} filas; {summed} de ellas "
        "sumadas de filas de ejercicios",
    },
    "import.note.km": {
        "en": "column '{column}' gives no unit and holds small decimals; read as km",
        "es": "la columna '{column}' no da unidad y tiene decimales pequeños; se lee en km",
    },
    "import.note.no-rpe": {
        "en": "{count} training sessions have no RPE; the fatigue model counts load from RPE x "
        "minutes, so they add none (their GPS measures are kept)",
        "es": "{count} sesiones de entrenamiento no tienen RPE; el modelo de fatiga cuenta la "
        "carga como RPE x minutos, así que no suman ninguna (se guardan sus medidas GPS)",
    },
    "import.note.control-removed": {
        "en": "1 invisible control character was removed from the text",
        "es": "se quitó 1 carácter de control invisible del texto",
    },
    "import.note.controls-removed": {
        "en": "{count} invisible control characters were removed from the text",
        "es": "se quitaron {count} caracteres de control invisibles del texto",
    },
    "import.note.other-sheets": {
        "en": "read sheet '{sheet}'; the workbook also has {others}",
        "es": "se leyó la hoja '{sheet}'; el libro también tiene {others}",
    },
    "import.note.season-totals": {
        "en": "column '{column}' has minutes without match dates (season totals?); they were "
        "not imported",
        "es": "la columna '{column}' tiene minutos sin fecha de partido (¿totales de la "
        "temporada?); no se importaron",
    },
    "import.note.marks": {
        "en": "cells with no minutes recorded: {counts}",
        "es": "celdas sin minutos registrados: {counts}",
    },
    "import.note.mark-count": {"en": "{mark} {count}", "es": "{mark} {count}"},
    "import.note.no-competition": {
        "en": "{count} appearances name no competition",
        "es": "{count} apariciones no dicen la competición",
    },
    "import.note.no-year": {
        "en": "{titles} look like matches but no year is given (in the header or the title "
        "above it); add it to import their minutes",
        "es": "{titles} parecen partidos pero no tienen año (ni en el encabezado ni en el "
        "título de encima); añádalo para importar sus minutos",
    },
    "import.note.cards-no-competition": {
        "en": "yellow cards in {titles} name no competition; counted as {competition}",
        "es": "las amarillas de {titles} no dicen la competición; se cuentan como {competition}",
    },
    "import.note.unknown-position": {
        "en": "row {row}: position {positions} of {name} not recognised; left out",
        "es": "fila {row}: la posición {positions} de {name} no se reconoce; se omite",
    },
    "import.note.unknown-status": {
        "en": "row {row}: status '{status}' of {name} not recognised",
        "es": "fila {row}: el estado '{status}' de {name} no se reconoce",
    },
    "import.mark.did not play": {"en": "did not play", "es": "no jugó"},
    "import.mark.unused substitute": {"en": "unused substitute", "es": "suplente no usado"},
    "import.mark.injured": {"en": "injured", "es": "lesionado"},
    "import.mark.suspended": {"en": "suspended", "es": "sancionado"},
    "import.mark.not in squad": {"en": "not in squad", "es": "no convocado"},
}

_SUMMARY: dict[str, dict[Language, str]] = {
    "import.summary.players": {
        "en": "players: {added} added, {updated} updated, {unchanged} unchanged",
        "es": "jugadores: {added} añadidos, {updated} actualizados, {unchanged} sin cambios",
    },
    "import.summary.appearances": {
        "en": "appearances: {added} added, {updated} updated, {unchanged} already there",
        "es": "apariciones: {added} añadidas, {updated} actualizadas, {unchanged} ya estaban",
    },
    "import.summary.sessions": {
        "en": "load sessions: {added} added, {updated} updated, {unchanged} already there",
        "es": "sesiones de carga: {added} añadidas, {updated} actualizadas, {unchanged} ya estaban",
    },
    "import.summary.cards": {
        "en": "yellow cards: {set} set, {unchanged} already there",
        "es": "tarjetas amarillas: {set} fijadas, {unchanged} ya estaban",
    },
    "import.summary.added": {"en": "added: {names}", "es": "añadidos: {names}"},
    "import.summary.updated": {"en": "updated: {names}", "es": "actualizados: {names}"},
    "import.summary.near-miss": {"en": "near miss: {text}", "es": "casi igual: {text}"},
    "import.summary.left-out": {"en": "left out: {text}", "es": "omitido: {text}"},
    "import.summary.positions-kept": {
        "en": "positions kept (the file gives only FW/MF/DF): {names}",
        "es": "posiciones conservadas (el archivo solo da DEL/MED/DEF): {names}",
    },
    "import.summary.skipped": {"en": "rows skipped: {count}", "es": "filas omitidas: {count}"},
    "import.summary.skipped-row": {"en": "  row {row}: {reason}", "es": "  fila {row}: {reason}"},
    "import.summary.note": {"en": "note: {text}", "es": "nota: {text}"},
    "import.taken-as": {"en": "'{name}' taken as {player}", "es": "'{name}' tomado como {player}"},
    "import.could-be": {
        "en": "'{name}' could be {players}; left out (rename him in the file, or add him as a "
        "new player)",
        "es": "'{name}' podría ser {players}; se omite (cámbiele el nombre en el archivo, o "
        "añádalo como jugador nuevo)",
    },
    "import.or": {"en": "{first} or {rest}", "es": "{first} o {rest}"},
    "import.id-not-in-plan": {
        "en": "id '{player_id}' (row {row}) is not in the plan and the row names no player; "
        "left out",
        "es": "el id '{player_id}' (fila {row}) no está en el plan y la fila no nombra a ningún "
        "jugador; se omite",
    },
}

for _table in (_ERRORS, _CELLS, _SKIPS_AND_NOTES, _SUMMARY):
    register(_table)
