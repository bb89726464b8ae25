#pragma once

#include "problemtype.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What operators have done with a case, besides the engine opening and closing it.
enum class ProblemCaseState : quint8 {
    Open,         // detected, nobody has looked at it
    Acknowledged, // someone has seen it and is on it
    Resolved,     // an operator closed it with a note
    Closed,       // the engine closed it: the parcel moved on (e.g. delivered after a failed attempt)
};

// One entry of a case's history: who did what, when.
struct ProblemCaseEntry {
    QDateTime at;  // UTC
    QString actor; // operator name, or "shipdeck" for the engine
    QString action; // stable key: "opened", "updated", "assigned", "acknowledged", "resolved", "closed", "reopened"
    QString note;  // the operator's note, or the engine's evidence at that step

    friend bool operator==(const ProblemCaseEntry &, const ProblemCaseEntry &) = default;
};

// A stored problem case of one shipment, as logistics staff work it.
struct ProblemCase {
    qint64 id = 0; // storage id; 0 until stored
    qint64 shipmentId = 0;
    ProblemType type = ProblemType::Stalled;
    ProblemCaseState state = ProblemCaseState::Open;
    QDateTime since;    // UTC: when the problem began (the engine's DetectedProblem::since)
    QDateTime openedAt; // UTC: when Shipdeck opened the case
    QDateTime closedAt; // UTC: null while open or acknowledged
    QDateTime dueAt;    // UTC: when it is too late to act (a pickup point sends the parcel back); null if no such moment
    QDateTime remindAt; // UTC: when to remind the customer before dueAt; null if no reminder
    QString rule;
    QString evidence;   // the engine's latest evidence
    QString assignee;   // empty: unassigned
    QList<ProblemCaseEntry> history; // oldest first

    bool isActive() const { return state == ProblemCaseState::Open || state == ProblemCaseState::Acknowledged; }
    friend bool operator==(const ProblemCase &, const ProblemCase &) = default;
};
