// SPDX-License-Identifier: BSD-3-Clause
#include "logging_p.h"

namespace LibManager {

// A library stays quiet unless asked: warnings by default, the rest through QT_LOGGING_RULES
// (e.g. "libmanager.*.debug=true").
Q_LOGGING_CATEGORY(lcManager, "libmanager", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProtocol, "libmanager.protocol", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServer, "libmanager.server", QtWarningMsg)
Q_LOGGING_CATEGORY(lcClient, "libmanager.client", QtWarningMsg)

} // namespace LibManager
