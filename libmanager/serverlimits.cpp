// SPDX-License-Identifier: BSD-3-Clause
#include "serverlimits.h"

#include <QtCore/qdatastream.h>
#include <QtCore/qdebug.h>

namespace LibManager {

QDataStream &operator<<(QDataStream &stream, const ServerLimits &limits)
{
    return stream << qint32(limits.m_maxClients) << qint32(limits.m_outputTimeout)
                  << limits.m_outputSoftLimit << limits.m_outputHardLimit
                  << limits.m_maxObjectsPerClient << limits.m_maxBytesPerClient
                  << limits.m_maxMemory << limits.m_maxContainerLength;
}

QDataStream &operator>>(QDataStream &stream, ServerLimits &limits)
{
    qint32 clients = 0;
    qint32 outputTimeout = 0;
    ServerLimits read;
    stream >> clients >> outputTimeout >> read.m_outputSoftLimit >> read.m_outputHardLimit
            >> read.m_maxObjectsPerClient >> read.m_maxBytesPerClient >> read.m_maxMemory
            >> read.m_maxContainerLength;
    read.setMaxClients(clients);
    read.setOutputTimeout(outputTimeout);
    // Through the setters: a negative value means the default, as it would if set.
    read.setOutputSoftLimit(read.m_outputSoftLimit);
    read.setOutputHardLimit(read.m_outputHardLimit);
    read.setMaxObjectsPerClient(read.m_maxObjectsPerClient);
    read.setMaxBytesPerClient(read.m_maxBytesPerClient);
    read.setMaxMemory(read.m_maxMemory);
    read.setMaxContainerLength(read.m_maxContainerLength);
    if (stream.status() == QDataStream::Ok)
        limits = read;
    return stream;
}

QDebug operator<<(QDebug debug, const ServerLimits &limits)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ServerLimits(maxClients=" << limits.maxClients()
                    << ", outputSoftLimit=" << limits.outputSoftLimit()
                    << ", outputHardLimit=" << limits.outputHardLimit()
                    << ", outputTimeout=" << limits.outputTimeout()
                    << ", maxObjectsPerClient=" << limits.maxObjectsPerClient()
                    << ", maxBytesPerClient=" << limits.maxBytesPerClient()
                    << ", maxMemory=" << limits.maxMemory()
                    << ", maxContainerLength=" << limits.maxContainerLength() << ')';
    return debug;
}

} // namespace LibManager
