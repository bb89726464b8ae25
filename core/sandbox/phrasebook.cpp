#include "phrasebook.h"

#include "sim/simrandom.h"

#include <QHash>
#include <QList>

namespace {

using Carrier = CarrierVocabulary::Carrier;

struct Entry {
    Carrier carrier;
    SubStatus subStatus;
    CarrierVocabulary::Phrase phrase;
};

struct Book {
    QList<Entry> entries;
    QHash<QString, qsizetype> dhlByText; // English and German text -> entry
};

// Draws per (carrier, sub-status, leg): a leg has at most four wordings, so missing one after this
// many draws has a probability below 1e-5; the draws are fixed, so the outcome is too.
constexpr int drawsPerLeg = 48;

bool known(const QList<Entry> &entries, const Entry &candidate)
{
    for (const Entry &e : entries) {
        if (e.carrier == candidate.carrier && e.subStatus == candidate.subStatus
            && e.phrase.code == candidate.phrase.code && e.phrase.text == candidate.phrase.text)
            return true;
    }
    return false;
}

Book collect()
{
    Book book;
    const CarrierVocabulary::Leg legs[] = { CarrierVocabulary::Origin, CarrierVocabulary::Line,
        CarrierVocabulary::Delivery, CarrierVocabulary::Return };
    for (int c = 0; c < CarrierVocabulary::CarrierCount; ++c) {
        for (int s = 0; s < SubStatusCount; ++s) {
            const Carrier carrier = Carrier(c);
            const SubStatus subStatus = SubStatus(s);
            if (!CarrierVocabulary::hasPhrase(carrier, subStatus))
                continue;
            for (const CarrierVocabulary::Leg leg : legs) {
                for (int draw = 0; draw < drawsPerLeg; ++draw) {
                    SimRandom random(SimRandom::combine(quint64(draw), quint64(c * 1000 + s * 10 + int(leg))));
                    const Entry entry { carrier, subStatus,
                        CarrierVocabulary::phrase(carrier, subStatus, leg, random) };
                    if (!known(book.entries, entry))
                        book.entries.append(entry);
                }
            }
        }
    }
    for (qsizetype i = 0; i < book.entries.size(); ++i) {
        const Entry &e = book.entries[i];
        if (e.carrier != Carrier::Dhl)
            continue;
        book.dhlByText.insert(e.phrase.text, i);
        if (!e.phrase.textDe.isEmpty())
            book.dhlByText.insert(e.phrase.textDe, i);
    }
    return book;
}

const Book &book()
{
    static const Book b = collect();
    return b;
}

} // namespace

QString PhraseBook::dhlText(const QString &text, bool german)
{
    const Book &b = book();
    const auto it = b.dhlByText.constFind(text);
    if (it == b.dhlByText.cend())
        return text;
    const CarrierVocabulary::Phrase &phrase = b.entries.at(*it).phrase;
    return german && !phrase.textDe.isEmpty() ? phrase.textDe : phrase.text;
}

QString PhraseBook::otherWording(
    CarrierVocabulary::Carrier carrier, SubStatus subStatus, const QString &code, const QString &text)
{
    for (const Entry &e : book().entries) {
        if (e.carrier == carrier && e.subStatus == subStatus && e.phrase.code == code && e.phrase.text != text
            && e.phrase.textDe != text)
            return e.phrase.text;
    }
    return {};
}
