<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LookupBar</name>
    <message numerus="yes">
        <source>%n matching shipment(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n matching shipment. Enter opens the highlighted one.</numerusform>
            <numerusform>%n matching shipments. Enter opens the highlighted one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBulkActions</name>
    <message numerus="yes">
        <source>Assign %n working case(s) of the selected shipments to:</source>
        <translation>
            <numerusform>Assign %n working case of the selected shipments to:</numerusform>
            <numerusform>Assign %n working cases of the selected shipments to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n working case(s) of the selected shipments. What was done?</source>
        <translation>
            <numerusform>Resolve %n working case of the selected shipments. What was done?</numerusform>
            <numerusform>Resolve %n working cases of the selected shipments. What was done?</numerusform>
        </translation>
    </message>
</context>
</TS>
