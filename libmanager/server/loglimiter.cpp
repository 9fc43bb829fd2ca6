// SPDX-License-Identifier: BSD-3-Clause
#include "loglimiter_p.h"

#include <QtCore/qdeadlinetimer.h>

namespace LibManager {

bool LogLimiter::allow(qint64 *suppressed)
{
    return allowAt(QDeadlineTimer::current().deadline(), suppressed);
}

bool LogLimiter::allowAt(qint64 nowMs, qint64 *suppressed)
{
    const qint64 full = qint64(m_burst) * 1000;
    if (m_tokensMilli < 0) {
        m_tokensMilli = full;
    } else if (nowMs > m_lastMs) {
        m_tokensMilli = qMin(full, m_tokensMilli + (nowMs - m_lastMs) * m_perSecond);
    }
    m_lastMs = qMax(m_lastMs, nowMs);
    if (m_tokensMilli < 1000) {
        ++m_suppressed;
        return false;
    }
    m_tokensMilli -= 1000;
    *suppressed = m_suppressed;
    m_suppressed = 0;
    return true;
}

} // namespace LibManager
