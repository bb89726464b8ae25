#include "customermessage.h"

#include "problems/problemtype.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Named {
    const char16_t *key;
    const char *label; // translated in context "CustomerMessages"
};

// In enum order, so lookups are plain indexing.
constexpr std::array<Named, 3> channels{{
    {u"email", QT_TRANSLATE_NOOP("CustomerMessages", "E-mail")},
    {u"sms", QT_TRANSLATE_NOOP("CustomerMessages", "SMS")},
    {u"whatsapp", QT_TRANSLATE_NOOP("CustomerMessages", "WhatsApp")},
}};

constexpr std::array<Named, 5> statuses{{
    {u"proposed", QT_TRANSLATE_NOOP("CustomerMessages", "Proposed, awaiting approval")},
    {u"approved", QT_TRANSLATE_NOOP("CustomerMessages", "Approved, not sent yet")},
    {u"sent", QT_TRANSLATE_NOOP("CustomerMessages", "Sent")},
    {u"delivered", QT_TRANSLATE_NOOP("CustomerMessages", "Delivered")},
    {u"failed", QT_TRANSLATE_NOOP("CustomerMessages", "Failed")},
}};

constexpr std::array<Named, 5> triggers{{
    {CustomerMessages::TriggerShipped, QT_TRANSLATE_NOOP("CustomerMessages", "Shipping confirmation")},
    {CustomerMessages::TriggerOutForDelivery, QT_TRANSLATE_NOOP("CustomerMessages", "Out for delivery today")},
    {CustomerMessages::TriggerDelivered, QT_TRANSLATE_NOOP("CustomerMessages", "Delivery confirmation")},
    {CustomerMessages::TriggerFailedAttempt, QT_TRANSLATE_NOOP("CustomerMessages", "Missed delivery")},
    {CustomerMessages::TriggerSurveyInvitation, QT_TRANSLATE_NOOP("CustomerMessages", "Survey invitation")},
}};

template<std::size_t N>
std::optional<int> indexOf(const std::array<Named, N> &table, QStringView key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QStringView(table[i].key))
            return int(i);
    }
    return std::nullopt;
}

QString label(const Named &row) { return QCoreApplication::translate("CustomerMessages", row.label); }

// The keys as shared strings, made once: storage binds one per message, millions when seeding.
template<std::size_t N>
const QString &keyOf(const std::array<Named, N> &table, std::size_t index)
{
    static const std::array<QString, N> keys = [&table] {
        std::array<QString, N> made;
        for (std::size_t i = 0; i < N; ++i)
            made[i] = QString::fromUtf16(table[i].key);
        return made;
    }();
    return keys[index];
}

} // namespace

namespace CustomerMessages {

QString channelKey(MessageChannel channel) { return keyOf(channels, std::size_t(channel)); }

std::optional<MessageChannel> channelFromKey(QStringView key)
{
    const auto index = indexOf(channels, key);
    return index ? std::optional(MessageChannel(*index)) : std::nullopt;
}

QString statusKey(MessageStatus status) { return keyOf(statuses, std::size_t(status)); }

std::optional<MessageStatus> statusFromKey(QStringView key)
{
    const auto index = indexOf(statuses, key);
    return index ? std::optional(MessageStatus(*index)) : std::nullopt;
}

QString channelLabel(MessageChannel channel) { return label(channels[std::size_t(channel)]); }

QString statusLabel(MessageStatus status) { return label(statuses[std::size_t(status)]); }

QString triggerLabel(const QString &trigger)
{
    // "failed_attempt" is both a trigger and a problem type: the trigger's own words win.
    if (const auto index = indexOf(triggers, trigger))
        return label(triggers[std::size_t(*index)]);
    if (const auto type = ProblemTypes::fromKey(trigger))
        return ProblemTypes::label(*type);
    return trigger;
}

} // namespace CustomerMessages
