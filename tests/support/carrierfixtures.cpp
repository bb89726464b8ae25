#include "carrierfixtures.h"

#include "testdatabases.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace CarrierFixtures {

QByteArray read(const QString &carrier, const QString &name)
{
    QFile file(TestDatabases::testDataPath(u"carriers/%1/%2"_s.arg(carrier, name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s/%s", qPrintable(carrier), qPrintable(name));
    return file.readAll();
}

QString header(const CarrierRequest &request, const QByteArray &name)
{
    for (const auto &pair : request.headers) {
        if (pair.first == name)
            return QString::fromUtf8(pair.second);
    }
    return u"<missing>"_s;
}

} // namespace CarrierFixtures
