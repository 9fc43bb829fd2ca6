// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_STANDARDOBJECT_P_H
#define LIBMANAGER_STANDARDOBJECT_P_H

#include <libmanager/deferred.h>
#include <libmanager/standardtypes/quotaaccount_p.h>
#include <libmanager/reply.h>
#include <libmanager/token.h>
#include <libmanager/standardtypes/vocabulary_p.h>

#include <QtCore/qobject.h>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <type_traits>

namespace LibManager {

class StandardObject;

/*! What the server-wide event stream reports of synchronization (see Protocol::Stream). */
enum class SyncEventKind : quint8 { Acquired, HoldReleased, Broken, Reset, Set, Cleared };

/*! What the server offers the standard types it hosts. */
class ObjectHost
{
public:
    virtual ~ObjectHost() = default;
    /*!
        Whether anybody watches the server-wide event stream. Every hook of the stream tests
        this first, and makes nothing while it is false: one predictable branch.
    */
    bool streamObserved() const noexcept { return m_streamObserved; }
    /*! Grows by one with every report of the coalesced marks: an object marked in the
        current one is not marked again (StandardObject keeps the last it was marked in). */
    quint64 streamGeneration() const noexcept { return m_streamGeneration; }
    /*! The object \a objectId changed: reported, coalesced, at the end of the turn. Called
        once per generation per object, only while streamObserved(). */
    virtual void streamChanged(quint64 objectId) noexcept = 0;
    /*! A hold taken or given back, a Barrier broken or reset, an Event set or cleared; only
        while streamObserved(). \a count: what \a client holds now; \a gone: it went. */
    virtual void streamSync(SyncEventKind kind, quint64 objectId, quint64 client, qint64 count,
                            bool gone) noexcept = 0;
    /*!
        Sends a change event to every connection subscribed to \a objectId, in order; those
        that asked for change info (wantsChangeInfo()) get \a version, \a origin and
        \a position with it (Protocol::Kind::EventInfo).
    */
    virtual void publish(quint64 objectId, const QByteArray &event, const QVariantList &args,
                         quint64 version, quint64 origin, qint64 position) = 0;
    virtual bool hasSubscribers(quint64 objectId) const = 0;
    /*! Whether a subscriber of \a objectId asked for change info: only then is a position
        worth working out. */
    virtual bool wantsChangeInfo(quint64 objectId) const = 0;
    /*! Calls \a object->callerGone(connectionId) when that connection closes. */
    virtual void watchCaller(quint64 connectionId, StandardObject *object) = 0;
    /*! A reference held by a value stored in a container; false if the object is gone. */
    virtual bool retain(quint64 objectId) = 0;
    virtual void release(quint64 objectId) = 0;
    /*! The hosted object a token of this server names, or nullptr. */
    virtual QObject *objectFor(const Token &token) const = 0;

    /*! The server running a factory in this thread, for factories whose arguments name
        other shared objects (Condition(lock)); nullptr outside a factory. */
    static ObjectHost *current();
    static void setCurrent(ObjectHost *host);

protected:
    bool m_streamObserved = false;
    quint64 m_streamGeneration = 1;
};

/*!
    A method name as a call brought it. Comparing it with a literal costs a length check and a
    fixed-size memcmp: the server does that for every call, a dozen times for some types.
*/
class MethodName
{
public:
    constexpr MethodName(QByteArrayView name) noexcept : m_name(name) { }
    template<size_t N>
    bool operator==(const char (&literal)[N]) const noexcept
    {
        return m_name.size() == qsizetype(N - 1) && std::memcmp(m_name.data(), literal, N - 1) == 0;
    }
    template<size_t N>
    bool operator!=(const char (&literal)[N]) const noexcept
    {
        return !(*this == literal);
    }
    template<size_t N>
    bool operator==(const WireName<N> &name) const noexcept
    {
        return *this == name.latin1;
    }
    template<size_t N>
    bool operator!=(const WireName<N> &name) const noexcept
    {
        return !(*this == name.latin1);
    }
    /*! A name of a StandardMethod table: the length first, the bytes only if it matches. */
    bool operator==(QByteArrayView name) const noexcept
    {
        return m_name.size() == name.size() && std::memcmp(m_name.data(), name.data(), size_t(name.size())) == 0;
    }
    constexpr operator QByteArrayView() const noexcept { return m_name; }

private:
    QByteArrayView m_name;
};

/*! Who makes a call: the connection is the owner of locks and permits. */
struct Caller
{
    quint64 connection = 0;
};

/*!
    A row of a standard type's table of methods: a name of its wire vocabulary
    (vocabulary_p.h) and the member that serves it. Each type keeps one such table, which its
    dispatch() looks calls up in (dispatchTo()), its methodNames() lists (namesOf()) and its
    isReadMethod() asks (readsIn()), so that what it serves, what it says it serves and what
    observers may call cannot drift apart.
*/
/*! Whether a method changes its object or only reads it (which observers may call). */
enum class MethodAccess : quint8 { Changes, Reads };

template<typename Object>
struct StandardMethod
{
    QByteArrayView name;
    Reply (Object::*serve)(const Caller &caller, MethodName method, const QVariantList &args);
    /*! Reads: an observer may call it (AccessPolicy). A method not marked so counts as a
        write, so that one added later is refused to observers until someone says it only
        reads. */
    MethodAccess access = MethodAccess::Changes;
};

/*!
    Removes the waiter whose answer is \a answer from \a waiters (Deferreds, or entries with an
    \c answer member); false if it is not there (already answered or removed).
*/
template<typename Container>
bool removeWaiter(Container &waiters, const Deferred &answer)
{
    for (auto it = waiters.begin(); it != waiters.end(); ++it) {
        bool same;
        if constexpr (std::is_same_v<typename Container::value_type, Deferred>)
            same = it->state() == answer.state();
        else
            same = it->answer.state() == answer.state();
        if (same) {
            waiters.erase(it);
            return true;
        }
    }
    return false;
}

/*!
    A standard shared type (dict, Lock, Queue, ...), implemented for the server's event loop:
    calls are dispatched by name without the meta-object system, blocking calls answer
    through a Deferred, and changes are published to subscribed clients. The server calls
    callerGone() for connections the object asked to watch, so that what a dead client held
    is released.

    What the object holds is weighed (Footprint) and charged to the quota account of the
    client that created it: a change that would grow it checks mayGrow() before it allocates
    anything and books the difference with grown() once it is made.
*/
class LIBMANAGER_AUTOTEST_EXPORT StandardObject : public QObject
{
    Q_OBJECT
public:
    /*! Charged to QuotaAccount::current(), if a server is making it. */
    explicit StandardObject(QObject *parent = nullptr);
    ~StandardObject() override;

    /*! Set by the server when it adopts the object (an object may live in one server). An
        object made outside a server's factory is charged from then on to \a account. */
    void attach(ObjectHost *host, quint64 objectId,
                const std::shared_ptr<QuotaAccount> &account = {});
    /*! Out of the server: no longer charged to anyone. */
    void detach();
    /*! What the object's contents weigh (Footprint), whoever it is charged to. */
    qint64 footprint() const noexcept { return m_footprint; }
    ObjectHost *host() const { return m_host; }
    /*! Timeouts armed for parked calls that are still pending (introspection). */
    int pendingTimeouts() const;

    /*!
        Answers a call: a value, an error, or a Reply holding a Deferred to answer later.
        Changes the call makes are attributed to the caller's connection (lastOrigin()).
    */
    Reply call(const Caller &caller, MethodName method, const QVariantList &args);
    /*! \a connection closed: give back what it held. */
    virtual void callerGone(quint64 connection) { Q_UNUSED(connection); }
    /*! What \a connection holds of this object now (a lock's recursion count, a semaphore's
        permits), for introspection; 0 for the types nobody holds. Asked only of the objects a
        connection had watched (watchCaller()), so it must be cheap, not free. */
    virtual int holdsOf(quint64 connection) const
    {
        Q_UNUSED(connection);
        return 0;
    }
    /*! The object's str(), Python style. */
    virtual QString toString() const = 0;
    /*! len() of a container (items of a dict, list, Array, Queue; attributes of a
        Namespace), for introspection; -1 for the other types. */
    virtual qint64 containerLength() const { return -1; }
    /*!
        The object's str() cut short: it stops after about \a maxChars characters, ends with
        "…" and, for a container, the number of items, "{'k0': 0, 'k1': 1, … (1,000,000
        items)}", and never formats more than it shows. What introspection shows of an object.
    */
    virtual QString preview(int maxChars) const;

    /*!
        How many changes the object has had: each change of what it holds or of its state
        (owner, count, value, flag, arrivals) adds one; calls that only read, and waiters that
        come and go, add nothing. Starts at 0.
    */
    quint64 version() const noexcept { return m_version; }
    /*! The connection whose call made the last change; 0 for the server itself (a change
        from a timer nobody's call armed), or no change yet. */
    quint64 lastOrigin() const noexcept { return m_lastOrigin; }
    /*! When the last change was made (or the object made), wall clock in ms since the epoch,
        to within a few ms (a coarse clock: one is read per change). */
    qint64 lastChangedAt() const noexcept { return m_lastChangedAt; }
    /*! The method names clients may call, for errors and introspection. */
    virtual QStringList methodNames() const = 0;
    /*! Whether \a method only reads the object, so that an observer may call it
        (AccessPolicy::isReadMethod()); false for the methods that change it, and any other. */
    virtual bool isReadMethod(MethodName method) const
    {
        Q_UNUSED(method);
        return false;
    }
    /*! Who holds it and who waits, for introspection (Server's syncState()): a map whose
        "kind" names its layout (see the README); empty for objects nobody waits on. Made on
        request only. */
    virtual QVariantMap syncState() const { return {}; }
    /*! A synchronization object's or queue's state for a row of Server's objectsPage(), made
        without syncState()'s maps: a word (see ObjectInfo::state; null for none), a lock's
        owner, and how many calls wait on it. */
    struct StateSummary
    {
        QLatin1String state;
        quint64 holder = 0;
        qint64 waiting = 0;
    };
    virtual StateSummary stateSummary() const { return {}; }

    /*! Blocking calls take a timeout in seconds as a double, < 0 for none (Python's API). */
    static Reply parked(Deferred deferred) { return Reply::fromValue(QVariant::fromValue(deferred)); }

protected:
    /*! A waiter as syncState() lists it: {client, requestId, since} (since: when its call was
        parked, ms since the epoch). */
    static QVariantMap waiterInfo(quint64 connection, const Deferred &answer);
    /*! How many of \a list (Deferreds, or entries with an \a answer) still wait. */
    template<typename Container>
    static qint64 pendingIn(const Container &list)
    {
        qint64 pending = 0;
        for (const auto &waiter : list) {
            if constexpr (std::is_same_v<typename Container::value_type, Deferred>)
                pending += waiter.isPending() ? 1 : 0;
            else
                pending += waiter.answer.isPending() ? 1 : 0;
        }
        return pending;
    }
    /*! The waiters of \a list (Deferreds, or entries with \a connection and \a answer). */
    template<typename Container>
    static QVariantList waitersInfo(const Container &list)
    {
        QVariantList out;
        for (const auto &waiter : list) {
            if constexpr (std::is_same_v<typename Container::value_type, Deferred>)
                out.append(waiterInfo(0, waiter));
            else
                out.append(waiterInfo(waiter.connection, waiter.answer));
        }
        return out;
    }

    /*! The row of \a methods named \a method, or nullptr: the rows in order, a length
        compare each, so put the hot ones first. */
    template<typename Object, size_t N>
    static const StandardMethod<Object> *methodIn(const StandardMethod<Object> (&methods)[N],
                                                  MethodName method) noexcept
    {
        for (const StandardMethod<Object> &row : methods) {
            if (method == row.name)
                return &row;
        }
        return nullptr;
    }
    /*! Serves \a method with its row of \a methods, or answers that it is not exposed. */
    template<typename Object, size_t N>
    static Reply dispatchTo(Object *object, const StandardMethod<Object> (&methods)[N],
                            const Caller &caller, MethodName method, const QVariantList &args)
    {
        if (const StandardMethod<Object> *row = methodIn(methods, method))
            return (object->*row->serve)(caller, method, args);
        return object->notExposed(method);
    }
    /*! Row access for the tables: { name, member, Reads }. */
    static constexpr MethodAccess Reads = MethodAccess::Reads;
    /*! Whether \a method is a row of \a methods marked Reads, for isReadMethod(). */
    template<typename Object, size_t N>
    static bool readsIn(const StandardMethod<Object> (&methods)[N], MethodName method) noexcept
    {
        const StandardMethod<Object> *row = methodIn(methods, method);
        return row && row->access == MethodAccess::Reads;
    }
    /*! The names of \a methods, for methodNames(). */
    template<typename Object, size_t N>
    static QStringList namesOf(const StandardMethod<Object> (&methods)[N])
    {
        QStringList names;
        names.reserve(qsizetype(N));
        for (const StandardMethod<Object> &row : methods)
            names.append(QString::fromLatin1(row.name));
        return names;
    }

    /*! What call() runs, with the caller's connection as the origin of any change. */
    virtual Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) = 0;
    /*! Called once the server has adopted the object. */
    virtual void attached() { }
    /*! Counts a change made now, by the connection of the call (or timeout, or departure)
        being handled: version() + 1. */
    void noteChange() noexcept;
    /*!
        While it lives, changes are attributed to \a connection: call() sets one for its
        caller, timeouts for the parked call's connection; callerGone() overrides that give
        back what a departed client held set one for it. Nested scopes restore the outer one.
    */
    class OriginScope
    {
    public:
        explicit OriginScope(quint64 connection) noexcept;
        ~OriginScope();
        Q_DISABLE_COPY_MOVE(OriginScope)

    private:
        quint64 m_previous;
    };
    /*!
        True if the object may grow by \a bytes and, for a container that gets new elements,
        to \a length of them (-1: its length does not change); otherwise false with \a failure
        (Error::ContainerTooLarge, Error::MemoryQuotaExceeded or Error::ServerMemoryFull), and
        the caller changes nothing. Always true outside a server.
    */
    bool mayGrow(qint64 bytes, qint64 length, Reply *failure) const
    {
        return !m_account
                || ((length < 0 || m_account->allowsLength(length, failure))
                    && m_account->allows(bytes, failure));
    }
    /*! Books a change of \a bytes (negative: the object shrank) that was made. */
    void grown(qint64 bytes) noexcept
    {
        m_footprint += bytes;
        if (m_account)
            m_account->charge(bytes);
    }
    /*!
        Sends \a event with \a args to the processes subscribed to this object. Nothing is
        built when there are none: callers pass the arguments themselves, not a list, so that
        an unwatched object's changes cost no allocation.
    */
    template<size_t N, typename... Args>
    void publish(const WireName<N> &event, const Args &...args)
    {
        publishAt(-1, event, args...);
    }
    /*! publish(), for an event that happened at \a position (a dict entry's place in the
        insertion order), which subscribers that asked for change info are told. */
    template<size_t N, typename... Args>
    void publishAt(qint64 position, const WireName<N> &event, const Args &...args)
    {
        if (observed())
            m_host->publish(m_objectId, QByteArray::fromRawData(event.latin1, N - 1),
                            QVariantList { QVariant(args)... }, m_version, m_lastOrigin, position);
    }
    bool observed() const { return m_host && m_host->hasSubscribers(m_objectId); }
    /*! A subscriber wants change info: work out positions for publishAt(). */
    bool changeInfoWanted() const { return m_host && m_host->wantsChangeInfo(m_objectId); }
    /*! Reports a synchronization event to the server-wide stream, if anybody watches it;
        \a count is what \a client holds of the object now. */
    void noteSync(SyncEventKind kind, quint64 client, qint64 count = 0, bool gone = false) noexcept
    {
        if (Q_UNLIKELY(m_host != nullptr && m_host->streamObserved()))
            m_host->streamSync(kind, streamObjectId(), client, count, gone);
    }
    void watchCaller(quint64 connection);
    /*! Keeps the objects that tokens inside \a value name alive while this object stores it. */
    void retainValue(const QVariant &value);
    void releaseValue(const QVariant &value);
    Reply notExposed(QByteArrayView method) const;
    /*! "setitem takes (index, value)": \a expected is a Python signature, code that stays as
        it is in every language (a sentence in words needs a translatable text of its own). */
    Reply wrongArguments(QByteArrayView method, const QString &expected) const;
    /*! Runs \a onTimeout after \a timeoutMs unless \a deferred is answered or cancelled first. */
    void armTimeout(const Deferred &deferred, int timeoutMs, std::function<void()> onTimeout);
    /*!
        Parks \a answer, which the caller has just added to \a waiters (a member): a cancelled
        call takes it out again, and so does a timeout after \a timeoutMs (< 0: none), which
        then runs \a onTimeout (to answer the call).
    */
    template<typename Container>
    Reply parkWaiter(Container &waiters, const Deferred &answer, int timeoutMs,
                     std::function<void()> onTimeout)
    {
        answer.onCancelled(this, [&waiters, answer] { removeWaiter(waiters, answer); });
        armTimeout(answer, timeoutMs, [&waiters, answer, onTimeout = std::move(onTimeout)] {
            removeWaiter(waiters, answer);
            onTimeout();
        });
        return parked(answer);
    }

private:
    struct Timeout
    {
        Deferred deferred;
        std::function<void()> onTimeout;
    };
    void fireTimeouts();
    void armTimeoutTimer();
    /*! The id the stream names this object by: its own, or for a Condition's own lock (no
        shared object of its own) the Condition's. */
    quint64 streamObjectId() const noexcept;

    ObjectHost *m_host = nullptr;
    quint64 m_objectId = 0;
    // Timeouts of parked calls, by deadline (steady clock, ms), behind one timer set for the
    // earliest. A call that is settled first takes its entry out at once (its Deferred's
    // settle handler holds the iterator): a QTimer per call cost an object, a connection and
    // a deferred delete each, and a timer left to run out kept the call alive until then.
    std::multimap<qint64, Timeout> m_timeouts;
    QTimer *m_timeoutTimer = nullptr;
    qint64 m_timerDeadline = 0;
    // Values stored before the object was adopted: retained when it is.
    QVariantList m_pendingRetains;
    std::shared_ptr<QuotaAccount> m_account;
    qint64 m_footprint = 0;
    quint64 m_version = 0;
    quint64 m_lastOrigin = 0;
    qint64 m_lastChangedAt = 0;
    quint64 m_streamMark = 0; // the stream generation this object's change was last marked in
};


/*! Timeouts of blocking calls, Python style: seconds as a number, negative or null for none. */
int timeoutArgument(const QVariant &seconds);

} // namespace LibManager

#endif // LIBMANAGER_STANDARDOBJECT_P_H
