#include "translationinstaller.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

QStringList TranslationInstaller::availableLanguages()
{
    const QDir catalogues(u":/i18n"_s);
    QStringList languages;
    for (const QString &file : catalogues.entryList({u"shipdeck_*.qm"_s}, QDir::Files, QDir::Name))
        languages.append(file.mid(9, file.size() - 9 - 3));
    return languages;
}

QString TranslationInstaller::languageFor(const QLocale &locale)
{
    const QString language = QLocale::languageToCode(locale.language());
    return availableLanguages().contains(language) ? language : u"en"_s;
}

QString TranslationInstaller::install(QCoreApplication &app, const QLocale &locale)
{
    const QString language = languageFor(locale);
    QLocale::setDefault(locale);

    // English needs Shipdeck's catalogue too: it holds the plural forms ("1 shipment").
    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/shipdeck_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (language != u"en"_s && qt->load(u"qtbase_%1"_s.arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}
