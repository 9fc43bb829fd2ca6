// SPDX-License-Identifier: BSD-3-Clause
#include "watchdog.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qtimer.h>

#include <chrono>
#include <memory>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <unistd.h>

namespace TestSupport {

void installWatchdog(const char *who, std::function<void(const QByteArray &line)> onLine)
{
    bool ok = false;
    int ms = qEnvironmentVariableIntValue(WatchdogVariable, &ok);
    if (!ok || ms <= 0)
        ms = 60000;
    const auto expire = [name = std::string(who)] {
        std::fprintf(stderr, "%s: watchdog expired\n", name.c_str());
        std::_Exit(99);
    };
    if (!onLine) {
        std::thread([ms, expire] {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            expire();
        }).detach();
        std::thread([] {
            char buffer[256];
            while (::read(0, buffer, sizeof buffer) > 0) {
            }
            std::_Exit(98);
        }).detach();
        return;
    }
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);
    QTimer::singleShot(ms, app, expire);
    auto *input = new QSocketNotifier(0, QSocketNotifier::Read, app);
    auto pending = std::make_shared<QByteArray>();
    QObject::connect(input, &QSocketNotifier::activated, app, [input, pending, onLine] {
        char buffer[4096];
        const ssize_t got = ::read(0, buffer, sizeof buffer);
        if (got <= 0) {
            input->setEnabled(false);
            std::_Exit(98);
        }
        pending->append(buffer, got);
        qsizetype end;
        while ((end = pending->indexOf('\n')) >= 0) {
            const QByteArray line = pending->left(end);
            pending->remove(0, end + 1);
            onLine(line);
        }
    });
}

} // namespace TestSupport
