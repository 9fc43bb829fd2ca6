// SPDX-License-Identifier: BSD-3-Clause
#include "syncmanager.h"
#include "basemanager_p.h"
#include "exception.h"
#include <libmanager/standardtypes/nativeobject_p.h>
#include <libmanager/standardtypes/sharedarray_p.h>
#include <libmanager/standardtypes/sharedbarrier_p.h>
#include <libmanager/standardtypes/sharedcondition_p.h>
#include <libmanager/standardtypes/shareddict_p.h>
#include <libmanager/standardtypes/sharedevent_p.h>
#include <libmanager/standardtypes/sharedlist_p.h>
#include <libmanager/standardtypes/sharedlock_p.h>
#include <libmanager/standardtypes/sharednamespace_p.h>
#include <libmanager/standardtypes/sharedqueue_p.h>
#include <libmanager/standardtypes/sharedsemaphore_p.h>
#include <libmanager/standardtypes/sharedvalue_p.h>
#include "tr_p.h"
#include <libmanager/standardtypes/typecode_p.h>

#include <QtCore/qendian.h>

#include <stdexcept>

namespace LibManager {

namespace {

[[noreturn]] void refuse(const QString &why)
{
    throw std::invalid_argument(why.toStdString());
}

void check(const Reply &reply)
{
    if (reply.isValid())
        return;
    // A quota's own error reaches the client as it is (the server catches it).
    switch (reply.error()) {
    case Error::ContainerTooLarge:
    case Error::MemoryQuotaExceeded:
    case Error::ServerMemoryFull:
        throw Exception(reply.error(), reply.message());
    default:
        refuse(reply.message());
    }
}

const TypeCode *typeCodeArgument(const QVariant &argument)
{
    const QString text = argument.toString();
    const TypeCode *type = text.size() == 1 ? TypeCode::find(text.at(0).toLatin1()) : nullptr;
    if (!type)
        refuse(Tr::tr("bad typecode '%1' (must be one of %2)").arg(text, TypeCode::validCodes()));
    return type;
}

int countArgument(const QVariantList &args, int index, int fallback, const char *what)
{
    if (index >= args.size() || args.at(index).isNull())
        return fallback;
    bool ok = false;
    const int value = args.at(index).toInt(&ok);
    if (!ok)
        refuse(Tr::tr("%1 must be an integer").arg(QLatin1String(what)));
    return value;
}

// Makes one standard object from create()'s arguments; throws std::invalid_argument.
NativeObject *makeStandard(const QString &typeId, const QVariantList &args)
{
    if (typeId == QLatin1String("Lock") || typeId == QLatin1String("RLock"))
        return new SharedLock(typeId == QLatin1String("RLock"));
    if (typeId == QLatin1String("Semaphore") || typeId == QLatin1String("BoundedSemaphore")) {
        const int value = countArgument(args, 0, 1, "value");
        if (value < 0)
            refuse(Tr::tr("semaphore initial value must be >= 0"));
        return new SharedSemaphore(value, typeId == QLatin1String("BoundedSemaphore"));
    }
    if (typeId == QLatin1String("Condition")) {
        if (args.value(0).isNull())
            return new SharedCondition(nullptr, {});
        NativeHost *host = NativeHost::current();
        const Token token = args.at(0).value<Token>();
        auto *lock = host ? qobject_cast<SharedLock *>(host->objectFor(token)) : nullptr;
        if (!lock)
            refuse(Tr::tr("Condition() takes a Lock or RLock of the same manager"));
        return new SharedCondition(lock, args.at(0));
    }
    if (typeId == QLatin1String("Event"))
        return new SharedEvent;
    if (typeId == QLatin1String("Barrier")) {
        const int parties = countArgument(args, 0, 0, "parties");
        if (parties < 1)
            refuse(Tr::tr("a barrier needs one party or more"));
        return new SharedBarrier(parties, timeoutArgument(args.value(1)));
    }
    if (typeId == QLatin1String("Queue") || typeId == QLatin1String("JoinableQueue"))
        return new SharedQueue(countArgument(args, 0, 0, "maxsize"), typeId == QLatin1String("JoinableQueue"));
    if (typeId == QLatin1String("Namespace"))
        return new SharedNamespace;
    if (typeId == QLatin1String("Value")) {
        auto value = std::make_unique<SharedValue>(typeCodeArgument(args.value(0)));
        if (!args.value(1).isNull())
            check(value->assign(args.at(1)));
        return value.release();
    }
    if (typeId == QLatin1String("Array")) {
        auto array = std::make_unique<SharedArray>(typeCodeArgument(args.value(0)));
        check(array->initialize(args.value(1, 0)));
        return array.release();
    }
    if (typeId == QLatin1String("dict")) {
        auto dict = std::make_unique<SharedDict>();
        check(dict->update(args.value(0)));
        return dict.release();
    }
    if (typeId == QLatin1String("list")) {
        if (!args.value(0).isNull() && args.at(0).metaType().id() != QMetaType::QVariantList)
            refuse(Tr::tr("list() takes a list"));
        auto list = std::make_unique<SharedList>();
        check(list->initialize(args.value(0).toList()));
        return list.release();
    }
    refuse(Tr::tr("'%1' is not a standard type").arg(typeId));
}

const char *const StandardTypeIds[] = { "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition",
                                        "Event", "Barrier", "Queue", "JoinableQueue", "Namespace",
                                        "Value", "Array", "dict", "list" };

} // namespace

Proxy *makeStandardProxy(const QString &typeId)
{
    if (typeId == QLatin1String("Lock") || typeId == QLatin1String("RLock"))
        return new LockProxy;
    if (typeId == QLatin1String("Semaphore") || typeId == QLatin1String("BoundedSemaphore"))
        return new SemaphoreProxy;
    if (typeId == QLatin1String("Condition"))
        return new ConditionProxy;
    if (typeId == QLatin1String("Event"))
        return new EventProxy;
    if (typeId == QLatin1String("Barrier"))
        return new BarrierProxy;
    if (typeId == QLatin1String("Queue") || typeId == QLatin1String("JoinableQueue"))
        return new QueueProxy;
    if (typeId == QLatin1String("Namespace"))
        return new NamespaceProxy;
    if (typeId == QLatin1String("Value"))
        return new ValueProxy;
    if (typeId == QLatin1String("Array"))
        return new ArrayProxy;
    if (typeId == QLatin1String("dict"))
        return new DictProxy;
    if (typeId == QLatin1String("list"))
        return new ListProxy;
    return nullptr;
}

class SyncManagerPrivate : public BaseManagerPrivate
{
    Q_DECLARE_PUBLIC(SyncManager)
public:
    explicit SyncManagerPrivate(SyncManager *q) : BaseManagerPrivate(q) { }
};

SyncManager::SyncManager(QObject *parent) : SyncManager(QString(), QByteArray(), parent) { }

SyncManager::SyncManager(const QString &address, const QByteArray &authKey, QObject *parent)
    : BaseManager(*new SyncManagerPrivate(this), parent)
{
    d_func()->address = address;
    d_func()->authKey = authKey;
    for (const char *name : StandardTypeIds) {
        const QString typeId = QString::fromLatin1(name);
        d_func()->registerBuiltIn(
                typeId, [typeId](const QVariantList &args) -> QObject * { return makeStandard(typeId, args); },
                [typeId] { return makeStandardProxy(typeId); });
    }
}

SyncManager::~SyncManager() = default;

QObject *SyncManager::createSharedObject(const QString &typeId, const QVariantList &args, QObject *parent)
{
    try {
        QObject *object = makeStandard(typeId, args);
        object->setParent(parent);
        return object;
    } catch (const std::invalid_argument &) {
        return nullptr;
    } catch (const Exception &) {
        return nullptr; // contents too large for the quotas of the server that runs us
    }
}

std::unique_ptr<LockProxy> SyncManager::Lock()
{
    return create<LockProxy>(QStringLiteral("Lock"));
}

std::unique_ptr<LockProxy> SyncManager::RLock()
{
    return create<LockProxy>(QStringLiteral("RLock"));
}

std::unique_ptr<SemaphoreProxy> SyncManager::Semaphore(int value)
{
    return create<SemaphoreProxy>(QStringLiteral("Semaphore"), { value });
}

std::unique_ptr<SemaphoreProxy> SyncManager::BoundedSemaphore(int value)
{
    return create<SemaphoreProxy>(QStringLiteral("BoundedSemaphore"), { value });
}

std::unique_ptr<ConditionProxy> SyncManager::Condition(const LockProxy *lock)
{
    return create<ConditionProxy>(QStringLiteral("Condition"),
                                  { lock ? QVariant::fromValue(lock->token()) : QVariant() });
}

std::unique_ptr<EventProxy> SyncManager::Event()
{
    return create<EventProxy>(QStringLiteral("Event"));
}

std::unique_ptr<BarrierProxy> SyncManager::Barrier(int parties, int timeoutMs)
{
    return create<BarrierProxy>(QStringLiteral("Barrier"),
                                { parties, timeoutMs < 0 ? QVariant() : QVariant(timeoutMs / 1000.0) });
}

std::unique_ptr<QueueProxy> SyncManager::Queue(int maxsize)
{
    return create<QueueProxy>(QStringLiteral("Queue"), { maxsize });
}

std::unique_ptr<QueueProxy> SyncManager::JoinableQueue(int maxsize)
{
    return create<QueueProxy>(QStringLiteral("JoinableQueue"), { maxsize });
}

std::unique_ptr<NamespaceProxy> SyncManager::Namespace()
{
    return create<NamespaceProxy>(QStringLiteral("Namespace"));
}

std::unique_ptr<ValueProxy> SyncManager::Value(char typeCode, const QVariant &value)
{
    return create<ValueProxy>(QStringLiteral("Value"), { QString(QLatin1Char(typeCode)), value });
}

std::unique_ptr<ArrayProxy> SyncManager::Array(char typeCode, const QVariantList &values)
{
    return create<ArrayProxy>(QStringLiteral("Array"), { QString(QLatin1Char(typeCode)), QVariant(values) });
}

std::unique_ptr<ArrayProxy> SyncManager::Array(char typeCode, int size)
{
    return create<ArrayProxy>(QStringLiteral("Array"), { QString(QLatin1Char(typeCode)), size });
}

std::unique_ptr<ArrayProxy> SyncManager::Array(const QList<double> &values)
{
    // Packed: eight bytes a value, not one QVariant each.
    QByteArray packed(values.size() * 8, Qt::Uninitialized);
    for (qsizetype i = 0; i < values.size(); ++i)
        qToLittleEndian<double>(values.at(i), packed.data() + i * 8);
    return create<ArrayProxy>(QStringLiteral("Array"), { QStringLiteral("d"), packed });
}

std::unique_ptr<DictProxy> SyncManager::dict()
{
    return create<DictProxy>(QStringLiteral("dict"));
}

std::unique_ptr<DictProxy> SyncManager::dict(const QVariantMap &mapping)
{
    return create<DictProxy>(QStringLiteral("dict"), { mapping });
}

std::unique_ptr<DictProxy> SyncManager::dict(const QVariantHash &mapping)
{
    return create<DictProxy>(QStringLiteral("dict"), { mapping });
}

std::unique_ptr<DictProxy> SyncManager::dict(const VariantPairList &pairs)
{
    QVariantList list;
    for (const VariantPair &pair : pairs)
        list.append(QVariant(QVariantList { pair.first, pair.second }));
    return create<DictProxy>(QStringLiteral("dict"), { QVariant(list) });
}

std::unique_ptr<ListProxy> SyncManager::list(const QVariantList &values)
{
    return create<ListProxy>(QStringLiteral("list"), { QVariant(values) });
}

// Named objects: the same typeids and arguments as the creators above.

std::unique_ptr<LockProxy> SyncManager::namedLock(const QString &name)
{
    return named<LockProxy>(name, QStringLiteral("Lock"));
}

std::unique_ptr<LockProxy> SyncManager::namedRLock(const QString &name)
{
    return named<LockProxy>(name, QStringLiteral("RLock"));
}

std::unique_ptr<SemaphoreProxy> SyncManager::namedSemaphore(const QString &name, int value)
{
    return named<SemaphoreProxy>(name, QStringLiteral("Semaphore"), { value });
}

std::unique_ptr<SemaphoreProxy> SyncManager::namedBoundedSemaphore(const QString &name, int value)
{
    return named<SemaphoreProxy>(name, QStringLiteral("BoundedSemaphore"), { value });
}

std::unique_ptr<ConditionProxy> SyncManager::namedCondition(const QString &name, const LockProxy *lock)
{
    return named<ConditionProxy>(name, QStringLiteral("Condition"),
                                 { lock ? QVariant::fromValue(lock->token()) : QVariant() });
}

std::unique_ptr<EventProxy> SyncManager::namedEvent(const QString &name)
{
    return named<EventProxy>(name, QStringLiteral("Event"));
}

std::unique_ptr<BarrierProxy> SyncManager::namedBarrier(const QString &name, int parties, int timeoutMs)
{
    return named<BarrierProxy>(name, QStringLiteral("Barrier"),
                               { parties, timeoutMs < 0 ? QVariant() : QVariant(timeoutMs / 1000.0) });
}

std::unique_ptr<QueueProxy> SyncManager::namedQueue(const QString &name, int maxsize)
{
    return named<QueueProxy>(name, QStringLiteral("Queue"), { maxsize });
}

std::unique_ptr<QueueProxy> SyncManager::namedJoinableQueue(const QString &name, int maxsize)
{
    return named<QueueProxy>(name, QStringLiteral("JoinableQueue"), { maxsize });
}

std::unique_ptr<NamespaceProxy> SyncManager::namedNamespace(const QString &name)
{
    return named<NamespaceProxy>(name, QStringLiteral("Namespace"));
}

std::unique_ptr<ValueProxy> SyncManager::namedValue(const QString &name, char typeCode, const QVariant &value)
{
    return named<ValueProxy>(name, QStringLiteral("Value"), { QString(QLatin1Char(typeCode)), value });
}

std::unique_ptr<ArrayProxy> SyncManager::namedArray(const QString &name, char typeCode, const QVariantList &values)
{
    return named<ArrayProxy>(name, QStringLiteral("Array"), { QString(QLatin1Char(typeCode)), QVariant(values) });
}

std::unique_ptr<ArrayProxy> SyncManager::namedArray(const QString &name, char typeCode, int size)
{
    return named<ArrayProxy>(name, QStringLiteral("Array"), { QString(QLatin1Char(typeCode)), size });
}

std::unique_ptr<DictProxy> SyncManager::namedDict(const QString &name, const QVariantMap &mapping)
{
    return named<DictProxy>(name, QStringLiteral("dict"), { mapping });
}

std::unique_ptr<ListProxy> SyncManager::namedList(const QString &name, const QVariantList &values)
{
    return named<ListProxy>(name, QStringLiteral("list"), { QVariant(values) });
}

} // namespace LibManager
