#pragma once

#include "model/status.h"

#include <QColor>
#include <QIcon>

#include <array>

// How a top-level status looks: a colour, and an icon whose *shape* differs per status so the
// table still reads for people who cannot tell the colours apart (the label is always beside it).
class StatusStyle
{
public:
    static QColor colour(Status status);
    // Painted on first use and kept: the table asks for an icon for every visible row.
    QIcon icon(Status status) const;

private:
    static QIcon paintIcon(Status status);

    mutable std::array<QIcon, StatusCount> m_icons;
};
