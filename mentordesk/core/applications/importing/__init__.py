"""Importing the applications an online form exported: read the file, map its columns, preview, apply.

``reader`` turns bytes into a ``Sheet``; ``mapping`` proposes and stores which column
goes into which field; ``plan`` previews every row and writes the accepted ones in one
transaction. The GUI wizard and the CLI both use only what this package exports.
"""

from mentordesk.core.applications.importing.mapping import (
    FULL_NAME,
    IMPORT_FIELDS,
    Mapping,
    check_mapping,
    field_label,
    load_mapping,
    mapping_from_json,
    program_mapping,
    propose_field,
    propose_mapping,
    remember_mapping,
    save_mapping,
)
from mentordesk.core.applications.importing.plan import (
    ImportPreview,
    ImportResult,
    PreviewRow,
    RowAction,
    RowProblem,
    apply_preview,
    describe_problem,
    preview_import,
    run_import,
    split_full_name,
)
from mentordesk.core.applications.importing.reader import (
    MAX_BYTES,
    MAX_ROWS,
    ImportFileError,
    Sheet,
    read_bytes,
    read_sheet,
)

__all__ = [
    "FULL_NAME",
    "IMPORT_FIELDS",
    "MAX_BYTES",
    "MAX_ROWS",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "Mapping",
    "PreviewRow",
    "RowAction",
    "RowProblem",
    "Sheet",
    "apply_preview",
    "check_mapping",
    "describe_problem",
    "field_label",
    "load_mapping",
    "mapping_from_json",
    "preview_import",
    "program_mapping",
    "propose_field",
    "propose_mapping",
    "read_bytes",
    "read_sheet",
    "remember_mapping",
    "run_import",
    "save_mapping",
    "split_full_name",
]
