"""Load squads and minutes from the spreadsheets staff already have (xlsx, xlsm, xlsb, xls, ods,
csv, tsv, txt).

``import_spreadsheet(path)`` reads without touching any plan; ``merge_import(plan, result)``
applies what was found. For an editable mapping: ``read_table`` -> ``detect_mapping`` ->
``import_table(table, mapping)``.
"""

from planner.importing.errors import SpreadsheetError
from planner.importing.header import FIELDS, Column, Mapping, Match, Table, detect_mapping
from planner.importing.importer import import_spreadsheet, import_table, read_table
from planner.importing.merge import MergeOptions, merge_import
from planner.importing.result import (
    ImportedPlayer,
    ImportResult,
    MergeSummary,
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
    "SkippedRow",
    "SpreadsheetError",
    "Table",
    "YellowCards",
    "detect_mapping",
    "import_spreadsheet",
    "import_table",
    "merge_import",
    "read_table",
]
