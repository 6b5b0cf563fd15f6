<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../partnertracker/gui/export.py" line="+196"/>
        <source>%Ln row(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln row exported to {path}</numerusform>
            <numerusform>%Ln rows exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnertracker/gui/undo.py" line="+49"/>
        <source>Delete %n organisation(s)</source>
        <translation>
            <numerusform>Delete %n organisation</numerusform>
            <numerusform>Delete %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n person(s)</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n visit(s)</source>
        <translation>
            <numerusform>Delete %n visit</numerusform>
            <numerusform>Delete %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n invitation(s)</source>
        <translation>
            <numerusform>Delete %n invitation</numerusform>
            <numerusform>Delete %n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n agreement(s)</source>
        <translation>
            <numerusform>Delete %n agreement</numerusform>
            <numerusform>Delete %n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n follow-up(s)</source>
        <translation>
            <numerusform>Delete %n follow-up</numerusform>
            <numerusform>Delete %n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n dispatch(es)</source>
        <translation>
            <numerusform>Delete %n dispatch</numerusform>
            <numerusform>Delete %n dispatches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnertracker/reports/build.py" line="+482"/>
        <source>%n record(s) dated only to the year are counted in the summary but in no month.</source>
        <translation>
            <numerusform>%n record dated only to the year is counted in the summary but in no month.</numerusform>
            <numerusform>%n records dated only to the year are counted in the summary but in no month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+269"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnertracker/reports/formats/html_page.py" line="+90"/>
        <source>… and %Ln more row(s) (the exported file has them all).</source>
        <translation>
            <numerusform>… and %Ln more row (the exported file has it).</numerusform>
            <numerusform>… and %Ln more rows (the exported file has them all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <location filename="../../partnertracker/gui/importing.py" line="+250"/>
        <source>%n dispatch(es) imported</source>
        <translation>
            <numerusform>%n dispatch imported</numerusform>
            <numerusform>%n dispatches imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message numerus="yes">
        <location filename="../../partnertracker/gui/views/inbox.py" line="+223"/>
        <source>%Ln dispatch(es) waiting for review</source>
        <translation>
            <numerusform>%Ln dispatch waiting for review</numerusform>
            <numerusform>%Ln dispatches waiting for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../../partnertracker/gui/views/record_list.py" line="+254"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Deleted %n record(s); Ctrl+Z to undo</source>
        <translation>
            <numerusform>Deleted %n record; Ctrl+Z to undo</numerusform>
            <numerusform>Deleted %n records; Ctrl+Z to undo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <location filename="../../partnertracker/gui/views/review.py" line="+676"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>(%n linked to existing records)</source>
        <translation>
            <numerusform>(%n linked to an existing record)</numerusform>
            <numerusform>(%n linked to existing records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) left out for want of an organisation.</source>
        <translation>
            <numerusform>%n item left out for want of an organisation.</numerusform>
            <numerusform>%n items left out for want of an organisation.</numerusform>
        </translation>
    </message>
</context>
</TS>
