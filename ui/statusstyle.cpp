#include "statusstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

constexpr qreal IconSize = 16.0;

// Shapes are drawn on a 16x16 grid; the pixmap sizes below only change the resolution.
void drawExclamation(QPainter &painter, qreal top, qreal bottom)
{
    painter.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(8, top), QPointF(8, bottom - 3.0));
    painter.drawPoint(QPointF(8, bottom));
}

void drawShape(QPainter &painter, Status status, const QColor &colour)
{
    const QRectF circle(1.5, 1.5, 13, 13);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    switch (status) {
    case Status::Pending: // hollow circle: nothing has happened yet
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colour, 1.6));
        painter.drawEllipse(circle);
        break;
    case Status::InfoReceived: // half-filled circle: a label exists, the parcel not yet
        painter.setPen(QPen(colour, 1.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle);
        painter.setBrush(colour);
        painter.drawPie(circle, 90 * 16, 180 * 16);
        break;
    case Status::InTransit: { // arrow pointing on
        QPainterPath arrow;
        arrow.moveTo(1, 5.5);
        arrow.lineTo(8, 5.5);
        arrow.lineTo(8, 1.5);
        arrow.lineTo(15, 8);
        arrow.lineTo(8, 14.5);
        arrow.lineTo(8, 10.5);
        arrow.lineTo(1, 10.5);
        arrow.closeSubpath();
        painter.drawPath(arrow);
        break;
    }
    case Status::OutForDelivery: { // arrow into a bar: the last leg
        QPainterPath arrow;
        arrow.moveTo(1, 2);
        arrow.lineTo(11, 8);
        arrow.lineTo(1, 14);
        arrow.closeSubpath();
        painter.drawPath(arrow);
        painter.drawRect(QRectF(12, 2, 3, 12));
        break;
    }
    case Status::AttemptFail: // circle with an exclamation mark
        painter.drawEllipse(circle);
        drawExclamation(painter, 4.5, 11.5);
        break;
    case Status::Delivered: { // circle with a tick
        painter.drawEllipse(circle);
        painter.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QPointF tick[] = {{4.5, 8.5}, {7, 11}, {11.5, 5}};
        painter.drawPolyline(tick, 3);
        break;
    }
    case Status::AvailableForPickup: // a box waiting on a shelf
        painter.drawRoundedRect(QRectF(2, 2, 12, 12), 2, 2);
        painter.setPen(QPen(Qt::white, 1.6));
        painter.drawLine(QPointF(2, 6.5), QPointF(14, 6.5));
        painter.drawLine(QPointF(8, 2), QPointF(8, 6.5));
        break;
    case Status::Exception: { // warning triangle
        QPainterPath triangle;
        triangle.moveTo(8, 1);
        triangle.lineTo(15.5, 14.5);
        triangle.lineTo(0.5, 14.5);
        triangle.closeSubpath();
        painter.drawPath(triangle);
        drawExclamation(painter, 5.5, 12);
        break;
    }
    case Status::Expired: // hollow circle with clock hands: tracking went quiet
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap));
        painter.drawEllipse(circle);
        painter.drawLine(QPointF(8, 8), QPointF(8, 4.5));
        painter.drawLine(QPointF(8, 8), QPointF(10.5, 10));
        break;
    }
}

} // namespace

QColor StatusStyle::colour(Status status)
{
    // Mid-tone colours that stay readable on light and dark palettes alike.
    switch (status) {
    case Status::Pending: return QColor(0x8a, 0x8f, 0x98);
    case Status::InfoReceived: return QColor(0x6b, 0x7f, 0xa3);
    case Status::InTransit: return QColor(0x2f, 0x6f, 0xd0);
    case Status::OutForDelivery: return QColor(0x17, 0x92, 0xa0);
    case Status::AttemptFail: return QColor(0xd9, 0x7a, 0x1b);
    case Status::Delivered: return QColor(0x2e, 0x9e, 0x44);
    case Status::AvailableForPickup: return QColor(0x8e, 0x5b, 0xd0);
    case Status::Exception: return QColor(0xd2, 0x3a, 0x3a);
    case Status::Expired: return QColor(0x70, 0x70, 0x70);
    }
    return {};
}

QIcon StatusStyle::icon(Status status) const
{
    QIcon &cached = m_icons[std::size_t(status)];
    if (cached.isNull())
        cached = paintIcon(status);
    return cached;
}

QIcon StatusStyle::paintIcon(Status status)
{
    QIcon icon;
    // 1x and 2x, so the shapes stay crisp on high-density screens.
    for (const int scale : {1, 2}) {
        QPixmap pixmap(int(IconSize) * scale, int(IconSize) * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        drawShape(painter, status, colour(status));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
