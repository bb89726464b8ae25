#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

// The machine's time zone (TZ) while it lives, as on a console or poller somewhere else: for
// checks that a reading must not depend on where it runs. Header-only, so the fuzz targets
// (built apart from the test support library) use it too.
class MachineZone
{
public:
    explicit MachineZone(const char *zone) : m_saved(qgetenv("TZ")), m_wasSet(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~MachineZone()
    {
        if (m_wasSet)
            qputenv("TZ", m_saved);
        else
            qunsetenv("TZ");
        tzset();
    }
    MachineZone(const MachineZone &) = delete;
    MachineZone &operator=(const MachineZone &) = delete;

private:
    QByteArray m_saved;
    bool m_wasSet;
};
