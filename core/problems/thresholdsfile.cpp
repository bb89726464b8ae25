#include "thresholdsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ThresholdsFile {

QString settingKey()
{
    return u"Problems/ThresholdsFile"_s;
}

QString locate(const QSettings &settings)
{
    const QString named = settings.value(settingKey()).toString();
    if (!named.isEmpty())
        return named; // even if missing: load() then says so, rather than quietly using defaults
    const QString beside = QFileInfo(settings.fileName()).absoluteDir().filePath(u"thresholds.json"_s);
    return QFileInfo::exists(beside) ? beside : QString();
}

ProblemThresholds load(const QString &path, QStringList *problems)
{
    const auto fail = [&](const QString &why) {
        problems->append(QCoreApplication::translate("ThresholdsFile", "%1: %2; the default thresholds are used").arg(path, why));
        return ProblemThresholds::defaults();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QCoreApplication::translate("ThresholdsFile", "not valid JSON at character %1 (%2)")
                        .arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(QCoreApplication::translate("ThresholdsFile", "not a JSON object with \"defaults\" and \"overrides\""));
    QStringList errors;
    ProblemThresholds thresholds = ProblemThresholds::fromJson(document.object(), &errors);
    for (const QString &error : std::as_const(errors))
        problems->append(QCoreApplication::translate("ThresholdsFile", "%1: %2; the default is used there").arg(path, error));
    return thresholds;
}

ProblemThresholds load(const QSettings &settings, QStringList *problems)
{
    const QString path = locate(settings);
    return path.isEmpty() ? ProblemThresholds::defaults() : load(path, problems);
}

} // namespace ThresholdsFile
