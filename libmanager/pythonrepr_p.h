// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_PYTHONREPR_P_H
#define LIBMANAGER_PYTHONREPR_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qvariant.h>

namespace LibManager {

/*!
    The value as Python's repr() would show it: 10, 12.3, 'hello', b'raw', True, None,
    [1, 2], {'k': 1}. The standard types' string forms use it, so that a Namespace prints as
    the seed shows: Namespace(x=10, y='hello').
*/
LIBMANAGER_EXPORT QString pythonRepr(const QVariant &value);

} // namespace LibManager

#endif // LIBMANAGER_PYTHONREPR_P_H
