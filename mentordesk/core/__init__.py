"""Qt-free core of MentorDesk: models, rules, services, import, matching, reports."""
