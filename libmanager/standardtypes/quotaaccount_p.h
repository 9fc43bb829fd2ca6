// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_QUOTAACCOUNT_P_H
#define LIBMANAGER_QUOTAACCOUNT_P_H

#include <libmanager/reply.h>
#include <libmanager/serverlimits.h>

#include <memory>

namespace LibManager {

/*!
    What the shared objects one client created weigh on the server (approximately, see
    Footprint), against ServerLimits::maxBytesPerClient(), and through its Ledger, the server's
    total against maxMemory(). An object is charged to the account of whoever created it,
    whoever makes it grow later: a file system's rule, so that a client cannot be charged for
    what it never asked for by a client it cannot control.

    Growth is checked before anything is allocated (allows()) and booked once it happened
    (charge()): a call that fails, or runs out of memory half-way, books nothing. The account
    is shared by the client's connection and its objects, which may outlive both the
    connection and the server (an object a QObject parent owns is only detached).
*/
class QuotaAccount : public std::enable_shared_from_this<QuotaAccount>
{
public:
    /*! The server's side: its limits, and the total of all its accounts. */
    struct Ledger
    {
        qint64 used = 0;
        qint64 maxMemory = 0; // effective: ServerLimits::maxMemory(), or the automatic one
        qint64 maxBytesPerClient = 0;
        qint64 maxContainerLength = 0;
        // ServerMemoryFull refusals since the last log line, and when that was.
        qint64 refusedSinceLog = 0;
        qint64 lastLogMs = 0;
        bool logged = false;

        /*! Takes \a limits; ServerLimits::maxMemory() 0 is worked out with automaticMaxMemory(). */
        void setLimits(const ServerLimits &limits);
    };

    /*! The account of the objects the server declares itself (named objects before its first
        client): counted in the total, with no client's quota. */
    static constexpr quint64 ServerItself = 0;

    QuotaAccount(std::shared_ptr<Ledger> ledger, quint64 client)
        : m_ledger(std::move(ledger))
        , m_client(client)
    {
    }

    quint64 client() const noexcept { return m_client; }
    qint64 used() const noexcept { return m_used; }
    const Ledger &ledger() const noexcept { return *m_ledger; }

    /*! True if \a bytes more (nothing to check when <= 0) fit this client's quota and the
        server's memory; otherwise false with \a failure (Error::MemoryQuotaExceeded or
        Error::ServerMemoryFull). Books nothing. */
    bool allows(qint64 bytes, Reply *failure) const
    {
        if (bytes <= 0
            || ((m_client == ServerItself || m_used + bytes <= m_ledger->maxBytesPerClient)
                && m_ledger->used + bytes <= m_ledger->maxMemory)) {
            return true;
        }
        *failure = refusal(bytes);
        return false;
    }
    /*! True if a container may hold \a length elements; otherwise false with \a failure
        (Error::ContainerTooLarge). */
    bool allowsLength(qint64 length, Reply *failure) const
    {
        if (length <= m_ledger->maxContainerLength)
            return true;
        *failure = tooLong(length);
        return false;
    }
    /*! Books \a bytes (negative: gives them back). */
    void charge(qint64 bytes) noexcept
    {
        m_used += bytes;
        m_ledger->used += bytes;
    }

    /*! The account that objects made in this thread now are charged to: the creating
        client's while the server runs a factory, else nullptr (an object made outside a
        server is charged to whoever adopts it). */
    static QuotaAccount *current() noexcept;
    static void setCurrent(QuotaAccount *account) noexcept;

    /*! What maxMemory 0 means: half of the physical memory, or of what the process's
        address-space or data limit, or its cgroup's memory limit, leaves it now if that is
        less. Half, because the estimates leave out what requests take while they run
        (decoded arguments, answers waiting to be sent) and the allocator's own waste. */
    static qint64 automaticMaxMemory();

private:
    Reply refusal(qint64 bytes) const;
    Reply tooLong(qint64 length) const;

    std::shared_ptr<Ledger> m_ledger;
    qint64 m_used = 0;
    quint64 m_client;
};

} // namespace LibManager

#endif // LIBMANAGER_QUOTAACCOUNT_P_H
