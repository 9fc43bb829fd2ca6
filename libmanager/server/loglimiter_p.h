// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_LOGLIMITER_P_H
#define LIBMANAGER_LOGLIMITER_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qglobal.h>

namespace LibManager {

/*!
    A token bucket for log lines: at most \a burst lines at once, then \a perSecond a second.
    What a client can make the server log (a bad frame, a failed handshake, an event that
    cannot be sent) goes through one per connection and one for the whole server, so that no
    client, nor many connections at once, can flood the log. Lines it drops are counted and
    reported with the next line it lets through. Costs no allocation.
*/
class LIBMANAGER_AUTOTEST_EXPORT LogLimiter
{
public:
    constexpr LogLimiter(int burst, int perSecond) : m_burst(burst), m_perSecond(perSecond) { }

    /*! Whether a line may be written now; if so, \a suppressed is how many were dropped since
        the last one that was (report them first). */
    bool allow(qint64 *suppressed);
    /*! The same, at \a nowMs on a monotonic clock (for tests). */
    bool allowAt(qint64 nowMs, qint64 *suppressed);

private:
    int m_burst;
    int m_perSecond;
    qint64 m_tokensMilli = -1; // thousandths of a line; -1: full, not used yet
    qint64 m_lastMs = 0;
    qint64 m_suppressed = 0;
};

/*! The server's limits for warnings a client can cause (see LogLimiter). */
namespace LogLimits {
inline constexpr int ConnectionBurst = 10;
inline constexpr int ConnectionPerSecond = 2;
inline constexpr int ServerBurst = 60;
inline constexpr int ServerPerSecond = 20;
/*! Longer reasons are cut (a type name read from a frame can be long). */
inline constexpr int MaxReasonLength = 300;
} // namespace LogLimits

} // namespace LibManager

#endif // LIBMANAGER_LOGLIMITER_P_H
