"""Load squads and minutes from the spreadsheets staff already have (xlsx, xlsm, xlsb, xls, ods,
csv, tsv, txt).

``import_spreadsheet(path)`` reads without touching any plan; ``merge_import(plan, result)``
applies what was found (``near_misses(plan, result)`` lists the look-alike names first, for
staff to decide in ``MergeOptions.names``). For an editable mapping: ``read_table`` ->
``detect_mapping`` -> ``import_table(table, mapping)``.
"""

from planner.importing.errors import SpreadsheetError
from planner.importing.header import FIELDS, Column, Mapping, Match, Table, detect_mapping
from planner.importing.importer import import_spreadsheet, import_table, read_table
from planner.importing.merge import (
    MergeOptions,
    NameChoice,
    NewPlayer,
    SamePlayer,
    SkipName,
    merge_import,
    near_misses,
)
from planner.importing.result import (
    ImportedPlayer,
    ImportResult,
    MergeSummary,
    NearMatch,
    SkippedRow,
    YellowCards,
)

__all__ = [
    "FIELDS",
    "Column",
    "ImportResult",
    "ImportedPlayer",
    "Mapping",
    "Match",
    "MergeOptions",
    "MergeSummary",
    "NameChoice",
    "NearMatch",
    "NewPlayer",
    "SamePlayer",
    "SkipName",
    "SkippedRow",
    "SpreadsheetError",
    "Table",
    "YellowCards",
    "detect_mapping",
    "import_spreadsheet",
    "import_table",
    "merge_import",
    "near_misses",
    "read_table",
]
