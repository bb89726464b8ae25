// Carrier responses read and normalised per second, per carrier, on the real and hand-made
// payloads of tests/data/carriers/. The baseline is the syntax parse alone (QJsonDocument or a
// QXmlStreamReader pass over the same bytes), measured in the same run: what reading into our
// taxonomy costs on top of it.

#include "benchjson.h"
#include "carriers/carrierregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

constexpr int Repetitions = 7;

QList<QByteArray> payloads(const QString &carrier)
{
    QList<QByteArray> bodies;
    const QDir dir(QStringLiteral(SHIPDECK_TEST_DATA_DIR) + u"/carriers/"_s + carrier);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!name.contains(u"error"_s) && !name.contains(u"token"_s) && file.open(QIODevice::ReadOnly))
            bodies.append(file.readAll());
    }
    return bodies;
}

void syntaxOnly(const QByteArray &body)
{
    if (body.trimmed().startsWith('<')) {
        QXmlStreamReader xml(body);
        while (!xml.atEnd())
            xml.readNext();
    } else {
        QJsonDocument::fromJson(body);
    }
}

// Median microseconds per response over repeated passes of at least `minimumMsecs` each.
template<typename Parse>
double microsecondsPerResponse(const QList<QByteArray> &bodies, Parse parse, qint64 *responses)
{
    QList<double> samples;
    for (int rep = 0; rep < Repetitions; ++rep) {
        QElapsedTimer timer;
        timer.start();
        qint64 count = 0;
        while (timer.elapsed() < 200) {
            for (const QByteArray &body : bodies)
                parse(body);
            count += bodies.size();
        }
        samples.append(double(timer.nsecsElapsed()) / 1000.0 / double(count));
        *responses += count;
    }
    return median(samples);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const CarrierRegistry carriers;
    for (const QString &key : carriers.keys()) {
        const CarrierAdapter *adapter = carriers.adapter(key);
        const QList<QByteArray> bodies = payloads(key);
        if (bodies.isEmpty())
            continue;
        qint64 oursCount = 0, peerCount = 0;
        const double ours = microsecondsPerResponse(bodies, [adapter](const QByteArray &body) {
            adapter->parseTrackResponse(body, 200, {});
        }, &oursCount);
        const double peer = microsecondsPerResponse(bodies, syntaxOnly, &peerCount);
        printFigure({u"parse_"_s + key, u"per_response"_s, ours, u"us"_s, oursCount, u"syntax parse only"_s, peer});
        printFigure({u"parse_"_s + key, u"responses_per_second"_s, 1e6 / ours, u"1/s"_s, oursCount, {}, 0});
    }
    return 0;
}
