#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

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
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    return {};
}

} // namespace JsonPath
