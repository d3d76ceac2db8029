<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CoachingPage</name>
    <message numerus="yes">
        <location filename="../../ui/steps/coaching_page.py" line="118"/>
        <source>%n of {total} points</source>
        <translation>
            <numerusform>%n of {total} points</numerusform>
            <numerusform>%n of {total} points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/steps/import_dialog.py" line="109"/>
        <source>%n person(s) will be added.</source>
        <translation>
            <numerusform>%n person will be added.</numerusform>
            <numerusform>%n people will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/import_dialog.py" line="110"/>
        <source>%n line(s) refused: they are not added.</source>
        <translation>
            <numerusform>%n line refused: it is not added.</numerusform>
            <numerusform>%n lines refused: they are not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/import_dialog.py" line="118"/>
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Add %n person</numerusform>
            <numerusform>Add %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/import_dialog.py" line="137"/>
        <source>%n person(s) added from {file}. Undo, under the table, takes them out again.</source>
        <translation>
            <numerusform>%n person added from {file}. Undo, under the table, takes them out again.</numerusform>
            <numerusform>%n people added from {file}. Undo, under the table, takes them out again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/model.py" line="156"/>
        <source>{name} (%n mentees)</source>
        <translation>
            <numerusform>{name} (%n mentee)</numerusform>
            <numerusform>{name} (%n mentees)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairsPage</name>
    <message numerus="yes">
        <location filename="../../ui/steps/pairs_page.py" line="233"/>
        <source>{name} (%n mentees)</source>
        <translation>
            <numerusform>{name} (%n mentee)</numerusform>
            <numerusform>{name} (%n mentees)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/steps/review_page.py" line="284"/>
        <source>%n level(s) gained</source>
        <translation>
            <numerusform>%n level gained</numerusform>
            <numerusform>%n levels gained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/review_page.py" line="286"/>
        <source>%n objective(s) reached out of {objectives}</source>
        <translation>
            <numerusform>%n objective reached out of {objectives}</numerusform>
            <numerusform>%n objectives reached out of {objectives}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/review_page.py" line="288"/>
        <source>%n minute(s) saved each week</source>
        <translation>
            <numerusform>%n minute saved each week</numerusform>
            <numerusform>%n minutes saved each week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/review_page.py" line="295"/>
        <source>Fresh eye: %n idea(s) collected</source>
        <translation>
            <numerusform>Fresh eye: %n idea collected</numerusform>
            <numerusform>Fresh eye: %n ideas collected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steps/review_page.py" line="325"/>
        <source>The pair is finished: %n session(s) still planned are cancelled ({days}).</source>
        <translation>
            <numerusform>The pair is finished: %n session still planned is cancelled ({days}).</numerusform>
            <numerusform>The pair is finished: %n sessions still planned are cancelled ({days}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message numerus="yes">
        <location filename="../../ui/steps/rules_page.py" line="374"/>
        <source>The sessions to come of %n pair(s) no longer follow the frame: plan the sessions again to move them.</source>
        <translation>
            <numerusform>The sessions to come of %n pair no longer follow the frame: plan the sessions again to move them.</numerusform>
            <numerusform>The sessions to come of %n pairs no longer follow the frame: plan the sessions again to move them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message numerus="yes">
        <location filename="../../app/documents/summary.py" line="91"/>
        <source>%n level(s) gained</source>
        <translation>
            <numerusform>%n level gained</numerusform>
            <numerusform>%n levels gained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/documents/summary.py" line="95"/>
        <source>%n objective(s) reached out of {objectives}</source>
        <translation>
            <numerusform>%n objective reached out of {objectives}</numerusform>
            <numerusform>%n objectives reached out of {objectives}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/documents/summary.py" line="101"/>
        <source>%n minute(s) saved each week</source>
        <translation>
            <numerusform>%n minute saved each week</numerusform>
            <numerusform>%n minutes saved each week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>matching</name>
    <message numerus="yes">
        <location filename="../../app/steps/matching.py" line="226"/>
        <source>both free on {first}, {second} and %n more half-days</source>
        <translation>
            <numerusform>both free on {first}, {second} and %n more half-day</numerusform>
            <numerusform>both free on {first}, {second} and %n more half-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/steps/matching.py" line="282"/>
        <source>and %n more of {mentee}&apos;s needs</source>
        <translation>
            <numerusform>and %n more of {mentee}&apos;s needs</numerusform>
            <numerusform>and %n more of {mentee}&apos;s needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/steps/matching.py" line="296"/>
        <source>{mentor} already mentors %n people in this programme</source>
        <translation>
            <numerusform>{mentor} already mentors %n person in this programme</numerusform>
            <numerusform>{mentor} already mentors %n people in this programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/steps/team_proposal.py" line="171"/>
        <source>the limit of %n mentees is reached for {names}</source>
        <translation>
            <numerusform>the limit of %n mentee is reached for {names}</numerusform>
            <numerusform>the limit of %n mentees is reached for {names}</numerusform>
        </translation>
    </message>
</context>
</TS>
