"""The pairing board: drag-and-drop pairing with scores, hard rules, the optimizer and undo."""

from mentordesk.gui.pairing.area import PairingArea

__all__ = ["PairingArea"]
