// SPDX-License-Identifier: BSD-3-Clause
#include "stream_p.h"

namespace LibManager::Transport {

Stream::~Stream()
{
    close();
}

void Stream::close()
{
    Platform::closeSocket(m_socket);
    m_socket = Platform::InvalidSocket;
}

QString LocalStream::peerDescription() const
{
    return Platform::localPeerDescription(m_socket);
}

qint64 LocalStream::peerProcessId() const
{
    return Platform::peerProcessId(m_socket);
}

QString TcpStream::peerDescription() const
{
    return Platform::tcpPeerDescription(m_socket);
}

bool TcpStream::setReadTimeout(int timeoutMs)
{
    if (!Platform::setReceiveTimeout(m_socket, timeoutMs))
        m_sleepInRead = false;
    return m_sleepInRead;
}

} // namespace LibManager::Transport
