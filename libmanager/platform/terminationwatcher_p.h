// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_TERMINATIONWATCHER_P_H
#define LIBMANAGER_TERMINATIONWATCHER_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qobject.h>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace LibManager {

/*!
    Turns SIGTERM, and SIGINT unless told to leave it alone, into a Qt signal, emitted from the
    event loop (the handler only writes a byte to a pipe). The previous handlers come back when
    the watcher is destroyed. One at a time per process.
*/
class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    enum class Interrupts {
        Stop,   //!< SIGINT (Ctrl+C) requests termination too: a server run by hand
        Ignore, //!< SIGINT is left as it is: a server that start() runs, which its parent stops
    };
    explicit TerminationWatcher(Interrupts interrupts, QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    void onActivated();
    QSocketNotifier *m_notifier = nullptr;
    Interrupts m_interrupts;
};

} // namespace LibManager

#endif // LIBMANAGER_TERMINATIONWATCHER_P_H
