<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementPreviewDialog</name>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message numerus="yes">
        <source>%1 of %Ln signed agreement(s) back</source>
        <translation>
            <numerusform>%1 of %Ln signed agreement back</numerusform>
            <numerusform>%1 of %Ln signed agreements back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln agreement(s)</source>
        <translation>
            <numerusform>Wrote %Ln agreement</numerusform>
            <numerusform>Wrote %Ln agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicantsArea</name>
    <message numerus="yes">
        <source>Reading %Ln application(s)…</source>
        <translation>
            <numerusform>Reading %Ln application…</numerusform>
            <numerusform>Reading %Ln applications…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s) need a decision</source>
        <translation>
            <numerusform>%Ln application needs a decision</numerusform>
            <numerusform>%Ln applications need a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decide %Ln application(s) eligible</source>
        <translation>
            <numerusform>decide %Ln application eligible</numerusform>
            <numerusform>decide %Ln applications eligible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decide %Ln application(s) not eligible</source>
        <translation>
            <numerusform>decide %Ln application not eligible</numerusform>
            <numerusform>decide %Ln applications not eligible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decided %Ln application(s)</source>
        <translation>
            <numerusform>Decided %Ln application</numerusform>
            <numerusform>Decided %Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln application(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln application</numerusform>
            <numerusform>Showing %1 of %Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln applicants selected</source>
        <translation>
            <numerusform>%Ln applicant selected</numerusform>
            <numerusform>%Ln applicants selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %Ln application(s) %1</source>
        <translation>
            <numerusform>mark %Ln application %1</numerusform>
            <numerusform>mark %Ln applications %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln application(s)</source>
        <translation>
            <numerusform>Deleted %Ln application</numerusform>
            <numerusform>Deleted %Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln address(es)</source>
        <translation>
            <numerusform>Copied %Ln address</numerusform>
            <numerusform>Copied %Ln addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message numerus="yes">
        <source>%Ln mentor(s)</source>
        <translation>
            <numerusform>%Ln mentor</numerusform>
            <numerusform>%Ln mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free place(s)</source>
        <translation>
            <numerusform>%Ln free place</numerusform>
            <numerusform>%Ln free places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln pair</numerusform>
            <numerusform>%Ln pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarArea</name>
    <message numerus="yes">
        <source>Reading the calendar of %Ln application(s)…</source>
        <translation>
            <numerusform>Reading the calendar of %Ln application…</numerusform>
            <numerusform>Reading the calendar of %Ln applications…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %Ln meeting(s), %1 h</source>
        <translation>
            <numerusform> — %Ln meeting, %1 h</numerusform>
            <numerusform> — %Ln meetings, %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln workshop(s) attended, %1 required</source>
        <translation>
            <numerusform>, %Ln workshop attended, %1 required</numerusform>
            <numerusform>, %Ln workshops attended, %1 required</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln meeting(s)</source>
        <translation>
            <numerusform>%1 of %Ln meeting</numerusform>
            <numerusform>%1 of %Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln event(s) of %s to %s</source>
        <translation>
            <numerusform>Wrote %Ln event of %s to %s</numerusform>
            <numerusform>Wrote %Ln events of %s to %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardBoard</name>
    <message numerus="yes">
        <source>%Ln mentor(s)</source>
        <translation>
            <numerusform>%Ln mentor</numerusform>
            <numerusform>%Ln mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free place(s)</source>
        <translation>
            <numerusform>%Ln free place</numerusform>
            <numerusform>%Ln free places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full: %Ln mentor(s)</source>
        <translation>
            <numerusform>Full: %Ln mentor</numerusform>
            <numerusform>Full: %Ln mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not eligible (their places are not counted as free): %Ln mentor(s)</source>
        <translation>
            <numerusform>Not eligible (their places are not counted as free): %Ln mentor</numerusform>
            <numerusform>Not eligible (their places are not counted as free): %Ln mentors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseCohortDialog</name>
    <message numerus="yes">
        <source>Closing ends the year of %1: the %Ln running pair(s) are marked completed, the summary&apos;s figures are kept as they are today, and the cohort becomes read-only (it can be reopened, with a reason). A backup is made first.</source>
        <translation>
            <numerusform>Closing ends the year of %1: the %Ln running pair is marked completed, the summary&apos;s figures are kept as they are today, and the cohort becomes read-only (it can be reopened, with a reason). A backup is made first.</numerusform>
            <numerusform>Closing ends the year of %1: the %Ln running pairs are marked completed, the summary&apos;s figures are kept as they are today, and the cohort becomes read-only (it can be reopened, with a reason). A backup is made first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreSentences</name>
    <message numerus="yes">
        <source>%1 of %Ln meeting(s) logged in %2 (%3 – %4), which has ended</source>
        <translation>
            <numerusform>%1 of %Ln meeting logged in %2 (%3 – %4), which has ended</numerusform>
            <numerusform>%1 of %Ln meetings logged in %2 (%3 – %4), which has ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ends on %2 (%3 days); %4 of %Ln meeting(s) logged so far</source>
        <translation>
            <numerusform>%1 ends on %2 (%3 days); %4 of %Ln meeting logged so far</numerusform>
            <numerusform>%1 ends on %2 (%3 days); %4 of %Ln meetings logged so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentee %1: %2 in %Ln month(s); the program expects %3–%4 a month (at least %5 by now)</source>
        <translation>
            <numerusform>Mentee %1: %2 in %Ln month; the program expects %3–%4 a month (at least %5 by now)</numerusform>
            <numerusform>Mentee %1: %2 in %Ln months; the program expects %3–%4 a month (at least %5 by now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentor %1: %2 in %Ln month(s); the program expects %3–%4 a month (at least %5 by now)</source>
        <translation>
            <numerusform>Mentor %1: %2 in %Ln month; the program expects %3–%4 a month (at least %5 by now)</numerusform>
            <numerusform>Mentor %1: %2 in %Ln months; the program expects %3–%4 a month (at least %5 by now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentee %1 attended %Ln workshop(s) with %2 left; the program asks for at least %3</source>
        <translation>
            <numerusform>Mentee %1 attended %Ln workshop with %2 left; the program asks for at least %3</numerusform>
            <numerusform>Mentee %1 attended %Ln workshops with %2 left; the program asks for at least %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocking pair(s): a mentee and a mentor who both score each other higher than what they got.</source>
        <translation>
            <numerusform>%Ln blocking pair: a mentee and a mentor who both score each other higher than what they got.</numerusform>
            <numerusform>%Ln blocking pairs: a mentee and a mentor who both score each other higher than what they got.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) kept as they are (locked, confirmed or under way).</source>
        <translation>
            <numerusform>%Ln pair kept as it is (locked, confirmed or under way).</numerusform>
            <numerusform>%Ln pairs kept as they are (locked, confirmed or under way).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee(s) without a mentor, each with the reason.</source>
        <translation>
            <numerusform>%Ln mentee without a mentor, with the reason.</numerusform>
            <numerusform>%Ln mentees without a mentor, each with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The most stable suggestion has %Ln blocking pair(s) and costs %1 in total score and %2.</source>
        <translation>
            <numerusform>The most stable suggestion has %Ln blocking pair and costs %1 in total score and %2.</numerusform>
            <numerusform>The most stable suggestion has %Ln blocking pairs and costs %1 in total score and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The most stable suggestion has %Ln blocking pair(s) and costs %1 in total score.</source>
        <translation>
            <numerusform>The most stable suggestion has %Ln blocking pair and costs %1 in total score.</numerusform>
            <numerusform>The most stable suggestion has %Ln blocking pairs and costs %1 in total score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched mentee(s)</source>
        <translation>
            <numerusform>%Ln matched mentee</numerusform>
            <numerusform>%Ln matched mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 of 5 by %Ln past mentee(s)</source>
        <translation>
            <numerusform>Rated %1 of 5 by %Ln past mentee</numerusform>
            <numerusform>Rated %1 of 5 by %Ln past mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pairing %1 with %2 (score %3) costs the cohort %4 in total score; %Ln mentee(s) would move</source>
        <translation>
            <numerusform>Pairing %1 with %2 (score %3) costs the cohort %4 in total score; %Ln mentee would move</numerusform>
            <numerusform>Pairing %1 with %2 (score %3) costs the cohort %4 in total score; %Ln mentees would move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pairing %1 with %2 (score %3) costs the cohort %4 in total score and %5; %Ln mentee(s) would move</source>
        <translation>
            <numerusform>Pairing %1 with %2 (score %3) costs the cohort %4 in total score and %5; %Ln mentee would move</numerusform>
            <numerusform>Pairing %1 with %2 (score %3) costs the cohort %4 in total score and %5; %Ln mentees would move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee(s) fewer matched</source>
        <translation>
            <numerusform>%Ln mentee fewer matched</numerusform>
            <numerusform>%Ln mentees fewer matched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayDelegate</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln more</numerusform>
            <numerusform>+%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message numerus="yes">
        <source>%Ln row(s). Columns read:
%1</source>
        <translation>
            <numerusform>%Ln row. Columns read:
%1</numerusform>
            <numerusform>%Ln rows. Columns read:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln row skipped</numerusform>
            <numerusform>%Ln rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new application(s)</source>
        <translation>
            <numerusform>%Ln new application</numerusform>
            <numerusform>%Ln new applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln application(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln application</numerusform>
            <numerusform>Showing %1 of %Ln applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message numerus="yes">
        <source>%Ln meeting(s) logged, %1 h. Only that pairs met is recorded.</source>
        <translation>
            <numerusform>%Ln meeting logged, %1 h. Only that pairs met is recorded.</numerusform>
            <numerusform>%Ln meetings logged, %1 h. Only that pairs met is recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorCardWidget</name>
    <message numerus="yes">
        <source>%1 of %Ln place(s) taken</source>
        <translation>
            <numerusform>%1 of %Ln place taken</numerusform>
            <numerusform>%1 of %Ln places taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free place(s)</source>
        <translation>
            <numerusform>%Ln free place</numerusform>
            <numerusform>%Ln free places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee(s)</source>
        <translation>
            <numerusform>%Ln mentee</numerusform>
            <numerusform>%Ln mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%1, %Ln event(s)</source>
        <translation>
            <numerusform>%1, %Ln event</numerusform>
            <numerusform>%1, %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingArea</name>
    <message numerus="yes">
        <source>Reading the pairing board of %Ln application(s)…</source>
        <translation>
            <numerusform>Reading the pairing board of %Ln application…</numerusform>
            <numerusform>Reading the pairing board of %Ln applications…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free place(s)</source>
        <translation>
            <numerusform>%Ln free place</numerusform>
            <numerusform>%Ln free places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee(s) waiting</source>
        <translation>
            <numerusform>%Ln mentee waiting</numerusform>
            <numerusform>%Ln mentees waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill %Ln free place(s); every existing pair stays</source>
        <translation>
            <numerusform>Fill %Ln free place; every existing pair stays</numerusform>
            <numerusform>Fill %Ln free places; every existing pair stays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %Ln suggested change(s)</source>
        <translation>
            <numerusform>Accept %Ln suggested change</numerusform>
            <numerusform>Accept %Ln suggested changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanYearDialog</name>
    <message numerus="yes">
        <source>%Ln workshop(s) on the dates below</source>
        <translation>
            <numerusform>%Ln workshop on the dates below</numerusform>
            <numerusform>%Ln workshops on the dates below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an initial meeting before the start for each of the %Ln pair(s)</source>
        <translation>
            <numerusform>an initial meeting before the start for each of the %Ln pair</numerusform>
            <numerusform>an initial meeting before the start for each of the %Ln pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a meeting slot per pair in each of the %Ln term(s)</source>
        <translation>
            <numerusform>a meeting slot per pair in each of the %Ln term</numerusform>
            <numerusform>a meeting slot per pair in each of the %Ln terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln correction(s) kept</source>
        <translation>
            <numerusform>%Ln correction kept</numerusform>
            <numerusform>%Ln corrections kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message numerus="yes">
        <source>The optimal pairing matches %1 of %Ln mentee(s) with a total score of %2 (the board now: %3, %4).</source>
        <translation>
            <numerusform>The optimal pairing matches %1 of %Ln mentee with a total score of %2 (the board now: %3, %4).</numerusform>
            <numerusform>The optimal pairing matches %1 of %Ln mentees with a total score of %2 (the board now: %3, %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln pair</numerusform>
            <numerusform>%Ln pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to the board;</source>
        <translation>
            <numerusform>%Ln change to the board;</numerusform>
            <numerusform>%Ln changes to the board;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee(s) left without a mentor.</source>
        <translation>
            <numerusform>%Ln mentee left without a mentor.</numerusform>
            <numerusform>%Ln mentees left without a mentor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>Published %Ln pair(s). Their introductions are below: check them, then save them as drafts or send them.</source>
        <translation>
            <numerusform>Published %Ln pair. Its introduction is below: check it, then save it as a draft or send it.</numerusform>
            <numerusform>Published %Ln pairs. Their introductions are below: check them, then save them as drafts or send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln draft(s) in %1; open them in your mail program to send them.</source>
        <translation>
            <numerusform>Saved %Ln draft in %1; open it in your mail program to send it.</numerusform>
            <numerusform>Saved %Ln drafts in %1; open them in your mail program to send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln message(s) to %1 now?</source>
        <translation>
            <numerusform>Send %Ln message to %1 now?</numerusform>
            <numerusform>Send %Ln messages to %1 now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln message(s).</source>
        <translation>
            <numerusform>Sent %Ln message.</numerusform>
            <numerusform>Sent %Ln messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RematchDialog</name>
    <message numerus="yes">
        <source>The program allows %Ln rematch(es) per participant; %1 left.</source>
        <translation>
            <numerusform>The program allows %Ln rematch per participant; %1 left.</numerusform>
            <numerusform>The program allows %Ln rematches per participant; %1 left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — score %2, %Ln free place(s)</source>
        <translation>
            <numerusform>%1 — score %2, %Ln free place</numerusform>
            <numerusform>%1 — score %2, %Ln free places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message numerus="yes">
        <source>Counting the figures of %Ln application(s)…</source>
        <translation>
            <numerusform>Counting the figures of %Ln application…</numerusform>
            <numerusform>Counting the figures of %Ln applications…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message numerus="yes">
        <source>Meetings per term (at least %Ln per pair)</source>
        <translation>
            <numerusform>Meetings per term (at least %Ln per pair)</numerusform>
            <numerusform>Meetings per term (at least %Ln per pair)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhyNotPanel</name>
    <message numerus="yes">
        <source> and %Ln matched mentee(s)</source>
        <translation>
            <numerusform> and %Ln matched mentee</numerusform>
            <numerusform> and %Ln matched mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message numerus="yes">
        <source>%Ln applicants</source>
        <translation>
            <numerusform>%Ln applicant</numerusform>
            <numerusform>%Ln applicants</numerusform>
        </translation>
    </message>
</context>
</TS>
