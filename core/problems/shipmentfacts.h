#pragma once

#include "problemthresholds.h"
#include "problemtype.h"

#include "model/shipment.h"
#include "model/trackingevent.h"

#include <QDate>
#include <QList>
#include <QString>

// An event the engine set aside or read with a caveat, and why, for "why did Shipdeck not use this?".
struct EventNote {
    qsizetype index = -1; // position in the event list the facts were built from
    qint64 eventId = 0;   // storage id, 0 if not stored
    QString reason;       // in words: what is wrong with it and where
    bool setAside = true; // false: used, but with the caveat in `reason`
};

// A problem episode the events leave open: from the first event of the episode, until an event
// that settles it (a delivery after a failed attempt, a collection at the pickup point).
struct OpenEpisode {
    ProblemType type = ProblemType::FailedAttempt;
    int offsetSecs = 0;  // of the event that opened it, for showing its local time
    int count = 1;       // events of the episode (attempts, notices)
    qint64 at = 0;       // UTC seconds: when it began
    qint64 eventId = 0;
    qint64 latestAt = 0; // UTC seconds: the newest event of the episode (a final pickup notice)
};

// A parcel scanned again at a hub it had passed on its way out, after its journey turned (it
// reached the delivery round, a pickup point or an exception): it is on its way back to the
// sender, whether or not the carrier has said so (return scans are among the most often missing).
struct WayBack {
    qint64 at = 0;            // UTC seconds of the scan back at the hub; 0: no such scan
    int offsetSecs = 0;
    QString place;            // the hub, "City, CC"
    qint64 passedAt = 0;      // UTC seconds: when it was there on the way out
    int passedOffsetSecs = 0;
};

// Everything the rules need to know about one shipment, settled once from its events: sorted,
// duplicates dropped, impossible events set aside with a reason. Independent of the thresholds
// the rules apply (other than what counts as a duplicate or the future), so re-evaluating every
// shipment after a rule change is a loop over these without touching any event.
struct ShipmentFacts {
    QString carrier;
    QString service;
    QString country;         // the destination's ISO code, as the shipment gives it
    QString originCountry;   // the ISO code of the first scan that names its country; empty: none does
    qint64 shipAt = 0;       // UTC seconds: noon of the ship date, the start of silence before any scan; 0 unknown
    qint64 promisedEnd = 0;  // UTC seconds: end of the promised day in the destination; 0 no promise
    QDate promisedDate;
    QDate carrierEstimate;
    int promisedOffsetSecs = 0; // the destination's UTC offset at the end of the promised day

    // The newest usable event that shows the parcel's progress: a carrier's delay notice does not
    // (a parcel that only says "delayed" for days is stuck all the same).
    qint64 lastProgressAt = 0;      // UTC seconds; 0 none
    int lastProgressOffsetSecs = 0;
    SubStatus lastProgressSubStatus = SubStatus::NoInformation;
    qint64 lastProgressId = 0;
    qint64 deliveredAt = 0;     // first delivery to the recipient, a neighbour, a locker or a collection; 0 none
    qint64 returningAt = 0;     // first sign of the way back to the sender; 0 none
    bool returnedToSender = false; // arrived back
    bool returnScanned = false;    // the carrier said so; else the way back shows only in `wayBack`
    qint64 lastAttemptAt = 0;      // UTC seconds: the newest failed attempt or address problem, settled or not; 0 none
    WayBack wayBack;
    qint32 usableEvents = 0;

    QList<OpenEpisode> episodes; // open at the newest event, oldest first
    QList<EventNote> notes;      // what could not be used (or only with a caveat)

    // Settles `events` (any order, duplicates and nonsense included) as of `asOf`: events later
    // than that (beyond the scanner-clock tolerance) are in the future and set aside.
    static ShipmentFacts build(const Shipment &shipment, const QList<TrackingEvent> &events,
                               const QDateTime &asOf, const RuleThresholds &thresholds);

    const OpenEpisode *episode(ProblemType type) const;
    bool delivered() const { return deliveredAt != 0; }
};
