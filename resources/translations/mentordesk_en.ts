<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n agreement(s)</source>
        <translation>
            <numerusform>Wrote %n agreement</numerusform>
            <numerusform>Wrote %n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicantsArea</name>
    <message numerus="yes">
        <source>Decided %n application(s)</source>
        <translation>
            <numerusform>Decided %n application</numerusform>
            <numerusform>Decided %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicants selected</source>
        <translation>
            <numerusform>%n applicant selected</numerusform>
            <numerusform>%n applicants selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n application(s)</source>
        <translation>
            <numerusform>Deleted %n application</numerusform>
            <numerusform>Deleted %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n address(es)</source>
        <translation>
            <numerusform>Copied %n address</numerusform>
            <numerusform>Copied %n addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n mentor</numerusform>
            <numerusform>%n mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n free place</numerusform>
            <numerusform>%n free places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardBoard</name>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n mentor</numerusform>
            <numerusform>%n mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n free place</numerusform>
            <numerusform>%n free places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full: %n mentor(s)</source>
        <translation>
            <numerusform>Full: %n mentor</numerusform>
            <numerusform>Full: %n mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not eligible (their places are not counted as free): %n mentor(s)</source>
        <translation>
            <numerusform>Not eligible (their places are not counted as free): %n mentor</numerusform>
            <numerusform>Not eligible (their places are not counted as free): %n mentors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseCohortDialog</name>
    <message numerus="yes">
        <source>Closing ends the year of %1: the %n running pair(s) are marked completed, the summary&apos;s figures are kept as they are today, and the cohort becomes read-only (it can be reopened, with a reason). A backup is made first.</source>
        <translation>
            <numerusform>Closing ends the year of %1: the %n running pair is marked completed, the summary&apos;s figures are kept as they are today, and the cohort becomes read-only (it can be reopened, with a reason). A backup is made first.</numerusform>
            <numerusform>Closing ends the year of %1: the %n running pairs are marked completed, the summary&apos;s figures are kept as they are today, and the cohort becomes read-only (it can be reopened, with a reason). A backup is made first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayDelegate</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorCardWidget</name>
    <message numerus="yes">
        <source>%1 of %n place(s) taken</source>
        <translation>
            <numerusform>%1 of %n place taken</numerusform>
            <numerusform>%1 of %n places taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s)</source>
        <translation>
            <numerusform>%n free place</numerusform>
            <numerusform>%n free places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanYearDialog</name>
    <message numerus="yes">
        <source>%n workshop(s) on the dates below</source>
        <translation>
            <numerusform>%n workshop on the dates below</numerusform>
            <numerusform>%n workshops on the dates below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an initial meeting before the start for each of the %n pair(s)</source>
        <translation>
            <numerusform>an initial meeting before the start for each of the %n pair</numerusform>
            <numerusform>an initial meeting before the start for each of the %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a meeting slot per pair in each of the %n term(s)</source>
        <translation>
            <numerusform>a meeting slot per pair in each of the %n term</numerusform>
            <numerusform>a meeting slot per pair in each of the %n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>Published %n pair(s). Their introductions are below: check them, then save them as drafts or send them.</source>
        <translation>
            <numerusform>Published %n pair. Its introduction is below: check it, then save it as a draft or send it.</numerusform>
            <numerusform>Published %n pairs. Their introductions are below: check them, then save them as drafts or send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n draft(s) in %1; open them in your mail program to send them.</source>
        <translation>
            <numerusform>Saved %n draft in %1; open it in your mail program to send it.</numerusform>
            <numerusform>Saved %n drafts in %1; open them in your mail program to send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) to %1 now?</source>
        <translation>
            <numerusform>Send %n message to %1 now?</numerusform>
            <numerusform>Send %n messages to %1 now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>Sent %n message.</numerusform>
            <numerusform>Sent %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RematchDialog</name>
    <message numerus="yes">
        <source>%1 — score %2, %n free place(s)</source>
        <translation>
            <numerusform>%1 — score %2, %n free place</numerusform>
            <numerusform>%1 — score %2, %n free places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message numerus="yes">
        <source>Meetings per term (at least %n per pair)</source>
        <translation>
            <numerusform>Meetings per term (at least %n per pair)</numerusform>
            <numerusform>Meetings per term (at least %n per pair)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhyNotPanel</name>
    <message numerus="yes">
        <source> and %n matched mentee(s)</source>
        <translation>
            <numerusform> and %n matched mentee</numerusform>
            <numerusform> and %n matched mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message numerus="yes">
        <source>%n applicants</source>
        <translation>
            <numerusform>%n applicant</numerusform>
            <numerusform>%n applicants</numerusform>
        </translation>
    </message>
</context>
</TS>
