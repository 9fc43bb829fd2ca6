// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_LOGGING_P_H
#define LIBMANAGER_LOGGING_P_H

#include <QtCore/qloggingcategory.h>

namespace LibManager {
Q_DECLARE_LOGGING_CATEGORY(lcManager)   // "libmanager"
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)  // "libmanager.protocol"
Q_DECLARE_LOGGING_CATEGORY(lcServer)    // "libmanager.server"
Q_DECLARE_LOGGING_CATEGORY(lcClient)    // "libmanager.client"
} // namespace LibManager

#endif // LIBMANAGER_LOGGING_P_H
