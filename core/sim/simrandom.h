#pragma once

#include <QStringView>
#include <QtGlobal>

#include <initializer_list>

// The simulator's random numbers: splitmix64 plus bounded draws done by hand.
// Not std::mt19937 with std::uniform_int_distribution, because the distributions are
// implementation-defined and the same seed must give the same parcels on every platform and
// compiler; not qHash, which is salted per process; not QRandomGenerator::global(), which is not
// seedable. Only integer arithmetic and exact double scaling, so results are bit-identical.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        return mix(m_state);
    }
    // Uniform in [0, 1), 53 bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return uniform() < probability; }
    // Uniform in [0, bound); bound > 0. The modulo bias is below 2^-40 for our bounds.
    qint64 below(qint64 bound) { return qint64(next() % quint64(bound)); }
    // Uniform in [low, high], both inclusive.
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    // Index into weights (non-negative, not all zero) with probability proportional to weight.
    int weighted(const double *weights, int count);
    int weighted(std::initializer_list<double> weights) { return weighted(weights.begin(), int(weights.size())); }

    // splitmix64's finaliser: a good 64-bit mixer for combining hashes and seeds.
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    static quint64 combine(quint64 a, quint64 b) { return mix(a ^ mix(b + 0x9E3779B97F4A7C15ull)); }
    // FNV-1a over the UTF-16 code units: stable across processes and platforms.
    static quint64 hash(QStringView text, quint64 basis = 0xCBF29CE484222325ull);

private:
    quint64 m_state;
};
