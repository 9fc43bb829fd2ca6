// SPDX-License-Identifier: BSD-3-Clause
#include "valuesparkline.h"

#include <QtCore/qlocale.h>
#include <QtGui/qpainter.h>
#include <QtGui/qpainterpath.h>

#include <algorithm>

namespace Inspector {

ValueSparkline::ValueSparkline(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Recent values"));
    setToolTip(tr("The last values, newest on the right"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateDescription();
}

void ValueSparkline::setCapacity(int values)
{
    m_capacity = std::max(2, values);
    while (m_values.size() > m_capacity)
        m_values.removeFirst();
    update();
}

void ValueSparkline::addValue(double value)
{
    m_values.append(value);
    while (m_values.size() > m_capacity)
        m_values.removeFirst();
    updateDescription();
    update();
}

void ValueSparkline::clear()
{
    m_values.clear();
    updateDescription();
    update();
}

QSize ValueSparkline::sizeHint() const
{
    return { 320, fontMetrics().height() * 3 };
}

QSize ValueSparkline::minimumSizeHint() const
{
    return { 80, fontMetrics().height() * 2 };
}

void ValueSparkline::updateDescription()
{
    if (m_values.isEmpty()) {
        setAccessibleDescription(tr("No values yet"));
        return;
    }
    const auto [min, max] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const QLocale locale;
    setAccessibleDescription(
        tr("%n value(s), from %1 to %2, last %3", "", int(m_values.size()))
            .arg(locale.toString(*min), locale.toString(*max), locale.toString(m_values.last())));
}

void ValueSparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(frame);
    if (m_values.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No values yet"));
        return;
    }
    const auto [minIt, maxIt] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double min = *minIt;
    const double max = *maxIt;
    const QLocale locale;
    const QString maxText = locale.toString(max, 'g', 6);
    const QString minText = locale.toString(min, 'g', 6);
    const int labelWidth = std::max(fontMetrics().horizontalAdvance(maxText),
                                    fontMetrics().horizontalAdvance(minText))
        + 8;
    const QRectF plot = frame.adjusted(4, 4, -labelWidth - 4, -4);
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRectF(plot.right() + 4, frame.top(), labelWidth, frame.height() / 2),
                     Qt::AlignLeft | Qt::AlignTop, maxText);
    painter.drawText(QRectF(plot.right() + 4, frame.center().y(), labelWidth, frame.height() / 2),
                     Qt::AlignLeft | Qt::AlignBottom, minText);
    const double span = max > min ? max - min : 1.0;
    const double step = m_capacity > 1 ? plot.width() / (m_capacity - 1) : plot.width();
    const auto pointAt = [&](int i) {
        const double x = plot.right() - (m_values.size() - 1 - i) * step;
        const double y = max > min ? plot.bottom() - (m_values.at(i) - min) / span * plot.height()
                                   : plot.center().y();
        return QPointF(x, y);
    };
    QPainterPath path(pointAt(0));
    for (int i = 1; i < m_values.size(); ++i)
        path.lineTo(pointAt(i));
    painter.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
    painter.drawPath(path);
    painter.setBrush(pal.color(QPalette::Text));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(pointAt(int(m_values.size()) - 1), 2.5, 2.5);
}

} // namespace Inspector
