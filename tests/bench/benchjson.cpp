#include "benchjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

void printFigure(const BenchFigure &figure)
{
    // Written by hand rather than through QJsonObject, which sorts keys: the documented order
    // (bench, metric, value, unit, n, peer, peer_value, ratio) reads better in a terminal.
    const auto quoted = [](const QString &text) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    };
    QString line = u"{\"bench\":%1,\"metric\":%2,\"value\":%3,\"unit\":%4,\"n\":%5"_s.arg(
        quoted(figure.bench), quoted(figure.metric), QString::number(figure.value, 'g', 6), quoted(figure.unit),
        QString::number(figure.n));
    if (!figure.peer.isEmpty()) {
        // How many times better we are than the peer, for costs where lower is better.
        const double ratio = figure.value > 0 ? figure.peerValue / figure.value : 0.0;
        line += u",\"peer\":%1,\"peer_value\":%2,\"ratio\":%3"_s.arg(quoted(figure.peer),
                                                                         QString::number(figure.peerValue, 'g', 6),
                                                                         QString::number(ratio, 'g', 4));
    }
    line += u'}';
    std::printf("%s\n", line.toUtf8().constData());
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
