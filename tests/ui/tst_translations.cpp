#include "carriers/carriererror.h"
#include "model/countrynames.h"
#include "model/shipmentcolumns.h"
#include "model/status.h"
#include "problems/problemtype.h"
#include "shipmenttablemodel.h"
#include "i18n/translationinstaller.h"

#include <QApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The console in German and in English: the catalogues are built in, found by the locale, and
// reach the core's words (statuses, problem types) as well as the widgets'.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void bothCataloguesAreBuiltIn();
    void unknownLanguagesFallBackToEnglish();
    void germanReachesCoreAndWidgets();
    void germanLocaleFormatsDatesAndNumbers();
    void englishKeepsSourceTexts();

private:
    void removeTranslators();
};

void TestTranslations::removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::cleanup()
{
    removeTranslators();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTranslations::bothCataloguesAreBuiltIn()
{
    const QStringList languages = TranslationInstaller::availableLanguages();
    QVERIFY2(languages.contains(u"en"_s), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u',')));
}

void TestTranslations::unknownLanguagesFallBackToEnglish()
{
    QCOMPARE(TranslationInstaller::languageFor(QLocale(QLocale::German, QLocale::Austria)), u"de"_s);
    QCOMPARE(TranslationInstaller::languageFor(QLocale(QLocale::Japanese, QLocale::Japan)), u"en"_s);
}

void TestTranslations::germanReachesCoreAndWidgets()
{
    QCOMPARE(TranslationInstaller::install(*qApp, QLocale(QLocale::German, QLocale::Germany)), u"de"_s);

    QCOMPARE(Taxonomy::statusLabel(Status::Delivered), u"Zugestellt"_s);
    QCOMPARE(Taxonomy::subStatusLabel(SubStatus::OutForDelivery), u"In Zustellung"_s);
    QCOMPARE(ProblemTypes::label(ProblemType::FailedAttempt), u"Zustellversuch gescheitert"_s);
    QCOMPARE(CarrierError::summary(CarrierError::Kind::NotFound, u"DHL"_s, u"JJD0001"_s),
             u"DHL kennt die Sendungsnummer JJD0001 nicht"_s);

    ShipmentColumns columns;
    ShipmentTableModel model(columns);
    QCOMPARE(model.headerData(ShipmentTableModel::TrackingNumberColumn, Qt::Horizontal).toString(), u"Sendungsnummer"_s);
    // Countries too, which Qt names only in English or in their own language.
    QCOMPARE(CountryNames::displayName(u"FR"_s), u"Frankreich"_s);
    QCOMPARE(CountryNames::displayName(u"KR"_s), u"South Korea"_s); // not in the catalogue: Qt's English name
    // Qt's own texts (standard buttons) come along.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

void TestTranslations::germanLocaleFormatsDatesAndNumbers()
{
    TranslationInstaller::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
    const QLocale locale;
    QCOMPARE(locale.toString(QDate(2026, 11, 25), QLocale::ShortFormat), u"25.11.26"_s);
    QCOMPARE(locale.toString(1234567), u"1.234.567"_s);
}

void TestTranslations::englishKeepsSourceTexts()
{
    QCOMPARE(TranslationInstaller::install(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)), u"en"_s);
    QCOMPARE(Taxonomy::statusLabel(Status::Delivered), u"Delivered"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
