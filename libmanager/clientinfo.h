// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_CLIENTINFO_H
#define LIBMANAGER_CLIENTINFO_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>

namespace LibManager {

/*! What a client holds of a synchronization object: a Lock or an RLock (its recursion count),
    or permits of a Semaphore. */
struct LIBMANAGER_EXPORT ClientHold
{
    Q_GADGET
    Q_PROPERTY(quint64 objectId MEMBER objectId)
    Q_PROPERTY(QString typeId MEMBER typeId)
    Q_PROPERTY(int count MEMBER count)
public:
    quint64 objectId = 0;
    QString typeId;
    int count = 0;
};

/*! A call the server holds unanswered for a client (a get() on an empty queue, a contended
    acquire()): on which object, what, since when, and until when its timeout lets it wait
    (an invalid QDateTime: without a timeout). */
struct LIBMANAGER_EXPORT ParkedCall
{
    Q_GADGET
    Q_PROPERTY(quint32 requestId MEMBER requestId)
    Q_PROPERTY(quint64 objectId MEMBER objectId)
    Q_PROPERTY(QString method MEMBER method)
    Q_PROPERTY(QDateTime since MEMBER since)
    Q_PROPERTY(QDateTime deadline MEMBER deadline)
public:
    quint32 requestId = 0;
    quint64 objectId = 0;
    QString method;
    QDateTime since;
    QDateTime deadline;
};

class ClientInfoData;

/*!
    One client of a server (one connection) as the server describes it: who it is, since when,
    what it did, and what it holds. Plain data, implicitly shared; BaseManager::clients() and
    BaseManager::whoAmI() make them from the server's answer.

    The server answers the introspection calls \c clients and \c client with maps
    (fromVariantMap() reads one); keys a server does not send (an older one) leave their
    property at its default.
*/
class LIBMANAGER_EXPORT ClientInfo
{
    Q_GADGET
    Q_PROPERTY(bool valid READ isValid)
    Q_PROPERTY(quint64 id READ id)
    Q_PROPERTY(QString name READ name)
    Q_PROPERTY(bool observer READ isObserver)
    Q_PROPERTY(qint64 processId READ processId)
    Q_PROPERTY(Transport transport READ transport)
    Q_PROPERTY(QString peer READ peer)
    Q_PROPERTY(QDateTime connectedAt READ connectedAt)
    Q_PROPERTY(QDateTime lastActivityAt READ lastActivityAt)
    Q_PROPERTY(qint64 calls READ calls)
    Q_PROPERTY(qint64 bytesIn READ bytesIn)
    Q_PROPERTY(qint64 bytesOut READ bytesOut)
    Q_PROPERTY(qint64 subscriptions READ subscriptions)
    Q_PROPERTY(qint64 references READ references)
    Q_PROPERTY(qint64 objects READ objects)
    Q_PROPERTY(qint64 bytes READ bytes)
    Q_PROPERTY(QList<LibManager::ClientHold> holds READ holds)
    Q_PROPERTY(int parkedCount READ parkedCount)
    Q_PROPERTY(QList<LibManager::ParkedCall> parked READ parked)
    Q_PROPERTY(qint64 pendingOutput READ pendingOutput)
    Q_PROPERTY(bool watchingServer READ isWatchingServer)
public:
    enum class Transport { Unknown, Local, Tcp, Tls };
    Q_ENUM(Transport)

    ClientInfo();
    ClientInfo(const ClientInfo &other);
    ClientInfo(ClientInfo &&other) noexcept;
    ClientInfo &operator=(const ClientInfo &other);
    ClientInfo &operator=(ClientInfo &&other) noexcept;
    ~ClientInfo();

    /*! Reads one entry of the server's \c clients answer, or its \c client answer. */
    static ClientInfo fromVariantMap(const QVariantMap &map);

    /*! False for a default-constructed ClientInfo (a call that failed). */
    bool isValid() const;
    /*! The server's id of the connection, unique for the server's life. */
    quint64 id() const;
    /*! The name the client gave itself (BaseManager::setClientName()): by default its
        application name and process id, "app[1234]"; empty if it gave none. */
    QString name() const;
    /*! True if it authenticated with the server's observer key (BaseManager::setObserverKey()):
        it may only introspect, subscribe and read. */
    bool isObserver() const;
    /*! Its process id, as the kernel told the server (local sockets); 0 over TCP. */
    qint64 processId() const;
    Transport transport() const;
    /*! Where it is: "192.0.2.7:50412" over TCP; over a local socket "local socket, pid 1234,
        uid 1000". */
    QString peer() const;
    QDateTime connectedAt() const;
    /*! When it last sent the server something. */
    QDateTime lastActivityAt() const;
    /*! Calls it made (posted ones too), and the bytes it sent the server and was sent. */
    qint64 calls() const;
    qint64 bytesIn() const;
    qint64 bytesOut() const;
    /*! Objects whose changes it receives. */
    qint64 subscriptions() const;
    /*! References it holds (one per proxy, about), and to how many objects. */
    qint64 references() const;
    qint64 objects() const;
    /*! What the objects it created weigh (its memory quota's use). */
    qint64 bytes() const;
    /*! The locks and permits it holds now. */
    QList<ClientHold> holds() const;
    /*! Its calls the server holds unanswered: how many, and the oldest (up to 1,000), oldest
        first. */
    int parkedCount() const;
    QList<ParkedCall> parked() const;
    /*! Bytes the server has for it that it has not read yet (what its socket could not
        take): a client that stopped reading shows here. */
    qint64 pendingOutput() const;
    /*! It receives the server-wide event stream (Introspector's signals). */
    bool isWatchingServer() const;

private:
    QSharedDataPointer<ClientInfoData> d;
};

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::ClientInfo)

#endif // LIBMANAGER_CLIENTINFO_H
