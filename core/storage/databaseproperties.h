#pragma once

#include "model/outcome.h"

#include <QString>

#include <optional>

class Database;

// Named facts stored in the database itself, so every console and poller sharing it sees them:
// e.g. the seed and moment its demo data was made from, which the carrier sandbox needs.
class DatabaseProperties
{
public:
    explicit DatabaseProperties(Database &database) : m_db(database) {}

    Outcome read(const QString &name, std::optional<QString> &value) const;
    Outcome write(const QString &name, const QString &value);

private:
    Database &m_db;
};
