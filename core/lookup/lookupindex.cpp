#include "lookupindex.h"

#include "textfolder.h"

#include <algorithm>

namespace {

using Column = ShipmentColumns::Column;

// Rows waiting unsorted before they are merged in: short enough to scan on every lookup.
constexpr qsizetype MaxTail = 4096;
constexpr int MaxNameWords = 8;
constexpr qsizetype MinIdentifierLength = 3;

// Scores: one byte a row, higher ranks first. Exact numbers above everything, then starts of
// numbers, then names (NameBase plus 3, 2 or 1 per typed word for a whole, starting or inner match).
enum Score : quint8 {
    TrackingExact = 250,
    OrderExact = 248,
    EmailExact = 246,
    PhoneExact = 244,
    PhoneOtherCountry = 230,
    TrackingPrefix = 200,
    OrderPrefix = 198,
    EmailPrefix = 196,
    NameBase = 20,
};
constexpr quint8 WholeWord = 3;
constexpr quint8 WordStart = 2;
constexpr quint8 InsideWord = 1;

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

int compareFolded(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char x = lowerAscii(a[i]);
        const char y = lowerAscii(b[i]);
        if (x != y)
            return uchar(x) < uchar(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// The first eight bytes as compareFolded() sees them, as one number: most comparisons of a sort
// end there without touching the text again.
quint64 foldedPrefix(QByteArrayView value)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < 8; ++i)
        key = (key << 8) | (i < value.size() ? uchar(lowerAscii(value[i])) : 0u);
    return key;
}

bool startsWithFolded(QByteArrayView value, QByteArrayView prefix)
{
    return value.size() >= prefix.size() && compareFolded(value.first(prefix.size()), prefix) == 0;
}

bool isIdentifier(QStringView text)
{
    for (const QChar c : text) {
        if (!(c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-')))
            return false;
    }
    return true;
}

bool looksLikeEmail(QStringView text)
{
    return !text.contains(u' ') && (text.contains(u'@') || text.contains(u'.') || text.contains(u'_'));
}

bool hasLetter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

LookupIndex::LookupIndex(const QString &agentRegion)
    : m_agentRegion(agentRegion)
{
}

quint32 LookupIndex::fingerprint(const ShipmentColumns &shipments, qsizetype row)
{
    return quint32(qHashMulti(0, shipments.utf8(Column::TrackingNumber, row), shipments.utf8(Column::OrderNumber, row),
                              shipments.utf8(Column::Email, row), shipments.utf8(Column::Phone, row),
                              shipments.utf8(Column::RecipientName, row), shipments.countryCode(row)));
}

void LookupIndex::appendRows(const ShipmentColumns &shipments, Parts parts)
{
    const qsizetype first = parts == Parts::Names ? m_namedRows : std::min(indexedRows(), m_namedRows);
    if (shipments.size() <= first)
        return;
    // A bulk build makes room for every new row at once: grown by doubling, its lists would keep
    // up to twice the memory they need.
    if (parts != Parts::Names) {
        m_fingerprints.reserve(shipments.size());
        if (const qsizetype added = shipments.size() - indexedRows(); added > MaxTail) {
            for (SortedRows *rows : {&m_byTracking, &m_byOrder, &m_byEmail})
                rows->tail.reserve(rows->tail.size() + added);
        }
        for (qsizetype row = indexedRows(); row < shipments.size(); ++row) {
            m_fingerprints.append(fingerprint(shipments, row));
            indexNumbers(row);
        }
    }
    if (parts != Parts::Numbers) {
        if (const qsizetype added = shipments.size() - m_namedRows; added > MaxTail)
            m_phoneTail.reserve(m_phoneTail.size() + added);
        for (qsizetype row = m_namedRows; row < shipments.size(); ++row) {
            indexName(shipments, row);
            indexPhone(shipments, row);
        }
        m_namedRows = shipments.size();
    }
    fitScratch();
    mergeTails(shipments);
    if (shipments.size() - first > MaxTail) { // a bulk build: drop the slack of growing lists
        for (QList<quint32> &postings : m_postings)
            postings.squeeze();
    }
}

void LookupIndex::adoptNames(LookupIndex &&other)
{
    m_words = std::move(other.m_words);
    m_wordIds = std::move(other.m_wordIds);
    m_wordsSorted = std::move(other.m_wordsSorted);
    m_newWords = std::move(other.m_newWords);
    m_postings = std::move(other.m_postings);
    m_phones = std::move(other.m_phones);
    m_phoneTail = std::move(other.m_phoneTail);
    m_namedRows = std::exchange(other.m_namedRows, 0);
    fitScratch();
}

void LookupIndex::adoptNumbers(LookupIndex &&other)
{
    m_fingerprints = std::move(other.m_fingerprints);
    for (auto [mine, theirs] : {std::pair{&m_byTracking, &other.m_byTracking}, {&m_byOrder, &other.m_byOrder},
                                {&m_byEmail, &other.m_byEmail}}) {
        mine->sorted = std::move(theirs->sorted);
        mine->tail = std::move(theirs->tail);
    }
    fitScratch();
}

// A score per row either half knows: the halves of two indexes may cover different rows.
void LookupIndex::fitScratch()
{
    const qsizetype rows = std::max(indexedRows(), m_namedRows);
    if (m_score.size() != rows) {
        m_score.resize(rows);
        m_nameScore.resize(rows);
        m_wordScore.resize(rows);
    }
}

void LookupIndex::indexNumbers(qsizetype row)
{
    for (SortedRows *rows : {&m_byTracking, &m_byOrder, &m_byEmail})
        rows->tail.append(quint32(row));
}

void LookupIndex::indexPhone(const ShipmentColumns &shipments, qsizetype row)
{
    const PhoneNormalizer::Key phone = m_phoneNormalizer.normalize(shipments.phone(row), shipments.countryCode(row));
    if (phone.isValid())
        m_phoneTail.append({quint32(phone.nationalNumber >> 32), quint32(phone.nationalNumber), quint32(row)});
}

void LookupIndex::indexName(const ShipmentColumns &shipments, qsizetype row)
{
    QList<quint32> ids;
    for (const QByteArray &word : TextFolder::words(shipments.recipientName(row))) {
        auto it = m_wordIds.constFind(word);
        if (it == m_wordIds.cend()) {
            it = m_wordIds.insert(word, quint32(m_words.size()));
            m_words.append(word);
            m_postings.emplaceBack();
            m_newWords.append(*it);
        }
        if (!ids.contains(*it)) { // "Anna Anna" is one posting
            ids.append(*it);
            m_postings[*it].append(quint32(row));
        }
    }
}

void LookupIndex::mergeTails(const ShipmentColumns &shipments)
{
    // One after the other: sorted on two threads, a bulk build's keys would need twice the memory
    // at the console's peak, for 5% of its time.
    for (SortedRows *rows : {&m_byTracking, &m_byOrder, &m_byEmail}) {
        if (rows->tail.size() > MaxTail)
            mergeSorted(shipments, *rows);
    }
    if (m_phoneTail.size() > MaxTail) {
        const auto byNumber = [](const PhoneEntry &a, const PhoneEntry &b) { return a.number() < b.number(); };
        std::sort(m_phoneTail.begin(), m_phoneTail.end(), byNumber);
        if (m_phones.isEmpty()) { // a first build: no copy to merge into
            m_phones = std::exchange(m_phoneTail, {});
        } else {
            QList<PhoneEntry> merged(m_phones.size() + m_phoneTail.size());
            std::merge(m_phones.cbegin(), m_phones.cend(), m_phoneTail.cbegin(), m_phoneTail.cend(), merged.begin(), byNumber);
            m_phones = std::move(merged);
            m_phoneTail = {}; // clear() would keep the capacity of a whole build
        }
    }
    mergeNames();
}

void LookupIndex::mergeNames()
{
    if (!m_newWords.isEmpty()) {
        const auto byText = [this](quint32 a, quint32 b) { return m_words.at(a) < m_words.at(b); };
        std::sort(m_newWords.begin(), m_newWords.end(), byText);
        QList<quint32> merged(m_wordsSorted.size() + m_newWords.size());
        std::merge(m_wordsSorted.cbegin(), m_wordsSorted.cend(), m_newWords.cbegin(), m_newWords.cend(), merged.begin(), byText);
        m_wordsSorted = std::move(merged);
        m_newWords.clear();
    }
}

void LookupIndex::mergeSorted(const ShipmentColumns &shipments, SortedRows &rows) const
{
    const auto byValue = [&shipments, column = rows.column](quint32 a, quint32 b) {
        return compareFolded(shipments.utf8(column, a), shipments.utf8(column, b)) < 0;
    };
    // Sixteen bytes: order and tracking numbers of one shop often share their first eight.
    struct Keyed {
        quint64 prefix;
        quint64 prefix2;
        quint32 row;
    };
    {
        QList<Keyed> keyed; // freed before the merge allocates its result
        keyed.reserve(rows.tail.size());
        for (const quint32 row : rows.tail) {
            const QByteArrayView value = shipments.utf8(rows.column, row);
            keyed.append({foldedPrefix(value), value.size() > 8 ? foldedPrefix(value.sliced(8)) : 0, row});
        }
        std::sort(keyed.begin(), keyed.end(), [&byValue](const Keyed &a, const Keyed &b) {
            if (a.prefix != b.prefix)
                return a.prefix < b.prefix;
            return a.prefix2 != b.prefix2 ? a.prefix2 < b.prefix2 : byValue(a.row, b.row);
        });
        for (qsizetype i = 0; i < keyed.size(); ++i)
            rows.tail[i] = keyed.at(i).row;
    }
    if (rows.sorted.isEmpty()) { // a first build: no copy to merge into
        rows.sorted = std::exchange(rows.tail, {});
        return;
    }
    QList<quint32> merged(rows.sorted.size() + rows.tail.size());
    std::merge(rows.sorted.cbegin(), rows.sorted.cend(), rows.tail.cbegin(), rows.tail.cend(), merged.begin(), byValue);
    rows.sorted = std::move(merged);
    rows.tail = {}; // clear() would keep the capacity of a whole build
}

void LookupIndex::refreshRows(const ShipmentColumns &shipments, const QList<qsizetype> &rows)
{
    // A poll changes statuses, almost never a number or a name: compare fingerprints first, and
    // pay for the passes over the whole index only when something looked-up did change.
    QList<quint32> changed;
    for (const qsizetype row : rows) {
        if (row >= 0 && row < indexedRows() && fingerprint(shipments, row) != m_fingerprints.at(row))
            changed.append(quint32(row));
    }
    if (changed.isEmpty())
        return;
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    removeRows(changed);
    for (const quint32 row : changed) {
        m_fingerprints[row] = fingerprint(shipments, row);
        indexNumbers(row);
        if (row < m_namedRows) { // later names and phones are indexed when they catch up
            indexName(shipments, row);
            indexPhone(shipments, row);
        }
    }
    mergeTails(shipments);
}

void LookupIndex::removeRows(const QList<quint32> &rows)
{
    const auto removed = [&rows](quint32 row) { return std::binary_search(rows.cbegin(), rows.cend(), row); };
    for (SortedRows *sortedRows : {&m_byTracking, &m_byOrder, &m_byEmail}) {
        sortedRows->sorted.removeIf(removed);
        sortedRows->tail.removeIf(removed);
    }
    m_phones.removeIf([&removed](const PhoneEntry &entry) { return removed(entry.row); });
    m_phoneTail.removeIf([&removed](const PhoneEntry &entry) { return removed(entry.row); });
    for (QList<quint32> &postings : m_postings)
        postings.removeIf(removed);
}

qsizetype LookupIndex::memoryBytes() const
{
    qsizetype bytes = m_fingerprints.capacity() * qsizetype(sizeof(quint32));
    for (const SortedRows *rows : {&m_byTracking, &m_byOrder, &m_byEmail})
        bytes += (rows->sorted.capacity() + rows->tail.capacity()) * qsizetype(sizeof(quint32));
    bytes += (m_phones.capacity() + m_phoneTail.capacity()) * qsizetype(sizeof(PhoneEntry));
    // A word: its text, a list header and a hash node (estimated at three pointers and the key).
    for (const QByteArray &word : m_words)
        bytes += word.capacity() + qsizetype(sizeof(QByteArray)) * 3 + qsizetype(sizeof(QList<quint32>)) + 3 * qsizetype(sizeof(void *));
    for (const QList<quint32> &postings : m_postings)
        bytes += postings.capacity() * qsizetype(sizeof(quint32));
    bytes += (m_wordsSorted.capacity() + m_newWords.capacity()) * qsizetype(sizeof(quint32));
    bytes += m_score.capacity() + m_nameScore.capacity() + m_wordScore.capacity();
    bytes += m_touched.capacity() * qsizetype(sizeof(quint32));
    return bytes;
}

LookupResult LookupIndex::lookup(const ShipmentColumns &shipments, QStringView query, int limit, Rows rows) const
{
    const QString typed = query.trimmed().toString();
    // A store emptied or replaced under the index holds none of the rows it knows.
    const qsizetype known = std::max(indexedRows(), m_namedRows);
    if (typed.isEmpty() || known == 0 || known > shipments.size() || limit <= 0)
        return {};
    QString compact = typed;
    compact.remove(u' '); // tracking numbers are read out in groups
    if (compact.size() >= MinIdentifierLength && isIdentifier(compact)) {
        const QByteArray identifier = compact.toUtf8();
        matchPrefix(shipments, m_byTracking, identifier, TrackingExact, TrackingPrefix);
        matchPrefix(shipments, m_byOrder, identifier, OrderExact, OrderPrefix);
    }
    if (typed.size() >= MinIdentifierLength && looksLikeEmail(typed))
        matchPrefix(shipments, m_byEmail, typed.toUtf8(), EmailExact, EmailPrefix);
    if (PhoneNormalizer::looksLikePhone(typed))
        matchPhone(shipments, typed);
    const int nameWords = hasLetter(typed) ? matchName(typed) : 0;
    return collect(limit, nameWords, rows);
}

void LookupIndex::mark(qsizetype row, quint8 score) const
{
    quint8 &current = m_score[row];
    if (current == 0)
        m_touched.append(quint32(row));
    current = std::max(current, score);
}

void LookupIndex::matchPrefix(const ShipmentColumns &shipments, const SortedRows &rows, const QByteArray &typed,
                              quint8 exactScore, quint8 prefixScore) const
{
    const auto value = [&shipments, column = rows.column](quint32 row) { return shipments.utf8(column, row); };
    const auto first = std::partition_point(rows.sorted.cbegin(), rows.sorted.cend(),
                                            [&](quint32 row) { return compareFolded(value(row), typed) < 0; });
    const auto last = std::partition_point(first, rows.sorted.cend(),
                                           [&](quint32 row) { return startsWithFolded(value(row), typed); });
    for (auto it = first; it != last; ++it)
        mark(*it, value(*it).size() == typed.size() ? exactScore : prefixScore);
    for (const quint32 row : rows.tail) {
        const QByteArrayView v = value(row);
        if (startsWithFolded(v, typed))
            mark(row, v.size() == typed.size() ? exactScore : prefixScore);
    }
}

void LookupIndex::matchPhone(const ShipmentColumns &shipments, const QString &typed) const
{
    const auto byNumber = [](const PhoneEntry &entry, quint64 number) { return entry.number() < number; };
    for (const PhoneNormalizer::Key &meaning : m_phoneNormalizer.queryMeanings(typed, m_agentRegion)) {
        QList<quint32> found;
        for (auto it = std::lower_bound(m_phones.cbegin(), m_phones.cend(), meaning.nationalNumber, byNumber);
             it != m_phones.cend() && it->number() == meaning.nationalNumber; ++it)
            found.append(it->row);
        for (const PhoneEntry &entry : m_phoneTail) {
            if (entry.number() == meaning.nationalNumber)
                found.append(entry.row);
        }
        for (const quint32 row : found) {
            // The same national number in another country is worth showing, below the real one.
            const int countryCode = m_phoneNormalizer.normalize(shipments.phone(row), shipments.countryCode(row)).countryCode;
            const bool sameCountry = meaning.countryCode != PhoneNormalizer::AnyCountry && countryCode == meaning.countryCode;
            mark(row, sameCountry ? PhoneExact : PhoneOtherCountry);
        }
    }
}

QList<QPair<quint32, quint8>> LookupIndex::matchingWords(const QByteArray &typed) const
{
    QList<QPair<quint32, quint8>> words;
    const auto byText = [this](quint32 id, const QByteArray &text) { return m_words.at(id) < text; };
    QList<QByteArray> spellings{typed};
    if (const QByteArray variant = TextFolder::umlautVariant(typed); !variant.isEmpty())
        spellings.append(variant);
    for (const QByteArray &spelling : spellings) {
        for (auto it = std::lower_bound(m_wordsSorted.cbegin(), m_wordsSorted.cend(), spelling, byText);
             it != m_wordsSorted.cend() && m_words.at(*it).startsWith(spelling); ++it)
            words.append({*it, m_words.at(*it).size() == spelling.size() ? WholeWord : WordStart});
    }
    // Inside a word ("ller" in "Müller") only from three letters on: shorter is found everywhere.
    if (typed.size() >= 3) {
        for (quint32 id = 0; id < quint32(m_words.size()); ++id) {
            const QByteArray &word = m_words.at(id);
            if (word.size() > typed.size() && !word.startsWith(typed) && word.contains(typed))
                words.append({id, InsideWord});
        }
    }
    return words;
}

// Every typed word must match a word of the name; each adds how well it matched.
int LookupIndex::matchName(const QString &typed) const
{
    QList<QByteArray> typedWords = TextFolder::words(typed);
    if (typedWords.size() > MaxNameWords)
        typedWords.resize(MaxNameWords);
    QList<quint32> candidates;
    for (qsizetype i = 0; i < typedWords.size(); ++i) {
        const QList<QPair<quint32, quint8>> words = matchingWords(typedWords.at(i));
        if (i == 0) {
            for (const auto &[id, quality] : words) {
                for (const quint32 row : m_postings.at(id)) {
                    if (m_nameScore[row] == 0)
                        candidates.append(row);
                    m_nameScore[row] = std::max(m_nameScore[row], quality);
                }
            }
            continue;
        }
        for (const auto &[id, quality] : words) {
            for (const quint32 row : m_postings.at(id)) {
                if (m_nameScore[row] != 0)
                    m_wordScore[row] = std::max(m_wordScore[row], quality);
            }
        }
        candidates.removeIf([this](quint32 row) {
            const quint8 quality = std::exchange(m_wordScore[row], quint8(0));
            m_nameScore[row] = quality == 0 ? 0 : quint8(m_nameScore[row] + quality);
            return quality == 0;
        });
    }
    for (const quint32 row : candidates)
        mark(row, quint8(NameBase + std::exchange(m_nameScore[row], quint8(0))));
    return int(typedWords.size());
}

LookupResult LookupIndex::collect(int limit, int nameWords, Rows rows) const
{
    LookupResult result;
    result.matchCount = m_touched.size();
    const auto better = [this](quint32 a, quint32 b) {
        return m_score[a] != m_score[b] ? m_score[a] > m_score[b] : a > b; // newest first among equals
    };
    const qsizetype shown = std::min<qsizetype>(limit, m_touched.size());
    std::partial_sort(m_touched.begin(), m_touched.begin() + shown, m_touched.end(), better);
    for (qsizetype i = 0; i < shown; ++i) {
        const quint32 row = m_touched.at(i);
        LookupHit hit;
        switch (const quint8 score = m_score[row]) {
        case TrackingExact: hit = {row, LookupHit::Field::TrackingNumber, LookupHit::Match::Exact}; break;
        case OrderExact: hit = {row, LookupHit::Field::OrderNumber, LookupHit::Match::Exact}; break;
        case EmailExact: hit = {row, LookupHit::Field::Email, LookupHit::Match::Exact}; break;
        case PhoneExact: hit = {row, LookupHit::Field::Phone, LookupHit::Match::Exact}; break;
        case PhoneOtherCountry: hit = {row, LookupHit::Field::Phone, LookupHit::Match::Partial}; break;
        case TrackingPrefix: hit = {row, LookupHit::Field::TrackingNumber, LookupHit::Match::Prefix}; break;
        case OrderPrefix: hit = {row, LookupHit::Field::OrderNumber, LookupHit::Match::Prefix}; break;
        case EmailPrefix: hit = {row, LookupHit::Field::Email, LookupHit::Match::Prefix}; break;
        default: {
            const int quality = score - NameBase;
            const LookupHit::Match match = quality == WholeWord * nameWords ? LookupHit::Match::Exact
                : quality >= WordStart * nameWords                           ? LookupHit::Match::Prefix
                                                                             : LookupHit::Match::Partial;
            hit = {row, LookupHit::Field::Name, match};
        }
        }
        result.hits.append(hit);
    }
    if (rows == Rows::All) {
        result.allRows.reserve(m_touched.size());
        for (const quint32 row : m_touched)
            result.allRows.append(row);
        std::sort(result.allRows.begin(), result.allRows.end());
    }
    for (const quint32 row : m_touched)
        m_score[row] = 0;
    // Keep room for typical lookups, not the million rows a "SO-1" once touched.
    if (m_touched.capacity() > MaxTail * 16)
        m_touched = {};
    else
        m_touched.clear();
    return result;
}
