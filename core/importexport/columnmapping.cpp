#include "columnmapping.h"

#include "carrieraliases.h"
#include "countrycodes.h"
#include "importdate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype SampleRows = 50;

// Header names folded to lower-case letters and digits, umlauts written out.
QString foldedName(const QString &name)
{
    QString folded;
    for (const QChar c : name.toLower()) {
        switch (c.unicode()) {
        case u'ä': folded += u"ae"_s; break;
        case u'ö': folded += u"oe"_s; break;
        case u'ü': folded += u"ue"_s; break;
        case u'ß': folded += u"ss"_s; break;
        default:
            if (c.isLetterOrNumber())
                folded += c;
        }
    }
    return folded;
}

// Folded header names per field, in ImportField order.
const std::array<QStringList, ImportFields::Count> &headerNames()
{
    static const std::array<QStringList, ImportFields::Count> names = {
        QStringList{u"ordernumber"_s, u"order"_s, u"orderno"_s, u"ordernr"_s, u"orderid"_s, u"bestellnummer"_s,
                    u"bestellnr"_s, u"bestellung"_s, u"bestellid"_s, u"auftragsnummer"_s, u"auftragsnr"_s,
                    u"auftrag"_s},
        QStringList{u"trackingnumber"_s, u"tracking"_s, u"trackingno"_s, u"trackingnr"_s, u"trackingid"_s,
                    u"trackingcode"_s, u"trackingnummer"_s, u"sendungsnummer"_s, u"sendungsnr"_s,
                    u"sendungsverfolgungsnummer"_s, u"paketnummer"_s, u"shipmentnumber"_s, u"parcelnumber"_s,
                    u"waybill"_s, u"awb"_s},
        QStringList{u"carrier"_s, u"shippingcarrier"_s, u"carriername"_s, u"shippingprovider"_s, u"courier"_s,
                    u"versanddienstleister"_s, u"versanddienst"_s, u"paketdienst"_s, u"logistiker"_s,
                    u"spediteur"_s, u"zusteller"_s},
        QStringList{u"firstname"_s, u"givenname"_s, u"shippingfirstname"_s, u"shiptofirstname"_s, u"vorname"_s,
                    u"empfaengervorname"_s},
        QStringList{u"recipient"_s, u"recipientname"_s, u"name"_s, u"customer"_s, u"customername"_s,
                    u"shiptoname"_s, u"shippingname"_s, u"lastname"_s, u"surname"_s, u"familyname"_s,
                    u"shippinglastname"_s, u"shiptolastname"_s, u"empfaenger"_s, u"empfaengername"_s, u"kunde"_s,
                    u"kundenname"_s, u"nachname"_s, u"familienname"_s, u"empfaengernachname"_s},
        QStringList{u"email"_s, u"emailaddress"_s, u"mail"_s, u"customeremail"_s, u"recipientemail"_s,
                    u"emailadresse"_s},
        QStringList{u"phone"_s, u"phonenumber"_s, u"telephone"_s, u"tel"_s, u"mobile"_s, u"telefon"_s,
                    u"telefonnummer"_s, u"handy"_s, u"mobilnummer"_s},
        QStringList{u"country"_s, u"countrycode"_s, u"destinationcountry"_s, u"shiptocountry"_s, u"land"_s,
                    u"laendercode"_s, u"zielland"_s, u"lieferland"_s},
        QStringList{u"postalcode"_s, u"postcode"_s, u"zip"_s, u"zipcode"_s, u"plz"_s, u"postleitzahl"_s},
        QStringList{u"shipdate"_s, u"shipped"_s, u"shippedon"_s, u"shippedat"_s, u"shippingdate"_s,
                    u"dispatchdate"_s, u"versanddatum"_s, u"versendetam"_s, u"versandtag"_s},
        QStringList{u"promiseddate"_s, u"promised"_s, u"promiseddeliverydate"_s, u"promisedby"_s,
                    u"deliverypromise"_s, u"lieferdatumzugesagt"_s, u"zugesagteslieferdatum"_s,
                    u"liefertermin"_s, u"lieferdatum"_s, u"zugesagt"_s},
    };
    return names;
}

QStringList columnValues(const CsvTable &table, int column)
{
    QStringList values;
    for (const QStringList &row : table.rows) {
        if (values.size() == SampleRows)
            break;
        const QString value = row.value(column).trimmed();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

bool looksLike(ImportField field, const QString &value, const QStringList &carrierKeys)
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    switch (field) {
    case ImportField::Email: return email.match(value).hasMatch();
    case ImportField::Carrier: return !CarrierAliases::keyFor(value, carrierKeys).isEmpty();
    case ImportField::CountryCode: return !CountryCodes::alpha2(value).isEmpty();
    case ImportField::ShipDate:
    case ImportField::PromisedDate:
        return ImportDate::looksLikeDate(value);
    default: return false;
    }
}

} // namespace

void ColumnMapping::setColumn(ImportField field, int column)
{
    if (column >= 0)
        std::replace(m_columns.begin(), m_columns.end(), column, -1);
    m_columns[std::size_t(field)] = column;
}

QString ColumnMapping::value(ImportField field, const QStringList &row) const
{
    QString value = row.value(column(field)).trimmed();
    // The apostrophe that CSV exports (ours too) put before a cell that would run as a formula.
    if (value.size() > 1 && value.front() == u'\'' && QStringView(u"=+-@").contains(value[1]))
        value.remove(0, 1);
    return value;
}

ColumnMapping ColumnMapping::detect(const CsvTable &table, const QStringList &carrierKeys)
{
    ColumnMapping mapping;
    mapping.detectFromHeader(table.header);
    mapping.detectFromValues(table, carrierKeys);
    return mapping;
}

void ColumnMapping::detectFromHeader(const QStringList &header)
{
    for (int column = 0; column < header.size(); ++column) {
        const QString name = foldedName(header[column]);
        for (const ImportField field : ImportFields::all()) {
            if (this->column(field) < 0 && headerNames()[std::size_t(field)].contains(name)) {
                setColumn(field, column);
                break;
            }
        }
    }
}

// Fields the header did not name, taken from unmapped columns whose values nearly all read as
// that field; dates in column order, ship date first.
void ColumnMapping::detectFromValues(const CsvTable &table, const QStringList &carrierKeys)
{
    const ImportField byContent[] = {ImportField::Email, ImportField::Carrier, ImportField::CountryCode,
                                     ImportField::ShipDate, ImportField::PromisedDate};
    for (const ImportField field : byContent) {
        if (column(field) >= 0)
            continue;
        for (int c = 0; c < table.header.size(); ++c) {
            if (std::find(m_columns.cbegin(), m_columns.cend(), c) != m_columns.cend())
                continue;
            const QStringList values = columnValues(table, c);
            const auto recognised = std::count_if(values.cbegin(), values.cend(), [&](const QString &value) {
                return looksLike(field, value, carrierKeys);
            });
            if (!values.isEmpty() && recognised * 10 >= values.size() * 9) {
                setColumn(field, c);
                break;
            }
        }
    }
}
