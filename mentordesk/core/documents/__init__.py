"""What MentorDesk prints and exports: fonts, agreements and the cohort summary."""
