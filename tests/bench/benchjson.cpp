#include "benchjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

void printFigure(const BenchFigure &figure)
{
    QJsonObject line{{u"bench"_s, figure.bench}, {u"metric"_s, figure.metric}, {u"value"_s, figure.value},
                     {u"unit"_s, figure.unit}, {u"n"_s, figure.n}};
    if (!figure.peer.isEmpty()) {
        line.insert(u"peer"_s, figure.peer);
        line.insert(u"peer_value"_s, figure.peerValue);
        // How many times better we are than the peer, for costs where lower is better.
        line.insert(u"ratio"_s, figure.value > 0 ? figure.peerValue / figure.value : 0.0);
    }
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    return samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
}

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

qint64 benchCount(int argc, char *argv[], qint64 fallback)
{
    if (argc < 2)
        return fallback;
    bool ok = false;
    const qint64 n = QByteArray(argv[1]).toLongLong(&ok);
    return ok && n > 0 ? n : fallback;
}
