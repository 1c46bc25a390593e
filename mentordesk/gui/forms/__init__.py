"""Python modules compiled from ui/*.ui and resources/*.qrc by scripts/build_ui.py."""
