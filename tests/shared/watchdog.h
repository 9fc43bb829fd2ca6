// SPDX-License-Identifier: BSD-3-Clause
// The safety every helper program of the tests installs first thing in main(): it ends the
// program when the test that started it dies or when it runs too long, so that a failing test
// never leaves an orphan.
#ifndef LIBMANAGER_TESTS_WATCHDOG_H
#define LIBMANAGER_TESTS_WATCHDOG_H

#include <QtCore/qbytearray.h>

#include <functional>

namespace TestSupport {

/*! The environment variable HelperProcess sets to the watchdog's delay in milliseconds. */
inline constexpr char WatchdogVariable[] = "LMHELPER_WATCHDOG_MS";

/*!
    Ends this process with exit code 99 once LMHELPER_WATCHDOG_MS (default 60 s) have passed,
    saying "<who>: watchdog expired" on standard error, and with exit code 98 as soon as its
    standard input closes (the test died).

    Without \a onLine, both run on threads of their own, standard input being read and dropped:
    that suits a program whose main thread blocks in calls the server parks. With \a onLine,
    both run on the event loop of the QCoreApplication, which must exist, and the program stays
    single-threaded; every line of standard input (without its newline) is passed to
    \a onLine: the way a helper takes commands from the test.
*/
void installWatchdog(const char *who, std::function<void(const QByteArray &line)> onLine = {});

} // namespace TestSupport

#endif // LIBMANAGER_TESTS_WATCHDOG_H
