<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeliveryPredictor</name>
    <message numerus="yes">
        <source>later than every one of %n %1 so far; the next business day at best</source>
        <translation>
            <numerusform>later than the only one of %1 so far; the next business day at best</numerusform>
            <numerusform>later than every one of %n %1 so far; the next business day at best</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 business days from shipping, the median of %n delivered %2; %3% had arrived by then</source>
        <translation>
            <numerusform>%1 business days from shipping, as the only delivered one of %2 took; %3% had arrived by then</numerusform>
            <numerusform>%1 business days from shipping, the median of %n delivered %2; %3% had arrived by then</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>ProblemEngine</name>
    <message numerus="yes">
        <source>The carrier reported %n failed delivery attempt(s), the first on %1; no delivery, collection or return since.</source>
        <translation>
            <numerusform>The carrier reported %n failed delivery attempt, on %1; no delivery, collection or return since.</numerusform>
            <numerusform>The carrier reported %n failed delivery attempts, the first on %1; no delivery, collection or return since.</numerusform>
        </translation>
    </message>
</context>
</TS>
