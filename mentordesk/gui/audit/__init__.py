"""The Audit area of the main window."""

from mentordesk.gui.audit.area import AuditArea

__all__ = ["AuditArea"]
