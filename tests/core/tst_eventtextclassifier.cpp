#include "carriers/eventtextclassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEventTextClassifier : public QObject
{
    Q_OBJECT

private slots:
    void readsEnglishAndGerman_data();
    void readsEnglishAndGerman();
    void saysWhichWordsDecided();
    void nothingToReadIsNoReading();
};

void TestEventTextClassifier::readsEnglishAndGerman_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SubStatus>("expected");
    const auto row = [](const char *name, const QString &text, SubStatus sub) { QTest::newRow(name) << text << sub; };
    row("neighbour de", u"Die Sendung wurde erfolgreich an einen Nachbarn zugestellt."_s, SubStatus::DeliveredToNeighbour);
    row("neighbour en", u"Delivered to a neighbour"_s, SubStatus::DeliveredToNeighbour);
    row("address before attempt", u"The shipment could not be delivered because the address is incomplete"_s, SubStatus::AddressProblem);
    row("business closed", u"Die Sendung konnte nicht zugestellt werden, da das Geschäft geschlossen war."_s, SubStatus::FailedAttemptBusinessClosed);
    row("not met", u"Der Empfänger wurde nicht angetroffen. Eine Benachrichtigungskarte wurde hinterlassen."_s, SubStatus::FailedAttempt);
    row("returned back", u"The shipment has been delivered back to the sender"_s, SubStatus::ReturnedToSender);
    row("being returned", u"The shipment is being returned to the sender"_s, SubStatus::ReturningToSender);
    row("returning de", u"Die Sendung wird an den Absender zurückgesendet."_s, SubStatus::ReturningToSender);
    row("final notice", u"Reminder: will be returned to shipper if not picked up"_s, SubStatus::PickupFinalNotice);
    row("ready for recipient pickup", u"Ready for recipient pickup"_s, SubStatus::AvailableForPickup);
    row("pickup de", u"Die Sendung liegt in der Filiale zur Abholung bereit."_s, SubStatus::AvailableForPickup);
    row("collected", u"The recipient has picked up the shipment from the retail outlet"_s, SubStatus::CollectedFromPickupPoint);
    row("customs cleared", u"The shipment has been released by customs"_s, SubStatus::CustomsCleared);
    row("customs held", u"The shipment is pending completion of customs inspection."_s, SubStatus::CustomsHold);
    row("lost", u"Unable to locate package"_s, SubStatus::Lost);
    row("weather de", u"Aufgrund von Unwetter verzögert sich der Transport der Sendung."_s, SubStatus::WeatherDelay);
    row("not processed", u"The shipment could not be processed. Please contact customer service"_s, SubStatus::ExceptionOther);
    row("on its way to a centre", u"The parcel is on its way to the parcel delivery centre."_s, SubStatus::InTransit);
    row("out for delivery de", u"Die Sendung wurde in das Zustellfahrzeug geladen."_s, SubStatus::OutForDelivery);
    row("hub de", u"Die Sendung wurde im Start-Paketzentrum bearbeitet."_s, SubStatus::ArrivedAtHub);
    row("label", u"Die Auftragsdaten zu dieser Sendung wurden vom Absender elektronisch an DHL übermittelt."_s, SubStatus::InfoReceived);
}

void TestEventTextClassifier::readsEnglishAndGerman()
{
    QFETCH(QString, text);
    QFETCH(SubStatus, expected);
    const auto reading = EventTextClassifier::classify(text);
    QVERIFY(reading);
    QCOMPARE(Taxonomy::subStatusKey(reading->subStatus), Taxonomy::subStatusKey(expected));
}

void TestEventTextClassifier::saysWhichWordsDecided()
{
    const auto reading = EventTextClassifier::classify(u"Zustellung an Nachbar Herrn Weiß"_s);
    QVERIFY(reading);
    QVERIFY2(reading->evidence.contains(u"Nachbar"_s) && reading->evidence.contains(u"German"_s), qPrintable(reading->evidence));
}

void TestEventTextClassifier::nothingToReadIsNoReading()
{
    QVERIFY(!EventTextClassifier::classify(u"   "_s));
    QVERIFY(!EventTextClassifier::classify(u"JESSICA"_s));
}

QTEST_APPLESS_MAIN(TestEventTextClassifier)
#include "tst_eventtextclassifier.moc"
