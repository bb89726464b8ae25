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
                              tr("a quoted field starts in this row and never closes, so this row and all after "
                                 "it could not be read; add the missing \" and import the file again")});
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
                             tr("the same carrier and tracking number as row %1").arg(earlier)});
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
    QList<ShipmentRecord> added;
    QList<Shipment> changed;
    for (const Candidate &candidate : batch) {
        const auto it = stored.constFind(identity(candidate.shipment));
        if (it == stored.cend())
            added.append({candidate.shipment, {}});
        else if (duplicates == DuplicatePolicy::Skip)
            ++report.skipped;
        else if (Shipment merged = withShopFields(*it, candidate.shipment); merged == *it)
            ++report.unchanged;
        else
            changed.append(merged);
    }
    if (!added.isEmpty()) {
        if (Outcome written = ShipmentRepository(m_db).saveShipments(added); !written)
            return written;
        report.added += added.size();
        for (const ShipmentRecord &record : std::as_const(added))
            saved.append(record.shipment);
    }
    if (!changed.isEmpty()) {
        if (Outcome written = updateShopFields(changed); !written)
            return written;
        report.updated += changed.size();
        saved.append(changed);
    }
    return Outcome::success();
}

// Writes the shop's fields only: the poller may have changed the tracking state since findStored()
// read it, and saving the whole shipment would put the old state back.
Outcome ShipmentImporter::updateShopFields(const QList<Shipment> &shipments) const
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return Outcome::failure(m_db.describeError(tr("starting to update imported shipments"), db.lastError()));
    const auto abort = [&db](Outcome failure) {
        db.rollback();
        return failure;
    };
    QSqlQuery query(db);
    if (!query.prepare(u"UPDATE shipments SET order_number = ?, recipient_name = ?, email = ?, phone = ?, "
                       "country_code = ?, postal_code = ?, ship_date = ?, promised_date = ? WHERE id = ?"_s)) {
        return abort(
            Outcome::failure(m_db.describeError(tr("preparing to update imported shipments"), query.lastError())));
    }
    using namespace ShipmentRows;
    for (const Shipment &s : shipments) {
        const QVariantList values{textValue(s.orderNumber), textValue(s.recipientName), textValue(s.email),
                                  textValue(s.phone),       textValue(s.countryCode),   textValue(s.postalCode),
                                  dateValue(s.shipDate),    dateValue(s.promisedDate),  s.id};
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        if (!query.exec()) {
            const QString whose = tr("updating shipment %1 (%2)").arg(s.trackingNumber, s.carrier);
            return abort(Outcome::failure(m_db.describeError(whose, query.lastError())));
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        return abort(Outcome::failure(m_db.describeError(tr("committing updated shipments"), error)));
    }
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
