"""Entry point for ``python -m mentordesk`` and for the bundle."""

import multiprocessing

from mentordesk.cli import main

if __name__ == "__main__":
    # The bundle starts agreement-export workers by running itself again; this lets
    # such a copy do its work instead of opening a second window.
    multiprocessing.freeze_support()
    raise SystemExit(main())
