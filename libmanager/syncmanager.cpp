// SPDX-License-Identifier: BSD-3-Clause
#include "syncmanager.h"
#include "basemanager_p.h"
#include <libmanager/standardtypes/standardtypes_p.h>

#include <QtCore/qendian.h>

namespace LibManager {

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
    for (const StandardType &type : standardTypes())
        d_func()->registerStandardType(type);
}

SyncManager::~SyncManager() = default;

QObject *SyncManager::createSharedObject(const QString &typeId, const QVariantList &args, QObject *parent)
{
    const StandardType *type = findStandardType(typeId);
    Reply failure; // bad arguments, or contents too large for the quotas of the server that runs us
    QObject *object = type ? type->make(args, &failure) : nullptr;
    if (object)
        object->setParent(parent);
    return object;
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
