#include "savedviews.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// An array rather than one group per name: names may hold '/' and other characters keys cannot.
const QString ArrayKey = u"SavedViews"_s;
const QString NameKey = u"Name"_s;
const QString FiltersKey = u"Filters"_s;
const QString HeaderKey = u"Header"_s;

} // namespace

QList<SavedViews::View> SavedViews::readAll() const
{
    QList<View> views;
    const int count = m_settings.beginReadArray(ArrayKey);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        views.append({m_settings.value(NameKey).toString(), m_settings.value(FiltersKey).toMap(),
                      m_settings.value(HeaderKey).toByteArray()});
    }
    m_settings.endArray();
    return views;
}

void SavedViews::writeAll(const QList<View> &views)
{
    m_settings.remove(ArrayKey);
    m_settings.beginWriteArray(ArrayKey, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(NameKey, views[i].name);
        m_settings.setValue(FiltersKey, views[i].filters);
        m_settings.setValue(HeaderKey, views[i].header);
    }
    m_settings.endArray();
}

QStringList SavedViews::names() const
{
    QStringList names;
    for (const View &view : readAll())
        names.append(view.name);
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<SavedViews::View> SavedViews::view(const QString &name) const
{
    for (const View &view : readAll()) {
        if (view.name == name)
            return view;
    }
    return std::nullopt;
}

void SavedViews::save(const View &view)
{
    QList<View> views = readAll();
    const auto same = std::find_if(views.begin(), views.end(), [&](const View &v) { return v.name == view.name; });
    if (same != views.end())
        *same = view;
    else
        views.append(view);
    writeAll(views);
}

void SavedViews::remove(const QString &name)
{
    QList<View> views = readAll();
    views.removeIf([&](const View &view) { return view.name == name; });
    writeAll(views);
}
