// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_REPLY_H
#define LIBMANAGER_REPLY_H

#include <libmanager/error.h>

#include <QtCore/qshareddata.h>
#include <QtCore/qvariant.h>

#include <memory>

namespace LibManager {

class Proxy;

namespace Detail {
/*! Not public API: what a Reply may carry beside its value (the reference to a shared object
    that a method returned). */
class LIBMANAGER_EXPORT ReplyAttachment : public QSharedData
{
public:
    virtual ~ReplyAttachment();
};
} // namespace Detail

/*!
    The outcome of one call: either a value or an error with a message.

    Like QDBusReply: check isValid() (or error()) before using value(). A reply whose call
    returned nothing (a void method) is valid with a null value().
*/
class LIBMANAGER_EXPORT Reply
{
public:
    Reply() = default;
    /*! A successful reply carrying \a value. */
    static Reply fromValue(const QVariant &value);
    /*! \overload */
    static Reply fromValue(QVariant &&value);
    /*! A failed reply. \a message says what happened; errorString() prefixes the code's text. */
    static Reply fromError(Error error, const QString &message = {});

    bool isValid() const noexcept { return m_error == Error::NoError; }
    Error error() const noexcept { return m_error; }
    /*! The message that came with the error, without the code's text; translated where it was
        made (see Error). */
    QString message() const { return m_message; }
    /*! errorText(error()) followed by the message; empty when valid. */
    QString errorString() const;

    const QVariant &value() const & { return m_value; }
    QVariant value() && { return std::move(m_value); }
    template<typename T>
    T value() const { return qvariant_cast<T>(m_value); }

    /*!
        For a call whose method returned a shared object (see BaseManager::registerMethodResult()):
        a proxy to it, owned by the caller; value() is its Token. The call gave this side one
        reference to the object, which the proxy takes over: the object lives while the proxy
        does. A reply whose proxy is never taken gives the reference back when its last copy
        goes. nullptr for other replies, and after the first takeProxy() on this reply or any
        copy of it.
    */
    std::unique_ptr<Proxy> takeProxy() const;
    /*! True while takeProxy() would return a proxy. */
    bool hasProxy() const;

private:
    explicit Reply(const QVariant &value) : m_value(value) { }
    explicit Reply(QVariant &&value) noexcept : m_value(std::move(value)) { }

    QVariant m_value;
    QString m_message;
    Error m_error = Error::NoError;
    // The reference an ObjectResult handed over, shared by the copies of this reply: one
    // pointer, so that the replies of all other calls only pay for moving and testing it.
    QExplicitlySharedDataPointer<Detail::ReplyAttachment> m_attachment;
    friend class ClientConnection;
};

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::Reply)

#endif // LIBMANAGER_REPLY_H
