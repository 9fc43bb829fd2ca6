// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_CONTAINERRESULTS_P_H
#define LIBMANAGER_CONTAINERRESULTS_P_H

#include <libmanager/containerresults.h>

/*
    The container results from the maps the server answers (see the wire methods in
    shareddict_p.h, sharedlist_p.h, sharedqueue_p.h, sharedarray_p.h, sharednamespace_p.h).
*/
namespace LibManager::ContainerResults {

/*! Takes \a answer by value: pass it with std::move() and its items are moved, not copied. */
DictPage dictPage(QVariant answer);
/*! A window; \a start and \a length are read from "start" or "offset", "length" or "size". */
ItemWindow itemWindow(const QVariant &answer);
DictSearch dictSearch(const QVariant &answer);
ValueInfo valueInfo(const QVariant &answer);
ValueRange valueRange(const QVariant &answer);
VersionedValue versionedValue(const QVariant &answer);
ConditionalWrite conditionalWrite(const QVariant &answer);
ExchangedValue exchangedValue(const QVariant &answer);
NamespaceSnapshot namespaceSnapshot(const QVariant &answer);

} // namespace LibManager::ContainerResults

#endif // LIBMANAGER_CONTAINERRESULTS_P_H
