// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_WIRECODEC_P_H
#define LIBMANAGER_WIRECODEC_P_H

#include <libmanager/error.h>
#include <libmanager/wire/protocol_p.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>

namespace LibManager {
class FrameReader;
class Token;
}

namespace LibManager::Wire {

/*! One decoded message; which fields are set depends on kind (see protocol_p.h). */
struct Message
{
    Protocol::Kind kind = Protocol::Kind::Call;
    quint32 requestId = 0;
    quint64 objectId = 0;
    quint32 count = 0;
    QByteArray name;   // Call, Post: method; Event: event name
    QVariantList args; // Call, Post, Event: the arguments
    QVariant value;    // Result: the result
    Error error = Error::NoError; // Failure
    QString text;      // Failure: message; Goodbye: reason
    quint64 version = 0;   // EventInfo
    quint64 origin = 0;    // EventInfo
    qint64 position = -1;  // EventInfo
    /*! The memory the decoder counted for this message's values (see protocol_p.h): above
        Protocol::ReleaseDecodedAbove, release() it once it has been handled. */
    qsizetype decodedSize = 0;

    /*! Drops the buffers kept for reuse (arguments, name, value, text). */
    LIBMANAGER_AUTOTEST_EXPORT void release();
};

/*!
    The token an object in a value travels as (a proxy's), or an invalid Token for an object
    that stays in its process. The client layer installs it (proxy.cpp): the codec knows no
    Proxy. Without one, no object can be sent.
*/
using TokenForObject = Token (*)(const QObject *object);
void setTokenForObject(TokenForObject function);

/*!
    Appends a complete frame (length prefix and payload) for one message to \a out.
    Returns false, leaving \a out as it was and saying why in \a why, when a value cannot be
    sent (a type without stream operators, a QObject that is not a Proxy).
*/
LIBMANAGER_AUTOTEST_EXPORT bool encodeCall(QByteArray *out, quint32 requestId, quint64 objectId,
                                           const QByteArray &method, const QVariantList &args,
                                           QString *why = nullptr);
/*! The same, with the method name given as text (Latin-1 on the wire). */
LIBMANAGER_AUTOTEST_EXPORT bool encodeCall(QByteArray *out, quint32 requestId, quint64 objectId,
                                           QStringView method, const QVariantList &args,
                                           QString *why = nullptr);
/*! The same, with the \a count arguments at \a args (no list needs to be made for them). */
LIBMANAGER_AUTOTEST_EXPORT bool encodeCall(QByteArray *out, quint32 requestId, quint64 objectId,
                                           QStringView method, const QVariant *args,
                                           qsizetype count, QString *why = nullptr);
/*! A Post: a Call the server answers only if it fails (see protocol_p.h). */
LIBMANAGER_AUTOTEST_EXPORT bool encodePost(QByteArray *out, quint32 requestId, quint64 objectId,
                                           const QByteArray &method, const QVariantList &args,
                                           QString *why = nullptr);
LIBMANAGER_AUTOTEST_EXPORT bool encodePost(QByteArray *out, quint32 requestId, quint64 objectId,
                                           QStringView method, const QVariant *args,
                                           qsizetype count, QString *why = nullptr);
LIBMANAGER_AUTOTEST_EXPORT void encodeRelease(QByteArray *out, quint64 objectId, quint32 count);
LIBMANAGER_AUTOTEST_EXPORT void encodeCancel(QByteArray *out, quint32 requestId);
LIBMANAGER_AUTOTEST_EXPORT void encodeSubscribe(QByteArray *out, quint32 requestId,
                                                quint64 objectId);
LIBMANAGER_AUTOTEST_EXPORT void encodeUnsubscribe(QByteArray *out, quint64 objectId);
LIBMANAGER_AUTOTEST_EXPORT bool encodeResult(QByteArray *out, quint32 requestId,
                                             const QVariant &value, QString *why = nullptr);
/*! A Result that hands the caller a new reference to the shared object \a token names. */
LIBMANAGER_AUTOTEST_EXPORT void encodeObjectResult(QByteArray *out, quint32 requestId,
                                                   const Token &token);
/*!
    Byte arrays this large are bulk data (an Array's contents): the server sends them from
    their own buffer (encodeBytesResultHead()), the decoder keeps them in the buffer they were
    read into (decodeFrame()), and a client may stream them off the socket as they come.
*/
inline constexpr qsizetype BulkBytes = 256 * 1024;
/*! The bytes of a Result payload before those of its byte-array value: kind, request id, tag
    and byte count. */
inline constexpr qsizetype BytesResultHeadSize = 1 + 4 + 1 + 4;
/*!
    The head of a Result frame whose value is the byte array \a size bytes long that the
    caller sends right after it: bulk data goes out from its own buffer, not copied into
    \a out. Together they are exactly what encodeResult() would write.
*/
LIBMANAGER_AUTOTEST_EXPORT void encodeBytesResultHead(QByteArray *out, quint32 requestId,
                                                      qsizetype size);
/*!
    Whether the \a size bytes at \a payload, the start of a frame's payload, are the head of a
    Result whose value is a byte array (what encodeBytesResultHead() writes, and
    encodeResult() for a QByteArray): then its \a requestId and byte count, \a bytes.
*/
LIBMANAGER_AUTOTEST_EXPORT bool peekBytesResultHead(const char *payload, qsizetype size,
                                                    quint32 *requestId, qsizetype *bytes);
LIBMANAGER_AUTOTEST_EXPORT void encodeFailure(QByteArray *out, quint32 requestId, Error error,
                                              const QString &message);
LIBMANAGER_AUTOTEST_EXPORT bool encodeEvent(QByteArray *out, quint64 objectId,
                                            const QByteArray &name, const QVariantList &args,
                                            QString *why = nullptr);
/*! An Event with the change's version, origin client and position (Kind::EventInfo). */
LIBMANAGER_AUTOTEST_EXPORT bool encodeEventInfo(QByteArray *out, quint64 objectId,
                                                const QByteArray &name, const QVariantList &args,
                                                quint64 version, quint64 origin, qint64 position,
                                                QString *why);
LIBMANAGER_AUTOTEST_EXPORT void encodeGoodbye(QByteArray *out, const QString &reason);
/*! Liveness: a message with no body, Kind::Ping or Kind::Pong. */
LIBMANAGER_AUTOTEST_EXPORT void encodeEmpty(QByteArray *out, Protocol::Kind kind);

/*!
    Decodes one frame's payload into \a message, replacing what it held (a message decoded
    into again and again reuses its buffers). On failure returns false and says why in \a why;
    nothing about the payload is trusted: counts, depth, stream status and the memory the
    decoded values take are all checked. The values may take at most
    Protocol::DecodedSizeFactor times \a size plus Protocol::DecodedSizeSlack, and at most
    \a budget (see protocol_p.h).
*/
LIBMANAGER_AUTOTEST_EXPORT bool decodeMessage(const char *payload, qsizetype size, Message *message,
                                              QString *why,
                                              qsizetype budget = Protocol::DefaultDecodeBudget);
/*!
    The same, for a payload that lies inside \a owner: the first large byte array in it (bulk
    data) takes over \a owner's buffer instead of being copied, leaving \a owner empty.
*/
LIBMANAGER_AUTOTEST_EXPORT bool decodeMessage(const char *payload, qsizetype size,
                                              QByteArray *owner, Message *message, QString *why,
                                              qsizetype budget = Protocol::DefaultDecodeBudget);

/*! The decode budget of a connection whose frames may be \a maxFrameSize bytes long. */
inline qsizetype decodeBudget(qsizetype maxFrameSize)
{
    return qMax(Protocol::DefaultDecodeBudget, 2 * maxFrameSize);
}

/*!
    Decodes the payload that \a reader's next() just returned. A large frame (bulk data) hands
    over the reader's buffer, so that a large byte array in it keeps the bytes where they were
    read to (see FrameReader::takeBuffer()). The decode budget is decodeBudget() of the reader's
    maximum frame size.
*/
bool decodeFrame(FrameReader *reader, const char *payload, qsizetype size, Message *message,
                 QString *why);

/*! Encodes one Value, as the messages carry it (for tests). */
LIBMANAGER_AUTOTEST_EXPORT bool writeValue(QDataStream &out, const QVariant &value, QString *why,
                                           int depth = 0);

/*! True if values of \a type may travel as Tag::Other (see protocol_p.h). */
bool isOpaqueTypeAllowed(QMetaType type);

/*! Appends the 4-byte big-endian length and \a payload to \a out. */
LIBMANAGER_AUTOTEST_EXPORT void appendFrame(QByteArray *out, const QByteArray &payload);

} // namespace LibManager::Wire

#endif // LIBMANAGER_WIRECODEC_P_H
