#include "model/customsterritory.h"
#include "model/placecountry.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCustomsTerritory : public QObject
{
    Q_OBJECT

private slots:
    void bordersBetweenTheUnionAndTheRest();
    void countryOfACarriersPlace();
};

void TestCustomsTerritory::bordersBetweenTheUnionAndTheRest()
{
    QVERIFY(CustomsTerritory::crossesBorder(u"DE", u"CH"));
    QVERIFY(CustomsTerritory::crossesBorder(u"DE", u"GB"));
    QVERIFY(CustomsTerritory::crossesBorder(u"NO", u"de")); // either way, any case
    QVERIFY(CustomsTerritory::crossesBorder(u"US", u"CA"));  // both outside: their own borders
    QVERIFY(!CustomsTerritory::crossesBorder(u"DE", u"AT"));
    QVERIFY(!CustomsTerritory::crossesBorder(u"FR", u"MC")); // Monaco is inside through France
    QVERIFY(!CustomsTerritory::crossesBorder(u"CH", u"CH"));
    QVERIFY(!CustomsTerritory::crossesBorder(u"", u"CH"));   // an origin nobody named
    QVERIFY(!CustomsTerritory::crossesBorder(u"DE", u"Switzerland"));
}

void TestCustomsTerritory::countryOfACarriersPlace()
{
    QCOMPARE(PlaceCountry::of(u"Leipzig, DE"), u"DE"_s);
    QCOMPARE(PlaceCountry::of(u"Mechelen (BE)"), u"BE"_s);
    QCOMPARE(PlaceCountry::of(u" ch "), u"CH"_s);
    QCOMPARE(PlaceCountry::of(u"Memphis, TN, USA"), QString());
    QCOMPARE(PlaceCountry::of(u"Köln"), QString());
    QCOMPARE(PlaceCountry::of(u"Zürich, ÜÄ"), QString());
    QCOMPARE(PlaceCountry::of(u"(DE"), QString());
    QCOMPARE(PlaceCountry::of(u""), QString());
}

QTEST_APPLESS_MAIN(TestCustomsTerritory)
#include "tst_customsterritory.moc"
