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
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>The first %n row(s), as they will be imported. All can be imported.</source>
        <translation>
            <numerusform>The first row, as it will be imported. It can be imported.</numerusform>
            <numerusform>The first %n rows, as they will be imported. All can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s), as they will be imported. %1 would be rejected: the red fields say why when you point at them; the other rows are imported all the same.</source>
        <translation>
            <numerusform>The first row, as it will be imported. %1 would be rejected: the red fields say why when you point at them; the other rows are imported all the same.</numerusform>
            <numerusform>The first %n rows, as they will be imported. %1 would be rejected: the red fields say why when you point at them; the other rows are imported all the same.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported and skipped</source>
        <translation>
            <numerusform>%n already imported and skipped</numerusform>
            <numerusform>%n already imported and skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n row read: </numerusform>
            <numerusform>%n rows read: </numerusform>
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>Copied %Ln row</numerusform>
            <numerusform>Copied %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message numerus="yes">
        <source>recording %n messages</source>
        <translation>
            <numerusform>recording %n message</numerusform>
            <numerusform>recording %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictionBasis</name>
    <message numerus="yes">
        <source>%n %1 parcels to %2 %3…</source>
        <translation>
            <numerusform>%n %1 parcel to %2 %3…</numerusform>
            <numerusform>%n %1 parcels to %2 %3…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 parcels to %2</source>
        <translation>
            <numerusform>%n %1 parcel to %2</numerusform>
            <numerusform>%n %1 parcels to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 parcels</source>
        <translation>
            <numerusform>%n %1 parcel</numerusform>
            <numerusform>%n %1 parcels</numerusform>
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
<context>
    <name>RowCopier</name>
    <message numerus="yes">
        <source>Copying %Ln shipment(s)</source>
        <translation>
            <numerusform>Copying %Ln shipment</numerusform>
            <numerusform>Copying %Ln shipments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShipmentDetailPane</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyResponseStore</name>
    <message numerus="yes">
        <source>committing %n survey answers</source>
        <translation>
            <numerusform>committing %n survey answer</numerusform>
            <numerusform>committing %n survey answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskProgressBar</name>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
