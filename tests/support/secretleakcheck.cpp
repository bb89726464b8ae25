#include "secretleakcheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SecretLeakCheck {

QString uniqueSecret() { return u"sk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces); }

QProcessEnvironment childEnvironment(const QString &home, const QString &secret)
{
    const QDir homeDir(home);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SHIPDECK_TEST_NO_KEYRING_CHILD"_s, u"1"_s);
    environment.insert(u"SHIPDECK_TEST_SECRET"_s, secret);
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + homeDir.filePath(u"no-bus"_s));
    environment.remove(u"DISPLAY"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, home);
    environment.insert(u"HOME"_s, home);
    for (const QString &variable : {u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CACHE_HOME"_s, u"XDG_STATE_HOME"_s})
        environment.insert(variable, homeDir.filePath(variable));
    return environment;
}

QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList found;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

} // namespace SecretLeakCheck
