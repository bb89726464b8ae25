#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Puts Shipdeck's own catalogue and Qt's (button texts of standard dialogs) for one language into
// the application, and makes that locale the default so dates and numbers follow it too. The
// catalogues are compiled into the binary (":/i18n/shipdeck_<lang>.qm"); Qt's come from its
// translations folder.
class TranslationInstaller
{
public:
    // Languages Shipdeck has a catalogue for, as BCP 47 names: "en", "de".
    static QStringList availableLanguages();
    // The catalogue to use for `locale`: its language if Shipdeck has one, else English.
    static QString languageFor(const QLocale &locale);

    // Installs the catalogues for `locale` into `app`; returns the language actually used.
    static QString install(QCoreApplication &app, const QLocale &locale);
};
