// SPDX-License-Identifier: BSD-3-Clause
#include "jsonexport.h"
#include "inspectorsession.h"

#include <libmanager/arrayproxy.h>
#include <libmanager/containerresults.h>
#include <libmanager/dictproxy.h>
#include <libmanager/listproxy.h>
#include <libmanager/namespaceproxy.h>
#include <libmanager/pendingcallwatcher.h>
#include <libmanager/token.h>
#include <libmanager/valueproxy.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qsavefile.h>

#include <cmath>
#include <functional>
#include <limits>

namespace Inspector {

namespace {

const QString TypeTag = QStringLiteral("$type");
const QString KeyPrefix = QStringLiteral("$key:");
constexpr qint64 MaxExactInteger = qint64(1) << 53;

QJsonObject tagged(const QString &type, const QString &field, const QJsonValue &value)
{
    return QJsonObject { { TypeTag, type }, { field, value } };
}

QByteArray compact(const QJsonValue &value)
{
    // QJsonDocument takes only arrays and objects: wrap, then strip the brackets.
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QJsonValue parseCompact(const QString &text, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    *ok = error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1;
    return *ok ? doc.array().first() : QJsonValue();
}

} // namespace

QJsonValue JsonExport::toJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QJsonValue::Null;
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::SChar:
    case QMetaType::Long:
    case QMetaType::LongLong: {
        const qint64 number = value.toLongLong();
        if (number > MaxExactInteger || number < -MaxExactInteger)
            return tagged(QStringLiteral("int"), QStringLiteral("value"), QString::number(number));
        return number;
    }
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const quint64 number = value.toULongLong();
        if (number > quint64(MaxExactInteger))
            return tagged(QStringLiteral("int"), QStringLiteral("value"), QString::number(number));
        return qint64(number);
    }
    case QMetaType::Float:
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (std::isnan(number))
            return tagged(QStringLiteral("double"), QStringLiteral("value"), QStringLiteral("nan"));
        if (std::isinf(number))
            return tagged(QStringLiteral("double"), QStringLiteral("value"),
                          number > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"));
        return number;
    }
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QChar:
        return QString(value.toChar());
    case QMetaType::QByteArray:
        return tagged(QStringLiteral("bytes"), QStringLiteral("base64"),
                      QString::fromLatin1(value.toByteArray().toBase64()));
    case QMetaType::QDateTime:
        return tagged(QStringLiteral("QDateTime"), QStringLiteral("iso"),
                      value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return tagged(QStringLiteral("QDate"), QStringLiteral("iso"),
                      value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return tagged(QStringLiteral("QTime"), QStringLiteral("iso"),
                      value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QStringList: {
        QJsonArray array;
        const QStringList list = value.toStringList();
        for (const QString &item : list)
            array.append(item);
        return array;
    }
    case QMetaType::QVariantList: {
        QJsonArray array;
        const QVariantList list = value.toList();
        for (const QVariant &item : list)
            array.append(toJson(item));
        return array;
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        QJsonObject object;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), toJson(it.value()));
        if (object.contains(TypeTag))
            return tagged(QStringLiteral("map"), QStringLiteral("items"), object);
        return object;
    }
    case QMetaType::QJsonValue:
        return value.toJsonValue();
    case QMetaType::QJsonObject:
        return value.toJsonObject();
    case QMetaType::QJsonArray:
        return value.toJsonArray();
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<LibManager::Token>()) {
        return tagged(QStringLiteral("Token"), QStringLiteral("token"),
                      value.value<LibManager::Token>().toString());
    }
    if (value.metaType() == QMetaType::fromType<LibManager::VariantPairList>()) {
        QJsonArray items;
        const LibManager::VariantPairList pairs = value.value<LibManager::VariantPairList>();
        for (const LibManager::VariantPair &pair : pairs)
            items.append(QJsonArray { toJson(pair.first), toJson(pair.second) });
        return tagged(QStringLiteral("pairs"), QStringLiteral("items"), items);
    }
    QJsonObject object { { TypeTag, QString::fromLatin1(value.metaType().name()) } };
    if (value.canConvert<QString>())
        object.insert(QStringLiteral("text"), value.toString());
    return object;
}

QVariant JsonExport::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        // An integer in the text comes back as one (QJsonValue keeps it as qint64).
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            const qint64 integer = number.toLongLong();
            if (integer >= std::numeric_limits<int>::min()
                && integer <= std::numeric_limits<int>::max())
                return int(integer);
            return integer;
        }
        return value.toDouble();
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QVariantList list;
        const QJsonArray array = value.toArray();
        list.reserve(array.size());
        for (const QJsonValue &item : array)
            list.append(fromJson(item));
        return list;
    }
    case QJsonValue::Object:
        break;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue tag = object.value(TypeTag);
    if (!tag.isString()) {
        QVariantMap map;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            map.insert(it.key(), fromJson(it.value()));
        return map;
    }
    const QString type = tag.toString();
    if (type == QLatin1String("bytes"))
        return QByteArray::fromBase64(object.value(QStringLiteral("base64")).toString().toLatin1());
    if (type == QLatin1String("QDateTime"))
        return QDateTime::fromString(object.value(QStringLiteral("iso")).toString(),
                                     Qt::ISODateWithMs);
    if (type == QLatin1String("QDate"))
        return QDate::fromString(object.value(QStringLiteral("iso")).toString(), Qt::ISODate);
    if (type == QLatin1String("QTime"))
        return QTime::fromString(object.value(QStringLiteral("iso")).toString(), Qt::ISODateWithMs);
    if (type == QLatin1String("int")) {
        const QString text = object.value(QStringLiteral("value")).toString();
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        if (ok)
            return number;
        return text.toULongLong();
    }
    if (type == QLatin1String("double")) {
        const QString text = object.value(QStringLiteral("value")).toString();
        if (text == QLatin1String("nan"))
            return std::numeric_limits<double>::quiet_NaN();
        return text.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                                 : std::numeric_limits<double>::infinity();
    }
    if (type == QLatin1String("map")) {
        QVariantMap map;
        const QJsonObject items = object.value(QStringLiteral("items")).toObject();
        for (auto it = items.constBegin(); it != items.constEnd(); ++it)
            map.insert(it.key(), fromJson(it.value()));
        return map;
    }
    if (type == QLatin1String("pairs")) {
        LibManager::VariantPairList pairs;
        const QJsonArray items = object.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items) {
            const QJsonArray pair = item.toArray();
            pairs.append({ fromJson(pair.at(0)), fromJson(pair.at(1)) });
        }
        return QVariant::fromValue(pairs);
    }
    if (type == QLatin1String("Token"))
        return QVariant::fromValue(
            LibManager::Token::fromString(object.value(QStringLiteral("token")).toString()));
    return object.toVariantMap();
}

QString JsonExport::keyToJson(const QVariant &key)
{
    if (key.typeId() == QMetaType::QString) {
        const QString text = key.toString();
        if (!text.startsWith(KeyPrefix))
            return text;
    }
    return KeyPrefix + QString::fromUtf8(compact(toJson(key)));
}

QVariant JsonExport::keyFromJson(const QString &name)
{
    if (!name.startsWith(KeyPrefix))
        return name;
    bool ok = false;
    const QJsonValue value = parseCompact(name.mid(KeyPrefix.size()), &ok);
    return ok ? fromJson(value) : QVariant(name);
}

// ---------------------------------------------------------------------------------------------

struct JsonExport::Private
{
    QPointer<InspectorSession> session;
    quint64 objectId = 0;
    QString typeId;
    QString fileName;
    std::unique_ptr<LibManager::Proxy> proxy;
    std::unique_ptr<QSaveFile> file;
    QPointer<LibManager::PendingCallWatcher> watcher;
    Status status = Status::Idle;
    QString error;
    qint64 done = 0;
    qint64 total = 0;
    quint64 firstVersion = 0;
    quint64 lastVersion = 0;
    bool consistent = true;
    bool firstItem = true;
    char typeCode = 0;
};

JsonExport::JsonExport(InspectorSession *session, quint64 objectId, const QString &typeId,
                       QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->session = session;
    d->objectId = objectId;
    d->typeId = typeId;
}

JsonExport::~JsonExport()
{
    if (d->file)
        d->file->cancelWriting();
}

bool JsonExport::canExport(const QString &typeId)
{
    static const QStringList types { QStringLiteral("dict"), QStringLiteral("list"),
                                     QStringLiteral("Namespace"), QStringLiteral("Array"),
                                     QStringLiteral("Value") };
    return types.contains(typeId);
}

QString JsonExport::fileName() const
{
    return d->fileName;
}

void JsonExport::setFileName(const QString &fileName)
{
    d->fileName = fileName;
}

JsonExport::Status JsonExport::status() const
{
    return d->status;
}

QString JsonExport::errorString() const
{
    return d->error;
}

qint64 JsonExport::done() const
{
    return d->done;
}

qint64 JsonExport::total() const
{
    return d->total;
}

bool JsonExport::write(const QByteArray &data)
{
    if (d->file->write(data) == data.size())
        return true;
    fail(tr("Cannot write %1: %2").arg(d->fileName, d->file->errorString()));
    return false;
}

bool JsonExport::start()
{
    if (d->status == Status::Running)
        return false;
    d->done = d->total = 0;
    d->firstVersion = d->lastVersion = 0;
    d->consistent = true;
    d->firstItem = true;
    d->error.clear();
    if (!canExport(d->typeId)) {
        d->status = Status::Failed;
        d->error = tr("Objects of type %1 cannot be exported").arg(d->typeId);
        return false;
    }
    if (!d->session) {
        d->status = Status::Failed;
        d->error = tr("Not connected");
        return false;
    }
    d->proxy = d->session->observe(d->objectId, d->typeId);
    if (!d->proxy) {
        d->status = Status::Failed;
        d->error = d->session->lastErrorString();
        return false;
    }
    d->file = std::make_unique<QSaveFile>(d->fileName);
    if (!d->file->open(QIODevice::WriteOnly)) {
        d->status = Status::Failed;
        d->error = tr("Cannot write %1: %2").arg(d->fileName, d->file->errorString());
        d->file.reset();
        return false;
    }
    d->status = Status::Running;
    const QJsonObject header {
        { QStringLiteral("format"), QStringLiteral("libmanager-inspector-export") },
        { QStringLiteral("formatVersion"), 1 },
        { QStringLiteral("typeId"), d->typeId },
        { QStringLiteral("objectId"), qint64(d->objectId) },
        { QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
    };
    QByteArray text = QJsonDocument(header).toJson(QJsonDocument::Indented);
    // Drop the closing brace: the value and the trailer follow.
    text.chop(text.size() - text.lastIndexOf('}'));
    while (text.endsWith('\n') || text.endsWith(' '))
        text.chop(1);
    text += ",\n    \"value\": ";
    if (d->typeId == QLatin1String("dict") || d->typeId == QLatin1String("Namespace"))
        text += '{';
    else if (d->typeId != QLatin1String("Value"))
        text += '[';
    if (!write(text))
        return false;
    requestNext();
    return d->status == Status::Running;
}

void JsonExport::cancel()
{
    if (d->status != Status::Running)
        return;
    if (d->watcher)
        d->watcher->deleteLater();
    d->watcher.clear();
    d->file->cancelWriting();
    d->file.reset();
    d->proxy.reset();
    d->status = Status::Canceled;
    d->error = tr("Canceled");
    Q_EMIT finished(d->status);
}

void JsonExport::fail(const QString &message)
{
    if (d->status != Status::Running)
        return;
    if (d->file)
        d->file->cancelWriting();
    d->file.reset();
    d->proxy.reset();
    d->status = Status::Failed;
    d->error = message;
    Q_EMIT finished(d->status);
}

void JsonExport::finish()
{
    QByteArray text;
    if (d->typeId == QLatin1String("dict") || d->typeId == QLatin1String("Namespace"))
        text += d->firstItem ? "}" : "\n    }";
    else if (d->typeId != QLatin1String("Value"))
        text += d->firstItem ? "]" : "\n    ]";
    text += ",\n    \"count\": " + QByteArray::number(d->done);
    if (d->typeCode)
        text += ",\n    \"typecode\": " + compact(QString(QLatin1Char(d->typeCode)));
    text += ",\n    \"version\": " + QByteArray::number(d->lastVersion);
    text += ",\n    \"consistent\": ";
    text += d->consistent ? "true" : "false";
    text += "\n}\n";
    if (!write(text))
        return;
    if (!d->file->commit()) {
        fail(tr("Cannot write %1: %2").arg(d->fileName, d->file->errorString()));
        return;
    }
    d->file.reset();
    d->proxy.reset();
    d->status = Status::Finished;
    Q_EMIT finished(d->status);
}

void JsonExport::requestNext()
{
    LibManager::Proxy *proxy = d->proxy.get();
    LibManager::PendingCall call;
    std::function<bool(const LibManager::PendingCall &)> handle;
    const auto noteVersion = [this](quint64 version) {
        if (d->firstVersion == 0)
            d->firstVersion = version;
        else if (version != d->lastVersion)
            d->consistent = false;
        d->lastVersion = version;
    };
    // Each handler writes one answer and says whether more pages follow.
    if (auto *dict = qobject_cast<LibManager::DictProxy *>(proxy)) {
        call = dict->itemsRangeAsync(d->done, PageSize);
        handle = [this, noteVersion](const LibManager::PendingCall &finished) {
            const LibManager::PendingReply<LibManager::DictPage> reply(finished);
            if (!reply.isValid()) {
                fail(reply.errorString());
                return false;
            }
            const LibManager::DictPage page = reply.value();
            noteVersion(page.version);
            d->total = page.length;
            QByteArray text;
            for (const LibManager::VariantPair &item : page.items) {
                text += d->firstItem ? "\n        " : ",\n        ";
                d->firstItem = false;
                text += compact(keyToJson(item.first));
                text += ": ";
                text += compact(toJson(item.second));
            }
            d->done += page.items.size();
            if (!write(text))
                return false;
            return !page.items.isEmpty() && d->done < page.length;
        };
    } else if (qobject_cast<LibManager::ListProxy *>(proxy)
               || qobject_cast<LibManager::ArrayProxy *>(proxy)) {
        auto *list = qobject_cast<LibManager::ListProxy *>(proxy);
        call = list ? list->windowAsync(d->done, PageSize)
                    : static_cast<LibManager::ArrayProxy *>(proxy)->windowAsync(d->done, PageSize);
        handle = [this, noteVersion](const LibManager::PendingCall &finished) {
            const LibManager::PendingReply<LibManager::ItemWindow> reply(finished);
            if (!reply.isValid()) {
                fail(reply.errorString());
                return false;
            }
            const LibManager::ItemWindow window = reply.value();
            noteVersion(window.version);
            d->total = window.length;
            QByteArray text;
            for (const QVariant &item : window.items) {
                text += d->firstItem ? "\n        " : ",\n        ";
                d->firstItem = false;
                text += compact(toJson(item));
            }
            d->done += window.items.size();
            if (!write(text))
                return false;
            return !window.items.isEmpty() && d->done < window.length;
        };
    } else if (auto *ns = qobject_cast<LibManager::NamespaceProxy *>(proxy)) {
        call = ns->snapshotAsync();
        handle = [this, noteVersion](const LibManager::PendingCall &finished) {
            const LibManager::PendingReply<LibManager::NamespaceSnapshot> reply(finished);
            if (!reply.isValid()) {
                fail(reply.errorString());
                return false;
            }
            const LibManager::NamespaceSnapshot snapshot = reply.value();
            noteVersion(snapshot.version);
            d->total = snapshot.attributes.size();
            QByteArray text;
            for (auto it = snapshot.attributes.cbegin(); it != snapshot.attributes.cend(); ++it) {
                text += d->firstItem ? "\n        " : ",\n        ";
                d->firstItem = false;
                text += compact(keyToJson(it.key()));
                text += ": ";
                text += compact(toJson(it.value()));
            }
            d->done = d->total;
            write(text);
            return false;
        };
    } else if (auto *value = qobject_cast<LibManager::ValueProxy *>(proxy)) {
        if (d->typeCode == 0) {
            call = value->typeCodeAsync();
            handle = [this](const LibManager::PendingCall &finished) {
                const LibManager::PendingReply<char> reply(finished);
                if (!reply.isValid()) {
                    fail(reply.errorString());
                    return false;
                }
                d->typeCode = reply.value();
                return true;
            };
        } else {
            call = value->valueAsync();
            handle = [this](const LibManager::PendingCall &finished) {
                const LibManager::PendingReply<QVariant> reply(finished);
                if (!reply.isValid()) {
                    fail(reply.errorString());
                    return false;
                }
                d->total = d->done = 1;
                write(compact(toJson(reply.value())));
                return false;
            };
        }
    } else {
        fail(tr("The proxy of %1 %2 cannot be read page by page").arg(d->typeId).arg(d->objectId));
        return;
    }
    d->watcher = new LibManager::PendingCallWatcher(call, this);
    connect(d->watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, handle](LibManager::PendingCallWatcher *watcher) {
                watcher->deleteLater();
                if (watcher != d->watcher || d->status != Status::Running)
                    return;
                d->watcher.clear();
                const bool more = handle(*watcher);
                if (d->status != Status::Running)
                    return;
                Q_EMIT progress(d->done, d->total);
                if (more)
                    requestNext();
                else
                    finish();
            });
}

} // namespace Inspector
