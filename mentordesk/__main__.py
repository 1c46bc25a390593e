"""Entry point for ``python -m mentordesk``."""

from mentordesk.cli import main

raise SystemExit(main())
