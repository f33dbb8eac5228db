<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>OutageDesk</name>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::BuildPortalDialog</name>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n incident(s)); open index.html there to look at it.</source>
        <translation>
            <numerusform>(%n incident); open index.html there to look at it.</numerusform>
            <numerusform>(%n incidents); open index.html there to look at it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::ApproveCommand</name>
    <message numerus="yes">
        <source>approve: not approved: %n open lint error(s); fix them, or accept each with --accept CODE</source>
        <translation>
            <numerusform>approve: not approved: %n open lint error; fix it, or accept it with --accept CODE</numerusform>
            <numerusform>approve: not approved: %n open lint errors; fix them, or accept each with --accept CODE</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::ApproveDialog</name>
    <message numerus="yes">
        <source>The checks found %n open error(s). Fix them first, or tick each one you looked at and accept as it is; the acceptance is kept in the RCA history.</source>
        <translation>
            <numerusform>The checks found %n open error. Fix it first, or tick it if you looked at it and accept it as it is; the acceptance is kept in the RCA history.</numerusform>
            <numerusform>The checks found %n open errors. Fix them first, or tick each one you looked at and accept as it is; the acceptance is kept in the RCA history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::CustomersDialog</name>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>%1 of %n customer shown</numerusform>
            <numerusform>%1 of %n customers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) unsubscribed: they keep their record and are sent nothing more.</source>
        <translation>
            <numerusform>%n customer unsubscribed: they keep their record and are sent nothing more.</numerusform>
            <numerusform>%n customers unsubscribed: they keep their record and are sent nothing more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) subscribed again.</source>
        <translation>
            <numerusform>%n customer subscribed again.</numerusform>
            <numerusform>%n customers subscribed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) removed.</source>
        <translation>
            <numerusform>%n customer removed.</numerusform>
            <numerusform>%n customers removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::DataCentersDialog</name>
    <message numerus="yes">
        <source>Cannot remove data center %1: it still hosts %n instance(s). Remove them or move them to another data center first.</source>
        <translation>
            <numerusform>Cannot remove data center %1: it still hosts %n instance. Remove it or move it to another data center first.</numerusform>
            <numerusform>Cannot remove data center %1: it still hosts %n instances. Remove them or move them to another data center first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::MainWindow</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n incident(s)</source>
        <translation>
            <numerusform>%1 of %n incident</numerusform>
            <numerusform>%1 of %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data center(s)</source>
        <translation>
            <numerusform>%n data center</numerusform>
            <numerusform>%n data centers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) created</source>
        <translation>
            <numerusform>%n incident created</numerusform>
            <numerusform>%n incidents created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxCommand</name>
    <message numerus="yes">
        <source>%n published</source>
        <translation>
            <numerusform>%n published</numerusform>
            <numerusform>%n published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::OutboxDialog</name>
    <message numerus="yes">
        <source>%n publication(s) still waiting; see the reasons above.</source>
        <translation>
            <numerusform>%n publication still waiting; see the reasons above.</numerusform>
            <numerusform>%n publications still waiting; see the reasons above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishDialog</name>
    <message numerus="yes">
        <source>Open warnings in the checks (%n):</source>
        <translation>
            <numerusform>Open warning in the checks (%n):</numerusform>
            <numerusform>Open warnings in the checks (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::PublishingActions</name>
    <message numerus="yes">
        <source>%n publication(s) waiting</source>
        <translation>
            <numerusform>%n publication waiting</numerusform>
            <numerusform>%n publications waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>offline — %n waiting</source>
        <translation>
            <numerusform>offline — %n waiting</numerusform>
            <numerusform>offline — %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaEditorWidget</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) changed</source>
        <translation>
            <numerusform>%n word changed</numerusform>
            <numerusform>%n words changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not approved: %n open error(s) in the checks (%1); fix or accept them first.</source>
        <translation>
            <numerusform>Not approved: %n open error in the checks (%1); fix or accept it first.</numerusform>
            <numerusform>Not approved: %n open errors in the checks (%1); fix or accept them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutageDesk::RcaRevisionsModel</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
