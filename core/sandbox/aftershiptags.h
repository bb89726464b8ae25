#pragma once

#include "model/status.h"

#include <QString>

// AfterShip's tag and subtag for one of our sub-statuses: the inverse of Taxonomy::fromAfterShip,
// so that a client reading the sandbox's AfterShip answers lands on the sub-status the simulator
// meant wherever AfterShip has a subtag for it, and on the tag's default sub-status elsewhere (as it
// would with the real AfterShip, whose subtags are coarser than our sub-statuses).
class AfterShipTags
{
public:
    struct Tags {
        QString tag; // "InTransit"
        QString subtag; // "InTransit_004"
        QString subtagMessage; // "Arrived at destination country"
    };
    static Tags of(SubStatus subStatus);
};
