#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

enum class MessageChannel : quint8 { Email, Sms, WhatsApp };

// Where a message is in its life. Proposed by a rule, approved by a person (or a rule that needs
// no approval), handed to the provider (sent), confirmed by it (delivered), or failed on the way.
enum class MessageStatus : quint8 { Proposed, Approved, Sent, Delivered, Failed };

// One e-mail, SMS or WhatsApp message to a shipment's recipient, as stored in the message log.
struct CustomerMessage {
    qint64 id = 0; // storage id; 0 until recorded
    qint64 shipmentId = 0;
    MessageChannel channel = MessageChannel::Email;
    // What it is about: a CustomerMessages trigger key ("shipped", "failed_attempt", ...) or a
    // problem type key ("address_problem").
    QString trigger;
    // Which occurrence of the trigger: empty for once-only triggers; for repeatable ones the episode,
    // e.g. the local day of a failed attempt ("2026-11-24"), so the next day's attempt is a new message.
    QString occurrence;
    QString recipient; // e-mail address or phone number, as it was sent to
    QString subject;   // the e-mail's subject, or the first words of a short message
    MessageStatus status = MessageStatus::Proposed;
    QString error;     // why it failed; empty unless failed
    QDateTime createdAt; // UTC
    QDateTime sentAt;    // UTC; null until sent
    QString providerMessageId; // the e-mail or SMS provider's id, to match its delivery reports
    QString approvedBy;        // who approved it; empty while proposed or when a rule sent it

    friend bool operator==(const CustomerMessage &, const CustomerMessage &) = default;
};

namespace CustomerMessages {

// The triggers Shipdeck sends messages for, besides the problem types (whose keys are triggers too).
inline constexpr char16_t TriggerShipped[] = u"shipped";
inline constexpr char16_t TriggerOutForDelivery[] = u"out_for_delivery";
inline constexpr char16_t TriggerDelivered[] = u"delivered";
inline constexpr char16_t TriggerFailedAttempt[] = u"failed_attempt";
inline constexpr char16_t TriggerSurveyInvitation[] = u"survey_invitation";

// Stable text keys for storage: "email", "sms", "whatsapp"; "proposed", ..., "failed".
QString channelKey(MessageChannel channel);
std::optional<MessageChannel> channelFromKey(QStringView key);
QString statusKey(MessageStatus status);
std::optional<MessageStatus> statusFromKey(QStringView key);

// Words for people, translated in context "CustomerMessages": "E-mail", "Delivered", "Shipping
// confirmation". An unknown trigger (from a newer Shipdeck) is shown as its key.
QString channelLabel(MessageChannel channel);
QString statusLabel(MessageStatus status);
QString triggerLabel(const QString &trigger);

} // namespace CustomerMessages
