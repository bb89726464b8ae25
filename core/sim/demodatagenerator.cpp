#include "demodatagenerator.h"

#include "carriervocabulary.h"
#include "geography.h"
#include "simrandom.h"
#include "trackingnumberformat.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

using Carrier = CarrierVocabulary::Carrier;
using Hint = TrackingNumberFormat::Hint;

// Common first and family names per language (and per country where they differ), the ones a
// shop really sees. Comma separated to keep the table readable.
struct NameRow {
    const char16_t *language;
    const char16_t *country; // nullptr: any country speaking the language
    const char16_t *first;
    const char16_t *last;
};

constexpr NameRow nameRows[] = {
    {u"de", nullptr,
     u"Anna,Lukas,Sophie,Jonas,Marie,Felix,Laura,Maximilian,Lena,Paul,Katharina,Tobias,Julia,Stefan,Sabine,Jürgen,Monika,Thomas,Ursula,Sören,Hannah,Niklas,Petra,Andreas",
     u"Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Koch,Richter,Klein,Wolf,Schröder,Neumann,Zimmermann,Krüger,Hartmann,Weiß,Lange,Schmitz,Köhler,Braun"},
    {u"de", u"AT",
     u"Anna,Lukas,Sophie,Jakob,Marie,Felix,Lena,Maximilian,Hannah,Elias,Katharina,Florian,Julia,Stefan,Sabine,Josef,Theresa,Michael",
     u"Gruber,Huber,Bauer,Wagner,Müller,Pichler,Steiner,Moser,Mayer,Hofer,Leitner,Berger,Fuchs,Eder,Fischer,Schmid,Winkler,Weber"},
    {u"de", u"CH",
     u"Noah,Mia,Luca,Emma,Leon,Lara,Elias,Lea,Matteo,Anna,Reto,Ursula,Beat,Daniela,Urs,Nadine",
     u"Müller,Meier,Schmid,Keller,Weber,Huber,Schneider,Meyer,Steiner,Fischer,Gerber,Brunner,Baumann,Frei,Zimmermann,Moser"},
    {u"fr", nullptr,
     u"Camille,Léa,Manon,Chloé,Louis,Hugo,Jules,Gabriel,Élodie,Nicolas,Julien,Mathilde,Théo,Inès,Sébastien,Aurélie,Margaux,Antoine",
     u"Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefèvre,Michel,Garcia,Fontaine,Rousseau,Girard"},
    {u"fr", u"BE",
     u"Camille,Louise,Lucas,Emma,Arthur,Léa,Nathan,Chloé,Thomas,Julie,Maxime,Elise",
     u"Dubois,Lambert,Dupont,Martin,Simon,Laurent,Leclercq,Lejeune,Renard,Dumont,Lemaire,Collard"},
    {u"nl", nullptr,
     u"Daan,Sem,Lucas,Emma,Julia,Tess,Sophie,Bram,Lotte,Thijs,Sanne,Femke,Jeroen,Maarten,Anouk,Ruben,Fleur,Joost",
     u"de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,van Leeuwen"},
    {u"nl", u"BE",
     u"Lars,Noor,Arne,Marie,Wout,Lotte,Jef,Fien,Pieter,Elke,Stijn,Liesbeth",
     u"Peeters,Janssens,Maes,Jacobs,Mertens,Willems,Claes,Goossens,Wouters,De Smet,Dubois,Vermeulen"},
    {u"it", nullptr,
     u"Giulia,Francesco,Sofia,Alessandro,Aurora,Lorenzo,Martina,Matteo,Chiara,Andrea,Giorgia,Luca,Federica,Davide,Elena,Marco",
     u"Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca,Mancini,Costa"},
    {u"it", u"CH",
     u"Luca,Giulia,Matteo,Sofia,Marco,Chiara,Andrea,Sara",
     u"Bernasconi,Rossi,Ferrari,Bianchi,Lombardi,Fontana,Galli,Moretti"},
    {u"es", nullptr,
     u"Lucía,Hugo,Martina,Mateo,Sofía,Martín,María,Pablo,Paula,Daniel,Alejandro,Carmen,Javier,Elena,Sergio,Laura",
     u"García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Martín,Jiménez,Ruiz,Hernández,Díaz,Moreno,Muñoz"},
    {u"pl", nullptr,
     u"Anna,Piotr,Katarzyna,Krzysztof,Agnieszka,Tomasz,Magdalena,Paweł,Małgorzata,Michał,Joanna,Łukasz,Zofia,Jakub,Aleksandra,Wojciech",
     u"Nowak,Wójcik,Kowalczyk,Woźniak,Mazur,Krawczyk,Kaczmarek,Zając,Król,Wieczorek,Wróbel,Pawlak,Walczak,Stępień,Dudek,Sikora"},
    {u"en", u"GB",
     u"Oliver,Amelia,George,Isla,Harry,Ava,Jack,Emily,Charlotte,James,Sophie,Thomas,Hannah,William,Olivia,Daniel",
     u"Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Robinson,Wright,Thompson,Evans,Walker,White,Roberts,Green"},
    {u"en", nullptr,
     u"Emma,Liam,Olivia,Noah,Ava,Ethan,Mia,Mason,Harper,Logan,Abigail,Lucas,Madison,Jackson,Chloe,Aiden",
     u"Smith,Johnson,Williams,Brown,Jones,Garcia,Miller,Davis,Rodriguez,Martinez,Hernandez,Lopez,Wilson,Anderson,Thomas,Taylor"},
    {u"sv", nullptr,
     u"Elsa,Lucas,Alice,William,Maja,Oscar,Ebba,Hugo,Astrid,Liam,Wilma,Erik,Saga,Nils,Ingrid,Axel",
     u"Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Gustafsson,Pettersson,Jonsson,Lindberg,Lindström,Jakobsson,Magnusson"},
    {u"da", nullptr,
     u"Emma,William,Ida,Noah,Clara,Oscar,Freja,Lucas,Sofie,Frederik,Mathilde,Magnus,Karen,Søren,Mette,Jens",
     u"Nielsen,Jensen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,Rasmussen,Jørgensen,Petersen,Madsen,Kristensen,Olsen,Thomsen,Møller"},
    {u"nb", nullptr,
     u"Nora,Jakob,Emma,Filip,Olivia,Lukas,Ingrid,Oskar,Sara,Henrik,Maja,Sander,Kari,Ole,Ingeborg,Magnus",
     u"Hansen,Johansen,Olsen,Larsen,Andersen,Pedersen,Nilsen,Kristiansen,Jensen,Karlsen,Johnsen,Pettersen,Eriksen,Berg,Haugen,Hagen"},
};

// Free-mail providers people in each country use; ".example" keeps every address undeliverable.
struct MailRow {
    const char16_t *country;
    const char16_t *domains;
};
constexpr MailRow mailRows[] = {
    {u"DE", u"gmx.de,web.de,t-online.de,gmail.com,outlook.de,posteo.de,freenet.de"},
    {u"AT", u"gmx.at,aon.at,gmail.com,chello.at,outlook.com"},
    {u"CH", u"bluewin.ch,gmx.ch,gmail.com,hispeed.ch,outlook.com"},
    {u"FR", u"orange.fr,free.fr,gmail.com,laposte.net,sfr.fr,hotmail.fr"},
    {u"NL", u"ziggo.nl,kpnmail.nl,gmail.com,hotmail.nl,outlook.com"},
    {u"BE", u"telenet.be,skynet.be,gmail.com,hotmail.com,proximus.be"},
    {u"IT", u"libero.it,gmail.com,virgilio.it,alice.it,hotmail.it"},
    {u"ES", u"gmail.com,hotmail.es,yahoo.es,telefonica.net,outlook.es"},
    {u"PL", u"wp.pl,onet.pl,gmail.com,interia.pl,o2.pl"},
    {u"GB", u"gmail.com,hotmail.co.uk,btinternet.com,outlook.com,yahoo.co.uk,sky.com"},
    {u"US", u"gmail.com,yahoo.com,outlook.com,aol.com,icloud.com,comcast.net"},
    {u"SE", u"gmail.com,telia.com,hotmail.se,outlook.com,spray.se"},
    {u"DK", u"gmail.com,hotmail.dk,live.dk,mail.dk,yahoo.dk"},
    {u"NO", u"gmail.com,online.no,hotmail.no,outlook.com,live.no"},
};

struct NameSet {
    QStringList first;
    QStringList last;
};

struct Tables {
    QHash<QString, NameSet> names; // "de" or "de-AT"
    QHash<QString, QStringList> mailDomains;
};

const Tables &tables()
{
    static const Tables t = [] {
        Tables t;
        for (const NameRow &row : nameRows) {
            QString key = QString::fromUtf16(row.language);
            if (row.country)
                key += u'-' + QString::fromUtf16(row.country);
            t.names.insert(key, {QString::fromUtf16(row.first).split(u','), QString::fromUtf16(row.last).split(u',')});
        }
        for (const MailRow &row : mailRows)
            t.mailDomains.insert(QString::fromUtf16(row.country), QString::fromUtf16(row.domains).split(u','));
        return t;
    }();
    return t;
}

const QString &pick(const QStringList &list, SimRandom &random) { return list.at(int(random.below(list.size()))); }

// Lower-case ASCII for the local part of an e-mail address, the way people write their names there.
QString mailName(const QString &name)
{
    QString out;
    out.reserve(name.size() + 4);
    for (const QChar c : name.toLower()) {
        switch (c.unicode()) {
        case u'ä': out += u"ae"_s; continue;
        case u'ö': out += u"oe"_s; continue;
        case u'ü': out += u"ue"_s; continue;
        case u'ß': out += u"ss"_s; continue;
        case u'æ': out += u"ae"_s; continue;
        case u'ø': out += u'o'; continue;
        case u'å': out += u"aa"_s; continue;
        case u'ł': out += u'l'; continue;
        default: break;
        }
        // Other accents: keep the base letter (é -> e, ñ -> n, ż -> z).
        const QString base = QString(c).normalized(QString::NormalizationForm_D);
        const QChar b = base.isEmpty() ? c : base.at(0);
        if ((b >= u'a' && b <= u'z') || (b >= u'0' && b <= u'9'))
            out += b;
    }
    return out;
}

QString digits(SimRandom &random, int count)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s += QChar(u'0' + int(random.below(10)));
    return s;
}

// A mobile number as a shop export shows it: sometimes international, sometimes national, now and
// then without any spaces.
QString phoneNumber(const QString &cc, const QString &city, SimRandom &random)
{
    auto choose = [&random](std::initializer_list<const char16_t *> options) {
        const auto *it = options.begin() + random.below(qint64(options.size()));
        return QString::fromUtf16(*it);
    };
    QString international; // "+49 151 23456789"
    QString national;      // "0151 23456789"
    if (cc == u"DE") {
        const QString p = choose({u"151", u"152", u"160", u"162", u"170", u"171", u"172", u"175", u"176", u"177", u"178", u"179", u"157", u"159"});
        const QString n = digits(random, p.startsWith(u"15") ? 8 : 7);
        international = u"+49 "_s + p + u' ' + n;
        national = u"0"_s + p + u' ' + n;
    } else if (cc == u"AT") {
        const QString p = choose({u"650", u"660", u"664", u"676", u"680", u"699"});
        const QString n = digits(random, 7);
        international = u"+43 "_s + p + u' ' + n;
        national = u"0"_s + p + u' ' + n;
    } else if (cc == u"CH") {
        const QString p = choose({u"76", u"77", u"78", u"79"});
        const QString n = digits(random, 3) + u' ' + digits(random, 2) + u' ' + digits(random, 2);
        international = u"+41 "_s + p + u' ' + n;
        national = u"0"_s + p + u' ' + n;
    } else if (cc == u"FR") {
        const QString n = u"6 39 98 "_s + digits(random, 2) + u' ' + digits(random, 2);
        international = u"+33 "_s + n;
        national = u"0"_s + n;
    } else if (cc == u"NL") {
        const QString n = u"6 "_s + digits(random, 8);
        international = u"+31 "_s + n;
        national = u"0"_s + n.mid(0, 1) + u'-' + n.mid(2);
    } else if (cc == u"BE") {
        const QString p = choose({u"470", u"471", u"472", u"475", u"476", u"477", u"478", u"479", u"484", u"485", u"486", u"487", u"488", u"489", u"494", u"495", u"496", u"497", u"498", u"499"});
        const QString n = digits(random, 2) + u' ' + digits(random, 2) + u' ' + digits(random, 2);
        international = u"+32 "_s + p + u' ' + n;
        national = u"0"_s + p + u' ' + n;
    } else if (cc == u"IT") {
        const QString p = choose({u"320", u"328", u"329", u"331", u"333", u"334", u"335", u"338", u"339", u"340", u"345", u"347", u"348", u"349", u"366", u"380", u"388", u"389", u"391", u"392", u"393"});
        const QString n = digits(random, 3) + u' ' + digits(random, 4);
        international = u"+39 "_s + p + u' ' + n;
        national = p + u' ' + n; // Italian numbers have no trunk prefix
    } else if (cc == u"ES") {
        const QString n = choose({u"6", u"7"}) + digits(random, 2) + u' ' + digits(random, 2) + u' ' + digits(random, 2) + u' ' + digits(random, 2);
        international = u"+34 "_s + n;
        national = n;
    } else if (cc == u"PL") {
        const QString p = choose({u"50", u"51", u"53", u"57", u"60", u"66", u"69", u"72", u"78", u"79", u"88"});
        const QString n = p + digits(random, 1) + u' ' + digits(random, 3) + u' ' + digits(random, 3);
        international = u"+48 "_s + n;
        national = n;
    } else if (cc == u"GB") {
        const QString n = u"7700 900"_s + digits(random, 3); // Ofcom's range for drama
        international = u"+44 "_s + n;
        national = u"0"_s + n;
    } else if (cc == u"US") {
        static const QHash<QString, QString> areaCodes = {
            {u"New York"_s, u"212"_s}, {u"Los Angeles"_s, u"213"_s}, {u"Chicago"_s, u"312"_s},
            {u"Houston"_s, u"713"_s}, {u"Phoenix"_s, u"602"_s}, {u"Seattle"_s, u"206"_s},
            {u"Denver"_s, u"303"_s}, {u"Miami"_s, u"305"_s}, {u"Boston"_s, u"617"_s},
        };
        const QString area = areaCodes.value(city, u"202"_s);
        const QString line = u"555-01"_s + digits(random, 2); // reserved for fiction
        international = u"+1 "_s + area + u'-' + line;
        national = u"("_s + area + u") "_s + line;
    } else if (cc == u"SE") {
        const QString p = choose({u"70", u"72", u"73", u"76", u"79"});
        const QString n = digits(random, 3) + u' ' + digits(random, 2) + u' ' + digits(random, 2);
        international = u"+46 "_s + p + u' ' + n;
        national = u"0"_s + p + u'-' + n;
    } else if (cc == u"DK") {
        const QString n = choose({u"2", u"3", u"4", u"5"}) + digits(random, 1) + u' ' + digits(random, 2) + u' ' + digits(random, 2) + u' ' + digits(random, 2);
        international = u"+45 "_s + n;
        national = n;
    } else { // NO
        const QString n = choose({u"4", u"9"}) + digits(random, 2) + u' ' + digits(random, 2) + u' ' + digits(random, 3);
        international = u"+47 "_s + n;
        national = n;
    }
    const int style = random.weighted({50, 35, 15});
    if (style == 0)
        return international;
    if (style == 1)
        return national;
    QString compact = international;
    compact.remove(u' ');
    compact.remove(u'-');
    return compact;
}

// Business days the shop promises to its customers, per destination: a little more generous
// than the carriers' norms, because shops do not like to be late.
int promisedBusinessDays(const QString &cc, bool express)
{
    static const QHash<QString, int> standard = {
        {u"DE"_s, 2}, {u"AT"_s, 3}, {u"CH"_s, 4}, {u"FR"_s, 4}, {u"NL"_s, 3}, {u"BE"_s, 3}, {u"IT"_s, 5},
        {u"ES"_s, 5}, {u"PL"_s, 4}, {u"GB"_s, 5}, {u"US"_s, 8}, {u"SE"_s, 5}, {u"DK"_s, 4}, {u"NO"_s, 6},
    };
    if (express)
        return cc == u"DE" ? 1 : cc == u"US" ? 3 : 2;
    return standard.value(cc, 5);
}

QDate addBusinessDays(QDate date, int days)
{
    while (days > 0) {
        date = date.addDays(1);
        if (date.dayOfWeek() <= 5)
            --days;
    }
    return date;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint64 seed, const QDateTime &now)
    : m_simulator(seed)
    , m_seed(seed)
    , m_now(now.toUTC())
    , m_account(SimRandom::combine(seed, 0xACC0'0A7Eu))
{
    const QString origin = m_simulator.origin(); // "City, CC"
    const qsizetype comma = origin.lastIndexOf(u", ");
    m_originPlace = Geography::placeIndex(QStringView(origin).left(comma), QStringView(origin).mid(comma + 2));
}

DemoDataGenerator::Order DemoDataGenerator::order(int index) const
{
    SimRandom random(SimRandom::combine(SimRandom::combine(m_seed, 0xDE30u), quint64(index)));
    Order o;
    const int carrier = random.weighted({38, 17, 10, 15, 20}); // dhl, ups, fedex, gls, dpd
    o.carrier = JourneySimulator::carriers().at(carrier);

    Hint hint = Hint::None;
    if (carrier == int(Carrier::Dhl)) {
        const int h = random.weighted({65, 32, 3});
        hint = h == 0 ? Hint::DhlPaket : h == 1 ? Hint::DhlPaketInternational : Hint::DhlExpress;
    } else if (carrier == int(Carrier::Ups)) {
        const int h = random.weighted({75, 18, 7});
        hint = h == 0 ? Hint::UpsStandard : h == 1 ? Hint::UpsExpressSaver : Hint::UpsExpress;
    }
    o.trackingNumber = TrackingNumberFormat::generate(Carrier(carrier), hint, quint64(index), m_account);

    // Shipped on a working day of the last month, during the warehouse's hours; Saturdays rarely.
    const qint64 nowSecs = m_now.toSecsSinceEpoch();
    qint64 day = Geography::localDay(m_originPlace, nowSecs) - random.below(31);
    const int weekday = Geography::weekday(day);
    if (weekday == 7)
        day -= random.chance(0.3) ? 1 : 2;
    else if (weekday == 6 && random.chance(0.6))
        day -= 1;
    qint64 shipped = Geography::utcOf(m_originPlace, day, int(random.between(7 * 3600 + 30 * 60, 18 * 3600 + 30 * 60)));
    if (shipped >= nowSecs)
        shipped = nowSecs - random.between(60, 8 * 3600);
    o.shippedAt = Geography::localDateTime(m_originPlace, shipped);
    return o;
}

SimulatedJourney DemoDataGenerator::journey(int index) const
{
    const Order o = order(index);
    return m_simulator.journey(o.carrier, o.trackingNumber, o.shippedAt);
}

ShipmentRecord DemoDataGenerator::record(int index) const
{
    const SimulatedJourney j = journey(index);
    ShipmentRecord r = j.visibleAt(m_now);
    Shipment &s = r.shipment;

    SimRandom random(SimRandom::combine(SimRandom::combine(m_seed, 0xC057'0E35u), quint64(index)));
    s.orderNumber = u"SO-"_s + QString::number(100000 + qint64(index));

    const QString &cc = s.countryCode;
    const qsizetype comma = j.destination.lastIndexOf(u", ");
    const QString city = j.destination.left(comma);
    const Geography::Place &place = Geography::place(Geography::placeIndex(city, cc));
    QString language = place.language.isEmpty() ? Geography::country(place.country).language : place.language;

    const Tables &t = tables();
    const NameSet *names = nullptr;
    if (auto it = t.names.constFind(language + u'-' + cc); it != t.names.cend())
        names = &*it;
    else
        names = &*t.names.constFind(language);
    const QString &first = pick(names->first, random);
    const QString &last = pick(names->last, random);
    s.recipientName = first + u' ' + last;
    // Some customers abroad shop in English.
    if (language != u"en" && random.chance(0.03))
        language = u"en"_s;
    s.language = language;

    const QString domain = pick(t.mailDomains.value(cc), random) + u".example"_s;
    const QString f = mailName(first);
    const QString l = mailName(last);
    switch (random.weighted({45, 20, 15, 10, 10})) {
    case 0: s.email = f + u'.' + l + u'@' + domain; break;
    case 1: s.email = f + l + QString::number(random.between(1, 99)) + u'@' + domain; break;
    case 2: s.email = f.left(1) + u'.' + l + u'@' + domain; break;
    case 3: s.email = l + u'.' + f + u'@' + domain; break;
    default: s.email = f + u'_' + l + QString::number(random.between(1960, 2005)) + u'@' + domain; break;
    }
    s.phone = phoneNumber(cc, city, random);

    const bool express = s.service.contains(u"Express") || s.service.contains(u"Priority");
    s.promisedDate = addBusinessDays(s.shipDate, promisedBusinessDays(cc, express));
    return r;
}

QList<ShipmentRecord> DemoDataGenerator::generate(int first, int count) const
{
    QList<ShipmentRecord> records;
    records.reserve(count);
    for (int i = first; i < first + count; ++i)
        records.append(record(i));
    return records;
}
