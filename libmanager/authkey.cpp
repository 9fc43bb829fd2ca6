// SPDX-License-Identifier: BSD-3-Clause
#include "authkey.h"

#include <QtCore/qmutex.h>
#include <QtCore/qrandom.h>

namespace LibManager {

namespace {
QMutex keyMutex;
QByteArray processKey;
} // namespace

QByteArray defaultAuthKey()
{
    QMutexLocker lock(&keyMutex);
    if (processKey.isEmpty()) {
        // QRandomGenerator::system() reads the operating system's cryptographic source.
        quint32 words[8];
        QRandomGenerator::system()->fillRange(words);
        processKey = QByteArray(reinterpret_cast<const char *>(words), sizeof words);
    }
    return processKey;
}

void setDefaultAuthKey(const QByteArray &key)
{
    QMutexLocker lock(&keyMutex);
    processKey = key;
}

} // namespace LibManager
