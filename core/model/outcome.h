#pragma once

#include <QString>

// The result of an operation that can fail for reasons outside the program (a file, a server, a
// payload): either success, or a message that says what went wrong and where, for a person.
class [[nodiscard]] Outcome
{
public:
    static Outcome success() { return Outcome(); }
    static Outcome failure(QString message) { return Outcome(std::move(message)); }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    Outcome() = default;
    explicit Outcome(QString message) : m_error(message.isEmpty() ? QStringLiteral("unknown error") : std::move(message)) {}

    QString m_error;
};
