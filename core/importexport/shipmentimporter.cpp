#include "shipmentimporter.h"

#include "csvreader.h"
#include "shipmentrowreader.h"
#include "storage/database.h"
#include "storage/shipmentrepository.h"
#include "storage/shipmentrows.h"
#include "tasks/taskprogress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ShipmentImporter", text); }

QString identity(const Shipment &s) { return s.carrier + u'\n' + s.trackingNumber; }

// The file's shop fields over the stored shipment; a field the file leaves empty keeps what is stored.
Shipment withShopFields(Shipment stored, const Shipment &imported)
{
    const auto take = [](QString &into, const QString &value) {
        if (!value.isEmpty())
            into = value;
    };
    take(stored.orderNumber, imported.orderNumber);
    take(stored.recipientName, imported.recipientName);
    take(stored.email, imported.email);
    take(stored.phone, imported.phone);
    take(stored.countryCode, imported.countryCode);
    take(stored.postalCode, imported.postalCode);
    if (imported.shipDate.isValid())
        stored.shipDate = imported.shipDate;
    if (imported.promisedDate.isValid())
        stored.promisedDate = imported.promisedDate;
    return stored;
}

} // namespace

Outcome ShipmentImporter::run(const ImportRequest &request, TaskProgress &progress, ImportReport &report,
                              QList<Shipment> &saved)
{
    report = {};
    CsvTable table;
    table.fileName = QFileInfo(request.path).fileName();
    report.file = table.fileName;
    QByteArray bytes;
    Outcome read = CsvReader::readFile(request.path, bytes);
    if (read)
        read = CsvReader::parse(bytes, request.format, table);
    if (!read) {
        report.failure = read.error();
        return read;
    }
    bytes.clear();
    progress.setTotal(2 * table.rows.size());
    const QList<Candidate> candidates = checkRows(request, table, progress, report);
    progress.setTotal(table.rows.size() + candidates.size());
    for (qsizetype first = 0; first < candidates.size(); first += BatchSize) {
        if (progress.isCanceled()) {
            report.canceled = true;
            return Outcome::success();
        }
        const Outcome batch = saveBatch(candidates.mid(first, BatchSize), request.duplicates, report, saved);
        if (!batch) {
            report.failure = batch.error();
            return batch;
        }
        progress.setDone(table.rows.size() + std::min<qsizetype>(first + BatchSize, candidates.size()));
    }
    progress.setDone(progress.total());
    return Outcome::success();
}

QList<ShipmentImporter::Candidate> ShipmentImporter::checkRows(const ImportRequest &request, const CsvTable &table,
                                                               TaskProgress &progress, ImportReport &report) const
{
    ShipmentRowReader reader(request.mapping, request.carrierKeys);
    reader.learnDateOrders(table);
    QList<Candidate> candidates;
    QHash<QString, int> rowOfIdentity;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows[i];
        if (std::all_of(row.cbegin(), row.cend(), [](const QString &field) { return field.trimmed().isEmpty(); }))
            continue;
        ++report.rowsRead;
        Candidate candidate{CsvTable::spreadsheetRow(i), {}};
        QList<FieldProblem> problems = reader.read(row, candidate.shipment);
        if (problems.isEmpty()) {
            // The same parcel twice in one file: the first row counts, the second is reported.
            const QString key = identity(candidate.shipment);
            if (const int earlier = rowOfIdentity.value(key); earlier > 0) {
                problems.append({ImportField::TrackingNumber, request.mapping.value(ImportField::TrackingNumber, row),
                                 tr("the same carrier and tracking number as row %1").arg(earlier)});
            } else {
                rowOfIdentity.insert(key, candidate.row);
            }
        }
        if (problems.isEmpty()) {
            candidates.append(std::move(candidate));
        } else {
            ++report.rejected;
            for (const FieldProblem &problem : problems)
                report.issues.append({table.fileName, candidate.row, ImportFields::label(problem.field), problem.value,
                                      problem.reason});
        }
        if (i % 1024 == 0)
            progress.setDone(i);
    }
    if (table.unclosedQuoteRow > 0) {
        ++report.rejected;
        report.issues.append({table.fileName, table.unclosedQuoteRow, QString(), QString(),
                              tr("a quoted field starts in this row and never closes, so this row and all after it "
                                 "could not be read; add the missing \" and import the file again")});
    }
    progress.setDone(table.rows.size());
    return candidates;
}

Outcome ShipmentImporter::saveBatch(const QList<Candidate> &batch, DuplicatePolicy duplicates, ImportReport &report,
                                    QList<Shipment> &saved)
{
    QHash<QString, Shipment> stored;
    if (Outcome found = findStored(batch, stored); !found)
        return found;
    QList<ShipmentRecord> records;
    qint64 added = 0;
    qint64 updated = 0;
    for (const Candidate &candidate : batch) {
        const auto it = stored.constFind(identity(candidate.shipment));
        if (it == stored.cend()) {
            records.append({candidate.shipment, {}});
            ++added;
        } else if (duplicates == DuplicatePolicy::Skip) {
            ++report.skipped;
        } else if (Shipment merged = withShopFields(*it, candidate.shipment); merged == *it) {
            ++report.unchanged;
        } else {
            records.append({merged, {}});
            ++updated;
        }
    }
    if (records.isEmpty())
        return Outcome::success();
    ShipmentRepository repository(m_db);
    if (Outcome written = repository.saveShipments(records); !written)
        return written;
    report.added += added;
    report.updated += updated;
    for (const ShipmentRecord &record : std::as_const(records))
        saved.append(record.shipment);
    return Outcome::success();
}

Outcome ShipmentImporter::findStored(const QList<Candidate> &batch, QHash<QString, Shipment> &stored) const
{
    // One query per carrier, so that UNIQUE (carrier, tracking_number) serves as the index.
    QHash<QString, QStringList> numbersByCarrier;
    for (const Candidate &candidate : batch)
        numbersByCarrier[candidate.shipment.carrier].append(candidate.shipment.trackingNumber);
    for (auto it = numbersByCarrier.cbegin(); it != numbersByCarrier.cend(); ++it) {
        const QStringList placeholders(it->size(), u"?"_s);
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        const QString sql = u"SELECT %1 FROM shipments WHERE carrier = ? AND tracking_number IN (%2)"_s.arg(
            ShipmentRows::shipmentColumns(), placeholders.join(u','));
        if (!query.prepare(sql))
            return Outcome::failure(m_db.describeError(tr("looking up imported shipments"), query.lastError()));
        query.addBindValue(it.key());
        for (const QString &number : *it)
            query.addBindValue(number);
        if (!query.exec())
            return Outcome::failure(m_db.describeError(tr("looking up imported shipments"), query.lastError()));
        while (query.next()) {
            const Shipment shipment = ShipmentRows::readShipment(query);
            stored.insert(identity(shipment), shipment);
        }
    }
    return Outcome::success();
}
