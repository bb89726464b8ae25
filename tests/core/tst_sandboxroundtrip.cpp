#include "aftershipsandboxapi.h"
#include "aftershiptags.h"
#include "carriers/aftershipadapter.h"
#include "carriers/carrierregistry.h"
#include "sandboxplace.h"
#include "sandboxserver.h"
#include "scanview.h"
#include "sim/trackingnumberformat.h"
#include "tst_sandboxclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

// Shipdeck's own carrier adapters read the sandbox: server on a free port, the requests each
// adapter builds sent over QNetworkAccessManager, the answers parsed by the same adapter. What it
// reads must be what the simulator reported: every visible scan, at its moment, with its
// sub-status and place, and the shipment's current status.
class TestSandboxRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void adaptersReadTheSimulatedScans_data();
    void adaptersReadTheSimulatedScans();

private:
    struct Reading {
        QList<TrackedShipment> shipments;
        QList<CarrierError> errors;
    };
    static QDateTime epoch() { return QDateTime(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC); }
    static QStringList numbersFor(const QString &carrier, int count);
    Reading track(const CarrierAdapter &adapter, const CarrierAccount &account, const QString &sandboxCarrier,
        const QStringList &numbers, SandboxClient &client);
    static QStringList differences(const QString &carrier, const TrackedShipment &read, const ScanView &expected);

    CarrierRegistry m_registry;
};

QStringList TestSandboxRoundTrip::numbersFor(const QString &carrier, int count)
{
    QStringList numbers;
    const int index = CarrierVocabulary::carrierIndex(carrier);
    for (int serial = 0; serial < count; ++serial)
        numbers.append(TrackingNumberFormat::generate(
            CarrierVocabulary::Carrier(index), TrackingNumberFormat::Hint::None, quint64(serial) * 7919 + 3, 4711));
    return numbers;
}

void TestSandboxRoundTrip::adaptersReadTheSimulatedScans_data()
{
    QTest::addColumn<QString>("carrier"); // the adapter
    QTest::addColumn<QString>("sandboxCarrier"); // whose journeys it reads
    for (const QString &key : m_registry.keys()) {
        if (key == u"aftership") {
            // AfterShip relays other couriers: one row per courier it relays here.
            for (const QString &relayed : JourneySimulator::carriers())
                QTest::addRow("aftership-%s", qPrintable(relayed)) << key << relayed;
        } else if (SandboxState::carriers().contains(key)) {
            QTest::addRow("%s", qPrintable(key)) << key << key;
        }
    }
}

TestSandboxRoundTrip::Reading TestSandboxRoundTrip::track(const CarrierAdapter &adapter, const CarrierAccount &account,
    const QString &sandboxCarrier, const QStringList &numbers, SandboxClient &client)
{
    Reading reading;
    QString token;
    if (const auto tokenRequest = adapter.tokenRequest(account)) {
        const HttpAnswer answer = client.send(*tokenRequest);
        CarrierError error;
        const auto parsed = adapter.parseTokenResponse(answer.body, answer.status, &error);
        if (!parsed) {
            reading.errors.append(error);
            return reading;
        }
        token = parsed->accessToken;
    }
    QStringList asked = numbers;
    if (const auto *aftership = dynamic_cast<const AfterShipAdapter *>(&adapter)) {
        // AfterShip answers only for trackings created in the account; "slug:number" reads one.
        for (QString &number : asked) {
            client.send(aftership->createTrackingRequest(sandboxCarrier, number, account));
            number = sandboxCarrier + u':' + number;
        }
    }
    for (const CarrierRequest &request : adapter.trackRequests(asked, account, token)) {
        const HttpAnswer answer = client.send(request);
        const TrackingResult result = adapter.parseTrackResponse(answer.body, answer.status, request.trackingNumbers);
        reading.shipments += result.shipments;
        reading.errors += result.errors;
    }
    return reading;
}

QStringList TestSandboxRoundTrip::differences(
    const QString &carrier, const TrackedShipment &read, const ScanView &expected)
{
    // DHL and DPD give local times without a zone, which a reader can only place by country: compare
    // the local time they wrote. The others give offsets: compare the instant.
    const bool zoneless = carrier == u"dhl" || carrier == u"dpd";
    const auto moment = [zoneless](const QDateTime &at) {
        return zoneless ? at.toString(u"yyyy-MM-dd HH:mm:ss"_s) : at.toUTC().toString(Qt::ISODate);
    };
    // Through AfterShip a sub-status is as fine as AfterShip's subtags.
    const auto relayed = [&carrier](SubStatus s) {
        if (carrier != u"aftership")
            return s;
        const AfterShipTags::Tags tags = AfterShipTags::of(s);
        return Taxonomy::fromAfterShip(tags.tag, tags.subtag).value_or(s);
    };
    // Places compare by city and country: carriers write them their own way ("Köln (DE)", "50769 Köln, DE").
    const auto place = [](const QString &location) {
        const SandboxPlace p(location);
        return p.isEmpty() ? QString() : p.city().toLower() + u'|' + p.countryCode().toLower();
    };
    const auto samePlace = [](const QString &simulated, const QString &read) {
        const QStringList parts = simulated.split(u'|');
        if (simulated.isEmpty()) // no place scanned: at most the sender's country
            return read.size() <= 3;
        return read.toLower().contains(parts[0]) && read.toLower().contains(parts[1]);
    };
    struct Line {
        QString at;
        QString subStatus;
        QString location;
        bool operator<(const Line &o) const
        {
            return std::tie(at, subStatus, location) < std::tie(o.at, o.subStatus, o.location);
        }
    };
    QList<Line> want, got;
    for (const SimulatedScan &scan : expected.scans())
        want.append({ moment(scan.event.occurredAt), Taxonomy::subStatusKey(relayed(scan.event.subStatus)),
            place(scan.event.location) });
    for (const TrackingEvent &event : read.events)
        got.append({ moment(event.occurredAt), Taxonomy::subStatusKey(event.subStatus), event.location });
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    // Pair each simulated event with a read one at the same moment with the same sub-status and place.
    QStringList out;
    for (const Line &line : std::as_const(want)) {
        const auto match = std::find_if(got.begin(), got.end(), [&](const Line &g) {
            return g.at == line.at && g.subStatus == line.subStatus && samePlace(line.location, g.location);
        });
        if (match == got.end())
            out.append(QStringLiteral("%1: missing %2 at %3 in %4")
                           .arg(read.trackingNumber, line.subStatus, line.at, line.location));
        else
            got.erase(match);
    }
    for (const Line &line : std::as_const(got))
        out.append(
            QStringLiteral("%1: read %2 at %3 in %4").arg(read.trackingNumber, line.subStatus, line.at, line.location));
    const SubStatus current = relayed(expected.shipment().subStatus);
    if (read.subStatus != current)
        out.append(
            QStringLiteral("%1: current status read %2, simulated %3")
                .arg(read.trackingNumber, Taxonomy::subStatusKey(read.subStatus), Taxonomy::subStatusKey(current)));
    return out;
}

void TestSandboxRoundTrip::adaptersReadTheSimulatedScans()
{
    QFETCH(QString, carrier);
    QFETCH(QString, sandboxCarrier);
    const CarrierAdapter *adapter = m_registry.adapter(carrier);
    QVERIFY(adapter);

    SandboxOptions options;
    options.epoch = epoch();
    options.speed = 0;
    options.liftLimits = true;
    options.seed = 29;
    const ManualClock wall(QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC));
    SandboxServer server(options, wall);
    const quint16 port = server.listen(0);
    QVERIFY(port != 0);
    SandboxClient client(port);

    // Parcels shipped over the twelve days before "now": every stage of a journey is somewhere.
    const QStringList numbers = numbersFor(sandboxCarrier, 48);
    for (qsizetype i = 0; i < numbers.size(); ++i)
        server.state().journeys().registerParcel(sandboxCarrier, numbers[i], epoch().addSecs(-qint64(i) * 6 * 3600));

    // API-key carriers get a key; the OAuth ones sign in with client id and secret.
    const bool keyed = carrier == u"dhl" || carrier == u"aftership";
    CarrierAccount account { client.url(u"/"_s + carrier), keyed ? u"sandbox-key"_s : QString(), u"client"_s,
        u"secret"_s };
    const Reading reading = track(*adapter, account, sandboxCarrier, numbers, client);

    QStringList problems;
    int compared = 0;
    for (const QString &number : numbers) {
        const auto origin = server.state().journeys().originOf(sandboxCarrier, number);
        const ScanView expected(server.state().journeys().journey(*origin, number), epoch());
        const QString asked = carrier == u"aftership" ? sandboxCarrier + u':' + number : number;
        const auto read = std::find_if(reading.shipments.cbegin(), reading.shipments.cend(),
            [&](const TrackedShipment &s) { return s.trackingNumber == asked; });
        const auto error = std::find_if(reading.errors.cbegin(), reading.errors.cend(),
            [&](const CarrierError &e) { return e.trackingNumber == asked; });
        if (expected.isEmpty()) {
            // Nothing scanned yet: the carrier does not know it, or (AfterShip) knows it without checkpoints.
            const bool told = (error != reading.errors.cend() && error->kind == CarrierError::Kind::NotFound)
                || (read != reading.shipments.cend() && read->events.isEmpty());
            if (!told)
                problems.append(number + u": no scan yet, but the adapter did not say the carrier has nothing"_s);
            continue;
        }
        if (read == reading.shipments.cend()) {
            problems.append(
                number + u": not read; "_s + (error != reading.errors.cend() ? error->message : u"no error either"_s));
            continue;
        }
        ++compared;
        problems += differences(carrier, *read, expected);
    }
    for (const CarrierError &error : reading.errors) {
        if (error.kind != CarrierError::Kind::NotFound)
            problems.append(u"error: "_s + error.message);
    }
    QVERIFY2(compared >= 30, qPrintable(QStringLiteral("only %1 parcels compared").arg(compared)));
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 differences:\n").arg(problems.size()) + problems.mid(0, 25).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSandboxRoundTrip)
#include "tst_sandboxroundtrip.moc"
