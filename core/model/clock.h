#pragma once

#include <QDateTime>

// Where "now" comes from. Everything time-dependent takes a Clock so simulations and tests can run
// days of parcel life in seconds.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to: for tests and simulations.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Simulated time that runs `speed` times faster than the wall clock from a starting point: the
// demo and the carrier sandbox share one, so parcels move while you watch.
class ScaledClock final : public Clock
{
public:
    ScaledClock(QDateTime simulatedStart, double speed, const Clock &wall)
        : m_start(simulatedStart.toUTC()), m_wallStart(wall.now()), m_speed(speed), m_wall(wall)
    {
    }
    QDateTime now() const override
    {
        return m_start.addMSecs(qint64(double(m_wallStart.msecsTo(m_wall.now())) * m_speed));
    }
    double speed() const { return m_speed; }

private:
    QDateTime m_start;
    QDateTime m_wallStart;
    double m_speed;
    const Clock &m_wall;
};

