// SPDX-License-Identifier: BSD-3-Clause
#include "quotaaccount_p.h"
#include <libmanager/logging_p.h>
#include <libmanager/platform/platform_p.h>
#include <libmanager/tr_p.h>

namespace LibManager {

namespace {
thread_local QuotaAccount *currentAccount = nullptr;
// At most one line about a full server per interval, with the count of the refusals between.
constexpr qint64 LogIntervalMs = 10000;
// The automatic limit never goes below this: a server with less is of no use.
constexpr qint64 MinimumAutomatic = 1024 * 1024;
} // namespace

QuotaAccount *QuotaAccount::current() noexcept
{
    return currentAccount;
}

void QuotaAccount::setCurrent(QuotaAccount *account) noexcept
{
    currentAccount = account;
}

qint64 QuotaAccount::automaticMaxMemory()
{
    const Platform::MemoryRoom room = Platform::memoryRoom();
    qint64 bound = room.physical > 0 ? room.physical : std::numeric_limits<qint64>::max();
    for (qint64 limit : { room.addressSpace, room.data, room.cgroup }) {
        if (limit >= 0)
            bound = qMin(bound, limit);
    }
    return qMax(MinimumAutomatic, bound / 2);
}

void QuotaAccount::Ledger::setLimits(const ServerLimits &limits)
{
    maxMemory = limits.maxMemory() > 0 ? limits.maxMemory() : automaticMaxMemory();
    maxBytesPerClient = limits.maxBytesPerClient();
    maxContainerLength = limits.maxContainerLength();
}

Reply QuotaAccount::refusal(qint64 bytes) const
{
    Ledger &ledger = *m_ledger;
    if (m_client != ServerItself && m_used + bytes > ledger.maxBytesPerClient) {
        return Reply::fromError(Error::MemoryQuotaExceeded,
                                Tr::tr("the objects client %1 created would take about %2 "
                                       "bytes, more than its quota of %3 (maxBytesPerClient)")
                                    .arg(m_client)
                                    .arg(m_used + bytes)
                                    .arg(ledger.maxBytesPerClient));
    }
    // The operator hears of a full server too (Redis logs nothing, and is asked why).
    ++ledger.refusedSinceLog;
    const qint64 now = Platform::steadyClockMs();
    if (!ledger.logged || now - ledger.lastLogMs >= LogIntervalMs) {
        qCWarning(lcServer,
                  "refused %lld call(s): the shared objects would take more than the server's "
                  "memory limit of %lld bytes (maxMemory); %lld bytes in use",
                  static_cast<long long>(ledger.refusedSinceLog),
                  static_cast<long long>(ledger.maxMemory), static_cast<long long>(ledger.used));
        ledger.refusedSinceLog = 0;
        ledger.lastLogMs = now;
        ledger.logged = true;
    }
    return Reply::fromError(Error::ServerMemoryFull,
                            Tr::tr("out of memory: the server's shared objects would take about "
                                   "%1 bytes, more than its limit of %2 (maxMemory)")
                                .arg(ledger.used + bytes)
                                .arg(ledger.maxMemory));
}

Reply QuotaAccount::tooLong(qint64 length) const
{
    return Reply::fromError(Error::ContainerTooLarge,
                            Tr::tr("%1 elements are more than one container may hold on this "
                                   "server (%2, maxContainerLength)")
                                .arg(length)
                                .arg(m_ledger->maxContainerLength));
}

} // namespace LibManager
