// SPDX-License-Identifier: BSD-3-Clause
#include "terminationwatcher_p.h"

#include <QtCore/qsocketnotifier.h>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace LibManager {

namespace {
int signalPipe[2] = { -1, -1 };
struct sigaction previousInt;
struct sigaction previousTerm;

extern "C" void onSignal(int signal)
{
    const unsigned char byte = static_cast<unsigned char>(signal);
    const int savedErrno = errno;
    [[maybe_unused]] ssize_t ignored = ::write(signalPipe[1], &byte, 1);
    errno = savedErrno;
}
} // namespace

TerminationWatcher::TerminationWatcher(Interrupts interrupts, QObject *parent)
    : QObject(parent), m_interrupts(interrupts)
{
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (m_interrupts == Interrupts::Stop)
        ::sigaction(SIGINT, &action, &previousInt);
    ::sigaction(SIGTERM, &action, &previousTerm);
    m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationWatcher::onActivated);
}

TerminationWatcher::~TerminationWatcher()
{
    if (!m_notifier)
        return;
    if (m_interrupts == Interrupts::Stop)
        ::sigaction(SIGINT, &previousInt, nullptr);
    ::sigaction(SIGTERM, &previousTerm, nullptr);
    delete m_notifier;
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
}

void TerminationWatcher::onActivated()
{
    unsigned char byte = 0;
    while (::read(signalPipe[0], &byte, 1) == 1)
        Q_EMIT terminationRequested(int(byte));
}

} // namespace LibManager
