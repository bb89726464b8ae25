// The lookup bar's question over N shipments (1,000,000 unless told): how long one lookup takes
// at the median and the 99th percentile, ranking, phone normalisation and accent folding
// included, against three peers answering the same queries over the same shipments in the same
// run: SQLite FTS5 with the trigram tokenizer, a plain SQLite LIKE over the columns, and a
// QSortFilterProxyModel over a QStandardItemModel. Also how long the index takes to build, how
// many bytes a shipment costs in it, and how often each answers a query for an exact number, phone
// or e-mail with that shipment (or one with the same value) first. And how soon the console's
// LookupService, building in two halves on two threads, answers order and tracking numbers and
// e-mails, names and phones, and everything, against the one-thread build it did before (nothing
// answered until all was built), in the same run.

#include "benchjson.h"
#include "lookup/lookupindex.h"
#include "lookup/lookupservice.h"
#include "lookup/phonenormalizer.h"
#include "model/shipmentcolumns.h"
#include "sim/demodatagenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <malloc.h>
#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr int QueryCount = 2000;
constexpr int Passes = 3; // ours and FTS5 run the whole query list this often; the median pass counts
constexpr int LikeQueries = 100; // the slow peers answer the first queries of the same list
constexpr int ProxyQueries = 25;
constexpr int Limit = 50;
const QString AgentRegion = u"DE"_s;

struct Query {
    QString text;
    qsizetype target = -1; // the row it was made from when it names a number, phone or e-mail
};

void fill(ShipmentColumns &columns, qint64 n)
{
    const DemoDataGenerator generator(42, QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    constexpr int batch = 20000;
    columns.reserve(n);
    QList<int> starts;
    for (qint64 first = 0; first < n; first += batch)
        starts.append(int(first));
    // Generated on every core, batch by batch to keep the memory of events low, stored in order.
    for (qsizetype chunk = 0; chunk < starts.size(); chunk += 8) {
        const QList<int> part = starts.mid(chunk, 8);
        const QList<QList<Shipment>> made = QtConcurrent::blockingMapped(part, [&](int first) {
            QList<Shipment> shipments;
            for (const ShipmentRecord &record : generator.generate(first, int(std::min<qint64>(batch, n - first))))
                shipments.append(record.shipment);
            return shipments;
        });
        for (const QList<Shipment> &shipments : made) {
            for (Shipment shipment : shipments) {
                shipment.id = columns.size() + 1;
                columns.upsert(shipment);
            }
        }
    }
}

struct ServiceTimes {
    double numbersMs = 0; // order and tracking numbers and e-mails found from here on
    double namesMs = 0;   // names and phones found from here on
    double readyMs = 0;   // both, and the build is over
};

ServiceTimes buildService(const ShipmentColumns &columns)
{
    LookupService service(columns, AgentRegion);
    ServiceTimes times;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&service, &LookupService::numbersReady, &loop, [&] { times.numbersMs = double(timer.nsecsElapsed()) / 1e6; });
    QObject::connect(&service, &LookupService::namesReady, &loop, [&] { times.namesMs = double(timer.nsecsElapsed()) / 1e6; });
    QObject::connect(&service, &LookupService::indexReady, &loop, [&] {
        times.readyMs = double(timer.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    timer.start();
    service.startBuilding();
    if (service.isBuilding()) // a small table is indexed at once, before there is a loop to quit
        loop.exec();
    // The half that came last (or both, for a small table) answers when the build is over.
    for (double *half : {&times.numbersMs, &times.namesMs}) {
        if (*half == 0)
            *half = times.readyMs;
    }
    return times;
}

QString nationalDigits(const PhoneNormalizer::Key &key)
{
    return QString::number(key.nationalNumber).mid(1); // behind the leading 1
}

QString groupsOfFour(const QString &text)
{
    QString spaced;
    for (qsizetype i = 0; i < text.size(); i += 4)
        spaced += (i ? u" "_s : QString()) + text.mid(i, 4);
    return spaced;
}

// What agents type: numbers exact or read in groups, phones as the caller says them, e-mails in
// another case, names or their starts with and without accents, and numbers that do not exist.
QList<Query> makeQueries(const ShipmentColumns &columns, const PhoneNormalizer &phones)
{
    std::mt19937_64 random(7);
    const auto below = [&random](qsizetype n) { return qsizetype(random() % quint64(n)); };
    QList<Query> queries;
    while (queries.size() < QueryCount) {
        const qsizetype row = below(columns.size());
        const int kind = int(below(100));
        const QString tracking = columns.trackingNumber(row);
        const QStringList name = columns.recipientName(row).split(u' ');
        if (kind < 20) {
            queries.append({tracking, row});
        } else if (kind < 25) {
            queries.append({groupsOfFour(tracking).toLower(), row});
        } else if (kind < 40) {
            queries.append({columns.orderNumber(row), row});
        } else if (kind < 60) {
            const PhoneNormalizer::Key key = phones.normalize(columns.phone(row), columns.countryCode(row));
            const QString national = nationalDigits(key);
            const QString code = QString::number(key.countryCode);
            switch (below(3)) {
            case 0: queries.append({u"+%1 %2 %3"_s.arg(code, national.left(3), national.mid(3)), row}); break;
            case 1: queries.append({code + national, row}); break;
            default:
                if (key.countryCode == 49) // the German agent says it the German way
                    queries.append({u"0%1/%2"_s.arg(national.left(3), national.mid(3)), row});
                else
                    queries.append({u"00%1 %2"_s.arg(code, national), row});
            }
        } else if (kind < 70) {
            const QString email = columns.email(row);
            queries.append({below(2) ? email.toUpper() : email.left(1).toUpper() + email.mid(1), row});
        } else if (kind < 75) {
            queries.append({name.join(u' '), -1}); // the whole name, accents and all
        } else if (kind < 80) {
            const QString folded = name.join(u' ').normalized(QString::NormalizationForm_D);
            QString plain;
            for (const QChar c : folded) {
                if (c.category() != QChar::Mark_NonSpacing)
                    plain += c.toLower();
            }
            queries.append({plain, -1}); // typed without accents
        } else if (kind < 85) {
            queries.append({name.first() + u' ' + name.last().left(3), -1}); // first name and the start of the family name
        } else if (kind < 90) {
            queries.append({name.last(), -1});
        } else if (kind < 95) {
            queries.append({u"JJD%1"_s.arg(quint64(random() % 10'000'000'000'000ull), 14, 10, QChar(u'0')), -1});
        } else {
            queries.append({u"Zbigniewski"_s, -1});
        }
    }
    return queries;
}

// Whether `first` is what the query asked for: the shipment it was made from, or one with the same
// value (a customer's second order has the same e-mail; the demo's phone ranges for fiction repeat).
bool sameValue(const ShipmentColumns &columns, const PhoneNormalizer &phones, const Query &query, qsizetype first)
{
    if (first < 0)
        return false;
    const qsizetype target = query.target;
    if (first == target)
        return true;
    if (columns.email(first).compare(columns.email(target), Qt::CaseInsensitive) == 0
        && query.text.contains(u'@'))
        return true;
    const PhoneNormalizer::Key phone = phones.normalize(columns.phone(target), columns.countryCode(target));
    return PhoneNormalizer::looksLikePhone(query.text) && phone.isValid()
        && phones.normalize(columns.phone(first), columns.countryCode(first)) == phone;
}

struct Answers {
    QList<double> millis;
    int foundFirst = 0;
    int targeted = 0;

    double percentile(double p) const
    {
        QList<double> sorted = millis;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
    void count(const ShipmentColumns &columns, const PhoneNormalizer &phones, const Query &query, qsizetype first)
    {
        if (query.target < 0)
            return;
        ++targeted;
        if (sameValue(columns, phones, query, first))
            ++foundFirst;
    }
    double foundPercent() const { return targeted ? 100.0 * foundFirst / targeted : 0; }
};

template<typename Answer>
Answers run(const ShipmentColumns &columns, const QList<Query> &queries, qsizetype count, Answer &&answer)
{
    const PhoneNormalizer phones;
    Answers answers;
    QElapsedTimer timer;
    for (qsizetype i = 0; i < count && i < queries.size(); ++i) {
        timer.start();
        const qsizetype first = answer(queries.at(i).text);
        answers.millis.append(double(timer.nsecsElapsed()) / 1e6);
        answers.count(columns, phones, queries.at(i), first);
    }
    return answers;
}

// The pass whose median is the median of all passes.
Answers medianPass(QList<Answers> passes)
{
    std::sort(passes.begin(), passes.end(),
              [](const Answers &a, const Answers &b) { return a.percentile(0.5) < b.percentile(0.5); });
    return passes.at(passes.size() / 2);
}

QString ftsQuery(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 3) // shorter than a trigram matches nothing
            words.append(u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"');
    }
    return words.join(u' ');
}

void check(bool ok, const QSqlQuery &query)
{
    if (!ok)
        qFatal("%s", qPrintable(query.lastError().text()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = benchCount(argc, argv, 1'000'000);
    ShipmentColumns columns;
    fill(columns, n);
    const QList<Query> queries = makeQueries(columns, PhoneNormalizer());

    // Ours: the index built from the column store, then every query with ranking.
    malloc_trim(0);
    const qint64 residentBefore = residentBytes();
    QElapsedTimer timer;
    timer.start();
    LookupIndex index(AgentRegion);
    index.appendRows(columns);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    const double residentPerShipment = double(residentBytes() - residentBefore) / double(n);
    QList<Answers> passes;
    for (int pass = 0; pass < Passes; ++pass) {
        passes.append(run(columns, queries, queries.size(), [&](const QString &text) {
            const LookupResult result = index.lookup(columns, text, Limit);
            return result.hits.isEmpty() ? qsizetype(-1) : result.hits.first().row;
        }));
    }
    const Answers ours = medianPass(passes);

    QList<double> numbersMs, namesMs, readyMs;
    for (int pass = 0; pass < Passes; ++pass) {
        const ServiceTimes times = buildService(columns);
        numbersMs.append(times.numbersMs);
        namesMs.append(times.namesMs);
        readyMs.append(times.readyMs);
    }

    // SQLite through Qt's driver: an FTS5 trigram table, and a plain table for LIKE, each in a file of its own.
    QTemporaryDir dir;
    const auto open = [&dir](const QString &name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dir.filePath(name + u".sqlite"_s));
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        return db;
    };
    const auto fillTable = [&columns](QSqlDatabase db, const QString &create, const QString &table) {
        QSqlQuery insert(db);
        check(insert.exec(create), insert);
        db.transaction();
        check(insert.prepare(u"INSERT INTO %1(rowid, tracking, ord, name, email, phone) VALUES (?, ?, ?, ?, ?, ?)"_s.arg(table)), insert);
        for (qsizetype row = 0; row < columns.size(); ++row) {
            insert.bindValue(0, row);
            insert.bindValue(1, columns.trackingNumber(row));
            insert.bindValue(2, columns.orderNumber(row));
            insert.bindValue(3, columns.recipientName(row));
            insert.bindValue(4, columns.email(row));
            insert.bindValue(5, columns.phone(row));
            check(insert.exec(), insert);
        }
        db.commit();
    };
    QSqlDatabase db = open(u"fts"_s);
    timer.restart();
    fillTable(db, u"CREATE VIRTUAL TABLE lookup USING fts5(tracking, ord, name, email, phone, tokenize = 'trigram')"_s, u"lookup"_s);
    const double ftsBuildMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 databaseBytes = QFileInfo(db.databaseName()).size();

    QSqlQuery fts(db);
    check(fts.prepare(u"SELECT rowid FROM lookup WHERE lookup MATCH ? LIMIT %1"_s.arg(Limit)), fts);
    passes.clear();
    for (int pass = 0; pass < Passes; ++pass) {
        passes.append(run(columns, queries, queries.size(), [&](const QString &text) {
            const QString match = ftsQuery(text);
            if (match.isEmpty())
                return qsizetype(-1);
            fts.bindValue(0, match);
            check(fts.exec(), fts);
            qsizetype first = -1;
            while (fts.next()) {
                if (first < 0)
                    first = fts.value(0).toLongLong();
            }
            return first;
        }));
    }
    const Answers ftsAnswers = medianPass(passes);
    fts.finish();

    QSqlDatabase plain = open(u"like"_s);
    fillTable(plain, u"CREATE TABLE shipments(row INTEGER PRIMARY KEY, tracking TEXT, ord TEXT, name TEXT, email TEXT, phone TEXT)"_s,
              u"shipments"_s);
    QSqlQuery like(plain);
    check(like.prepare(u"SELECT row FROM shipments WHERE tracking LIKE ? OR ord LIKE ? OR name LIKE ? "
                       "OR email LIKE ? OR phone LIKE ? LIMIT %1"_s.arg(Limit)), like);
    const Answers likeAnswers = run(columns, queries, LikeQueries, [&](const QString &text) {
        for (int column = 0; column < 5; ++column)
            like.bindValue(column, u'%' + text + u'%');
        check(like.exec(), like);
        qsizetype first = -1;
        while (like.next()) {
            if (first < 0)
                first = like.value(0).toLongLong();
        }
        return first;
    });
    like.finish();

    // The widget way: every value an item, a proxy filtering all columns for the typed text.
    QStandardItemModel items(0, 5);
    for (qsizetype row = 0; row < columns.size(); ++row) {
        items.appendRow({new QStandardItem(columns.trackingNumber(row)), new QStandardItem(columns.orderNumber(row)),
                         new QStandardItem(columns.recipientName(row)), new QStandardItem(columns.email(row)),
                         new QStandardItem(columns.phone(row))});
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&items);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const Answers proxyAnswers = run(columns, queries, ProxyQueries, [&](const QString &text) {
        proxy.setFilterFixedString(text);
        return proxy.rowCount() > 0 ? qsizetype(proxy.mapToSource(proxy.index(0, 0)).row()) : qsizetype(-1);
    });

    const QString fts5 = u"SQLite FTS5 trigram"_s;
    const QString sqlLike = u"SQLite LIKE"_s;
    const QString proxyPeer = u"QSortFilterProxyModel"_s;
    for (const auto &[peer, answers] : {std::pair{fts5, ftsAnswers}, {sqlLike, likeAnswers}, {proxyPeer, proxyAnswers}}) {
        printFigure({u"lookup"_s, u"p50"_s, ours.percentile(0.5), u"ms"_s, n, peer, answers.percentile(0.5)});
        printFigure({u"lookup"_s, u"p99"_s, ours.percentile(0.99), u"ms"_s, n, peer, answers.percentile(0.99)});
        printFigure({u"lookup"_s, u"queries"_s, double(ours.millis.size()), u"count"_s, n, peer, double(answers.millis.size())});
        // Higher is better here: the ratio below 1 says by how much the peer falls short.
        printFigure({u"lookup"_s, u"found_first"_s, ours.foundPercent(), u"%"_s, n, peer, answers.foundPercent()});
    }
    printFigure({u"lookup"_s, u"build"_s, buildMs, u"ms"_s, n, fts5, ftsBuildMs});
    const QString oneThread = u"one-thread build, nothing found before it ends (before)"_s;
    printFigure({u"lookup"_s, u"numbers_emails_found_after_build_start"_s, median(numbersMs), u"ms"_s, n, oneThread, buildMs});
    printFigure({u"lookup"_s, u"names_phones_found_after_build_start"_s, median(namesMs), u"ms"_s, n, oneThread, buildMs});
    printFigure({u"lookup"_s, u"all_found_after_build_start"_s, median(readyMs), u"ms"_s, n, oneThread, buildMs});
    printFigure({u"lookup"_s, u"bytes_per_shipment"_s, double(index.memoryBytes()) / double(n), u"bytes"_s, n,
                 fts5 + u" (database file)"_s, double(databaseBytes) / double(n)});
    printFigure({u"lookup"_s, u"resident_per_shipment"_s, residentPerShipment, u"bytes"_s, n, QString(), 0});
    return 0;
}
