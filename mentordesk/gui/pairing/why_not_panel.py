""" "Why not this pair?" beside the board: the rule that forbids it, or the cohort with the pair
forced next to today's optimum, and who would move where."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from mentordesk.core.matching.certificate import Certificate
from mentordesk.core.matching.why_not import WhyNot
from mentordesk.gui import theme
from mentordesk.gui.core_words import core_text
from mentordesk.gui.languages import local_decimal, local_number, local_score
from mentordesk.gui.theme import NamedColor


class WhyNotPanel(QFrame):
    """Shows one answer; the area fills it while a chip is dragged or from a chip's menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whyNotPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Why not this pair?"))
        self.answer: WhyNot | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel(self.tr("Why not this pair?"), self)
        self.title.setObjectName("whyNotTitle")
        self.body = QLabel(self)
        self.body.setObjectName("whyNotBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout.addWidget(scroll, 1)
        self.clear()

    def clear(self) -> None:
        self.answer = None
        self.body.setText(
            self.tr(
                "Drag a mentee over a mentor, or choose “Why not with…” on a mentee's menu, "
                "to see what that pair would cost the whole cohort."
            )
        )

    def show_pair(self, explanation: str) -> None:
        """A selected pair's score with every component's reason."""
        self.answer = None
        self.title.setText(self.tr("This pair"))
        self.body.setText(explanation)

    def show_certificate(self, certificate: Certificate) -> None:
        """The optimal suggestion's certificate, finding by finding, and who waits and why."""
        self.answer = None
        self.title.setText(self.tr("Certificate of the optimal suggestion"))
        lines = [core_text(line) for line in certificate.sentences()]
        findings = "".join(f"<li>{escape(line)}</li>" for line in lines)
        waiting = "".join(
            f"<li>{escape(w.name)}: {escape(core_text(w.reason))}</li>"
            for w in certificate.unmatched[:8]
        )
        more = len(certificate.unmatched) - 8
        if more > 0:
            waiting += "<li>" + self.tr("… and %1 more").replace("%1", local_number(more)) + "</li>"
        self.body.setText(
            f"<ul style='margin-left:-20px'>{findings}</ul>"
            + (
                "<b>"
                + str(self.tr("Waiting"))
                + f"</b><ul style='margin-left:-20px'>{waiting}</ul>"
                if waiting
                else ""
            )
        )
        self.body.setAccessibleName(" ".join(lines))

    def show_answer(self, answer: WhyNot) -> None:
        self.title.setText(self.tr("Why not this pair?"))
        self.answer = answer
        who = (
            f"<b>{escape(answer.mentee)}</b> "
            + str(self.tr("with"))
            + f" <b>{escape(answer.mentor)}</b>"
        )
        if answer.forbidden:
            self.body.setText(
                f"{who}: <span style='color:{theme.hex_of(NamedColor.ERROR_TEXT)}'>"
                + str(self.tr("not allowed"))
                + f"</span><br>"
                f"{escape(core_text(answer.forbidden))}"
            )
        elif answer.paired_today or answer.forced is None:
            score = self.tr("score %1").replace("%1", local_score(answer.score))
            self.body.setText(
                f"{who} ({escape(score)}): " + self.tr("the optimum already pairs them.")
            )
        else:
            forced = answer.forced
            rows = (
                "<tr><th></th><th align='right'>" + str(self.tr("Today")) + "</th>"
                "<th align='right'>" + str(self.tr("With the pair")) + "</th></tr>"
                "<tr><td>" + str(self.tr("Total score")) + f"</td>"
                f"<td align='right'>{local_decimal(answer.optimum.total, 3)}</td>"
                f"<td align='right'>{local_decimal(forced.total, 3)}</td></tr>"
                f"<tr><td>" + str(self.tr("Mentees matched")) + f"</td>"
                f"<td align='right'>{local_number(answer.optimum.matched)}</td>"
                f"<td align='right'>{local_number(forced.matched)}</td></tr>"
            )
            moves = "".join(
                f"<li>{escape(core_text(m.sentence()))}</li>" for m in answer.moves[:12]
            )
            more = (
                "<li>"
                + self.tr("… and %1 more").replace("%1", local_number(len(answer.moves) - 12))
                + "</li>"
                if len(answer.moves) > 12
                else ""
            )
            score = self.tr("score %1").replace("%1", local_score(answer.score))
            cost = self.tr("costs the cohort %1 in total score").replace(
                "%1", local_decimal(answer.cost, 3)
            )
            if answer.fewer_matched:
                cost += self.tr(" and %Ln matched mentee(s)", "", answer.fewer_matched)
            self.body.setText(
                f"{who} ({escape(score)}) {escape(cost)}"
                f"<table cellspacing='6'>{rows}</table>"
                f"<b>"
                + str(self.tr("Who would move"))
                + f"</b><ul style='margin-left:-20px'>{moves}{more}</ul>"
            )
        self.body.setAccessibleName(core_text(answer.summary()))
