"""The demo programs: one per preset, with a living board and calendar (uses every domain)."""
