// SPDX-License-Identifier: BSD-3-Clause
#include "readpacer.h"

#include <QtCore/qtimer.h>

namespace Inspector {

ReadPacer::ReadPacer(int minimumIntervalMs, QObject *parent)
    : QObject(parent), m_minimumInterval(minimumIntervalMs)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReadPacer::due);
}

void ReadPacer::request()
{
    if (m_inFlight) {
        m_dirty = true;
        return;
    }
    if (m_timer->isActive())
        return;
    const qint64 interval = qMax<qint64>(m_minimumInterval, 10 * m_lastReadMs);
    const qint64 since = m_sinceLastRead.isValid() ? m_sinceLastRead.elapsed() : interval;
    m_timer->start(int(qBound(qint64(0), interval - since, qint64(60000))));
}

void ReadPacer::started()
{
    m_inFlight = true;
    m_dirty = false;
    m_sinceLastRead.start();
}

void ReadPacer::finished()
{
    m_inFlight = false;
    m_lastReadMs = m_sinceLastRead.elapsed();
    if (m_dirty)
        request();
}

void ReadPacer::reset()
{
    m_timer->stop();
    m_inFlight = false;
    m_dirty = false;
}

} // namespace Inspector
