#pragma once

#include "internedcolumn.h"
#include "shipment.h"
#include "stringcolumn.h"

#include <QHash>
#include <QList>

#include <array>
#include <limits>

// All shipments the console shows, stored column by column so a million rows stay compact and a
// column can be scanned or sorted without touching the others. Rows are addressed by position;
// positions are stable (rows are only appended), ids map to positions through rowOfId().
class ShipmentColumns
{
public:
    enum class Column {
        OrderNumber,
        TrackingNumber,
        Carrier,
        Service,
        RecipientName,
        Email,
        Phone,
        Language,
        CountryCode,
        PostalCode,
        ShipDate,
        PromisedDate,
        CarrierEstimate,
        Status,
        SubStatus,
        LastEventAt,
        PollError,
        // Not stored: the current estimate, the carrier's date when it gave one, else the day
        // predicted from past deliveries (setPredictedDelivery).
        ExpectedDelivery,
    };
    static constexpr int ColumnCount = int(Column::ExpectedDelivery) + 1;

    void reserve(qsizetype rows);
    void clear();
    // Appends a new row, or replaces the row with the same id. Returns the row.
    qsizetype upsert(const Shipment &shipment);

    // One stored row as the database returned it: text as UTF-8, no QString built. The start-up
    // load appends a million of these.
    struct Utf8Row {
        qint64 id = 0;
        QByteArrayView orderNumber, trackingNumber, carrier, service, recipientName, email, phone, language,
            countryCode, postalCode, pollError;
        QDate shipDate, promisedDate, carrierEstimate;
        SubStatus subStatus = SubStatus::NoInformation;
        qint64 lastEventMsecs = 0; // 0: no event yet
    };
    // Appends a row whose id is new to these columns.
    void appendUtf8(const Utf8Row &row);

    // Appends every row of `chunk`, whose ids must all be new to these columns: how a load read in
    // chunks on worker threads is put together on the GUI thread, without a row-by-row copy.
    void append(const ShipmentColumns &chunk);

    // Reclaims the space that replaced text values left behind.
    void compact();

    qsizetype size() const { return m_ids.size(); }
    qsizetype rowOfId(qint64 id) const; // -1 if absent
    Shipment shipment(qsizetype row) const;

    qint64 id(qsizetype row) const { return m_ids[row]; }
    QString orderNumber(qsizetype row) const { return m_orderNumbers.at(row); }
    QString trackingNumber(qsizetype row) const { return m_trackingNumbers.at(row); }
    const QString &carrier(qsizetype row) const { return m_carriers.at(row); }
    const QString &service(qsizetype row) const { return m_services.at(row); }
    QString recipientName(qsizetype row) const { return m_recipientNames.at(row); }
    QString email(qsizetype row) const { return m_emails.at(row); }
    QString phone(qsizetype row) const { return m_phones.at(row); }
    const QString &language(qsizetype row) const { return m_languages.at(row); }
    const QString &countryCode(qsizetype row) const { return m_countryCodes.at(row); }
    QString postalCode(qsizetype row) const { return m_postalCodes.at(row); }
    QDate shipDate(qsizetype row) const { return dateFromDay(m_shipDays[row]); }
    QDate promisedDate(qsizetype row) const { return dateFromDay(m_promisedDays[row]); }
    QDate carrierEstimate(qsizetype row) const { return dateFromDay(m_estimateDays[row]); }
    // The day predicted from past deliveries and the early end of its window, kept beside the
    // stored values by whoever predicts them (in days from the ship date: 4 bytes a row); null
    // until then or without a ship date, and kept when the row is replaced (the predictor is
    // asked again).
    QDate predictedDelivery(qsizetype row) const { return dateFromDay(predictedDay(row, 0)); }
    QDate predictedEarliest(qsizetype row) const { return dateFromDay(predictedDay(row, 16)); }
    // Returns whether the row's prediction changed.
    bool setPredictedDelivery(qsizetype row, const QDate &date, const QDate &earliest);
    // The carrier's estimate when given, otherwise the predicted day.
    QDate expectedDelivery(qsizetype row) const { return dateFromDay(expectedDay(row)); }
    bool isExpectedDeliveryPredicted(qsizetype row) const
    {
        return m_estimateDays[row] == NoDay && predictedDay(row, 0) != NoDay;
    }
    SubStatus subStatus(qsizetype row) const { return SubStatus(m_subStatuses[row]); }
    Status status(qsizetype row) const { return Taxonomy::statusOf(subStatus(row)); }
    QDateTime lastEventAt(qsizetype row) const;
    qint64 lastEventMsecs(qsizetype row) const { return m_lastEventMsecs[row]; }
    QString pollError(qsizetype row) const { return m_pollErrors.at(row); }

    // Any column's value as text (dates ISO 8601, statuses as their keys); for generic callers.
    QString text(Column column, qsizetype row) const;

    // Raw per-row keys for sorting without building QStrings or QDates.
    QByteArrayView utf8(Column column, qsizetype row) const;
    qint64 numericKey(Column column, qsizetype row) const;
    static bool isTextColumn(Column column);
    // The distinct values of a column drawn from a small vocabulary (Carrier, Service, Language,
    // CountryCode) and each row's index into them: sorting and filtering compare integers.
    static bool isVocabularyColumn(Column column);
    const QStringList &vocabulary(Column column) const { return interned(column).values(); }
    quint32 vocabularyId(Column column, qsizetype row) const { return interned(column).idAt(row); }

    int countWithStatus(Status status) const { return m_statusCounts[int(status)]; }
    qsizetype memoryBytes() const;

private:
    static constexpr qint32 NoDay = std::numeric_limits<qint32>::min();
    static qint32 dayOf(const QDate &date);
    static QDate dateFromDay(qint32 day);
    qint32 expectedDay(qsizetype row) const
    {
        return m_estimateDays[row] != NoDay ? m_estimateDays[row] : predictedDay(row, 0);
    }
    // The prediction packs two signed 16-bit day offsets from the ship date (predicted day in
    // the low half, the window's early end in the high half), each biased so 0 means none.
    static constexpr qint32 OffsetBias = 1 << 15;
    qint32 predictedDay(qsizetype row, int shift) const
    {
        const qint32 biased = qint32((m_predictedOffsets[row] >> shift) & 0xFFFF);
        return biased == 0 || m_shipDays[row] == NoDay ? NoDay : m_shipDays[row] + biased - OffsetBias;
    }
    void setRow(qsizetype row, const Shipment &shipment);
    void appendRow(const Shipment &shipment);
    const InternedColumn &interned(Column column) const;

    // Ids normally arrive in ascending order (loaded ORDER BY id, new rows get larger ids), so a
    // binary search finds a row without a hash of a million entries; the hash is built only if
    // an id ever arrives out of order.
    QList<qint64> m_ids;
    bool m_idsAscending = true;
    mutable QHash<qint64, qsizetype> m_rowById;
    StringColumn m_orderNumbers;
    StringColumn m_trackingNumbers;
    InternedColumn m_carriers;
    InternedColumn m_services;
    StringColumn m_recipientNames;
    StringColumn m_emails;
    StringColumn m_phones;
    InternedColumn m_languages;
    InternedColumn m_countryCodes;
    StringColumn m_postalCodes;
    QList<qint32> m_shipDays;
    QList<qint32> m_promisedDays;
    QList<qint32> m_estimateDays;
    QList<quint32> m_predictedOffsets; // see predictedDay()
    QList<quint8> m_subStatuses;
    QList<qint64> m_lastEventMsecs; // 0 when there is no event yet
    StringColumn m_pollErrors;      // nearly always empty: costs an offset pair per row
    std::array<int, StatusCount> m_statusCounts{};
};
