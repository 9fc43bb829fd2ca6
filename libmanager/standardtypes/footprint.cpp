// SPDX-License-Identifier: BSD-3-Clause
#include "footprint_p.h"
#include <libmanager/token.h>

#include <QtCore/qbitarray.h>
#include <QtCore/qcborarray.h>
#include <QtCore/qcbormap.h>
#include <QtCore/qcborvalue.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qjsonvalue.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qstringlist.h>

namespace LibManager {
namespace Footprint {

namespace {

// A heap block: the allocator's header and rounding, and Qt's array header where there is one.
constexpr qint64 Block = 32;
// What a QVariant holds in place (Qt 6 keeps values of up to 3 pointers inside it).
constexpr qint64 InPlace = 3 * sizeof(void *);
// A map or hash node beside its key and value: links, hash and the table's room.
constexpr qint64 MapNode = 64;

qint64 ofBytes(const QByteArray &bytes)
{
    return bytes.isEmpty() ? 0 : TextBlock + qint64(bytes.size());
}

template<typename Map>
qint64 ofMap(const Map &map)
{
    qint64 total = Block;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        total += MapNode + sizeof(QString) + sizeof(QVariant) + of(it.key()) + of(it.value());
    return total;
}

// JSON values are CBOR values inside (Qt 6): one walk for both.
qint64 ofCbor(const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Array: {
        qint64 total = Block;
        for (const QCborValue &item : value.toArray())
            total += sizeof(QCborValue) + ofCbor(item);
        return total;
    }
    case QCborValue::Map: {
        qint64 total = Block;
        const QCborMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            total += MapNode + ofCbor(it.key()) + ofCbor(it.value());
        return total;
    }
    case QCborValue::String:
        return of(value.toString());
    case QCborValue::ByteArray:
        return ofBytes(value.toByteArray());
    default:
        return 0;
    }
}

} // namespace

qint64 ofHeap(const QVariant &value)
{
    const QMetaType type = value.metaType();
    switch (type.id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return 0;
    case QMetaType::QString:
        return of(*static_cast<const QString *>(value.constData()));
    case QMetaType::QByteArray:
        return ofBytes(*static_cast<const QByteArray *>(value.constData()));
    case QMetaType::QVariantList: {
        const auto &list = *static_cast<const QVariantList *>(value.constData());
        qint64 total = list.isEmpty() ? 0 : Block + qint64(list.size()) * qint64(sizeof(QVariant));
        for (const QVariant &item : list)
            total += of(item);
        return total;
    }
    case QMetaType::QVariantMap:
        return ofMap(*static_cast<const QVariantMap *>(value.constData()));
    case QMetaType::QVariantHash:
        return ofMap(*static_cast<const QVariantHash *>(value.constData()));
    case QMetaType::QStringList: {
        const auto &list = *static_cast<const QStringList *>(value.constData());
        qint64 total = list.isEmpty() ? 0 : Block + qint64(list.size()) * qint64(sizeof(QString));
        for (const QString &item : list)
            total += of(item);
        return total;
    }
    case QMetaType::QByteArrayList: {
        const auto &list = *static_cast<const QByteArrayList *>(value.constData());
        qint64 total
                = list.isEmpty() ? 0 : Block + qint64(list.size()) * qint64(sizeof(QByteArray));
        for (const QByteArray &item : list)
            total += ofBytes(item);
        return total;
    }
    case QMetaType::QBitArray:
        return Block + static_cast<const QBitArray *>(value.constData())->size() / 8;
    case QMetaType::QRegularExpression:
        // The compiled pattern is made on first use, and weighs some times the pattern.
        return 512 + 8 * of(static_cast<const QRegularExpression *>(value.constData())->pattern());
    case QMetaType::QUrl:
        return 256;
    case QMetaType::QJsonValue:
        return Block + ofCbor(QCborValue::fromJsonValue(value.toJsonValue()));
    case QMetaType::QJsonObject:
        return Block + ofCbor(QCborMap::fromJsonObject(value.toJsonObject()));
    case QMetaType::QJsonArray:
        return Block + ofCbor(QCborArray::fromJsonArray(value.toJsonArray()));
    case QMetaType::QJsonDocument: {
        const QJsonDocument document = value.toJsonDocument();
        return Block
                + ofCbor(document.isArray()
                                 ? QCborValue(QCborArray::fromJsonArray(document.array()))
                                 : QCborValue(QCborMap::fromJsonObject(document.object())));
    }
    case QMetaType::QCborValue:
        return Block + ofCbor(*static_cast<const QCborValue *>(value.constData()));
    case QMetaType::QCborArray:
        return Block + ofCbor(*static_cast<const QCborArray *>(value.constData()));
    case QMetaType::QCborMap:
        return Block + ofCbor(*static_cast<const QCborMap *>(value.constData()));
    default:
        break;
    }
    if (type == QMetaType::fromType<Token>()) {
        const auto &token = *static_cast<const Token *>(value.constData());
        return 2 * Block + of(token.address()) + of(token.typeId()) + ofBytes(token.serverId());
    }
    // Small Qt types (dates, points, a UUID) live in place; anything else is a block of its
    // size. An application type's own heap data cannot be seen from here.
    return type.sizeOf() > InPlace ? Block + type.sizeOf() : 0;
}

} // namespace Footprint
} // namespace LibManager
