// SPDX-License-Identifier: BSD-3-Clause
#include "framereader_p.h"
#include "protocol_p.h"

#include <QtCore/qendian.h>
#include <QtCore/qiodevice.h>

#include <cstring>

namespace LibManager {

FrameReader::FrameReader(qsizetype maxFrameSize)
    : m_maxFrameSize(maxFrameSize > 0 ? maxFrameSize : Protocol::DefaultMaxFrameSize)
{
}

// m_buffer holds m_used valid bytes (its size may be larger: room being read into);
// frames start at m_pos.
void FrameReader::compact()
{
    if (m_pos == 0)
        return;
    const qsizetype remaining = m_used - m_pos;
    if (remaining > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(remaining));
    m_used = remaining;
    m_pos = 0;
}

char *FrameReader::appendBuffer(qsizetype size)
{
    // Moving the unread tail down is cheap when it is short, and it always is between frames.
    if (m_pos > 0 && (m_pos == m_used || m_pos >= m_buffer.size() / 2))
        compact();
    if (m_buffer.size() < m_used + size)
        m_buffer.resize(m_used + size);
    return m_buffer.data() + m_used;
}

void FrameReader::commitAppend(qsizetype written)
{
    m_used += written;
}

void FrameReader::append(const char *data, qsizetype size)
{
    std::memcpy(appendBuffer(size), data, size_t(size));
    commitAppend(size);
}

qint64 FrameReader::readFrom(QIODevice *device)
{
    qint64 total = 0;
    while (true) {
        const qint64 available = qMax<qint64>(device->bytesAvailable(), 4096);
        char *room = appendBuffer(qsizetype(available));
        const qint64 got = device->read(room, available);
        if (got < 0)
            return total > 0 ? total : -1;
        commitAppend(qsizetype(got));
        total += got;
        if (got == 0 || device->bytesAvailable() <= 0)
            return total;
    }
}

qsizetype FrameReader::missingBytes() const
{
    const qsizetype available = m_used - m_pos;
    if (available < Protocol::FrameHeaderSize)
        return 0;
    const qsizetype length = qFromBigEndian<quint32>(m_buffer.constData() + m_pos);
    if (length > m_maxFrameSize)
        return 0;
    return qMax<qsizetype>(0, Protocol::FrameHeaderSize + length - available);
}

bool FrameReader::peekPartial(const char **payload, qsizetype *buffered, qsizetype *length) const
{
    const qsizetype available = m_used - m_pos;
    if (available < Protocol::FrameHeaderSize)
        return false;
    const qsizetype announced = qFromBigEndian<quint32>(m_buffer.constData() + m_pos);
    if (announced > m_maxFrameSize || available - Protocol::FrameHeaderSize >= announced)
        return false;
    *payload = m_buffer.constData() + m_pos + Protocol::FrameHeaderSize;
    *buffered = available - Protocol::FrameHeaderSize;
    *length = announced;
    return true;
}

void FrameReader::skip(qsizetype count)
{
    Q_ASSERT(count >= 0 && count <= m_used - m_pos);
    m_pos += count;
}

FrameReader::Status FrameReader::next(const char **payload, qsizetype *size)
{
    const qsizetype available = m_used - m_pos;
    if (available < Protocol::FrameHeaderSize)
        return NeedMore;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_pos);
    if (qsizetype(length) > m_maxFrameSize) {
        m_announced = length;
        return TooLarge;
    }
    if (available - Protocol::FrameHeaderSize < qsizetype(length))
        return NeedMore;
    *payload = m_buffer.constData() + m_pos + Protocol::FrameHeaderSize;
    *size = qsizetype(length);
    m_pos += Protocol::FrameHeaderSize + qsizetype(length);
    return Frame;
}

QByteArray FrameReader::takeBuffer()
{
    QByteArray taken = std::move(m_buffer);
    const qsizetype rest = m_used - m_pos;
    m_buffer = QByteArray();
    if (rest > 0)
        m_buffer = QByteArray(taken.constData() + m_pos, rest);
    taken.truncate(m_pos);
    m_used = rest;
    m_pos = 0;
    return taken;
}

} // namespace LibManager
