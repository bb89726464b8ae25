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
    const auto fail = [&report](Outcome failure) {
        report.failure = failure.error();
        return failure;
    };
    QByteArray bytes;
    if (Outcome read = CsvReader::readFile(request.path, bytes); !read)
        return fail(read);

    // First pass: how many rows there are, and how the file writes its dates.
    ShipmentRowReader reader(request.mapping, request.carrierKeys);
    qint64 rows = 0;
    Outcome read = CsvReader::read(bytes, request.format, table, [&](int, QStringList &fields) {
        reader.learnDateOrder(fields);
        ++rows;
        return !progress.isCanceled();
    });
    if (!read)
        return fail(read);
    report.canceled = progress.isCanceled();
    if (report.canceled)
        return Outcome::success();
    progress.setTotal(rows);

    // Second pass: check every row and save the good ones a batch at a time, so that memory stays
    // that of one batch however long the file is.
    QList<Candidate> batch;
    QHash<QString, int> rowOfIdentity;
    Outcome saving = Outcome::success();
    const auto saveBatchUnlessCanceled = [&] {
        report.canceled = progress.isCanceled();
        if (!report.canceled && !batch.isEmpty())
            saving = saveBatch(batch, request.duplicates, report, saved);
        batch.clear();
        return saving.ok() && !report.canceled;
    };
    qint64 done = 0;
    read = CsvReader::read(bytes, request.format, table, [&](int row, QStringList &fields) {
        progress.setDone(++done);
        Candidate candidate{row, {}};
        if (checkRow(reader, request.mapping, table.fileName, fields, rowOfIdentity, candidate, report))
            batch.append(std::move(candidate));
        return batch.size() < BatchSize || saveBatchUnlessCanceled();
    });
    if (read && saving && !report.canceled)
        saveBatchUnlessCanceled();
    if (!read)
        return fail(read);
    if (!saving)
        return fail(saving);
    if (table.unclosedQuoteRow > 0) {
        ++report.rejected;
        report.issues.append({table.fileName, table.unclosedQuoteRow, QString(), QString(),
                              ShipmentImporter::tr("a quoted field starts in this row and never closes, so this row and all after it "
                                 "could not be read; add the missing \" and import the file again")});
    }
    return Outcome::success();
}

bool ShipmentImporter::checkRow(const ShipmentRowReader &reader, const ColumnMapping &mapping, const QString &file,
                                const QStringList &fields, QHash<QString, int> &rowOfIdentity, Candidate &candidate,
                                ImportReport &report)
{
    if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) { return field.trimmed().isEmpty(); }))
        return false; // a blank line: nothing to import, nothing wrong
    ++report.rowsRead;
    QList<FieldProblem> problems = reader.read(fields, candidate.shipment);
    if (problems.isEmpty()) {
        // The same parcel twice in one file: the first row counts, the second is reported.
        const QString key = identity(candidate.shipment);
        if (const int earlier = rowOfIdentity.value(key); earlier > 0) {
            problems.append({ImportField::TrackingNumber, mapping.value(ImportField::TrackingNumber, fields),
                             ShipmentImporter::tr("the same carrier and tracking number as row %1").arg(earlier)});
        } else {
            rowOfIdentity.insert(key, candidate.row);
        }
    }
    if (problems.isEmpty())
        return true;
    ++report.rejected;
    for (const FieldProblem &problem : std::as_const(problems))
        report.issues.append({file, candidate.row, ImportFields::label(problem.field), problem.value, problem.reason});
    return false;
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
            return Outcome::failure(m_db.describeError(ShipmentImporter::tr("looking up imported shipments"), query.lastError()));
        query.addBindValue(it.key());
        for (const QString &number : *it)
            query.addBindValue(number);
        if (!query.exec())
            return Outcome::failure(m_db.describeError(ShipmentImporter::tr("looking up imported shipments"), query.lastError()));
        while (query.next()) {
            const Shipment shipment = ShipmentRows::readShipment(query);
            stored.insert(identity(shipment), shipment);
        }
    }
    return Outcome::success();
}
