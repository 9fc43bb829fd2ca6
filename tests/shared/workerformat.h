// SPDX-License-Identifier: BSD-3-Clause
// How tst_containers and the containerworker program pass QVariants to each other on command
// lines and output lines: a QVariant as QDataStream writes it (so its exact type travels too),
// in URL-safe base64 without padding. Independent of the library's own codec on purpose: a
// value compared after a round trip through the server must not be judged by the code under test.
#ifndef LIBMANAGER_TESTS_WORKERFORMAT_H
#define LIBMANAGER_TESTS_WORKERFORMAT_H

#include <QtCore/qbytearray.h>
#include <QtCore/qdatastream.h>
#include <QtCore/qiodevice.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>

namespace ContainerWorker {

inline QString encode(const QVariant &value)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << value;
    }
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/*! The value encode() wrote; \a ok says whether \a text was one. */
inline QVariant decode(const QString &text, bool *ok = nullptr)
{
    const auto bytes = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVariant value;
    bool good = bool(bytes);
    if (good) {
        QDataStream in(*bytes);
        in.setVersion(QDataStream::Qt_6_0);
        in >> value;
        good = in.status() == QDataStream::Ok && in.atEnd();
    }
    if (ok)
        *ok = good;
    return good ? value : QVariant();
}

} // namespace ContainerWorker

#endif // LIBMANAGER_TESTS_WORKERFORMAT_H
