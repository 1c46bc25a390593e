"""MentorDesk: run a mentorship program's year from one desktop application."""

__version__ = "0.1.0"
