"""A desk whose change takes a while, for the change-mark tests.

``python -m tests.core.storage.held_write DB APPLICATION HOLD_SECONDS DESK`` saves one
audited field edit of the application. Once the edit and its audit entries are in the
database, but not committed, it prints ``written <ids>`` (its audit entries' ids, or
``written -`` when none has an id yet) and holds the transaction open for HOLD_SECONDS;
then it commits and prints ``committed``, or prints ``refused <message>`` for a refusal the
committee would read.
"""

from __future__ import annotations

import sys
import time

from sqlalchemy import select

from mentordesk.core.applications.records import get_application, update_application
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import AuditEntry


def main(address: str, application: int, hold: float, desk: str) -> None:
    db = Database(address)
    with db.reading() as session:
        version = get_application(session, application).version
    try:
        with db.transaction(actor=desk) as session:
            mark = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
            update_application(session, application, "department", desk, expected_version=version)
            session.flush()
            ids = session.scalars(
                select(AuditEntry.id).where(AuditEntry.id > (mark or 0), AuditEntry.actor == desk)
            ).all()
            print("written", ",".join(map(str, ids)) or "-", flush=True)
            time.sleep(hold)
        print("committed", flush=True)
    except MentorDeskError as exc:
        print("refused", exc, flush=True)
    finally:
        db.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4])
