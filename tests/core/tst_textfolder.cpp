#include "lookup/textfolder.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Names as shops store them and as agents type them: accents, case and umlaut spellings aside.
class TestTextFolder : public QObject
{
    Q_OBJECT

private slots:
    void foldingIgnoresAccentsAndCase_data();
    void foldingIgnoresAccentsAndCase();
    void wordsAndUmlautSpelling();
};

void TestTextFolder::foldingIgnoresAccentsAndCase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("umlaut") << u"Müller"_s << u"muller"_s;
    QTest::newRow("upper case") << u"MÜLLER"_s << u"muller"_s;
    QTest::newRow("sharp s") << u"Weiß"_s << u"weiss"_s;
    QTest::newRow("French") << u"Élodie Lefèvre"_s << u"elodie lefevre"_s;
    QTest::newRow("Polish") << u"Łukasz Wróbel"_s << u"lukasz wrobel"_s;
    QTest::newRow("Danish") << u"Søren Ærø"_s << u"soren aero"_s;
    QTest::newRow("Spanish") << u"Muñoz"_s << u"munoz"_s;
    QTest::newRow("ligature") << u"ﬁona"_s << u"fiona"_s;
    QTest::newRow("ASCII") << u"De Jong"_s << u"de jong"_s;
}

void TestTextFolder::foldingIgnoresAccentsAndCase()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFolder::fold(text), folded);
}

void TestTextFolder::wordsAndUmlautSpelling()
{
    QCOMPARE(TextFolder::words(u"  Jean-Luc  O'Brien "_s), (QList<QByteArray>{"jean", "luc", "o", "brien"}));
    QCOMPARE(TextFolder::words(u"---"_s), QList<QByteArray>());
    QCOMPARE(TextFolder::umlautVariant("mueller"), QByteArray("muller"));
    QCOMPARE(TextFolder::umlautVariant("schroeder"), QByteArray("schroder"));
    QCOMPARE(TextFolder::umlautVariant("schmidt"), QByteArray());
}

QTEST_GUILESS_MAIN(TestTextFolder)
#include "tst_textfolder.moc"
