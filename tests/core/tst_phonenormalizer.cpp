#include "lookup/phonenormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Phone numbers written the many ways shops export and callers say them: each must come out the same.
class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void sameNumberAnyFormat_data();
    void sameNumberAnyFormat();
    void notPhoneNumbers();
    void queryWithoutPlusMayBeInternational();
};

void TestPhoneNormalizer::sameNumberAnyFormat_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("countryCode");
    QTest::addColumn<quint64>("nationalNumber");
    // nationalNumber carries a leading 1 so that leading zeros count.
    QTest::newRow("international") << u"+49 170 1234567"_s << u"DE"_s << 49 << quint64(11701234567);
    QTest::newRow("national with slash") << u"0170/1234567"_s << u"DE"_s << 49 << quint64(11701234567);
    QTest::newRow("00 prefix") << u"0049 170 1234567"_s << u"AT"_s << 49 << quint64(11701234567);
    QTest::newRow("(0) after country code") << u"+49 (0)170 1234567"_s << u"DE"_s << 49 << quint64(11701234567);
    QTest::newRow("compact international") << u"+491701234567"_s << u"FR"_s << 49 << quint64(11701234567);
    QTest::newRow("US national") << u"(212) 555-0123"_s << u"US"_s << 1 << quint64(12125550123);
    QTest::newRow("US with trunk 1") << u"1 212 555 0123"_s << u"US"_s << 1 << quint64(12125550123);
    QTest::newRow("Italian mobile, no trunk prefix") << u"333 123 4567"_s << u"IT"_s << 39 << quint64(13331234567);
    QTest::newRow("Italian landline keeps its 0") << u"06 1234 5678"_s << u"IT"_s << 39 << quint64(10612345678);
    QTest::newRow("Dutch with dash") << u"06-12345678"_s << u"NL"_s << 31 << quint64(1612345678);
    QTest::newRow("lower-case region") << u"07700 900123"_s << u"gb"_s << 44 << quint64(17700900123);
    QTest::newRow("letters go to libphonenumber") << u"+49 170 1234567 ext. 12"_s << u"DE"_s << 49 << quint64(11701234567);
}

void TestPhoneNormalizer::sameNumberAnyFormat()
{
    QFETCH(QString, phone);
    QFETCH(QString, region);
    QFETCH(int, countryCode);
    QFETCH(quint64, nationalNumber);
    const PhoneNormalizer normalizer;
    const PhoneNormalizer::Key key = normalizer.normalize(phone, region);
    QCOMPARE(key.countryCode, countryCode);
    QCOMPARE(key.nationalNumber, nationalNumber);
}

void TestPhoneNormalizer::notPhoneNumbers()
{
    const PhoneNormalizer normalizer;
    QVERIFY(!normalizer.normalize(u""_s, u"DE"_s).isValid());
    QVERIFY(!normalizer.normalize(u"12345"_s, u"DE"_s).isValid()); // too short to find anyone by
    QVERIFY(!normalizer.normalize(u"Anna Müller"_s, u"DE"_s).isValid());
    QVERIFY(!normalizer.normalize(u"0170 1234567"_s, u"XX"_s).isValid()); // unknown region: no country code
    QVERIFY(!normalizer.normalize(u"+999 1234567"_s, u"DE"_s).isValid()); // no such calling code
    QVERIFY(!normalizer.normalize(QString(40, u'9'), u"DE"_s).isValid());
    QVERIFY(!PhoneNormalizer::looksLikePhone(u"SO-100123"_s));
    QVERIFY(!PhoneNormalizer::looksLikePhone(u"49+170123456"_s));
    QVERIFY(PhoneNormalizer::looksLikePhone(u" +49 (170) 123-45.67 "_s));
}

void TestPhoneNormalizer::queryWithoutPlusMayBeInternational()
{
    const PhoneNormalizer normalizer;
    const QList<PhoneNormalizer::Key> meanings = normalizer.queryMeanings(u"491701234567"_s, u"DE"_s);
    QVERIFY(meanings.contains(PhoneNormalizer::Key{49, 11701234567}));
    QVERIFY(meanings.contains(PhoneNormalizer::Key{49, 1491701234567})); // as a German national number
    QCOMPARE(normalizer.queryMeanings(u"0170/1234567"_s, u"DE"_s),
             (QList<PhoneNormalizer::Key>{{49, 11701234567}, {PhoneNormalizer::AnyCountry, 11701234567}}));
    // Typed in the US for a German parcel: US rules make no sense of it, "any country" does.
    QCOMPARE(normalizer.queryMeanings(u"0170 1234567"_s, u"US"_s).last(), (PhoneNormalizer::Key{PhoneNormalizer::AnyCountry, 11701234567}));
    QVERIFY(normalizer.queryMeanings(u"Müller"_s, u"DE"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
