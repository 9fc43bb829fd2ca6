// SPDX-License-Identifier: BSD-3-Clause
#include <libmanager/wire/handshake_p.h>
#include "listener_p.h"
#include <libmanager/logging_p.h>
#include <libmanager/wire/protocol_p.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qfile.h>
#include <QtCore/qsocketnotifier.h>

#include <cerrno>

namespace LibManager {

namespace {
// Connections accepted per wake-up: a burst of clients does not starve the ones already served.
constexpr int MaxAcceptsPerWakeup = 64;
} // namespace

Listener::Listener(Transport::Listening listening, std::function<void(Platform::Socket)> accepted,
                   QObject *parent)
    : QObject(parent)
    , m_listening(std::move(listening))
    , m_socket(m_listening.socket)
    , m_accepted(std::move(accepted))
    , m_spare(Platform::openSpareDescriptor())
    , m_refusals([this](qint64 refused) {
        const qint64 limit = Platform::descriptorLimit();
        qCWarning(lcServer).noquote()
                << QStringLiteral("cannot accept connections on %1: %2 (descriptor limit %3); "
                                  "new clients are refused until resources are free (%4 refused "
                                  "since the last report)")
                           .arg(m_listening.description,
                                Platform::errorString(m_lastShortage),
                                limit < 0 ? QStringLiteral("none") : QString::number(limit))
                           .arg(refused);
    })
{
    m_notifier = new QSocketNotifier(qintptr(m_socket), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Listener::acceptPending);
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryDelayMs);
    connect(&m_retry, &QTimer::timeout, this, &Listener::resume);
}

Listener::~Listener()
{
    close();
}

void Listener::close()
{
    m_retry.stop();
    if (m_socket == Platform::InvalidSocket)
        return;
    m_notifier->setEnabled(false);
    Platform::closeSocket(m_socket);
    m_socket = Platform::InvalidSocket;
    if (!m_listening.localPath.isEmpty())
        QFile::remove(m_listening.localPath);
    Platform::closeSocket(m_spare);
    m_spare = -1;
}

bool Listener::isPaused() const
{
    return m_socket != Platform::InvalidSocket && !m_notifier->isEnabled();
}

void Listener::resume()
{
    if (!isPaused())
        return;
    m_retry.stop();
    // The spare first, if a shortage took it: it is what lets the next shortage be answered.
    if (m_spare < 0)
        m_spare = Platform::openSpareDescriptor();
    m_notifier->setEnabled(true);
    // Whoever waits in the backlog is accepted now, not at the next arrival.
    acceptPending();
}

void Listener::refuse(Platform::Socket socket, quint8 reason)
{
    QByteArray frame;
    Wire::appendFrame(&frame, Handshake::serverRefusal(reason));
    Platform::send(socket, frame.constData(), frame.size());
    // The client sends nothing before the hello it waits for: closing with nothing unread
    // ends the stream cleanly (a FIN, not a reset that could discard the refusal).
    Platform::closeSocket(socket);
}

void Listener::acceptPending()
{
    for (int i = 0; i < MaxAcceptsPerWakeup && m_socket != Platform::InvalidSocket; ++i) {
        Platform::AcceptStatus status;
        int errorNumber = 0;
        const Platform::Socket socket = Platform::accept(m_socket, &status, &errorNumber);
        switch (status) {
        case Platform::AcceptStatus::Accepted:
            m_accepted(socket);
            continue;
        case Platform::AcceptStatus::Empty:
            return;
        case Platform::AcceptStatus::Failed:
            // That connection went before we took it (ECONNABORTED, a TCP error): the next.
            qCDebug(lcServer) << "accept failed:" << Platform::errorString(errorNumber);
            continue;
        case Platform::AcceptStatus::OutOfResources:
            break;
        }
        bool answered = false;
        bool drained = false;
        if (m_spare >= 0 && (errorNumber == EMFILE || errorNumber == ENFILE)) {
            Platform::closeSocket(m_spare);
            int ignored = 0;
            const Platform::Socket refused = Platform::accept(m_socket, &status, &ignored);
            if (status == Platform::AcceptStatus::Accepted) {
                refuse(refused, Protocol::RefusedNoResources);
                m_refusals.count();
                answered = true;
            }
            drained = status == Platform::AcceptStatus::Empty;
            m_spare = Platform::openSpareDescriptor();
        }
        // With its table full, accept() fails before it looks at the backlog: nobody may
        // have been waiting, and then there is nothing to report.
        if (drained)
            return;
        shortage(errorNumber);
        if (answered && m_spare >= 0)
            continue; // the next one in the backlog hears it too
        // No way to answer: the connections wait in the backlog until descriptors come back,
        // and the listener does not spin on a socket it cannot accept from.
        m_notifier->setEnabled(false);
        m_retry.start();
        return;
    }
}

void Listener::shortage(int errorNumber)
{
    m_lastShortage = errorNumber;
    m_refusals.report();
}

} // namespace LibManager
