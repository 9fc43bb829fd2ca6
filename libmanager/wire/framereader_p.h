// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_FRAMEREADER_P_H
#define LIBMANAGER_FRAMEREADER_P_H

#include <libmanager/libmanager_global.h>

#include <libmanager/wire/protocol_p.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qendian.h>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace LibManager {

/*!
    Cuts a byte stream into length-prefixed frames (see protocol_p.h).

    Bytes go in with append() or, without a copy, by reading straight into appendBuffer();
    next() then hands out complete frames, which stay valid until the next call that adds
    bytes. A length above the limit is reported as TooLarge before any of the body is awaited,
    so a peer cannot make us buffer more than the limit.
*/
class LIBMANAGER_AUTOTEST_EXPORT FrameReader
{
public:
    enum Status { Frame, NeedMore, TooLarge };

    explicit FrameReader(qsizetype maxFrameSize = 0);

    qsizetype maxFrameSize() const { return m_maxFrameSize; }
    void setMaxFrameSize(qsizetype size) { m_maxFrameSize = size; }

    void append(const char *data, qsizetype size);
    void append(const QByteArray &data) { append(data.constData(), data.size()); }
    /*! Room for at least \a size more bytes; follow with commitAppend(bytes actually written). */
    char *appendBuffer(qsizetype size);
    void commitAppend(qsizetype written);
    /*! Reads everything \a device has now; returns the byte count, or -1 on a read error. */
    qint64 readFrom(QIODevice *device);

    /*! The next complete frame's payload, if there is one. */
    Status next(const char **payload, qsizetype *size);
    /*!
        Hands over the buffer that holds the frame next() just returned, so that its bytes can
        be kept without a copy (see Wire::decodeMessage()); the bytes after that frame move to
        a new buffer. Worth it for large frames only.
    */
    QByteArray takeBuffer();
    /*! The length announced by the frame that was TooLarge. */
    quint32 announcedSize() const { return m_announced; }
    qsizetype bufferedBytes() const { return m_used - m_pos; }
    /*! Bytes still missing from the frame being received (0 if none is under way, or its
        header is incomplete), so that a reader can make room for all of it at once. */
    qsizetype missingBytes() const;
    /*! True if next() would return a frame (or TooLarge) without more bytes. */
    bool hasFrame() const
    {
        const qsizetype available = m_used - m_pos;
        if (available < Protocol::FrameHeaderSize)
            return false;
        const qsizetype length = qFromBigEndian<quint32>(m_buffer.constData() + m_pos);
        return length > m_maxFrameSize || Protocol::FrameHeaderSize + length <= available;
    }
    /*!
        The frame at the front when only part of it is here: its announced payload \a length
        and the \a buffered bytes of its payload at \a payload. False if there is no such
        frame (none begun, its header incomplete, too large, or complete).
    */
    bool peekPartial(const char **payload, qsizetype *buffered, qsizetype *length) const;
    /*! Drops the first \a count buffered bytes: the start of a frame whose reader takes the
        rest from the socket itself (see peekPartial()). */
    void skip(qsizetype count);

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_used = 0;
    qsizetype m_maxFrameSize;
    quint32 m_announced = 0;
};

} // namespace LibManager

#endif // LIBMANAGER_FRAMEREADER_P_H
