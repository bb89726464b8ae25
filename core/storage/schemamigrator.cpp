#include "schemamigrator.h"

#include <QCoreApplication>

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SchemaMigrator::SchemaMigrator(QSqlDatabase connection, const SqlDialect &dialect, QString databaseName)
    : m_connection(std::move(connection))
    , m_dialect(dialect)
    , m_databaseName(std::move(databaseName))
{
}

QStringList SchemaMigrator::stepStatements(int toVersion) const
{
    const QString id = m_dialect.autoIdColumn();
    const QString date = m_dialect.dateType();
    switch (toVersion) {
    case 1: // shipments and their tracking events
        return {
            u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
            u"INSERT INTO schema_version (version) VALUES (0)"_s,
            uR"(CREATE TABLE shipments (
                %1,
                order_number TEXT NOT NULL,
                tracking_number TEXT NOT NULL,
                carrier TEXT NOT NULL,
                service TEXT NOT NULL DEFAULT '',
                recipient_name TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                country_code TEXT NOT NULL DEFAULT '',
                postal_code TEXT NOT NULL DEFAULT '',
                ship_date %2,
                promised_date %2,
                sub_status TEXT NOT NULL DEFAULT 'no_information',
                last_event_utc_ms BIGINT,
                UNIQUE (carrier, tracking_number)))"_s.arg(id, date),
            uR"(CREATE TABLE tracking_events (
                %1,
                shipment_id BIGINT NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
                occurred_utc_ms BIGINT NOT NULL,
                utc_offset_s INTEGER NOT NULL,
                location TEXT NOT NULL DEFAULT '',
                carrier_code TEXT NOT NULL DEFAULT '',
                carrier_text TEXT NOT NULL DEFAULT '',
                sub_status TEXT NOT NULL,
                UNIQUE (shipment_id, occurred_utc_ms, carrier_code)))"_s.arg(id),
        };
    case 2: // what customer messages need: the recipient's language, the carrier's own estimate
        return {
            u"ALTER TABLE shipments ADD COLUMN language TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE shipments ADD COLUMN carrier_estimate %1"_s.arg(date),
            u"CREATE INDEX shipments_order_number ON shipments (order_number)"_s,
        };
    case 3: // how each event's status was decided, and which carrier codes we could not map
        return {
            u"ALTER TABLE tracking_events ADD COLUMN mapped INTEGER NOT NULL DEFAULT 1"_s,
            u"ALTER TABLE tracking_events ADD COLUMN evidence TEXT NOT NULL DEFAULT ''"_s,
        };
    case 4: // polling: when each shipment is due, its last poll error, requests spent per carrier and day
        return {
            u"ALTER TABLE shipments ADD COLUMN next_poll_utc_ms BIGINT"_s, // NULL: due now; -1: needs no more polling
            u"ALTER TABLE shipments ADD COLUMN poll_error TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE INDEX shipments_next_poll ON shipments (next_poll_utc_ms)"_s,
            u"CREATE TABLE carrier_quota (carrier TEXT NOT NULL, day TEXT NOT NULL, requests BIGINT NOT NULL, "
            "PRIMARY KEY (carrier, day))"_s,
        };
    case 5: // facts about the database itself, e.g. how its demo data was made
        return {u"CREATE TABLE properties (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_s};
    case 6: // problem cases that logistics staff work, and what happened to each
        return {
            uR"(CREATE TABLE problem_cases (
                %1,
                shipment_id BIGINT NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
                type TEXT NOT NULL,
                state TEXT NOT NULL,
                since_utc_ms BIGINT NOT NULL,
                opened_utc_ms BIGINT NOT NULL,
                closed_utc_ms BIGINT,
                unreported_utc_ms BIGINT,
                rule TEXT NOT NULL DEFAULT '',
                evidence TEXT NOT NULL DEFAULT '',
                assignee TEXT NOT NULL DEFAULT ''))"_s.arg(id),
            // At most one working case per shipment and type, even with several pollers writing.
            u"CREATE UNIQUE INDEX problem_cases_one_active ON problem_cases (shipment_id, type) "
            "WHERE state IN ('open', 'acknowledged')"_s,
            u"CREATE INDEX problem_cases_shipment ON problem_cases (shipment_id, type, closed_utc_ms)"_s,
            u"CREATE INDEX problem_cases_state ON problem_cases (state)"_s,
            uR"(CREATE TABLE problem_case_history (
                %1,
                case_id BIGINT NOT NULL REFERENCES problem_cases(id) ON DELETE CASCADE,
                at_utc_ms BIGINT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT ''))"_s.arg(id),
            u"CREATE INDEX problem_case_history_case ON problem_case_history (case_id, id)"_s,
        };
    case 7: // what the customer was told, and what they answered
        return {
            // One row per shipment, trigger occurrence and channel: the UNIQUE key is what makes
            // "never sent twice" hold with several consoles and pollers proposing at once. The
            // occurrence tells episodes apart (the local day of a failed attempt, a problem case's
            // id), so a second failed attempt on another day is a new message; '' for once-only
            // triggers such as "shipped".
            uR"(CREATE TABLE messages (
                %1,
                shipment_id BIGINT NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
                channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'whatsapp')),
                trigger_key TEXT NOT NULL CHECK (trigger_key <> ''),
                occurrence TEXT NOT NULL DEFAULT '',
                recipient TEXT NOT NULL CHECK (recipient <> ''),
                subject TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'sent', 'delivered', 'failed')),
                error TEXT NOT NULL DEFAULT '',
                created_utc_ms BIGINT NOT NULL,
                sent_utc_ms BIGINT,
                provider_message_id TEXT NOT NULL DEFAULT '',
                approved_by TEXT NOT NULL DEFAULT '',
                CHECK (status NOT IN ('sent', 'delivered') OR sent_utc_ms IS NOT NULL),
                CHECK (status <> 'failed' OR error <> ''),
                UNIQUE (shipment_id, trigger_key, occurrence, channel)))"_s.arg(id),
            // One answer per shipment: the survey is sent once, and the first answer stands.
            uR"(CREATE TABLE survey_responses (
                %1,
                shipment_id BIGINT NOT NULL UNIQUE REFERENCES shipments(id) ON DELETE CASCADE,
                answered_utc_ms BIGINT NOT NULL,
                nps INTEGER CHECK (nps BETWEEN 0 AND 10),
                csat INTEGER CHECK (csat BETWEEN 1 AND 5),
                comment TEXT NOT NULL DEFAULT '',
                language TEXT NOT NULL DEFAULT '',
                CHECK (nps IS NOT NULL OR csat IS NOT NULL)))"_s.arg(id),
        };
    case 8: // the deadline a case runs against (a pickup point's hold) and when to remind the customer
        return {u"ALTER TABLE problem_cases ADD COLUMN due_utc_ms BIGINT"_s,
                u"ALTER TABLE problem_cases ADD COLUMN remind_utc_ms BIGINT"_s};
    case 9: // when the carrier last answered about a shipment: how current its events are
        return {u"ALTER TABLE shipments ADD COLUMN checked_utc_ms BIGINT"_s}; // NULL: never answered
    default:
        return {};
    }
}

Outcome SchemaMigrator::migrate(int &version)
{
    if (Outcome read = readVersion(version); !read)
        return read;
    if (version > CurrentVersion) {
        return Outcome::failure(QCoreApplication::translate("SchemaMigrator", "%1 has schema version %2, but this Shipdeck only knows versions up to %3. "
                                               "It was written by a newer Shipdeck; update Shipdeck to open it. Nothing was changed.")
                                    .arg(m_databaseName).arg(version).arg(CurrentVersion));
    }
    while (version < CurrentVersion) {
        if (Outcome step = applyStep(version + 1); !step)
            return step;
        if (Outcome read = readVersion(version); !read)
            return read;
    }
    return Outcome::success();
}

Outcome SchemaMigrator::readVersion(int &version)
{
    version = 0;
    // Shipments first: another process may commit the first schema between the two look-ups, and
    // in this order that can only make us see more of it, never shipments without a version.
    bool hasShipmentsTable = false;
    bool hasVersionTable = false;
    if (Outcome checked = tableExists(u"shipments"_s, hasShipmentsTable); !checked)
        return checked;
    if (Outcome checked = tableExists(u"schema_version"_s, hasVersionTable); !checked)
        return checked;
    if (!hasVersionTable) {
        if (hasShipmentsTable) {
            return Outcome::failure(QCoreApplication::translate("SchemaMigrator", "%1 has a shipments table but no schema_version table: "
                                                   "it was not made by Shipdeck. Nothing was changed.")
                                        .arg(m_databaseName));
        }
        return Outcome::success();
    }
    QSqlQuery query(m_connection);
    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next())
        return fail(QCoreApplication::translate("SchemaMigrator", "reading the schema version"), query.lastError());
    version = query.value(0).toInt();
    return Outcome::success();
}

Outcome SchemaMigrator::tableExists(const QString &table, bool &exists)
{
    QSqlQuery query(m_connection);
    if (!query.prepare(m_dialect.tableExistsQuery()))
        return fail(QCoreApplication::translate("SchemaMigrator", "looking for the %1 table").arg(table), query.lastError());
    query.addBindValue(table);
    if (!query.exec() || !query.next())
        return fail(QCoreApplication::translate("SchemaMigrator", "looking for the %1 table").arg(table), query.lastError());
    exists = query.value(0).toInt() > 0;
    return Outcome::success();
}

Outcome SchemaMigrator::applyStep(int toVersion)
{
    QSqlQuery query(m_connection);
    const QString doing = QCoreApplication::translate("SchemaMigrator", "upgrading to schema version %1").arg(toVersion);
    const auto abort = [&](const QSqlError &error) {
        query.exec(u"ROLLBACK"_s);
        return fail(doing, error);
    };
    // Several consoles and pollers may start at once on a shared database: the exclusive
    // transaction serialises them, and the version read inside it tells the later ones that
    // another process already did this step.
    for (const QString &statement : m_dialect.beginExclusiveTransaction()) {
        if (!query.exec(statement))
            return abort(query.lastError());
    }
    int versionNow = 0;
    if (Outcome read = readVersion(versionNow); !read) {
        query.exec(u"ROLLBACK"_s);
        return read;
    }
    QStringList statements;
    if (versionNow < toVersion) {
        statements = stepStatements(toVersion);
        statements += u"UPDATE schema_version SET version = %1"_s.arg(toVersion);
    }
    statements += u"COMMIT"_s;
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return abort(query.lastError());
    }
    return Outcome::success();
}

Outcome SchemaMigrator::fail(const QString &doing, const QSqlError &error) const
{
    return Outcome::failure(QCoreApplication::translate("SchemaMigrator", "%1 failed on %2: %3").arg(doing, m_databaseName, error.text()));
}
