"""A realistic, deterministic demo: one program per preset, one cohort each, 130+ applications.

Made for a first look and for screenshots: names in several languages, several
departments, a few ineligible applicants (each for a reason the rules give), a
supervisor among the mentors, mentor capacities from 1 to 3.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.core.applications.records import add_application
from mentordesk.core.errors import ConflictError
from mentordesk.core.programs.cohorts import create_cohort, create_program, program_rules
from mentordesk.core.storage.models import (
    Application,
    Cohort,
    CohortStatus,
    Pairing,
    PairingStatus,
    Program,
)
from mentordesk.demo.calendar import add_demo_calendar

SEED = 20260901

FIRST_NAMES = (
    "Zoë",
    "José",
    "Ana-María",
    "Siobhán",
    "Thanh",
    "Chloé",
    "François",
    "Bjørn",
    "Ngozi",
    "Priya",
    "Mei",
    "Łukasz",
    "Søren",
    "Inés",
    "Aoife",
    "Mateo",
    "Fatima",
    "Kwame",
    "Élodie",
    "Hannah",
    "Marcus",
    "Dolores",
    "Tomás",
    "Yuki",
    "Amara",
    "Rafael",
    "Leilani",
    "Noor",
    "Grace",
    "Darnell",
    "Camila",
    "Oluwaseun",
    "Jürgen",
    "Renée",
    "Santiago",
    "Aisha",
    "Liam",
    "Beatriz",
    "Hoa",
    "Emeka",
    "Maëlle",
    "Connor",
    "Ximena",
    "Ravi",
    "Sinéad",
)
LAST_NAMES = (
    "O'Brien",
    "Nguyễn",
    "García",
    "Müller",
    "D'Angelo",
    "Okafor",
    "Kowalski",
    "Johansson",
    "Tremblay",
    "Fernández",
    "Patel",
    "Chen",
    "Ó Súilleabháin",
    "Mbeki",
    "Lefèvre",
    "Trần",
    "Hernández",
    "Walsh",
    "Yamamoto",
    "Adeyemi",
    "Castañeda",
    "Lindqvist",
    "Rossi",
    "MacLeod",
    "Benítez",
    "Kim",
    "Dubois",
    "Phạm",
    "Santos",
    "Novák",
    "O'Neill",
    "Haddad",
    "Jiménez",
    "Begay",
    "Schäfer",
    "Ramírez",
    "N'Diaye",
    "Lê",
    "Moreau",
    "Gutiérrez",
)


@dataclass(frozen=True)
class DemoSummary:
    programs: int
    cohorts: int
    applications: int


_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae"}
)


def _ascii(text: str) -> str:
    plain = (
        unicodedata.normalize("NFKD", text.translate(_LETTERS)).encode("ascii", "ignore").decode()
    )
    return "".join(ch for ch in plain.lower() if ch.isalnum())


class _People:
    """Hands out distinct, plausible people from a seeded generator.

    Names are distinct too, not only emails: two "Amara Walsh" on one pairing board
    would look like one mentee paired twice.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[tuple[str, str]] = set()

    def next(self, domain: str) -> dict[str, str]:
        while True:
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
            if (first, last) not in self.used:
                self.used.add((first, last))
                email = f"{_ascii(first)}.{_ascii(last)}@{domain}"
                return {"first_name": first, "last_name": last, "email": email}


def _pick(rng: random.Random, pool: tuple[str, ...], low: int, high: int) -> str:
    return ", ".join(rng.sample(pool, rng.randint(low, high)))


def _submitted(rng: random.Random, opened: date) -> datetime:
    return datetime.combine(opened, datetime.min.time()) + timedelta(
        days=rng.randint(0, 30), hours=rng.randint(7, 21), minutes=rng.randint(0, 59)
    )


# --- program A: association of case managers ----------------------------------------

A_TOPICS = (
    "crisis response",
    "threat assessment",
    "caseload management",
    "documentation",
    "campus partnerships",
    "food insecurity",
    "mental health referrals",
    "Title IX",
    "student conduct",
    "basic needs",
    "burnout prevention",
    "graduate students",
    "first-generation students",
    "housing insecurity",
    "care team leadership",
)
A_SCHOOLS = (
    ("State University", "Columbus, OH"),
    ("Lakeside College", "Madison, WI"),
    ("Coastal University", "Charleston, SC"),
    ("Mountain State University", "Boulder, CO"),
    ("Riverside Community College", "Sacramento, CA"),
    ("Northern Tech", "Houghton, MI"),
)
A_DEPARTMENTS = (
    "Dean of Students",
    "Counseling Center",
    "Student Affairs",
    "Residence Life",
    "Disability Services",
    "Student Support",
)
A_GOALS = (
    "Build a sustainable caseload system and learn when to refer out.",
    "I'm new to case management and want a sounding board for difficult cases.",
    "Grow a CARE team at my institution from scratch; we don't have one yet.",
    "Develop confidence presenting to faculty and campus partners.",
    "Learn how other schools handle after-hours crisis coverage and documentation.",
)


def _program_a(session: Session, rng: random.Random, people: _People) -> Cohort:
    program = create_program(
        session, "HECMA Mentorship Program", "association", contact_email="mentorship@hecma.example"
    )
    cohort = create_cohort(
        session,
        program,
        "2026–27",
        date(2026, 8, 17),
        date(2027, 5, 28),
        terms=[
            ("Fall 2026", date(2026, 8, 17), date(2026, 12, 18)),
            ("Spring 2027", date(2027, 1, 11), date(2027, 5, 28)),
        ],
        timezone="America/New_York",
    )
    opened = date(2026, 3, 2)
    for i in range(16):
        school, city = rng.choice(A_SCHOOLS)
        years = rng.choice(("3", "5 years", "2.5", "10+", "7", "4 yrs", "15+"))
        if i == 3:
            years = "less than 1"  # ineligible: the program asks for one year
        person = people.next("mentor.hecma.example")
        _add(
            session,
            cohort,
            person,
            role="mentor",
            job_title="Case Manager",
            department=rng.choice(A_DEPARTMENTS),
            organization=school,
            location=city,
            years_experience=years,
            membership_id=f"HECMA-{1000 + i}",
            expertise=_pick(rng, A_TOPICS, 2, 4),
            interests=_pick(rng, A_TOPICS, 1, 3),
            meeting_formats=rng.choice(("video", "phone, video", "video, in person")),
            capacity=str(rng.choice((1, 1, 2, 2, 3))),
            consent="Yes",
            submitted_at=_submitted(rng, opened),
        )
    for i in range(26):
        school, city = rng.choice(A_SCHOOLS)
        person = people.next(f"{_ascii(school.split()[0])}.edu")
        _add(
            session,
            cohort,
            person,
            role="mentee",
            job_title=rng.choice(("Case Manager", "Associate Case Manager", "Care Coordinator")),
            department=rng.choice(A_DEPARTMENTS),
            organization=school,
            location=city,
            years_experience=rng.choice(("less than 1", "1", "0.5", "2")),
            membership_id="" if i in (4, 17) else f"HECMA-{2000 + i}",  # two non-members
            goals=rng.choice(A_GOALS),
            interests=_pick(rng, A_TOPICS, 2, 4),
            meeting_formats=rng.choice(("video", "phone", "video, in person")),
            consent="Yes",
            submitted_at=_submitted(rng, opened),
        )
    return cohort


# --- program B: credential registry ---------------------------------------------------

B_TOPICS = (
    "exam preparation",
    "construction claims",
    "scheduling",
    "cost management",
    "contract administration",
    "risk management",
    "public sector projects",
    "owner's representative",
    "quality management",
    "project controls",
    "safety",
)
B_ORGS = (
    "Turner & Hale",
    "City of Portland",
    "Skanska-Ortiz JV",
    "State DOT",
    "Arcadis",
    "Port Authority",
    "Harbor Builders",
    "County Public Works",
)


def _program_b(session: Session, rng: random.Random, people: _People) -> Cohort:
    program = create_program(
        session, "CMIT Mentor Registry", "credential", contact_email="mentors@cmaa.example"
    )
    cohort = create_cohort(
        session,
        program,
        "2026 Registry",
        date(2026, 1, 5),
        date(2027, 12, 17),
        timezone="America/Chicago",
    )
    opened = date(2025, 11, 3)
    mentors: list[dict[str, str]] = []
    for i in range(18):
        credentials = rng.choice(("CCM", "CCM, PMP", "CCMret", "CCM, PE", "CCM"))
        if i in (5, 11):
            credentials = "PMP"  # no CCM: not on the registry
        person = people.next("cm.example")
        mentors.append(person)
        _add(
            session,
            cohort,
            person,
            role="mentor",
            job_title=rng.choice(
                ("Senior Construction Manager", "Program Manager", "Principal", "Project Executive")
            ),
            organization=rng.choice(B_ORGS),
            department="Construction Management",
            location=rng.choice(("Portland, OR", "Chicago, IL", "Dallas, TX", "Remote")),
            years_experience=str(rng.randint(8, 30)),
            credentials=credentials,
            expertise=_pick(rng, B_TOPICS, 2, 4),
            interests=_pick(rng, B_TOPICS, 1, 2),
            meeting_formats=rng.choice(("video", "phone, video")),
            capacity=str(rng.choice((1, 2, 3))),
            consent="Yes",
            submitted_at=_submitted(rng, opened),
        )
    for i in range(32):
        person = people.next("cmit.example")
        requested = mentors[rng.randrange(len(mentors))]["email"] if i % 3 != 2 else ""
        _add(
            session,
            cohort,
            person,
            role="mentee",
            job_title="Assistant Project Manager",
            organization=rng.choice(B_ORGS),
            department="Construction Management",
            location=rng.choice(("Portland, OR", "Chicago, IL", "Dallas, TX", "Remote")),
            years_experience=str(rng.randint(1, 6)),
            credentials="CMIT",
            goals="Earn the CCM: "
            + rng.choice(
                (
                    "I need guidance on documenting my responsible-in-charge experience.",
                    "Plan my study for the exam and close gaps in cost management.",
                    "Understand what counts as qualifying experience on public projects.",
                )
            ),
            interests=_pick(rng, B_TOPICS, 2, 3),
            requested_mentor=requested,
            meeting_formats=rng.choice(("video", "phone")),
            consent="No" if i == 9 else "Yes",
            submitted_at=_submitted(rng, opened),
        )
    return cohort


# --- program C: university staff ------------------------------------------------------

C_DEPARTMENTS = (
    "Nursing",
    "Pharmacy",
    "Radiology",
    "Human Resources",
    "Finance",
    "Research Administration",
    "IT Services",
    "Pediatrics",
    "Library",
    "Facilities",
)
C_TOPICS = (
    "leadership",
    "project management",
    "budgeting",
    "public speaking",
    "grant writing",
    "career planning",
    "work-life balance",
    "supervising staff",
    "data analysis",
    "process improvement",
    "conflict resolution",
    "networking",
)


def _program_c(session: Session, rng: random.Random, people: _People) -> Cohort:
    program = create_program(
        session, "HSC Staff Mentorship Program", "staff", contact_email="mentoring@hsc.example"
    )
    cohort = create_cohort(
        session,
        program,
        "Rollout 2026",
        date(2026, 9, 14),
        date(2027, 5, 14),
        terms=[
            ("Fall 2026", date(2026, 9, 14), date(2026, 12, 18)),
            ("Spring 2027", date(2027, 1, 11), date(2027, 5, 14)),
        ],
        timezone="America/Denver",
    )
    opened = date(2026, 6, 1)
    mentors: list[dict[str, str]] = []
    for i in range(20):
        person = people.next("hsc.example")
        mentors.append(person)
        department = C_DEPARTMENTS[i % len(C_DEPARTMENTS)]
        _add(
            session,
            cohort,
            person,
            role="mentor",
            job_title=rng.choice(
                ("Manager", "Senior Analyst", "Director", "Supervisor", "Program Coordinator")
            ),
            department=department,
            organization="HSC",
            employment_type="staff",
            location=rng.choice(("North Campus", "Health Sciences Center", "Remote")),
            years_experience=str(rng.randint(4, 25)),
            supervisor_name="Dana Whitfield",
            supervisor_email="dana.whitfield@hsc.example",
            supervisor_approved="Yes",
            expertise=_pick(rng, C_TOPICS, 2, 4),
            interests=_pick(rng, C_TOPICS, 1, 3),
            meeting_formats=rng.choice(("in person", "video, in person", "video")),
            capacity=str(rng.choice((1, 1, 2))),
            consent="Yes",
            submitted_at=_submitted(rng, opened),
        )
    supervisor = mentors[0]  # a mentor who also supervises two of the mentees
    for i in range(28):
        person = people.next("hsc.example")
        department = C_DEPARTMENTS[(i * 3) % len(C_DEPARTMENTS)]
        fields: dict[str, Any] = dict(
            role="mentee",
            job_title=rng.choice(
                ("Administrative Assistant", "Analyst", "Coordinator", "Technician", "Specialist")
            ),
            department=department,
            organization="HSC",
            employment_type="staff",
            location=rng.choice(("North Campus", "Health Sciences Center", "Remote")),
            years_experience=rng.choice(("1", "2", "less than 1", "3")),
            supervisor_name="Pat Morales",
            supervisor_email="pat.morales@hsc.example",
            supervisor_approved="Yes",
            goals=rng.choice(
                (
                    "Prepare for a supervisory role within two years.",
                    "Learn how decisions are made across HSC and build my network outside "
                    "my department.",
                    "Improve my project management and presentation skills.",
                    "Explore a move from clinical support into research administration.",
                )
            ),
            interests=_pick(rng, C_TOPICS, 2, 4),
            meeting_formats=rng.choice(("in person", "video", "video, in person")),
            consent="Yes",
            submitted_at=_submitted(rng, opened),
        )
        if i in (2, 14):
            fields.update(
                supervisor_name=f"{supervisor['first_name']} {supervisor['last_name']}",
                supervisor_email=supervisor["email"],
            )
        if i == 6:
            fields.update(organization="Main Campus")  # the program excludes main campus
        if i == 11:
            fields.update(employment_type="faculty", job_title="Assistant Professor")
        if i == 19:
            fields.update(supervisor_approved="")  # approval not yet received
        _add(session, cohort, person, **fields)
    return cohort


def _add(session: Session, cohort: Cohort, person: dict[str, str], **fields: Any) -> Application:
    return add_application(session, cohort, {**person, **fields})


# What demo pairs focus on, by the rule that says what a pair's focus is.
_FOCUS_EXAMPLES: dict[str, tuple[str, ...]] = {
    "emphasis_area": (
        "Caseload management and boundaries",
        "Crisis response and campus partnerships",
        "Documentation and case notes",
        "Building a referral network",
    ),
    "goals": (
        "Lead a project from plan to report",
        "Prepare for a supervisory role",
        "Present with confidence to leadership",
        "Navigate HSC budget and grants processes",
    ),
    "credential": (
        "Supervised hours toward the CCM exam",
        "Exam preparation: care delivery and reimbursement",
        "Documenting experience for the application",
    ),
}


def _pair_demo_cohort(session: Session, cohort: Cohort) -> None:
    """The board a few weeks in: the optimizer's pairing applied, most pairs confirmed, some
    locked, some agreements back signed; whoever the rules leave out stays unpaired."""
    from mentordesk.core.matching.pairs import apply_proposal
    from mentordesk.core.matching.solver import propose_pairing

    apply_proposal(session, propose_pairing(session, cohort.id))
    pairs = session.scalars(
        select(Pairing)
        .where(Pairing.cohort_id == cohort.id, Pairing.status == PairingStatus.ACTIVE)
        .order_by(Pairing.mentor_id, Pairing.mentee_id)
    ).all()
    focuses = _FOCUS_EXAMPLES[program_rules(cohort.program).focus]
    for k, pairing in enumerate(pairs):
        pairing.confirmed = k % 3 != 2  # a third still drafts to adjust on the board
        pairing.locked = k % 5 == 0
        if pairing.confirmed and k % 2 == 0:
            pairing.agreement_signed_on = cohort.start_date - timedelta(days=5 + k % 9)
        # Confirmed pairs were published and told; the rest are still proposals.
        if pairing.confirmed and k % 4 != 1:
            pairing.published_at = datetime.combine(
                cohort.start_date - timedelta(days=14), datetime.min.time()
            )
            # Most pairs told have agreed on their focus; some will at their first meeting.
            if k % 3 != 1:
                pairing.emphasis_area = focuses[k % len(focuses)]
    session.flush()


def build_demo(session: Session) -> DemoSummary:
    """Fill an empty database (or one without the demo programs) with the demo year."""
    if session.scalar(
        select(func.count())
        .select_from(Program)
        .where(
            Program.name.in_(
                ("HECMA Mentorship Program", "CMIT Mentor Registry", "HSC Staff Mentorship Program")
            )
        )
    ):
        raise ConflictError("The demo programs are already in this database")
    rng = random.Random(SEED)
    people = _People(rng)
    cohorts = [
        _program_a(session, rng, people),
        _program_b(session, rng, people),
        _program_c(session, rng, people),
    ]
    session.flush()
    # Pairs first (the optimizer's proposal), then the calendar, which plans meetings
    # for whatever pairs exist by now.
    for cohort in cohorts:
        _pair_demo_cohort(session, cohort)
    for cohort in cohorts:
        add_demo_calendar(session, cohort.id)
        # The demo's year is under way: its cohorts have started and have their pairs.
        cohort.status = CohortStatus.ACTIVE
    applications = (
        session.scalar(
            select(func.count())
            .select_from(Application)
            .where(Application.cohort_id.in_([c.id for c in cohorts]))
        )
        or 0
    )
    return DemoSummary(programs=3, cohorts=len(cohorts), applications=applications)


def build_demo_once(session: Session) -> DemoSummary | None:
    """The demo year in a database with no cohort yet; a database in use is left alone."""
    if session.scalar(select(func.count()).select_from(Cohort)):
        return None
    return build_demo(session)
