// SPDX-License-Identifier: BSD-3-Clause
#include "depthsparkline.h"

#include <QtCore/qlocale.h>
#include <QtGui/qpainter.h>
#include <QtGui/qpainterpath.h>

#include <algorithm>

namespace Inspector {

namespace {
// Thousands of size changes a second would cost memory and paint time for nothing visible:
// samples closer than this are merged (the latest depth wins, the peak is kept).
constexpr qint64 MergeMs = 50;
} // namespace

DepthSparkline::DepthSparkline(QWidget *parent) : QWidget(parent)
{
    m_clock.start();
    setAccessibleName(tr("Queue depth over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_repaint.setInterval(1000);
    m_repaint.setTimerType(Qt::CoarseTimer);
    connect(&m_repaint, &QTimer::timeout, this, [this] {
        prune();
        update();
    });
    describe();
}

void DepthSparkline::addSample(qint64 depth)
{
    const qint64 now = m_clock.elapsed();
    if (m_samples.size() >= 2 && now - m_samples.at(m_samples.size() - 2).ms < MergeMs) {
        // Merge into the last sample, keeping a peak visible as the one before.
        Sample &previous = m_samples[m_samples.size() - 2];
        previous.depth = std::max(previous.depth, m_samples.last().depth);
        m_samples.last() = { now, depth };
    } else {
        m_samples.append({ now, depth });
    }
    prune();
    describe();
    update();
}

void DepthSparkline::setMaximum(qint64 maximum)
{
    if (m_maximum == maximum)
        return;
    m_maximum = maximum;
    describe();
    update();
}

void DepthSparkline::setWindow(int seconds)
{
    m_windowSeconds = std::max(1, seconds);
    prune();
    update();
}

void DepthSparkline::prune()
{
    const qint64 oldest = m_clock.elapsed() - qint64(m_windowSeconds) * 1000;
    // Keep one sample before the window, so that the line starts at its left edge.
    qsizetype first = 0;
    while (first + 1 < m_samples.size() && m_samples.at(first + 1).ms < oldest)
        ++first;
    if (first > 0)
        m_samples.remove(0, first);
}

void DepthSparkline::describe()
{
    const QLocale locale;
    if (m_samples.isEmpty()) {
        setAccessibleDescription(tr("No depth known yet"));
        setToolTip(accessibleDescription());
        return;
    }
    qint64 low = m_samples.first().depth;
    qint64 high = low;
    for (const Sample &sample : std::as_const(m_samples)) {
        low = std::min(low, sample.depth);
        high = std::max(high, sample.depth);
    }
    QString text = tr("Depth over the last %n second(s): now %1, lowest %2, highest %3", "", m_windowSeconds)
                           .arg(locale.toString(m_samples.last().depth), locale.toString(low),
                                locale.toString(high));
    if (m_maximum > 0)
        text += tr("; maxsize %1").arg(locale.toString(m_maximum));
    setAccessibleDescription(text);
    setToolTip(text);
}

QSize DepthSparkline::sizeHint() const
{
    return { 320, fontMetrics().height() * 3 };
}

QSize DepthSparkline::minimumSizeHint() const
{
    return { 80, fontMetrics().height() * 2 };
}

void DepthSparkline::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_repaint.start();
}

void DepthSparkline::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_repaint.stop();
}

void DepthSparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(rect(), pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(frame);

    const QLocale locale;
    const int textWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 6;
    const QRectF plot = frame.adjusted(3, 4, -textWidth, -4);
    const qint64 now = m_clock.elapsed();
    const qint64 span = qint64(m_windowSeconds) * 1000;
    qint64 top = std::max<qint64>(1, m_maximum);
    for (const Sample &sample : std::as_const(m_samples))
        top = std::max(top, sample.depth);
    const auto x = [&](qint64 ms) { return plot.right() - plot.width() * double(now - ms) / double(span); };
    const auto y = [&](qint64 depth) { return plot.bottom() - plot.height() * double(depth) / double(top); };

    if (m_maximum > 0) {
        QPen dashed(pal.color(QPalette::Mid), 1, Qt::DashLine);
        painter.setPen(dashed);
        painter.drawLine(QPointF(plot.left(), y(m_maximum)), QPointF(plot.right(), y(m_maximum)));
    }
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(plot.right() + 3, frame.top(), textWidth - 4, frame.height() / 2),
                     Qt::AlignRight | Qt::AlignVCenter, locale.toString(top));
    if (!m_samples.isEmpty()) {
        painter.drawText(QRectF(plot.right() + 3, frame.center().y(), textWidth - 4, frame.height() / 2),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(m_samples.last().depth));
    }
    if (m_samples.isEmpty())
        return;
    // A step line: the depth holds until the next change.
    QPainterPath path;
    path.moveTo(std::max(plot.left(), x(m_samples.first().ms)), y(m_samples.first().depth));
    for (qsizetype i = 1; i < m_samples.size(); ++i) {
        const Sample &sample = m_samples.at(i);
        const double sx = std::max(plot.left(), x(sample.ms));
        path.lineTo(sx, y(m_samples.at(i - 1).depth));
        path.lineTo(sx, y(sample.depth));
    }
    path.lineTo(plot.right(), y(m_samples.last().depth));
    QPainterPath area = path;
    area.lineTo(plot.right(), plot.bottom());
    area.lineTo(std::max(plot.left(), x(m_samples.first().ms)), plot.bottom());
    area.closeSubpath();
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlphaF(0.25f);
    painter.fillPath(area, fill);
    painter.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
    painter.drawPath(path);
}

} // namespace Inspector
