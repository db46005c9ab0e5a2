"""The file name endings Squad Planner knows: its own plans, and what the importer reads.

The importer goes by a file's content; these endings are for file dialogs and file drops.
"""

PLAN_SUFFIX = ".squadplan"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SPREADSHEET_SUFFIXES = WORKBOOK_SUFFIXES + TEXT_SUFFIXES
