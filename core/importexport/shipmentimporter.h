#pragma once

#include "columnmapping.h"
#include "csvformat.h"
#include "importreport.h"
#include "model/outcome.h"
#include "model/shipment.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class Database;
class ShipmentRowReader;
class TaskProgress;

// What to do with a row whose shipment (same carrier and tracking number) is already stored.
enum class DuplicatePolicy {
    Skip,             // leave the stored shipment as it is
    UpdateShopFields, // take the file's order number, recipient, contact, address and dates
};

struct ImportRequest {
    QString path;
    CsvFormat format;
    ColumnMapping mapping;
    QStringList carrierKeys; // the carriers this build tracks
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
};

// Imports a shop's order export: reads and checks every row, rejects the bad ones with a reason
// per field, and saves the rest in batches of BatchSize, one transaction each: new shipments
// through ShipmentRepository, stored ones by an UPDATE of their shop fields alone. The file is
// read twice (first to learn how it writes dates) and only one batch is held at a time.
// Importing the same file again adds nothing: a stored shipment is skipped or has its shop fields
// updated, never duplicated, and its tracking state is kept. Runs on any thread that owns
// `database`.
class ShipmentImporter
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentImporter)

public:
    static constexpr int BatchSize = 500;

    explicit ShipmentImporter(Database &database) : m_db(database) {}

    // Fills `report` whatever happens; `saved` receives the shipments added or changed, with their
    // ids. Canceling stops before the next batch: batches already saved stay saved.
    Outcome run(const ImportRequest &request, TaskProgress &progress, ImportReport &report, QList<Shipment> &saved);

private:
    struct Candidate {
        int row = 0;
        Shipment shipment;
    };

    // Reads and checks one row: true when it can be saved, otherwise its problems are in `report`.
    static bool checkRow(const ShipmentRowReader &reader, const ColumnMapping &mapping, const QString &file,
                         const QStringList &fields, QHash<QString, int> &rowOfIdentity, Candidate &candidate,
                         ImportReport &report);
    Outcome saveBatch(const QList<Candidate> &batch, DuplicatePolicy duplicates, ImportReport &report,
                      QList<Shipment> &saved);
    Outcome updateShopFields(const QList<Shipment> &shipments) const;
    Outcome findStored(const QList<Candidate> &batch, QHash<QString, Shipment> &stored) const;

    Database &m_db;
};
