// SPDX-License-Identifier: BSD-3-Clause
#include "authkey.h"
#include "authkey_p.h"
#include "logging_p.h"
#include "tr_p.h"

#include <QtCore/qcryptographichash.h>
#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qlist.h>
#include <QtCore/qmutex.h>
#include <QtCore/qrandom.h>
#include <QtCore/qstringconverter.h>

#include <algorithm>

namespace LibManager {

namespace {
QMutex keyMutex;
QByteArray processKey;

// Where keys came from, by their SHA-256: a few entries, newest last (never the keys).
struct KeyOrigin
{
    QByteArray digest;
    QString origin;
};
QList<KeyOrigin> keyOrigins;
constexpr qsizetype MaxKeyOrigins = 16;

constexpr qsizetype MaxKeyFileSize = 4096;

QByteArray digestOf(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256);
}

// One line of text: valid UTF-8 without control characters.
bool isOneLineOfText(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    return std::none_of(text.cbegin(), text.cend(),
                        [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

bool fail(QString *errorString, const QString &message)
{
    if (errorString)
        *errorString = message;
    return false;
}

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

QByteArray readAuthKeyFile(const QString &path, QString *errorString)
{
    QFile file(path);
    // Unbuffered: a key is not left in a buffer of QFile's, and a device that never ends
    // (/dev/urandom) is read only as far as the size check needs.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(errorString, Tr::tr("cannot read the key file %1: %2").arg(path, file.errorString()));
        return {};
    }
    QByteArray key;
    while (key.size() <= MaxKeyFileSize) {
        // A pipe (--authkey-file <(command)) may give the key in pieces.
        const QByteArray piece = file.read(MaxKeyFileSize + 1 - key.size());
        if (piece.isEmpty())
            break;
        key += piece;
    }
    if (file.error() != QFileDevice::NoError) {
        fail(errorString, Tr::tr("cannot read the key file %1: %2").arg(path, file.errorString()));
        return {};
    }
    if (key.size() > MaxKeyFileSize) {
        fail(errorString,
             Tr::tr("the key file %1 holds more than %2 bytes: a key file holds the key alone")
                 .arg(path, QString::number(MaxKeyFileSize)));
        return {};
    }
    if (key.endsWith('\n')) {
        const qsizetype lineEnd = key.endsWith("\r\n") ? key.size() - 2 : key.size() - 1;
        if (isOneLineOfText(QByteArrayView(key).first(lineEnd)))
            key.truncate(lineEnd);
    }
    if (key.isEmpty()) {
        fail(errorString, Tr::tr("the key file %1 is empty").arg(path));
        return {};
    }
    const QFileInfo info(file);
    if (info.permissions() & QFileDevice::ReadOther) {
        qCWarning(lcManager).noquote()
            << QStringLiteral("the key file %1 may be read by every user of this host: any of "
                              "them can use the key (chmod o-r %1)")
                   .arg(path);
    }
    //: Where a key came from, after "from" in "32 bytes, SHA-256 1a2b3c4d, from the file
    //: /etc/app/key": put it in the form that follows that word in your language.
    noteAuthKeyOrigin(key, Tr::tr("the file %1").arg(info.absoluteFilePath()));
    if (errorString)
        errorString->clear();
    return key;
}

void noteAuthKeyOrigin(const QByteArray &key, const QString &origin)
{
    const QByteArray digest = digestOf(key);
    QMutexLocker lock(&keyMutex);
    keyOrigins.removeIf([&digest](const KeyOrigin &known) { return known.digest == digest; });
    if (keyOrigins.size() == MaxKeyOrigins)
        keyOrigins.removeFirst();
    keyOrigins.append({ digest, origin });
}

QString describeAuthKey(const QByteArray &key)
{
    const QByteArray digest = digestOf(key);
    QString origin;
    bool isDefault = false;
    {
        QMutexLocker lock(&keyMutex);
        for (const KeyOrigin &known : std::as_const(keyOrigins)) {
            if (known.digest == digest)
                origin = known.origin;
        }
        isDefault = origin.isEmpty() && !processKey.isEmpty() && key == processKey;
    }
    const QString size = QString::number(key.size());
    const QString digits = QString::fromLatin1(digest.left(4).toHex());
    // Called when a handshake fails, and by the server program once: never per call.
    if (!origin.isEmpty())
        return Tr::tr("%1 bytes, SHA-256 %2, from %3").arg(size, digits, origin);
    if (isDefault)
        return Tr::tr("%1 bytes, SHA-256 %2, this process's default key").arg(size, digits);
    return Tr::tr("%1 bytes, SHA-256 %2").arg(size, digits);
}

} // namespace LibManager
