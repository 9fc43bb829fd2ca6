// SPDX-License-Identifier: BSD-3-Clause
// What the inspector's responsiveness checks measure: the process's resident memory, and the
// longest stall of the event loop (the gaps between ticks of a 10 ms timer).
#ifndef LIBMANAGER_TESTS_RESPONSIVENESS_H
#define LIBMANAGER_TESTS_RESPONSIVENESS_H

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

namespace TestSupport {

/*! This process's resident memory (VmRSS) in KiB; -1 if unknown. */
inline qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/*! The longest gap between ticks of a 10 ms timer since it was made: how long the event loop
    stalled. */
class StallMeter : public QObject
{
public:
    explicit StallMeter(QObject *parent = nullptr) : QObject(parent)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = qMax(m_longest, m_clock.restart());
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return qMax(m_longest, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace TestSupport

#endif // LIBMANAGER_TESTS_RESPONSIVENESS_H
