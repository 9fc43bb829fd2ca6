// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_GLOBAL_H
#define LIBMANAGER_GLOBAL_H

#include <QtCore/qglobal.h>

#if defined(LIBMANAGER_STATIC)
#  define LIBMANAGER_EXPORT
#elif defined(LIBMANAGER_BUILDING)
#  define LIBMANAGER_EXPORT Q_DECL_EXPORT
#else
#  define LIBMANAGER_EXPORT Q_DECL_IMPORT
#endif

// Internals that only the tests use, from private headers (Qt's Q_AUTOTEST_EXPORT): exported
// in a build with the tests (LIBMANAGER_BUILD_TESTS defines LIBMANAGER_BUILD_INTERNAL for the
// build tree), hidden otherwise.
#if defined(LIBMANAGER_BUILD_INTERNAL)
#  define LIBMANAGER_AUTOTEST_EXPORT LIBMANAGER_EXPORT
#else
#  define LIBMANAGER_AUTOTEST_EXPORT
#endif

/*!
    \namespace LibManager
    Everything of the library lives in this namespace: managers that own shared objects in a
    server process, proxies that reach them from any process, and the values they exchange.
*/

#endif // LIBMANAGER_GLOBAL_H
