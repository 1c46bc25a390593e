"""This committee member's choices on this computer (kept with ``QSettings``), read at
start-up without the Preferences dialog and the mail core it brings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSettings

_ACTOR_KEY = "preferences/auditName"
_AS_OF_KEY = "preferences/needsAttentionAsOf"


@dataclass(frozen=True)
class Preferences:
    """This committee member's choices on this computer."""

    #: The name the audit trail gives this window's changes ("" : the login name).
    actor: str = ""
    #: The day Needs attention counts to (None: today, whatever day it is).
    as_of: date | None = None

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        actor = str(settings.value(_ACTOR_KEY, "") or "").strip()
        as_of: date | None = None
        try:
            text = str(settings.value(_AS_OF_KEY, "") or "")
            as_of = date.fromisoformat(text) if text else None
        except ValueError:  # edited by hand: fall back to today rather than refuse to start
            as_of = None
        return cls(actor=actor, as_of=as_of)

    def save(self, settings: QSettings) -> None:
        settings.setValue(_ACTOR_KEY, self.actor)
        settings.setValue(_AS_OF_KEY, self.as_of.isoformat() if self.as_of else "")
        settings.sync()
