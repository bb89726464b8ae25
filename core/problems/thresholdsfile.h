#pragma once

#include "problemthresholds.h"

#include <QString>
#include <QStringList>

class QSettings;

// Where an installation keeps the detection thresholds it chose (core/problems/README.md): the
// JSON file the setting "Problems/ThresholdsFile" names, else "thresholds.json" beside the
// settings file when there is one. The console and shipdeck-poller read the same file.
namespace ThresholdsFile {

QString settingKey();
// The file to read; empty when none is configured and none lies beside the settings.
QString locate(const QSettings &settings);
// The thresholds in `path`. Whatever is wrong goes to `problems`, one message per mistake, each
// naming the file (and the field): a field that is wrong keeps its default, an unreadable file
// or one that is not JSON leaves every default in place.
ProblemThresholds load(const QString &path, QStringList *problems);
// locate() then load(); the defaults when there is no file.
ProblemThresholds load(const QSettings &settings, QStringList *problems);

} // namespace ThresholdsFile
