#include "parceltruth.h"

bool ParcelTruth::has(ProblemKind kind) const
{
    for (const TrueProblem &p : problems) {
        if (p.kind == kind)
            return true;
    }
    return kind == ProblemKind::None && problems.isEmpty();
}

bool ParcelTruth::deliveredLate() const
{
    if (!deliveredAt.isValid())
        return true;
    // Compare in the destination's calendar: the delivery step carries the local offset.
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (Taxonomy::statusOf(it->subStatus) == Status::Delivered && it->subStatus != SubStatus::ReturnedToSender)
            return it->at.date() > expectedDelivery;
    }
    return deliveredAt.date() > expectedDelivery;
}
