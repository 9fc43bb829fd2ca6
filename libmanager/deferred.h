// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_DEFERRED_H
#define LIBMANAGER_DEFERRED_H

#include <libmanager/error.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qvariant.h>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace LibManager {

class DeferredState;

/*!
    The answer to a call that a custom shared type gives later.

    A method of a shared QObject that cannot answer at once (it waits for data, a peer, a
    timer) returns a Deferred instead of its value. The server then parks the call without
    blocking its event loop, goes on serving every other client, and answers the caller when
    the method's code calls resolve() or reject():

    \code
    Q_INVOKABLE LibManager::Deferred next()
    {
        LibManager::Deferred answer;
        m_waiters.append(answer);   // resolved by put() later
        return answer;
    }
    \endcode

    If the caller disconnects, gives up (its timeout expired) or the server shuts down first,
    the Deferred is cancelled: resolve() then returns false, so a value that would be lost
    (a queue item, say) can go to the next waiter instead. Copies share one answer.
*/
class LIBMANAGER_EXPORT Deferred
{
public:
    Deferred();
    ~Deferred();
    Deferred(const Deferred &other);
    Deferred &operator=(const Deferred &other);

    /*! Answers the call with \a value. Returns true if a caller was still waiting for it. */
    bool resolve(const QVariant &value = {}) const;
    /*!
        Fails the call with \a error (a server-side code such as Error::ValueError) and
        \a message. Returns true if a caller was still waiting for it.
    */
    bool reject(Error error, const QString &message) const;

    /*! True until resolved, rejected or cancelled. */
    bool isPending() const;
    bool isCancelled() const;
    /*!
        Calls \a handler (in the server's thread) when the call is cancelled, unless \a context
        is destroyed first. A Deferred that is already cancelled calls it at once.
    */
    void onCancelled(QObject *context, std::function<void()> handler) const;

    /*! Internal, for the server. */
    std::shared_ptr<DeferredState> state() const { return d; }

private:
    std::shared_ptr<DeferredState> d;
};

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::Deferred)

#endif // LIBMANAGER_DEFERRED_H
