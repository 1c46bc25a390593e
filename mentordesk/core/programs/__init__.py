"""Programs, their cohorts and terms, and the rules that make each program what it is."""
