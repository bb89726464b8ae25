#include "democommunication.h"

#include "problems/problemtype.h"
#include "sim/simrandom.h"

#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// What a shop writes, per language: subjects of the messages (%1: the order number) and the
// comments people leave in a survey. Short and plain, as such texts are.
enum Phrase : int {
    SubjectShipped, SubjectOutForDelivery, SubjectFailedAttempt, SubjectDelivered, SubjectSurvey, SubjectProblem,
    CommentGreat, CommentGood, CommentSlow, CommentVague, CommentLate, CommentMissed, CommentProblem, PhraseCount
};

struct LanguagePhrases {
    const char16_t *language;
    std::array<const char16_t *, PhraseCount> phrases;
};

constexpr LanguagePhrases phraseRows[] = {
    {u"de", {u"Ihre Bestellung %1 ist unterwegs", u"Ihr Paket kommt heute", u"Wir haben Sie leider nicht angetroffen",
             u"Ihre Bestellung %1 wurde zugestellt", u"Wie war Ihre Lieferung?", u"Wichtige Information zu Ihrer Bestellung %1",
             u"Super schnell geliefert, gerne wieder!", u"Alles bestens, Paket gut verpackt.",
             u"Ok, hat aber einen Tag länger gedauert als gedacht.", u"Passt, nur die Sendungsverfolgung war ungenau.",
             u"Paket kam erst nach dem versprochenen Termin, ärgerlich.",
             u"Der Bote hat nicht geklingelt, ich musste das Paket selbst abholen.",
             u"Es gab Probleme mit der Zustellung, viel zu viel Aufwand."}},
    {u"en", {u"Your order %1 is on its way", u"Your parcel arrives today", u"Sorry we missed you",
             u"Your order %1 has been delivered", u"How was your delivery?", u"Important update on your order %1",
             u"Arrived quickly, great service!", u"Everything perfect, well packed.",
             u"Fine, but it took a day longer than expected.", u"OK, though the tracking was a bit vague.",
             u"Arrived after the promised date, disappointing.", u"The driver never rang, I had to collect it myself.",
             u"There was a problem with the delivery, far too much hassle."}},
    {u"fr", {u"Votre commande %1 est en route", u"Votre colis arrive aujourd'hui", u"Nous n'avons pas pu vous livrer",
             u"Votre commande %1 a été livrée", u"Comment s'est passée votre livraison ?",
             u"Information importante sur votre commande %1", u"Livraison rapide, parfait !",
             u"Tout était parfait, colis bien emballé.", u"Correct, mais un jour de plus que prévu.",
             u"Bien, mais le suivi n'était pas très précis.", u"Colis arrivé après la date promise, décevant.",
             u"Le livreur n'a pas sonné, j'ai dû aller chercher le colis.",
             u"Il y a eu un problème de livraison, beaucoup trop compliqué."}},
    {u"nl", {u"Je bestelling %1 is onderweg", u"Je pakket komt vandaag", u"We hebben je helaas gemist",
             u"Je bestelling %1 is bezorgd", u"Hoe was je bezorging?", u"Belangrijk bericht over je bestelling %1",
             u"Snel geleverd, top!", u"Alles prima, goed verpakt.", u"Prima, maar een dag later dan verwacht.",
             u"Oké, alleen de track & trace was wat vaag.", u"Pakket kwam later dan beloofd, jammer.",
             u"Bezorger heeft niet aangebeld, moest het pakket zelf ophalen.",
             u"Er ging iets mis met de bezorging, veel te veel gedoe."}},
    {u"it", {u"Il tuo ordine %1 è in viaggio", u"Il tuo pacco arriva oggi", u"Non ti abbiamo trovato a casa",
             u"Il tuo ordine %1 è stato consegnato", u"Com'è andata la consegna?",
             u"Aggiornamento importante sul tuo ordine %1", u"Consegna velocissima, ottimo!",
             u"Tutto perfetto, pacco ben imballato.", u"Bene, ma un giorno in più del previsto.",
             u"Ok, ma il tracciamento era poco preciso.", u"Il pacco è arrivato dopo la data promessa, deludente.",
             u"Il corriere non ha suonato, ho dovuto ritirarlo io.", u"Ci sono stati problemi con la consegna, troppe complicazioni."}},
    {u"es", {u"Tu pedido %1 está en camino", u"Tu paquete llega hoy", u"No te hemos encontrado en casa",
             u"Tu pedido %1 ha sido entregado", u"¿Qué tal fue la entrega?", u"Información importante sobre tu pedido %1",
             u"¡Entrega rapidísima, genial!", u"Todo perfecto, bien embalado.", u"Bien, pero tardó un día más de lo previsto.",
             u"Correcto, aunque el seguimiento era poco claro.", u"Llegó después de la fecha prometida, decepcionante.",
             u"El repartidor no llamó al timbre, tuve que recogerlo yo.", u"Hubo un problema con la entrega, demasiadas molestias."}},
    {u"pl", {u"Twoje zamówienie %1 jest w drodze", u"Twoja paczka dotrze dzisiaj", u"Nie zastaliśmy Cię w domu",
             u"Twoje zamówienie %1 zostało dostarczone", u"Jak oceniasz dostawę?", u"Ważna informacja o zamówieniu %1",
             u"Bardzo szybka dostawa, polecam!", u"Wszystko w porządku, dobrze zapakowane.",
             u"Dobrze, ale dzień dłużej niż zakładano.", u"OK, choć śledzenie przesyłki było mało dokładne.",
             u"Paczka dotarła po obiecanym terminie, szkoda.", u"Kurier nie zadzwonił, musiałem sam odebrać paczkę.",
             u"Był problem z doręczeniem, za dużo zachodu."}},
    {u"sv", {u"Din beställning %1 är på väg", u"Ditt paket kommer i dag", u"Vi missade dig tyvärr",
             u"Din beställning %1 har levererats", u"Hur gick leveransen?", u"Viktig information om din beställning %1",
             u"Snabb leverans, toppen!", u"Allt perfekt, väl förpackat.", u"Bra, men det tog en dag längre än väntat.",
             u"Okej, men spårningen var lite oklar.", u"Paketet kom efter utlovat datum, tråkigt.",
             u"Budet ringde aldrig på, jag fick hämta paketet själv.", u"Det blev problem med leveransen, alldeles för krångligt."}},
    {u"da", {u"Din ordre %1 er på vej", u"Din pakke kommer i dag", u"Vi traf dig desværre ikke hjemme",
             u"Din ordre %1 er leveret", u"Hvordan gik leveringen?", u"Vigtig information om din ordre %1",
             u"Hurtig levering, super!", u"Alt perfekt, godt pakket.", u"Fint, men det tog en dag længere end ventet.",
             u"Okay, men sporingen var lidt upræcis.", u"Pakken kom efter den lovede dato, ærgerligt.",
             u"Buddet ringede ikke på, jeg måtte selv hente pakken.", u"Der var problemer med leveringen, alt for besværligt."}},
    {u"nb", {u"Bestillingen din %1 er på vei", u"Pakken din kommer i dag", u"Vi traff deg dessverre ikke hjemme",
             u"Bestillingen din %1 er levert", u"Hvordan gikk leveringen?", u"Viktig informasjon om bestillingen din %1",
             u"Rask levering, supert!", u"Alt perfekt, godt pakket.", u"Greit, men det tok en dag lenger enn ventet.",
             u"Ok, men sporingen var litt upresis.", u"Pakken kom etter lovet dato, skuffende.",
             u"Budet ringte ikke på, jeg måtte hente pakken selv.", u"Det var problemer med leveringen, altfor mye styr."}},
};

using Phrases = std::array<QString, PhraseCount>;

// Converted once: the seeder asks for a phrase several times per shipment, a million times over.
const Phrases &phrasesFor(const QString &language)
{
    static const QHash<QString, Phrases> byLanguage = [] {
        QHash<QString, Phrases> map;
        for (const LanguagePhrases &row : phraseRows) {
            Phrases &phrases = map[QString::fromUtf16(row.language)];
            for (int i = 0; i < PhraseCount; ++i)
                phrases[std::size_t(i)] = QString::fromUtf16(row.phrases[std::size_t(i)]);
        }
        return map;
    }();
    const auto it = byLanguage.constFind(language);
    return it != byLanguage.cend() ? *it : *byLanguage.constFind(u"en"_s); // English for anyone else
}

const QString &phrase(const QString &language, Phrase which) { return phrasesFor(language)[std::size_t(which)]; }

// The problems a shop writes to the customer about, by the scan that reveals them.
std::optional<ProblemType> problemOf(SubStatus subStatus)
{
    switch (subStatus) {
    case SubStatus::AddressProblem: return ProblemType::AddressProblem;
    case SubStatus::Damaged: return ProblemType::Damaged;
    case SubStatus::AvailableForPickup: return ProblemType::WaitingAtPickupPoint;
    case SubStatus::DeliveredToNeighbour: return ProblemType::DeliveredToNeighbour;
    case SubStatus::CustomsHold: return ProblemType::CustomsHold;
    case SubStatus::ReturningToSender: return ProblemType::ReturnedToSender;
    case SubStatus::Lost: return ProblemType::Lost;
    default: return std::nullopt;
    }
}

// Who on the shop's team approves problem messages before they go out.
constexpr std::array<const char16_t *, 4> approvers{u"anna.k", u"ben.w", u"cem.y", u"dora.s"};

// NPS 0..10 weights: happy customers, and those whose parcel was late or had trouble.
constexpr double npsFine[11] = {1, 0.5, 0.5, 1, 1, 2, 3, 8, 18, 25, 40};
constexpr double npsTrouble[11] = {8, 5, 6, 8, 8, 10, 10, 12, 12, 10, 11};
// The star rating most people give beside each NPS score (0-2: 1 star ... 9-10: 5 stars); they
// agree, give or take a star.
constexpr int csatForNps[11] = {1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};

class StoryWriter
{
public:
    StoryWriter(const ShipmentRecord &record, quint64 seed, const QDateTime &now)
        : m_record(record)
        , m_shipment(record.shipment)
        , m_now(now)
        , m_random(SimRandom::combine(SimRandom::combine(seed, 0xC0AA'5E7Du),
                                      SimRandom::hash(m_shipment.trackingNumber, SimRandom::hash(m_shipment.carrier))))
    {
    }

    DemoCommunication::Story write()
    {
        if (m_record.events.isEmpty() || m_shipment.id <= 0)
            return {};
        // About half the recipients asked for a text on the day of delivery; some of them by WhatsApp.
        m_textChannel = m_shipment.phone.isEmpty() || !m_random.chance(0.45)
            ? std::nullopt
            : std::optional(m_random.chance(0.25) ? MessageChannel::WhatsApp : MessageChannel::Sms);
        if (m_random.chance(0.94))
            add(MessageChannel::Email, QString::fromUtf16(CustomerMessages::TriggerShipped), {},
                phrase(m_shipment.language, SubjectShipped), m_record.events.first().occurredAt, 3 * 60, 40 * 60);
        writeEventMessages();
        writeDelivery();
        std::stable_sort(m_story.messages.begin(), m_story.messages.end(),
                         [](const CustomerMessage &a, const CustomerMessage &b) { return a.createdAt < b.createdAt; });
        return m_story;
    }

private:
    void writeEventMessages()
    {
        QString lastDayOut;
        QString lastDayMissed;
        QHash<int, QString> lastDayOf; // by ProblemType
        for (const TrackingEvent &event : m_record.events) {
            // Delays and holds annoy people even when the shop has nothing to write about them.
            m_hadTrouble = m_hadTrouble || event.status() == Status::Exception;
            const auto problem = problemOf(event.subStatus);
            const bool outForDelivery = event.status() == Status::OutForDelivery && m_textChannel;
            if (!outForDelivery && !problem && event.status() != Status::AttemptFail)
                continue;
            const QString day = event.occurredAt.date().toString(Qt::ISODate); // the destination's day
            if (outForDelivery && day != lastDayOut) {
                lastDayOut = day;
                add(*m_textChannel, QString::fromUtf16(CustomerMessages::TriggerOutForDelivery), day,
                    phrase(m_shipment.language, SubjectOutForDelivery), event.occurredAt, 60, 10 * 60);
            } else if (event.status() == Status::AttemptFail && day != lastDayMissed) {
                lastDayMissed = day;
                m_hadTrouble = m_missed = true;
                const QString trigger = QString::fromUtf16(CustomerMessages::TriggerFailedAttempt);
                const QString subject = phrase(m_shipment.language, SubjectFailedAttempt);
                add(MessageChannel::Email, trigger, day, subject, event.occurredAt, 5 * 60, 30 * 60);
                if (m_textChannel)
                    add(*m_textChannel, trigger, day, subject, event.occurredAt, 2 * 60, 15 * 60);
            } else if (problem && lastDayOf.value(int(*problem)) != day) {
                lastDayOf.insert(int(*problem), day);
                m_hadTrouble = true;
                addProblemMessage(*problem, day, event.occurredAt);
            }
        }
    }

    // Problem messages are proposed by a rule and approved by a person; the most recent may still wait.
    void addProblemMessage(ProblemType type, const QString &day, const QDateTime &seen)
    {
        CustomerMessage *m = add(MessageChannel::Email, ProblemTypes::key(type), day,
                                 phrase(m_shipment.language, SubjectProblem), seen, 20 * 60, 4 * 3600);
        if (!m)
            return;
        if (m->createdAt.secsTo(m_now) < 24 * 3600 && m_random.chance(0.5)) {
            m->status = MessageStatus::Proposed;
            m->sentAt = {};
            m->providerMessageId.clear();
            m->error.clear();
            return;
        }
        m->approvedBy = QString::fromUtf16(approvers[std::size_t(m_random.below(qint64(approvers.size())))]);
    }

    void writeDelivery()
    {
        const auto delivered = std::find_if(m_record.events.cbegin(), m_record.events.cend(),
                                            [](const TrackingEvent &e) { return e.status() == Status::Delivered; });
        if (delivered == m_record.events.cend())
            return;
        const QDateTime at = delivered->occurredAt;
        const bool late = m_shipment.promisedDate.isValid() && at.date() > m_shipment.promisedDate;
        if (m_random.chance(0.6))
            add(MessageChannel::Email, QString::fromUtf16(CustomerMessages::TriggerDelivered), {},
                phrase(m_shipment.language, SubjectDelivered), at, 5 * 60, 30 * 60);
        if (!m_random.chance(0.9))
            return;
        const CustomerMessage *invitation = add(MessageChannel::Email, QString::fromUtf16(CustomerMessages::TriggerSurveyInvitation),
                                                {}, phrase(m_shipment.language, SubjectSurvey), at, 18 * 3600, 30 * 3600);
        // 0.9 invited x 0.31 answering, less the invitations that bounced and the answers still to
        // come: about a quarter of delivered parcels get an answer (200,000 shipments of seed 1: 24.8%).
        if (!invitation || invitation->status == MessageStatus::Failed || !m_random.chance(0.31))
            return;
        answerSurvey(invitation->createdAt.addSecs(m_random.between(10 * 60, 3 * 24 * 3600)), late);
    }

    void answerSurvey(const QDateTime &at, bool late)
    {
        if (at > m_now)
            return; // not answered yet
        const bool trouble = late || m_hadTrouble;
        SurveyResponse r;
        r.shipmentId = m_shipment.id;
        r.answeredAt = at;
        r.language = m_shipment.language;
        int nps = m_random.weighted(trouble ? npsTrouble : npsFine, 11);
        if (late && m_hadTrouble)
            nps = std::max(0, nps - 2);
        const int csat = std::clamp(csatForNps[nps] + m_random.weighted({15, 70, 15}) - 1, 1, 5);
        // A few skip one of the two questions.
        const int skip = m_random.weighted({90, 5, 5});
        if (skip != 1)
            r.nps = nps;
        if (skip != 2)
            r.csat = csat;
        if (m_random.chance(0.55)) {
            Phrase comment = nps >= 9 ? (m_random.chance(0.5) ? CommentGreat : CommentGood)
                : nps >= 7            ? (m_random.chance(0.5) ? CommentSlow : CommentVague)
                : late                ? CommentLate
                : m_missed            ? CommentMissed
                : m_hadTrouble        ? CommentProblem
                                      : CommentVague;
            r.comment = phrase(m_shipment.language, comment);
        }
        m_story.survey = r;
    }

    // A sent message `from`..`to` seconds after `after`, as the provider reported it; nothing when
    // that moment is still to come. Returns the message added.
    CustomerMessage *add(MessageChannel channel, const QString &trigger, const QString &occurrence, const QString &subject,
                         const QDateTime &after, int from, int to)
    {
        const QDateTime created = after.toUTC().addSecs(m_random.between(from, to));
        if (created > m_now)
            return nullptr;
        CustomerMessage m;
        m.shipmentId = m_shipment.id;
        m.channel = channel;
        m.trigger = trigger;
        m.occurrence = occurrence;
        m.recipient = channel == MessageChannel::Email ? m_shipment.email : m_shipment.phone;
        if (m.recipient.isEmpty())
            return nullptr;
        m.subject = subject.contains(u"%1"_s) ? subject.arg(m_shipment.orderNumber) : subject;
        m.createdAt = created;
        m.sentAt = std::min(created.addSecs(m_random.between(1, 20)), m_now);
        const quint64 id = m_random.next();
        m.providerMessageId = channel == MessageChannel::Email
            ? u"<%1@mail.shop.example>"_s.arg(id, 16, 16, QChar(u'0'))
            : u"SM%1"_s.arg(id, 16, 16, QChar(u'0'));
        switch (m_random.weighted({93, 5, 2})) {
        case 0: m.status = MessageStatus::Delivered; break;
        case 1: m.status = MessageStatus::Sent; break; // the provider has not confirmed (yet)
        default:
            m.status = MessageStatus::Failed;
            m.error = channel == MessageChannel::Email
                ? (m_random.chance(0.7) ? u"550 5.1.1 mailbox unavailable"_s : u"552 5.2.2 mailbox full"_s)
                : (m_random.chance(0.7) ? u"number not reachable"_s : u"rejected by the network: unknown subscriber"_s);
            break;
        }
        m_story.messages.append(m);
        return &m_story.messages.last();
    }

    const ShipmentRecord &m_record;
    const Shipment &m_shipment;
    QDateTime m_now;
    SimRandom m_random;
    std::optional<MessageChannel> m_textChannel;
    bool m_hadTrouble = false;
    bool m_missed = false;
    DemoCommunication::Story m_story;
};

} // namespace

DemoCommunication::DemoCommunication(quint64 seed, const QDateTime &now)
    : m_seed(seed)
    , m_now(now.toUTC())
{
}

DemoCommunication::Story DemoCommunication::story(const ShipmentRecord &record) const
{
    return StoryWriter(record, m_seed, m_now).write();
}
