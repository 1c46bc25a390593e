"""Writes the test fixtures shaped like each form tool's own export (tests/data/forms/).

Each file has the columns the tool adds itself (Google Forms' Timestamp, Microsoft Forms'
ID/Start time/Completion time/Email/Name, Typeform's #/Response Type/…(UTC)/Network ID,
Jotform's Submission Date/ID/IP), its timestamp style, and answers as people type them.
Run it again after changing a fixture here; the generated files are committed.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "forms"

# The staff program's form went only to HSC staff: no organization, employment type or
# consent question. "Pending" approval, a "Not yet", and a resubmission are in it.
STAFF_PEOPLE = [
    # first, last, email, role, title, dept, supervisor, supervisor email, approved, goals, interests
    (
        "Ana",
        "García López",
        "ana.garcia@salud.unm.edu",
        "Mentee",
        "Program Specialist",
        "Nursing",
        "Beth Young",
        "byoung@salud.unm.edu",
        "Yes",
        "Grow into a supervisory role",
        "Leadership, Budgeting",
    ),
    (
        "Mark",
        "Jones",
        "mark.jones@salud.unm.edu",
        "Mentor",
        "Director of Operations",
        "Nursing",
        "Ellen Park",
        "epark@salud.unm.edu",
        "Yes",
        "Help someone grow",
        "Leadership, Budgeting",
    ),
    (
        "Priya",
        "Singh",
        "p.singh@salud.unm.edu",
        "Mentee",
        "Research Coordinator",
        "Pharmacy",
        "Tomás Ruiz",
        "truiz@salud.unm.edu",
        "Pending",
        "Learn grant administration",
        "Grants, Compliance",
    ),
    (
        "Tomás",
        "Ruiz",
        "truiz@salud.unm.edu",
        "Mentor",
        "Grants Manager",
        "Pharmacy",
        "Ellen Park",
        "epark@salud.unm.edu",
        "Yes",
        "Share grant know-how",
        "Grants, Compliance",
    ),
    (
        "Luis",
        "Martínez",
        "l.martinez@salud.unm.edu",
        "Mentee",
        "Lab Technician",
        "Pharmacy",
        "Kim Ortiz",
        "kortiz@salud.unm.edu",
        "Yes",
        "Career direction",
        "Compliance, Grants",
    ),
    (
        "Grace",
        "Okoro",
        "g.okoro@salud.unm.edu",
        "Mentor",
        "HR Partner",
        "Human Resources",
        "Ellen Park",
        "epark@salud.unm.edu",
        "Yes",
        "Support new supervisors",
        "Leadership, Career direction",
    ),
]
STAFF_TIMES = [
    datetime(2027, 1, 4, 9, 14),
    datetime(2027, 1, 4, 10, 2),
    datetime(2027, 1, 5, 13, 0),
    datetime(2027, 1, 5, 15, 30),
    datetime(2027, 1, 6, 8, 45),
    datetime(2027, 1, 6, 11, 20),
]

# The credential program: mentees type the mentor they picked, without the accents.
CRED_PEOPLE = [
    # full name, email, role, credentials, years, expertise, wants help with, requested
    (
        "Ingrid Sørensen",
        "ingrid.sorensen@ccm.example",
        "Mentor",
        "CCM",
        "14",
        "Utilization review",
        "",
        "",
    ),
    (
        "Harold Wiśniewski",
        "h.wisniewski@ccm.example",
        "Mentor",
        "CCM, RN",
        "22",
        "Workers' compensation",
        "",
        "",
    ),
    (
        "Rosa Adams",
        "r.adams@health.example",
        "Mentor",
        "CCMret",
        "30+",
        "Transitions of care",
        "",
        "",
    ),
    (
        "Tobi Okafor",
        "t.okafor@hosp.example",
        "CMIT (mentee)",
        "",
        "1.5",
        "",
        "Transitions of care",
        "Ingrid Sorensen",
    ),
    (
        "Jane Doe",
        "j.doe@hosp.example",
        "CMIT (mentee)",
        "",
        "2",
        "",
        "Utilization review",
        "harold wisniewski",
    ),
    (
        "Kim Lee",
        "k.lee@care.example",
        "CMIT (mentee)",
        "",
        "3",
        "",
        "Workers' compensation",
        "Adams, Rosa",
    ),
]

# The association: members mentor new members.
ASSOC_PEOPLE = [
    # first, last, email, role, member no., years, goals, topics, formats, capacity, consent
    (
        "María",
        "Núñez",
        "maria.nunez@uni.example",
        "Mentor",
        "H-10231",
        "6 years",
        "Share crisis response",
        "Crisis response; Students of concern",
        "Video call",
        "2",
        "Yes",
    ),
    (
        "Seán",
        "O'Brien",
        "sean.obrien@college.example",
        "Mentee",
        "H-10877",
        "less than 1",
        "Build a BIT referral process",
        "Behavioral intervention teams",
        "In person",
        "",
        "Yes",
    ),
    (
        "Jamie",
        "Nguyễn",
        "j.nguyen@state.example",
        "Mentor",
        "H-09912",
        "15+",
        "Give back",
        "Documentation, Crisis response",
        "Video call",
        "lots",
        "Yes",
    ),
    (
        "Amélie",
        "Durand",
        "amelie.durand@ecole.example",
        "I want to be mentored",
        "H-11990",
        "3 years",
        "Améliorer mes compétences",
        "Documentation",
        "Video call",
        "",
        "Yes",
    ),
]


def _csv(
    path: Path, headers: list[str], rows: list[list[object]], encoding: str = "utf-8-sig"
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


def _xlsx(path: Path, headers: list[str], rows: list[list[object]], title: str = "Sheet1") -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def staff_google_csv() -> None:
    headers = [
        "Timestamp",
        "Email Address",
        "First name",
        "Last name",
        "I would like to participate as a",
        "Job title",
        "Department",
        "Supervisor's name",
        "Supervisor's email",
        "Has your supervisor approved your participation?",
        "What are your goals for this mentoring partnership?",
        "Interests",
    ]
    rows = []
    for when, p in zip(STAFF_TIMES, STAFF_PEOPLE, strict=True):
        # Google writes the form owner's offset (Mountain time, MST in January).
        stamp = f"{when:%Y/%m/%d} {when:%I:%M:%S %p} GMT-7".replace(" 0", " ", 1)
        rows.append([stamp, p[2], p[0], p[1], *p[3:]])
    # A later resubmission: Luis's supervisor has now approved.
    rows.append(
        [
            "2027/01/08 4:10:00 PM GMT-7",
            STAFF_PEOPLE[4][2],
            "Luis",
            "Martínez",
            *STAFF_PEOPLE[4][3:8],
            "Yes",
            "Career direction in research administration",
            "Compliance, Grants",
        ]
    )
    _csv(OUT / "staff_google_forms_no_org.csv", headers, rows)


def staff_msforms_xlsx() -> None:
    headers = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Last modified time",
        "Email address",
        "First name",
        "Last name",
        "I would like to participate as a",
        "Job title",
        "Department",
        "Supervisor's name",
        "Supervisor's email",
        "Has your supervisor approved your participation?",
        "What are your goals for this mentoring partnership?",
        "Interests",
    ]
    rows: list[list[object]] = []
    for n, (when, p) in enumerate(zip(STAFF_TIMES, STAFF_PEOPLE, strict=True), start=1):
        start = when.replace(minute=max(0, when.minute - 9))
        # An anonymous Microsoft form: the respondent columns say "anonymous".
        rows.append([n, start, when, "anonymous", "anonymous", None, p[2], p[0], p[1], *p[3:]])
    _xlsx(OUT / "staff_microsoft_forms_no_org.xlsx", headers, rows, "Form1")


def credential_jotform_csv() -> None:
    headers = [
        "Submission Date",
        "Full Name",
        "E-mail",
        "Are you applying as a Mentor or a CMIT (mentee)?",
        "Credentials held (e.g. CCM, CCMret, RN)",
        "Years in case management",
        "Areas of expertise",
        "Areas you'd like help with",
        "Preferred mentor from the Mentor Directory (name or email)",
        "Consent to share my profile in the Mentor Directory",
        "Submission ID",
        "Submission IP",
        "Last Update Date",
    ]
    rows = []
    for n, p in enumerate(CRED_PEOPLE):
        hour = 9 + n  # Jotform writes a 12-hour clock
        stamp = f"Mar {14 + n}, 2026 {(hour - 1) % 12 + 1}:05 {'AM' if hour < 12 else 'PM'}"
        rows.append([stamp, *p[:2], p[2], *p[3:], "Yes", f"58123{n:05d}", f"203.0.113.{n + 7}", ""])
    _csv(OUT / "credential_jotform_requests.csv", headers, rows, encoding="utf-8")


def credential_msforms_xlsx() -> None:
    headers = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Full name",
        "Email address",
        "Are you applying as a Mentor or a CMIT (mentee)?",
        "Credentials held (e.g. CCM, CCMret, RN)",
        "Years in case management",
        "Areas of expertise",
        "Areas you'd like help with",
        "Preferred mentor from the Mentor Directory (name or email)",
        "Consent to share my profile in the Mentor Directory",
    ]
    rows: list[list[object]] = []
    for n, p in enumerate(CRED_PEOPLE, start=1):
        done = datetime(2026, 3, 13 + n, 9, 5, 12)
        rows.append(
            [n, done.replace(minute=1), done, "anonymous", "anonymous", *p[:2], p[2], *p[3:], "Yes"]
        )
    _xlsx(OUT / "credential_microsoft_forms_requests.xlsx", headers, rows)


def association_typeform_csv() -> None:
    headers = [
        "#",
        "First name",
        "Last name",
        "Email",
        "Are you applying to be a mentor or a mentee?",
        "HECMA Membership Number",
        "How many years have you worked as a Higher Education Case Manager?",
        "What do you hope to achieve through this program?",
        "Which topics interest you most?",
        "Preferred meeting format",
        "If you are a mentor, how many mentees can you take on?",
        "I agree to the program guidelines",
        "Response Type",
        "Start Date (UTC)",
        "Stage Date (UTC)",
        "Submit Date (UTC)",
        "Network ID",
        "Tags",
    ]
    rows = []
    for n, p in enumerate(ASSOC_PEOPLE):
        submitted = f"2026-03-0{2 + n} 1{4 + n}:41:07"
        rows.append(
            [f"k3j2l{n}x9qwe", *p, "completed", submitted, submitted, submitted, f"a1b2c3{n}", ""]
        )
    _csv(OUT / "association_typeform.csv", headers, rows, encoding="utf-8")


def association_jotform_xlsx() -> None:
    headers = [
        "Submission Date",
        "Name",
        "E-mail",
        "Are you applying to be a mentor or a mentee?",
        "HECMA Membership Number",
        "How many years have you worked as a Higher Education Case Manager?",
        "What do you hope to achieve through this program?",
        "Which topics interest you most?",
        "Preferred meeting format",
        "If you are a mentor, how many mentees can you take on?",
        "I agree to the program guidelines",
        "Submission ID",
        "Submission IP",
    ]
    rows: list[list[object]] = []
    for n, p in enumerate(ASSOC_PEOPLE):
        # Jotform writes its dates as text in the form owner's style, with the zone name.
        stamp = f"2027/01/0{1 + n} 1:00:00 PM MST"
        rows.append([stamp, f"{p[1]}, {p[0]}", *p[2:], f"57{n:07d}", f"198.51.100.{n + 3}"])
    _xlsx(OUT / "association_jotform.xlsx", headers, rows, "Submissions")


def association_mixed_encoding_csv() -> None:
    """Rows pasted together from two exports: UTF-8 lines and Windows-1252 lines."""
    headers = [
        "Timestamp",
        "Email Address",
        "First Name",
        "Last Name",
        "Are you applying to be a mentor or a mentee?",
        "HECMA Membership Number",
        "I agree to the program guidelines",
    ]
    lines = [",".join(headers).encode("utf-8")]
    people = [
        ("2026/03/02 9:41:07 AM GMT-5", "maria.nunez@uni.example", "María", "Núñez", "utf-8"),
        ("2026/03/02 9:50:00 AM GMT-5", "jose.benitez@uni.example", "José", "Benítez", "cp1252"),
        ("2026/03/03 1:12:40 PM GMT-5", "amelie.durand@ecole.example", "Amélie", "Durand", "utf-8"),
        ("2026/03/03 2:00:00 PM GMT-5", "zoe.muller@uni.example", "Zoë", "Müller", "cp1252"),
    ]
    for stamp, email, first, last, encoding in people:
        line = f"{stamp},{email},{first},{last},Mentee,H-1{len(lines):04d},Yes"
        lines.append(line.encode(encoding))
    (OUT / "association_mixed_encoding.csv").write_bytes(b"\r\n".join(lines) + b"\r\n")


# --- the other tools for each program: the same questions, each tool's own columns -------

STAFF_QUESTIONS = [
    "Email",
    "First name",
    "Last name",
    "I would like to participate as a",
    "Job title",
    "Department",
    "Supervisor's name",
    "Supervisor's email",
    "Has your supervisor approved your participation?",
    "What are your goals for this mentoring partnership?",
    "Interests",
]
CRED_QUESTIONS = [
    "Full Name",
    "E-mail",
    "Are you applying as a Mentor or a CMIT (mentee)?",
    "Credentials held (e.g. CCM, CCMret, RN)",
    "Years in case management",
    "Areas of expertise",
    "Areas you'd like help with",
    "Preferred mentor from the Mentor Directory (name or email)",
    "Consent to share my profile in the Mentor Directory",
]
ASSOC_QUESTIONS = [
    "First name",
    "Last name",
    "Email",
    "Are you applying to be a mentor or a mentee?",
    "HECMA Membership Number",
    "How many years have you worked as a Higher Education Case Manager?",
    "What do you hope to achieve through this program?",
    "Which topics interest you most?",
    "Preferred meeting format",
    "If you are a mentor, how many mentees can you take on?",
    "I agree to the program guidelines",
]


def _answers(program: str) -> tuple[list[str], list[list[object]], list[datetime], int]:
    """A program's questions, each applicant's answers, local submission times, UTC offset."""
    if program == "staff":
        answers: list[list[object]] = [[p[2], p[0], p[1], *p[3:]] for p in STAFF_PEOPLE]
        return STAFF_QUESTIONS, answers, STAFF_TIMES, -7  # Mountain time in January
    if program == "credential":
        times = [datetime(2026, 3, 14 + n, 9 + n, 5) for n in range(len(CRED_PEOPLE))]
        return CRED_QUESTIONS, [[*p, "Yes"] for p in CRED_PEOPLE], times, -5  # CDT in March
    times = [datetime(2026, 3, 2 + n, 9 + n, 41, 7) for n in range(len(ASSOC_PEOPLE))]
    return ASSOC_QUESTIONS, [list(p) for p in ASSOC_PEOPLE], times, -5  # EST in early March


def _google(program: str) -> tuple[list[str], list[list[object]]]:
    questions, answers, times, offset = _answers(program)
    rows: list[list[object]] = []
    for when, answer in zip(times, answers, strict=True):
        stamp = f"{when:%Y/%m/%d} {when:%I:%M:%S %p} GMT{offset}".replace(" 0", " ", 1)
        rows.append([stamp, *answer])
    return ["Timestamp", *questions], rows


def _msforms(program: str) -> tuple[list[str], list[list[object]]]:
    questions, answers, times, _offset = _answers(program)
    headers = ["ID", "Start time", "Completion time", "Email", "Name", *questions]
    rows: list[list[object]] = []
    for n, (when, answer) in enumerate(zip(times, answers, strict=True), start=1):
        rows.append([n, when - timedelta(minutes=6), when, "anonymous", "anonymous", *answer])
    return headers, rows


def _typeform(program: str) -> tuple[list[str], list[list[object]]]:
    questions, answers, times, offset = _answers(program)
    headers = [
        "#",
        *questions,
        "Response Type",
        "Start Date (UTC)",
        "Stage Date (UTC)",
        "Submit Date (UTC)",
        "Network ID",
        "Tags",
    ]
    rows: list[list[object]] = []
    for n, (when, answer) in enumerate(zip(times, answers, strict=True)):
        utc = f"{when - timedelta(hours=offset):%Y-%m-%d %H:%M:%S}"
        started = f"{when - timedelta(hours=offset, minutes=7):%Y-%m-%d %H:%M:%S}"
        rows.append(
            [f"t{program[:3]}{n}x9z", *answer, "completed", started, utc, utc, f"9f8e{n:03d}", ""]
        )
    return headers, rows


def _jotform(program: str) -> tuple[list[str], list[list[object]]]:
    questions, answers, times, _offset = _answers(program)
    headers = ["Submission Date", *questions, "Submission ID", "Submission IP"]
    rows: list[list[object]] = []
    for n, (when, answer) in enumerate(zip(times, answers, strict=True)):
        stamp = f"{when:%b} {when.day}, {when.year} {when:%I:%M %p}".replace(" 0", " ")
        rows.append([stamp, *answer, f"59{n:08d}", f"192.0.2.{n + 20}"])
    return headers, rows


def other_tools() -> None:
    """The tool and program pairs the files above leave out, so each tool meets each program."""
    for program, tool, name in (
        ("staff", _typeform, "staff_typeform.csv"),
        ("staff", _jotform, "staff_jotform.xlsx"),
        ("credential", _google, "credential_google_forms.csv"),
        ("credential", _typeform, "credential_typeform.xlsx"),
        ("association", _msforms, "association_microsoft_forms.xlsx"),
    ):
        headers, rows = tool(program)
        suffix = name.rsplit(".", 1)[1]
        if suffix == "csv":
            _csv(OUT / name, headers, rows)
        else:
            _xlsx(OUT / name, headers, rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    staff_google_csv()
    staff_msforms_xlsx()
    credential_jotform_csv()
    credential_msforms_xlsx()
    association_typeform_csv()
    association_jotform_xlsx()
    association_mixed_encoding_csv()
    other_tools()
    print(f"Wrote the form fixtures to {OUT}")


if __name__ == "__main__":
    main()
