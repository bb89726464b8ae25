#include "simrandom.h"

quint64 SimRandom::hash(QStringView text, quint64 basis)
{
    quint64 h = basis;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001B3ull;
    }
    return mix(h);
}

int SimRandom::weighted(const double *weights, int count)
{
    double total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    double pick = uniform() * total;
    int last = 0;
    for (int i = 0; i < count; ++i) {
        if (weights[i] <= 0)
            continue;
        if (pick < weights[i])
            return i;
        pick -= weights[i];
        last = i;
    }
    return last; // rounding carried us past the end
}
