"""Entry point for ``python -m mentordesk`` and for the bundle."""

import sys

from mentordesk.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        # The bundle starts agreement-export workers by running itself again; this lets
        # such a copy do its work instead of opening a second window. (Elsewhere it does
        # nothing, and the import alone costs the window's first paint 20 ms.)
        multiprocessing.freeze_support()
    raise SystemExit(main())
