#pragma once

#include <QList>
#include <QString>

#include <optional>

// One figure of a benchmark, printed as one JSON object on one line (the format scripts/bench
// documents), for example
// {"bench":"load","metric":"median","value":12.3,"unit":"ms","n":100000,"peer":"QStandardItemModel","peer_value":400.0,"ratio":32.5}
struct BenchFigure {
    QString bench;
    QString metric;
    double value = 0;
    QString unit;
    qint64 n = 0;
    QString peer; // empty: no peer measured
    double peerValue = 0;
};

void printFigure(const BenchFigure &figure);
double median(QList<double> samples);
// The process's resident memory now, in bytes (from /proc/self/statm).
qint64 residentBytes();
// The count a benchmark runs at: its first command-line argument, or the fallback.
qint64 benchCount(int argc, char *argv[], qint64 fallback);
