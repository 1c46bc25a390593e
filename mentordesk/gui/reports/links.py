"""A written file or folder as a link the Reports area's status line opens."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl


def file_link(path: Path) -> str:
    """A link that opens ``path`` in the desktop's file manager or viewer."""
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'
