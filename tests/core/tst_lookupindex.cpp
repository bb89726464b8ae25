#include "lookup/lookupindex.h"
#include "model/shipmentcolumns.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What an agent types while a caller is on the line, against a handful of shipments: the right
// one first, for the reason it matched, and still right after the poller appends and changes rows.
class TestLookupIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exactNumbersRankFirst();
    void trackingNumberReadInGroupsAndLowerCase();
    void prefixesWhileTyping();
    void phoneInAnyFormat_data();
    void phoneInAnyFormat();
    void sameNumberInAnotherCountryRanksBelow();
    void emailIgnoresCase();
    void namesIgnoreAccentsCaseAndOrder_data();
    void namesIgnoreAccentsCaseAndOrder();
    void everyWordMustMatch();
    void betterNameMatchesFirst();
    void newestFirstAmongEquals();
    void limitAndCount();
    void allRowsWhenAsked();
    void appendedRowsAreFound();
    void numbersAndNamesBuiltApartThenJoined();
    void namesFirstAnswerWithTheOldNumbers();
    void numbersFirstAnswerWithTheOldNames();
    void changedRowsAreFoundByTheirNewValues();
    void nothingForNonsense_data();
    void nothingForNonsense();
    void nothingFromAStoreClearedUnderIt();

private:
    Shipment make(const QString &order, const QString &tracking, const QString &name, const QString &email,
                  const QString &phone, const QString &country);
    qsizetype add(const Shipment &shipment);
    QList<qsizetype> rows(const LookupResult &result) const;

    ShipmentColumns m_columns;
    std::unique_ptr<LookupIndex> m_index;
    qint64 m_nextId = 1;
};

Shipment TestLookupIndex::make(const QString &order, const QString &tracking, const QString &name, const QString &email,
                               const QString &phone, const QString &country)
{
    Shipment s;
    s.id = m_nextId++;
    s.orderNumber = order;
    s.trackingNumber = tracking;
    s.recipientName = name;
    s.email = email;
    s.phone = phone;
    s.countryCode = country;
    s.carrier = u"dhl"_s;
    return s;
}

qsizetype TestLookupIndex::add(const Shipment &shipment)
{
    return m_columns.upsert(shipment);
}

QList<qsizetype> TestLookupIndex::rows(const LookupResult &result) const
{
    QList<qsizetype> found;
    for (const LookupHit &hit : result.hits)
        found.append(hit.row);
    return found;
}

void TestLookupIndex::init()
{
    m_columns.clear();
    m_nextId = 1;
    add(make(u"SO-100001"_s, u"00340434161094042557"_s, u"Jürgen Müller"_s, u"juergen.mueller@web.example"_s,
             u"+49 170 1234567"_s, u"DE"_s));                                                            // 0
    add(make(u"SO-100002"_s, u"1Z999AA10123456784"_s, u"Élodie Lefèvre"_s, u"e.lefevre@orange.example"_s,
             u"06 39 98 12 34"_s, u"FR"_s));                                                             // 1
    add(make(u"SO-100010"_s, u"JJD0001234567890"_s, u"Anna Schmidt"_s, u"Anna.Schmidt@GMX.example"_s,
             u"0151 23456789"_s, u"DE"_s));                                                              // 2
    add(make(u"SO-1000011"_s, u"SO-100001"_s, u"Sören Weiß"_s, u"soeren@web.example"_s,
             u"(212) 555-0123"_s, u"US"_s));                                                             // 3
    add(make(u"SO-100012"_s, u"61234567890"_s, u"Anna Müller-Lüdenscheidt"_s, u"anna.ml@web.example"_s,
             u"1701234567"_s, u"AT"_s));                                                                 // 4
    m_index = std::make_unique<LookupIndex>(u"DE"_s);
    m_index->appendRows(m_columns);
}

void TestLookupIndex::exactNumbersRankFirst()
{
    // "SO-100001" is row 0's order number, row 3's tracking number and the start of row 3's order number.
    const LookupResult result = m_index->lookup(m_columns, u"SO-100001"_s, 10);
    QCOMPARE(rows(result), (QList<qsizetype>{3, 0}));
    QCOMPARE(result.hits.at(0).field, LookupHit::Field::TrackingNumber);
    QCOMPARE(result.hits.at(0).match, LookupHit::Match::Exact);
    QCOMPARE(result.hits.at(1).field, LookupHit::Field::OrderNumber);
    QCOMPARE(result.hits.at(1).match, LookupHit::Match::Exact);
    QCOMPARE(result.matchCount, 2);
}

void TestLookupIndex::trackingNumberReadInGroupsAndLowerCase()
{
    const LookupResult result = m_index->lookup(m_columns, u" 1z 999 aa1 0123 4567 84 "_s, 10);
    QCOMPARE(rows(result), QList<qsizetype>{1});
    QCOMPARE(result.hits.at(0).match, LookupHit::Match::Exact);
}

void TestLookupIndex::prefixesWhileTyping()
{
    const LookupResult order = m_index->lookup(m_columns, u"so-10001"_s, 10);
    QCOMPARE(rows(order), (QList<qsizetype>{4, 2})); // newest first; "SO-1000011" starts "SO-10000"
    QCOMPARE(order.hits.at(0).match, LookupHit::Match::Prefix);
    const LookupResult tracking = m_index->lookup(m_columns, u"JJD000"_s, 10);
    QCOMPARE(rows(tracking), QList<qsizetype>{2});
    QCOMPARE(tracking.hits.at(0).field, LookupHit::Field::TrackingNumber);
    QCOMPARE(tracking.hits.at(0).match, LookupHit::Match::Prefix);
}

void TestLookupIndex::phoneInAnyFormat_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("international") << u"+49 170 1234567"_s;
    QTest::newRow("national, German agent") << u"0170/1234567"_s;
    QTest::newRow("international without plus") << u"491701234567"_s;
    QTest::newRow("00 prefix") << u"0049-170-1234567"_s;
}

void TestLookupIndex::phoneInAnyFormat()
{
    QFETCH(QString, typed);
    const LookupResult result = m_index->lookup(m_columns, typed, 10);
    QVERIFY(!result.hits.isEmpty());
    QCOMPARE(result.hits.at(0).row, 0);
    QCOMPARE(result.hits.at(0).field, LookupHit::Field::Phone);
    QCOMPARE(result.hits.at(0).match, LookupHit::Match::Exact);
}

void TestLookupIndex::sameNumberInAnotherCountryRanksBelow()
{
    // Row 4 is the Austrian +43 170 1234567: the same national number, another country.
    const LookupResult result = m_index->lookup(m_columns, u"0170 1234567"_s, 10);
    QCOMPARE(rows(result), (QList<qsizetype>{0, 4}));
    QCOMPARE(result.hits.at(1).match, LookupHit::Match::Partial);
    const LookupResult us = m_index->lookup(m_columns, u"+1 212 555 0123"_s, 10);
    QCOMPARE(rows(us), QList<qsizetype>{3});
    // An agent in the US types the German number the German way: found, as another country's.
    LookupIndex american(u"US"_s);
    american.appendRows(m_columns);
    const LookupResult fromUs = american.lookup(m_columns, u"0170/1234567"_s, 10);
    QCOMPARE(rows(fromUs), (QList<qsizetype>{4, 0}));
    QCOMPARE(fromUs.hits.at(0).match, LookupHit::Match::Partial);
}

void TestLookupIndex::emailIgnoresCase()
{
    const LookupResult exact = m_index->lookup(m_columns, u"anna.schmidt@gmx.example"_s, 10);
    QCOMPARE(rows(exact), QList<qsizetype>{2});
    QCOMPARE(exact.hits.at(0).field, LookupHit::Field::Email);
    QCOMPARE(exact.hits.at(0).match, LookupHit::Match::Exact);
    const LookupResult typing = m_index->lookup(m_columns, u"JUERGEN.M"_s, 10);
    QCOMPARE(rows(typing), QList<qsizetype>{0});
    QCOMPARE(typing.hits.at(0).match, LookupHit::Match::Prefix);
}

void TestLookupIndex::namesIgnoreAccentsCaseAndOrder_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QList<qsizetype>>("expected");
    QTest::newRow("accent left out") << u"elodie"_s << QList<qsizetype>{1};
    QTest::newRow("accent and case") << u"LEFÈVRE"_s << QList<qsizetype>{1};
    QTest::newRow("umlaut spelt out") << u"juergen mueller"_s << QList<qsizetype>{0};
    QTest::newRow("family name first") << u"Müller Jürgen"_s << QList<qsizetype>{0};
    QTest::newRow("sharp s as ss") << u"weiss"_s << QList<qsizetype>{3};
    QTest::newRow("start of a word") << u"sör"_s << QList<qsizetype>{3};
    QTest::newRow("inside a word") << u"denscheid"_s << QList<qsizetype>{4};
    QTest::newRow("two with the name") << u"anna"_s << QList<qsizetype>{4, 2};
}

void TestLookupIndex::namesIgnoreAccentsCaseAndOrder()
{
    QFETCH(QString, typed);
    QFETCH(QList<qsizetype>, expected);
    const LookupResult result = m_index->lookup(m_columns, typed, 10);
    QCOMPARE(rows(result), expected);
    for (const LookupHit &hit : result.hits)
        QCOMPARE(hit.field, LookupHit::Field::Name);
}

void TestLookupIndex::everyWordMustMatch()
{
    QCOMPARE(rows(m_index->lookup(m_columns, u"anna schm"_s, 10)), QList<qsizetype>{2});
    QVERIFY(m_index->lookup(m_columns, u"anna lefevre"_s, 10).hits.isEmpty());
}

void TestLookupIndex::betterNameMatchesFirst()
{
    add(make(u"SO-2"_s, u"T2"_s, u"Muller Anna"_s, u"x@y.example"_s, QString(), u"DE"_s));       // 5: whole words
    add(make(u"SO-3"_s, u"T3"_s, u"Anna Mullerova"_s, u"z@y.example"_s, QString(), u"CZ"_s));     // 6: a word's start
    m_index->appendRows(m_columns);
    const LookupResult result = m_index->lookup(m_columns, u"anna muller"_s, 10);
    // Whole words first (newest first), then a word's start; Jürgen Müller has no "anna".
    QCOMPARE(rows(result), (QList<qsizetype>{5, 4, 6}));
    QCOMPARE(result.hits.at(1).match, LookupHit::Match::Exact);
    QCOMPARE(result.hits.at(2).match, LookupHit::Match::Prefix);
}

void TestLookupIndex::newestFirstAmongEquals()
{
    QCOMPARE(rows(m_index->lookup(m_columns, u"muller"_s, 10)), (QList<qsizetype>{4, 0}));
}

void TestLookupIndex::limitAndCount()
{
    const LookupResult result = m_index->lookup(m_columns, u"so-1"_s, 2);
    QCOMPARE(result.hits.size(), 2);
    QCOMPARE(result.matchCount, 5);
    QVERIFY(result.allRows.isEmpty());
}

void TestLookupIndex::allRowsWhenAsked()
{
    const LookupResult result = m_index->lookup(m_columns, u"anna"_s, 1, LookupIndex::Rows::All);
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.allRows, (QList<qsizetype>{2, 4}));
}

// The two halves of a first build on two threads: numbers and e-mails are found before the names
// and phones are in, those once adopted, and rows appended afterwards get both.
void TestLookupIndex::numbersAndNamesBuiltApartThenJoined()
{
    LookupIndex numbers(u"DE"_s);
    LookupIndex names(u"DE"_s);
    numbers.appendRows(m_columns, LookupIndex::Parts::Numbers);
    names.appendRows(m_columns, LookupIndex::Parts::Names);
    QVERIFY(!numbers.hasNames());
    QCOMPARE(rows(numbers.lookup(m_columns, u"SO-100010"_s, 10)), QList<qsizetype>{2});
    QCOMPARE(rows(numbers.lookup(m_columns, u"anna.schmidt@gmx.example"_s, 10)), QList<qsizetype>{2});
    QVERIFY(numbers.lookup(m_columns, u"0151 23456789"_s, 10).hits.isEmpty());
    QVERIFY(numbers.lookup(m_columns, u"Anna Schmidt"_s, 10).hits.isEmpty());

    numbers.adoptNames(std::move(names));
    QVERIFY(numbers.hasNames());
    QCOMPARE(rows(numbers.lookup(m_columns, u"Anna Schmidt"_s, 10)), QList<qsizetype>{2});
    QCOMPARE(rows(numbers.lookup(m_columns, u"0151 23456789"_s, 10)), QList<qsizetype>{2});
    QCOMPARE(rows(numbers.lookup(m_columns, u"anna.schmidt@gmx.example"_s, 10)), QList<qsizetype>{2});

    add(make(u"WEB-1"_s, u"TN1"_s, u"Zoë Last"_s, u"last@shop.example"_s, u"+49 160 9999999"_s, u"DE"_s));
    numbers.appendRows(m_columns);
    QCOMPARE(rows(numbers.lookup(m_columns, u"zoe last"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(numbers.lookup(m_columns, u"web-1"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(numbers.lookup(m_columns, u"0160 9999999"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(numbers.lookup(m_columns, u"muller"_s, 10)), (QList<qsizetype>{4, 0}));
}

// A rebuild in halves over more rows than the old index has: the names half, done first, answers
// for every row's name and phone and with the old index's numbers for its rows; then the numbers
// half completes it.
void TestLookupIndex::namesFirstAnswerWithTheOldNumbers()
{
    add(make(u"WEB-1"_s, u"TN1"_s, u"Zoë Last"_s, u"last@shop.example"_s, u"+49 160 9999999"_s, u"DE"_s)); // 5
    LookupIndex names(u"DE"_s);
    names.appendRows(m_columns, LookupIndex::Parts::Names);
    QVERIFY(names.lookup(m_columns, u"SO-100010"_s, 10).hits.isEmpty()); // a half alone: names and phones only
    QCOMPARE(rows(names.lookup(m_columns, u"zoe last"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(names.lookup(m_columns, u"0160 9999999"_s, 10)), QList<qsizetype>{5});

    names.adoptNumbers(std::move(*m_index));
    QVERIFY(names.hasNames());
    QVERIFY(!names.hasNumbers());
    QCOMPARE(rows(names.lookup(m_columns, u"zoe last"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(names.lookup(m_columns, u"0160 9999999"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(names.lookup(m_columns, u"SO-100010"_s, 10)), QList<qsizetype>{2});
    QCOMPARE(rows(names.lookup(m_columns, u"anna.schmidt@gmx.example"_s, 10)), QList<qsizetype>{2});
    QVERIFY(names.lookup(m_columns, u"WEB-1"_s, 10).hits.isEmpty()); // the old numbers do not have it

    LookupIndex numbers(u"DE"_s);
    numbers.appendRows(m_columns, LookupIndex::Parts::Numbers);
    numbers.adoptNames(std::move(names));
    QVERIFY(numbers.hasNames());
    QVERIFY(numbers.hasNumbers());
    QCOMPARE(rows(numbers.lookup(m_columns, u"WEB-1"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(numbers.lookup(m_columns, u"0160 9999999"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(numbers.lookup(m_columns, u"zoe last"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(numbers.lookup(m_columns, u"muller"_s, 10)), (QList<qsizetype>{4, 0}));
}

// The other order: the numbers half answers for every row's numbers and e-mail and with the old
// index's names and phones.
void TestLookupIndex::numbersFirstAnswerWithTheOldNames()
{
    add(make(u"WEB-1"_s, u"TN1"_s, u"Zoë Last"_s, u"last@shop.example"_s, u"+49 160 9999999"_s, u"DE"_s)); // 5
    LookupIndex numbers(u"DE"_s);
    numbers.appendRows(m_columns, LookupIndex::Parts::Numbers);
    numbers.adoptNames(std::move(*m_index));
    QVERIFY(!numbers.hasNames());
    QVERIFY(numbers.hasNumbers());
    QCOMPARE(rows(numbers.lookup(m_columns, u"WEB-1"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(numbers.lookup(m_columns, u"last@shop.example"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(numbers.lookup(m_columns, u"Anna Schmidt"_s, 10)), QList<qsizetype>{2});
    QCOMPARE(rows(numbers.lookup(m_columns, u"0151 23456789"_s, 10)), QList<qsizetype>{2});
    QVERIFY(numbers.lookup(m_columns, u"zoe last"_s, 10).hits.isEmpty()); // the old names do not have it
    QVERIFY(numbers.lookup(m_columns, u"0160 9999999"_s, 10).hits.isEmpty());

    LookupIndex names(u"DE"_s);
    names.appendRows(m_columns, LookupIndex::Parts::Names);
    names.adoptNumbers(std::move(numbers));
    QVERIFY(names.hasNames());
    QVERIFY(names.hasNumbers());
    QCOMPARE(rows(names.lookup(m_columns, u"zoe last"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(names.lookup(m_columns, u"0160 9999999"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(names.lookup(m_columns, u"last@shop.example"_s, 10)), QList<qsizetype>{5});
    QCOMPARE(rows(names.lookup(m_columns, u"SO-100010"_s, 10)), QList<qsizetype>{2});
}

void TestLookupIndex::appendedRowsAreFound()
{
    // More than the unsorted tail holds, so that merging is exercised too.
    for (int i = 0; i < 5000; ++i)
        add(make(u"WEB-%1"_s.arg(i), u"TN%1"_s.arg(i, 6, 10, QChar(u'0')), u"Kunde %1"_s.arg(i),
                 u"kunde%1@shop.example"_s.arg(i), u"+49 160 %1"_s.arg(1000000 + i), u"DE"_s));
    m_index->appendRows(m_columns);
    add(make(u"WEB-LAST"_s, u"TNLAST"_s, u"Zoë Last"_s, u"last@shop.example"_s, u"+49 160 9999999"_s, u"DE"_s));
    m_index->appendRows(m_columns);
    QCOMPARE(m_index->indexedRows(), m_columns.size());

    QCOMPARE(rows(m_index->lookup(m_columns, u"TN004321"_s, 10)), QList<qsizetype>{5 + 4321});
    QCOMPARE(rows(m_index->lookup(m_columns, u"web-4999"_s, 10)), QList<qsizetype>{5 + 4999});
    QCOMPARE(rows(m_index->lookup(m_columns, u"0160 1004999"_s, 10)), QList<qsizetype>{5 + 4999});
    QCOMPARE(rows(m_index->lookup(m_columns, u"tnlast"_s, 10)), QList<qsizetype>{5005});
    QCOMPARE(rows(m_index->lookup(m_columns, u"zoe"_s, 10)), QList<qsizetype>{5005});
    QCOMPARE(rows(m_index->lookup(m_columns, u"01609999999"_s, 10)), QList<qsizetype>{5005});
    QCOMPARE(m_index->lookup(m_columns, u"kunde"_s, 10).matchCount, 5000);
    QVERIFY(m_index->memoryBytes() > 0);
}

void TestLookupIndex::changedRowsAreFoundByTheirNewValues()
{
    Shipment changed = m_columns.shipment(1);
    changed.recipientName = u"Chloé Girard"_s;
    changed.phone = u"+33 6 39 98 00 00"_s;
    changed.subStatus = SubStatus::Delivered;
    add(changed);
    Shipment statusOnly = m_columns.shipment(2);
    statusOnly.subStatus = SubStatus::Delivered;
    add(statusOnly);
    m_index->refreshRows(m_columns, {1, 2, 99});

    QVERIFY(m_index->lookup(m_columns, u"lefevre"_s, 10).hits.isEmpty());
    QCOMPARE(rows(m_index->lookup(m_columns, u"girard"_s, 10)), QList<qsizetype>{1});
    QCOMPARE(rows(m_index->lookup(m_columns, u"+33639980000"_s, 10)), QList<qsizetype>{1});
    QCOMPARE(rows(m_index->lookup(m_columns, u"1Z999AA10123456784"_s, 10)), QList<qsizetype>{1});
    QCOMPARE(rows(m_index->lookup(m_columns, u"anna schmidt"_s, 10)), QList<qsizetype>{2});
}

void TestLookupIndex::nothingForNonsense_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("unknown name") << u"Zzyzx"_s;
    QTest::newRow("unknown number") << u"SO-999999"_s;
    QTest::newRow("punctuation") << u"@@@ ... ///"_s;
    QTest::newRow("control characters") << QString::fromUtf16(u"\u0000\u0001\uFFFF", 3);
    QTest::newRow("very long") << QString(5000, u'9');
}

void TestLookupIndex::nothingForNonsense()
{
    QFETCH(QString, typed);
    const LookupResult result = m_index->lookup(m_columns, typed, 10);
    QVERIFY(result.hits.isEmpty());
    QCOMPARE(result.matchCount, 0);
}

void TestLookupIndex::nothingFromAStoreClearedUnderIt()
{
    m_columns.clear();
    QVERIFY(m_index->lookup(m_columns, u"SO-100001"_s, 10).hits.isEmpty());
    add(make(u"SO-1"_s, u"T1"_s, u"Anna"_s, u"a@b.example"_s, QString(), u"DE"_s));
    QVERIFY(m_index->lookup(m_columns, u"anna"_s, 10).hits.isEmpty()); // fewer rows than it indexed
}

QTEST_GUILESS_MAIN(TestLookupIndex)
#include "tst_lookupindex.moc"
