#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

class QSettings;

// Named views of the shipment table kept in QSettings under SavedViews/: each holds the filters
// (the window's filter state, a QVariantMap any filter widget adds its own keys to) and the header
// state (which columns show, their order and widths, and the sort column and order).
class SavedViews
{
public:
    struct View {
        QString name;
        QVariantMap filters;
        QByteArray header;
    };

    explicit SavedViews(QSettings &settings) : m_settings(settings) {}

    QStringList names() const;
    std::optional<View> view(const QString &name) const;
    // Saves `view`, replacing a view of the same name.
    void save(const View &view);
    void remove(const QString &name);

private:
    QList<View> readAll() const;
    void writeAll(const QList<View> &views);

    QSettings &m_settings;
};
