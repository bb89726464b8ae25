#pragma once

#include "model/outcome.h"

#include <QList>
#include <QString>
#include <QStringList>

// Statements over many ids ("... WHERE id IN (?, ?, ...)") run in slices of a size both SQLite
// and PostgreSQL bind comfortably, so thousands of ids cost a few round trips, not thousands.
namespace IdSlices {

inline constexpr qsizetype IdsPerStatement = 500; // well below SQLite's and PostgreSQL's bind limits

// "?, ?, ?" for `count` ids.
inline QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

// Calls `each(slice, placeholders)` for every statement-sized slice of `ids`, in order; stops at
// the first failure and returns it.
template<typename Each>
Outcome forEachSlice(const QList<qint64> &ids, Each &&each)
{
    for (qsizetype first = 0; first < ids.size(); first += IdsPerStatement) {
        const QList<qint64> slice = ids.mid(first, IdsPerStatement);
        if (Outcome done = each(slice, placeholders(slice.size())); !done)
            return done;
    }
    return Outcome::success();
}

} // namespace IdSlices
