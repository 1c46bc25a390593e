"""The filled-in text of one agreement as plain picklable values: what the PDF layout prints.

Kept apart from ``agreements`` (which reads the database) so the worker processes that
lay agreements out import only this, the fonts and ReportLab, and start in a fraction
of the time.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Signer:
    """One signer as printed: name, role line and email."""

    role: str  # "mentor", "mentee", "supervisor"
    name: str
    detail: str = ""  # job title, department, organization
    email: str = ""
    of_role: str = ""  # for a supervisor: whose ("mentor" or "mentee")


@dataclass(frozen=True)
class Block:
    """One printed block of the agreement, already filled in (text is plain, not markup)."""

    kind: str  # "heading", "paragraph", "bullet"
    text: str


@dataclass(frozen=True)
class FilledAgreement:
    title: str
    subtitle: str
    language: str
    parties_heading: str
    parties: tuple[tuple[str, Signer], ...]  # (label, person)
    blocks: tuple[Block, ...]
    signatures_heading: str
    signatures_text: str
    signature_label: str
    date_label: str
    empty: str
