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
