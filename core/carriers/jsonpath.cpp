#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace JsonPath {

QJsonValue at(const QJsonValue &root, QStringView dottedPath)
{
    QJsonValue current = root;
    for (QStringView step : dottedPath.tokenize(u'.')) {
        if (current.isObject()) {
            current = current.toObject().value(step);
        } else if (current.isArray()) {
            bool isIndex = false;
            const qsizetype index = step.toLongLong(&isIndex);
            const QJsonArray array = current.toArray();
            if (!isIndex || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString text(const QJsonValue &root, QStringView dottedPath)
{
    const QJsonValue value = at(root, dottedPath);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Whole numbers without ".0"; beyond ±2^53 doubles are not exact integers anyway, and
        // casting beyond qint64's range would be undefined.
        const bool whole = std::abs(number) < 9.0e15 && number == double(qint64(number));
        return whole ? QString::number(qint64(number)) : QString::number(number, 'g', 17);
    }
    return {};
}

} // namespace JsonPath
