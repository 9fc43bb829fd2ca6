// SPDX-License-Identifier: BSD-3-Clause
#include "pythonvalue_p.h"
#include <libmanager/token.h>

#include <cmath>

namespace LibManager {

namespace {

__extension__ typedef __int128 Int128;

enum class Kind { Number, String, Bytes, List, Map, Other };

} // namespace

bool isIntegerType(int id)
{
    switch (id) {
    case QMetaType::Bool: case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong:
    case QMetaType::ULongLong: case QMetaType::Short: case QMetaType::UShort: case QMetaType::Long:
    case QMetaType::ULong: case QMetaType::SChar: case QMetaType::UChar: case QMetaType::Char:
        return true;
    default:
        return false;
    }
}

bool isUnsignedType(int id)
{
    return id == QMetaType::UInt || id == QMetaType::ULongLong || id == QMetaType::UShort
            || id == QMetaType::ULong || id == QMetaType::UChar;
}

Int128 integerOf(const QVariant &value)
{
    const void *data = value.constData();
    const int id = value.metaType().id();
    switch (id) {
    case QMetaType::Bool: return *static_cast<const bool *>(data) ? 1 : 0;
    case QMetaType::Int: return *static_cast<const int *>(data);
    case QMetaType::UInt: return *static_cast<const uint *>(data);
    case QMetaType::LongLong: return *static_cast<const qlonglong *>(data);
    case QMetaType::ULongLong: return *static_cast<const qulonglong *>(data);
    case QMetaType::Short: return *static_cast<const short *>(data);
    case QMetaType::UShort: return *static_cast<const ushort *>(data);
    case QMetaType::Long: return *static_cast<const long *>(data);
    case QMetaType::ULong: return *static_cast<const ulong *>(data);
    case QMetaType::SChar: return *static_cast<const signed char *>(data);
    case QMetaType::UChar: return *static_cast<const uchar *>(data);
    default:
        return isUnsignedType(id) ? Int128(value.toULongLong()) : Int128(value.toLongLong());
    }
}

namespace {

Kind kindOf(const QVariant &value)
{
    const int id = value.metaType().id();
    if (isIntegerType(id) || id == QMetaType::Double || id == QMetaType::Float)
        return Kind::Number;
    switch (id) {
    case QMetaType::QString:
    case QMetaType::QChar:
        return Kind::String;
    case QMetaType::QByteArray:
        return Kind::Bytes;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return Kind::List;
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return Kind::Map;
    default:
        return Kind::Other;
    }
}

QPartialOrdering compareNumbers(const QVariant &a, const QVariant &b)
{
    const int ida = a.metaType().id();
    const int idb = b.metaType().id();
    if (isIntegerType(ida) && isIntegerType(idb)) {
        // Every 64-bit value, signed or not, compares exactly.
        const Int128 x = isUnsignedType(ida) ? Int128(a.toULongLong()) : Int128(a.toLongLong());
        const Int128 y = isUnsignedType(idb) ? Int128(b.toULongLong()) : Int128(b.toLongLong());
        return x < y ? QPartialOrdering::Less : x > y ? QPartialOrdering::Greater : QPartialOrdering::Equivalent;
    }
    const double x = a.toDouble();
    const double y = b.toDouble();
    if (std::isnan(x) || std::isnan(y))
        return QPartialOrdering::Unordered;
    return x < y ? QPartialOrdering::Less : x > y ? QPartialOrdering::Greater : QPartialOrdering::Equivalent;
}

template<typename T>
QPartialOrdering compareValues(const T &x, const T &y)
{
    return x < y ? QPartialOrdering::Less : y < x ? QPartialOrdering::Greater : QPartialOrdering::Equivalent;
}

} // namespace

bool pythonEquals(const QVariant &a, const QVariant &b)
{
    const Kind kind = kindOf(a);
    if (kind != kindOf(b))
        return !a.isValid() && !b.isValid();
    switch (kind) {
    case Kind::Number:
        return compareNumbers(a, b) == QPartialOrdering::Equivalent;
    case Kind::String:
        return a.toString() == b.toString();
    case Kind::Bytes:
        return a.toByteArray() == b.toByteArray();
    case Kind::List: {
        const QVariantList x = a.toList();
        const QVariantList y = b.toList();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!pythonEquals(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case Kind::Map: {
        const QVariantMap x = a.toMap();
        const QVariantMap y = b.toMap();
        if (x.size() != y.size())
            return false;
        for (auto it = x.cbegin(); it != x.cend(); ++it) {
            const auto other = y.constFind(it.key());
            if (other == y.cend() || !pythonEquals(it.value(), *other))
                return false;
        }
        return true;
    }
    case Kind::Other:
        break;
    }
    return a.metaType() == b.metaType() && a == b;
}

QPartialOrdering pythonCompare(const QVariant &a, const QVariant &b)
{
    const Kind kind = kindOf(a);
    if (kind != kindOf(b))
        return QPartialOrdering::Unordered;
    switch (kind) {
    case Kind::Number:
        return compareNumbers(a, b);
    case Kind::String:
        return compareValues(a.toString(), b.toString());
    case Kind::Bytes:
        return compareValues(a.toByteArray(), b.toByteArray());
    case Kind::List: {
        const QVariantList x = a.toList();
        const QVariantList y = b.toList();
        for (qsizetype i = 0; i < qMin(x.size(), y.size()); ++i) {
            const QPartialOrdering order = pythonCompare(x.at(i), y.at(i));
            if (order != QPartialOrdering::Equivalent)
                return order;
        }
        return compareValues(x.size(), y.size());
    }
    case Kind::Map:
        return QPartialOrdering::Unordered;
    case Kind::Other:
        break;
    }
    if (a.metaType() != b.metaType())
        return QPartialOrdering::Unordered;
    return QVariant::compare(a, b);
}

QString pythonTypeName(const QVariant &value)
{
    const int id = value.metaType().id();
    if (!value.isValid() || id == QMetaType::Nullptr)
        return QStringLiteral("NoneType");
    if (id == QMetaType::Bool)
        return QStringLiteral("bool");
    if (isIntegerType(id))
        return QStringLiteral("int");
    switch (id) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QStringLiteral("float");
    case QMetaType::QString:
    case QMetaType::QChar:
        return QStringLiteral("str");
    case QMetaType::QByteArray:
        return QStringLiteral("bytes");
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return QStringLiteral("list");
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return QStringLiteral("dict");
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Token>())
        return QStringLiteral("proxy");
    return QString::fromLatin1(value.metaType().name());
}

} // namespace LibManager
