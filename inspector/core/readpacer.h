// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_READPACER_H
#define INSPECTOR_READPACER_H

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qobject.h>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Inspector {

/*!
    Paces a model's re-reads of a whole answer from the server (clients(), waitGraph()): one
    read in flight at a time, requests made meanwhile folded into one more read after it, and
    reads at least minimumInterval() apart, or ten times as long as the last read took (at most
    a minute), so that a server slow to answer is asked less often and the inspector never
    becomes its main load. due() says when to read; the model calls started() as it sends the
    read and finished() when the answer is in.
*/
class ReadPacer : public QObject
{
    Q_OBJECT
public:
    explicit ReadPacer(int minimumIntervalMs, QObject *parent = nullptr);

    int minimumInterval() const { return m_minimumInterval; }
    void setMinimumInterval(int ms) { m_minimumInterval = ms; }
    bool isInFlight() const { return m_inFlight; }

    /*! Something changed: a read follows, paced. */
    void request();
    void started();
    /*! The answer came (or failed); a request made meanwhile is honoured now. */
    void finished();
    /*! Forgets the read in flight and any request (the connection went). */
    void reset();

Q_SIGNALS:
    void due();

private:
    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceLastRead;
    qint64 m_lastReadMs = 0;
    int m_minimumInterval;
    bool m_inFlight = false;
    bool m_dirty = false;
};

} // namespace Inspector

#endif // INSPECTOR_READPACER_H
