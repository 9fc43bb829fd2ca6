// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_SERVERLIMITS_H
#define LIBMANAGER_SERVERLIMITS_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QT_BEGIN_NAMESPACE
class QDataStream;
class QDebug;
QT_END_NAMESPACE

namespace LibManager {

/*!
    What a manager server gives its clients at most: how many it serves, how much unread output
    it keeps for one, and how much each may make it hold. A client that reaches a limit is
    refused or told so with its own error; the server and its other clients go on.

    Plain data: set it on the BaseManager that start() or serveForever() runs with
    BaseManager::setServerLimits(); \c libmanager-server takes the same values on its command
    line. A value of 0 means the default (the constants below, documented with each setter).
*/
class LIBMANAGER_EXPORT ServerLimits
{
    Q_GADGET
    Q_PROPERTY(int maxClients READ maxClients WRITE setMaxClients)
    Q_PROPERTY(qint64 outputSoftLimit READ outputSoftLimit WRITE setOutputSoftLimit)
    Q_PROPERTY(qint64 outputHardLimit READ outputHardLimit WRITE setOutputHardLimit)
    Q_PROPERTY(int outputTimeout READ outputTimeout WRITE setOutputTimeout)
    Q_PROPERTY(qint64 maxObjectsPerClient READ maxObjectsPerClient WRITE setMaxObjectsPerClient)
    Q_PROPERTY(qint64 maxBytesPerClient READ maxBytesPerClient WRITE setMaxBytesPerClient)
    Q_PROPERTY(qint64 maxMemory READ maxMemory WRITE setMaxMemory)
    Q_PROPERTY(qint64 maxContainerLength READ maxContainerLength WRITE setMaxContainerLength)
public:
    static constexpr int DefaultMaxClients = 10000;
    static constexpr qint64 DefaultOutputSoftLimit = 8 * 1024 * 1024;
    static constexpr qint64 DefaultOutputHardLimit = 512 * 1024 * 1024;
    static constexpr int DefaultOutputTimeout = 60000;
    static constexpr qint64 DefaultMaxObjectsPerClient = 1000000;
    static constexpr qint64 DefaultMaxBytesPerClient = qint64(4) * 1024 * 1024 * 1024;
    static constexpr qint64 DefaultMaxContainerLength = qint64(1) << 27;

    ServerLimits() = default;

    /*! Connections served at once, counted from when they are accepted; one more is refused
        with Error::ServerFull (so is a client that arrives while the server process has no
        descriptor left). Default DefaultMaxClients. */
    int maxClients() const noexcept { return m_maxClients > 0 ? m_maxClients : DefaultMaxClients; }
    void setMaxClients(int clients) noexcept { m_maxClients = clients > 0 ? clients : 0; }

    /*! Unsent answers and events one client may have waiting before the server stops reading
        its requests, until it has read enough of them (backpressure); default 8 MiB. The
        server-wide event stream (Introspector's signals) keeps at most half of it for a
        client, and drops the events past that until the client has read (it is told which). */
    qint64 outputSoftLimit() const noexcept
    {
        return m_outputSoftLimit > 0 ? m_outputSoftLimit : DefaultOutputSoftLimit;
    }
    void setOutputSoftLimit(qint64 bytes) noexcept { m_outputSoftLimit = qMax<qint64>(0, bytes); }

    /*! Unsent output past which a client is disconnected, with the reason logged; default
        512 MiB. Only output the client did not ask for at that point counts against it:
        events of its subscriptions and answers to calls that waited. Its requests cannot pass
        the soft limit by more than one answer. */
    qint64 outputHardLimit() const noexcept
    {
        return m_outputHardLimit > 0 ? m_outputHardLimit : DefaultOutputHardLimit;
    }
    void setOutputHardLimit(qint64 bytes) noexcept { m_outputHardLimit = qMax<qint64>(0, bytes); }

    /*! How long a client may take no byte of its waiting output before it is disconnected,
        in milliseconds; default 60000. A client whose program is stopped or stuck holds no
        lock for longer than this once the server has something to tell it. */
    int outputTimeout() const noexcept
    {
        return m_outputTimeout > 0 ? m_outputTimeout : DefaultOutputTimeout;
    }
    void setOutputTimeout(int timeoutMs) noexcept { m_outputTimeout = qMax(0, timeoutMs); }

    /*! Shared objects one client (one connection) may hold references to at once, however
        many proxies it has for each; creating, looking up or taking a proxy to one more
        (create(), a named object, a method that returns an object, a token turned into a
        proxy) fails with Error::ObjectQuotaExceeded and makes nothing. Default 1,000,000. */
    qint64 maxObjectsPerClient() const noexcept
    {
        return m_maxObjectsPerClient > 0 ? m_maxObjectsPerClient : DefaultMaxObjectsPerClient;
    }
    void setMaxObjectsPerClient(qint64 objects) noexcept { m_maxObjectsPerClient = qMax<qint64>(0, objects); }

    /*! Approximate bytes of the shared objects one client (one connection) created: they
        count against their creator's quota whoever makes them grow, as on a file system, for
        as long as they live, after their creator went too. A call that would pass it fails
        with Error::MemoryQuotaExceeded and changes nothing. Each object counts about 1 KiB
        (the server's bookkeeping) plus, for the standard types, what it holds, estimated by
        type (a string: about 48 bytes plus 2 per character; a dict entry: about 128 bytes
        plus its key and value; a list item 48 bytes plus its value; an Array its bytes).
        The contents of objects of registered application types are not counted: they cannot
        be measured from outside. Default 4 GiB. */
    qint64 maxBytesPerClient() const noexcept
    {
        return m_maxBytesPerClient > 0 ? m_maxBytesPerClient : DefaultMaxBytesPerClient;
    }
    void setMaxBytesPerClient(qint64 bytes) noexcept { m_maxBytesPerClient = qMax<qint64>(0, bytes); }

    /*! Approximate bytes of every shared object together, counted as for maxBytesPerClient()
        (Redis' maxmemory); a call that would pass it fails with Error::ServerMemoryFull and
        changes nothing, and the server logs the refusals at most once every 10 s. Objects
        the server declares itself (named objects before its first client) count here, and
        against no client's quota.
        Default 0, automatic: half of the physical memory, or half of what the server
        process's address-space (RLIMIT_AS) or data (RLIMIT_DATA) soft limit, or its cgroup's
        memory.max, leaves it when it starts serving, if that is less. Half, because the
        estimate leaves out what requests take while they run and the allocator's waste: a
        server under an address-space limit refuses before it runs out of memory. */
    qint64 maxMemory() const noexcept { return m_maxMemory; }
    void setMaxMemory(qint64 bytes) noexcept { m_maxMemory = qMax<qint64>(0, bytes); }

    /*! Elements of one list, dict, Namespace, Queue or Array, checked before anything is
        allocated (Array('d', 2**28) is a 64-byte request for 2 GiB); more fails with
        Error::ContainerTooLarge and changes nothing. Default 2^27. */
    qint64 maxContainerLength() const noexcept
    {
        return m_maxContainerLength > 0 ? m_maxContainerLength : DefaultMaxContainerLength;
    }
    void setMaxContainerLength(qint64 length) noexcept { m_maxContainerLength = qMax<qint64>(0, length); }

    friend bool operator==(const ServerLimits &a, const ServerLimits &b) noexcept
    {
        return a.m_maxClients == b.m_maxClients && a.m_outputSoftLimit == b.m_outputSoftLimit
               && a.m_outputHardLimit == b.m_outputHardLimit
               && a.m_outputTimeout == b.m_outputTimeout
               && a.m_maxObjectsPerClient == b.m_maxObjectsPerClient
               && a.m_maxBytesPerClient == b.m_maxBytesPerClient
               && a.m_maxMemory == b.m_maxMemory
               && a.m_maxContainerLength == b.m_maxContainerLength;
    }
    friend bool operator!=(const ServerLimits &a, const ServerLimits &b) noexcept { return !(a == b); }

private:
    friend LIBMANAGER_EXPORT QDataStream &operator<<(QDataStream &, const ServerLimits &);
    friend LIBMANAGER_EXPORT QDataStream &operator>>(QDataStream &, ServerLimits &);

    // 0: the default
    int m_maxClients = 0;
    int m_outputTimeout = 0;
    qint64 m_outputSoftLimit = 0;
    qint64 m_outputHardLimit = 0;
    qint64 m_maxObjectsPerClient = 0;
    qint64 m_maxBytesPerClient = 0;
    qint64 m_maxMemory = 0;
    qint64 m_maxContainerLength = 0;
};

LIBMANAGER_EXPORT QDataStream &operator<<(QDataStream &stream, const ServerLimits &limits);
LIBMANAGER_EXPORT QDataStream &operator>>(QDataStream &stream, ServerLimits &limits);
LIBMANAGER_EXPORT QDebug operator<<(QDebug debug, const ServerLimits &limits);

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::ServerLimits)

#endif // LIBMANAGER_SERVERLIMITS_H
