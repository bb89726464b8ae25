#pragma once

#include "model/shipmentcolumns.h"
#include "phonenormalizer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// One shipment a lookup found, and why.
struct LookupHit {
    enum class Field : quint8 { TrackingNumber, OrderNumber, Email, Phone, Name };
    enum class Match : quint8 {
        Exact,   // the whole value (every word of a name)
        Prefix,  // the value starts with what was typed (name words start with the typed words)
        Partial, // typed words found inside name words, or the phone number under another country code
    };
    qsizetype row = -1; // in the ShipmentColumns
    Field field = Field::Name;
    Match match = Match::Exact;
};

struct LookupResult {
    QList<LookupHit> hits; // best first: exact tracking and order numbers, e-mails, phones, then prefixes, then names; newest first within each
    qsizetype matchCount = 0; // shipments that match at all, shown or not
    QList<qsizetype> allRows; // every matching row, ascending; filled only when asked for
};

// Finds shipments by whatever a caller gives: tracking or order number (whole or its start,
// spaces and case ignored), e-mail (case ignored), phone number in any format (see
// PhoneNormalizer), words of the recipient's name (accents and case ignored, "Mueller" finds
// "Müller", part of a word finds the word). Keeps about 40 bytes per shipment: three row orders
// sorted by tracking number, order number and e-mail, phone keys, and the rows of each distinct
// name word; it reads the values themselves from the ShipmentColumns it indexes, which must be the
// same one (or an unchanged copy) for every call.
//
// Not thread-safe: build it anywhere, then use it from one thread at a time.
class LookupIndex
{
public:
    // `agentRegion` (ISO 3166-1 alpha-2) is where phone numbers typed without country code belong.
    explicit LookupIndex(const QString &agentRegion);

    // What appendRows() indexes: everything, or one of the two halves a build of a big store
    // makes at the same time on two threads, each answering on its own (see adoptNames()):
    // order and tracking numbers and e-mails, or names and phones. Phones go with the names
    // because that balances the halves (at 1M rows, sorting the three number columns takes
    // about as long as folding the names and normalising the phones).
    enum class Parts { All, Numbers, Names };
    // Indexes the rows added to `shipments` since the last call (all of them the first time);
    // with Parts::All also the names and phones of rows indexed before with Parts::Numbers.
    void appendRows(const ShipmentColumns &shipments, Parts parts = Parts::All);
    // Takes over the names and phones / the numbers and e-mails of another index (a move),
    // dropping its own: the half
    // one thread built answers together with the other half of whichever index answered before
    // (the rows it has, or all of them).
    void adoptNames(LookupIndex &&other);
    void adoptNumbers(LookupIndex &&other);
    // Whether every row found by its numbers is found by its name and phone / the other way
    // round: a half built alone answers only for its own fields until it adopts the other half.
    bool hasNames() const { return m_namedRows >= indexedRows(); }
    bool hasNumbers() const { return indexedRows() >= m_namedRows; }
    // Rows whose values may have changed in place: indexed again if a looked-up field differs.
    void refreshRows(const ShipmentColumns &shipments, const QList<qsizetype> &rows);
    // Rows found by their numbers and e-mails / by their names and phones.
    qsizetype indexedRows() const { return m_fingerprints.size(); }
    qsizetype namedRows() const { return m_namedRows; }

    enum class Rows { Best, All };
    // The best `limit` matches for `query`; with Rows::All also every matching row.
    LookupResult lookup(const ShipmentColumns &shipments, QStringView query, int limit, Rows rows = Rows::Best) const;

    qsizetype memoryBytes() const;

private:
    // Rows kept in the order of one text column (ASCII case ignored); rows added since the last
    // merge wait unsorted in a short tail that lookups scan.
    struct SortedRows {
        ShipmentColumns::Column column;
        QList<quint32> sorted;
        QList<quint32> tail;
    };
    struct PhoneEntry {
        quint32 high; // the national number in two halves: 12 bytes an entry instead of 16
        quint32 low;
        quint32 row;
        quint64 number() const { return (quint64(high) << 32) | low; }
    };

    void indexNumbers(qsizetype row);
    void indexName(const ShipmentColumns &shipments, qsizetype row);
    void indexPhone(const ShipmentColumns &shipments, qsizetype row);
    void mergeTails(const ShipmentColumns &shipments);
    void mergeNames();
    void mergeSorted(const ShipmentColumns &shipments, SortedRows &rows) const;
    void removeRows(const QList<quint32> &rows);
    void fitScratch();
    static quint32 fingerprint(const ShipmentColumns &shipments, qsizetype row);

    void mark(qsizetype row, quint8 score) const;
    void matchPrefix(const ShipmentColumns &shipments, const SortedRows &rows, const QByteArray &typed,
                     quint8 exactScore, quint8 prefixScore) const;
    void matchPhone(const ShipmentColumns &shipments, const QString &typed) const;
    int matchName(const QString &typed) const;
    QList<QPair<quint32, quint8>> matchingWords(const QByteArray &typed) const;
    LookupResult collect(int limit, int nameWords, Rows rows) const;

    QString m_agentRegion;
    PhoneNormalizer m_phoneNormalizer;
    QList<quint32> m_fingerprints; // per row: a hash of the looked-up fields, to notice changes
    SortedRows m_byTracking{ShipmentColumns::Column::TrackingNumber, {}, {}};
    SortedRows m_byOrder{ShipmentColumns::Column::OrderNumber, {}, {}};
    SortedRows m_byEmail{ShipmentColumns::Column::Email, {}, {}};
    QList<PhoneEntry> m_phones; // sorted by number
    QList<PhoneEntry> m_phoneTail;
    QList<QByteArray> m_words; // distinct folded name words; the index is the word's id
    QHash<QByteArray, quint32> m_wordIds;
    QList<quint32> m_wordsSorted; // word ids in the words' order
    QList<quint32> m_newWords; // ids not yet in m_wordsSorted
    QList<QList<quint32>> m_postings; // per word id: the rows whose name has it
    qsizetype m_namedRows = 0; // rows [0, m_namedRows) have their names and phones indexed

    // Scratch of lookup(): a score per row, reset after each lookup.
    mutable QList<quint8> m_score;
    mutable QList<quint8> m_nameScore;
    mutable QList<quint8> m_wordScore;
    mutable QList<quint32> m_touched;
};
