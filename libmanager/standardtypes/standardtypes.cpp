// SPDX-License-Identifier: BSD-3-Clause
#include "standardtypes_p.h"
#include "standardobject_p.h"
#include "sharedarray_p.h"
#include "sharedbarrier_p.h"
#include "sharedcondition_p.h"
#include "shareddict_p.h"
#include "sharedevent_p.h"
#include "sharedlist_p.h"
#include "sharedlock_p.h"
#include "sharednamespace_p.h"
#include "sharedqueue_p.h"
#include "sharedsemaphore_p.h"
#include "sharedvalue_p.h"
#include "typecode_p.h"
#include "vocabulary_p.h"
#include <libmanager/arrayproxy.h>
#include <libmanager/barrierproxy.h>
#include <libmanager/conditionproxy.h>
#include <libmanager/dictproxy.h>
#include <libmanager/eventproxy.h>
#include <libmanager/listproxy.h>
#include <libmanager/lockproxy.h>
#include <libmanager/namespaceproxy.h>
#include <libmanager/queueproxy.h>
#include <libmanager/semaphoreproxy.h>
#include <libmanager/tr_p.h>
#include <libmanager/valueproxy.h>

#include <memory>

namespace LibManager {

namespace {

// The factories' argument checks: false with \a failure set (InvalidArguments, \a why).
bool refuse(Reply *failure, const QString &why)
{
    *failure = Reply::fromError(Error::InvalidArguments, why);
    return false;
}

// What filling a new object answered: a quota's own error reaches the client as it is, any
// other one says what is wrong with the arguments.
bool filled(const Reply &reply, Reply *failure)
{
    if (reply.isValid())
        return true;
    switch (reply.error()) {
    case Error::ContainerTooLarge:
    case Error::MemoryQuotaExceeded:
    case Error::ServerMemoryFull:
        *failure = reply;
        return false;
    default:
        return refuse(failure, reply.message());
    }
}

const TypeCode *typeCodeArgument(const QVariant &argument, Reply *failure)
{
    const QString text = argument.toString();
    const TypeCode *type = text.size() == 1 ? TypeCode::find(text.at(0).toLatin1()) : nullptr;
    if (!type)
        refuse(failure, Tr::tr("bad typecode '%1' (must be one of %2)").arg(text, TypeCode::validCodes()));
    return type;
}

bool countArgument(const QVariantList &args, int index, int fallback, const char *what, int *value,
                   Reply *failure)
{
    *value = fallback;
    if (index >= args.size() || args.at(index).isNull())
        return true;
    bool ok = false;
    *value = args.at(index).toInt(&ok);
    return ok || refuse(failure, Tr::tr("%1 must be an integer").arg(QLatin1String(what)));
}

StandardObject *makeSemaphore(const QVariantList &args, bool bounded, Reply *failure)
{
    int value = 0;
    if (!countArgument(args, 0, 1, "value", &value, failure))
        return nullptr;
    if (value < 0) {
        refuse(failure, Tr::tr("semaphore initial value must be >= 0"));
        return nullptr;
    }
    return new SharedSemaphore(value, bounded);
}

StandardObject *makeCondition(const QVariantList &args, Reply *failure)
{
    if (args.value(0).isNull())
        return new SharedCondition(nullptr, {});
    ObjectHost *host = ObjectHost::current();
    const Token token = args.at(0).value<Token>();
    auto *lock = host ? qobject_cast<SharedLock *>(host->objectFor(token)) : nullptr;
    if (!lock) {
        refuse(failure, Tr::tr("Condition() takes a Lock or RLock of the same manager"));
        return nullptr;
    }
    return new SharedCondition(lock, args.at(0));
}

StandardObject *makeBarrier(const QVariantList &args, Reply *failure)
{
    int parties = 0;
    if (!countArgument(args, 0, 0, "parties", &parties, failure))
        return nullptr;
    if (parties < 1) {
        refuse(failure, Tr::tr("a barrier needs one party or more"));
        return nullptr;
    }
    return new SharedBarrier(parties, timeoutArgument(args.value(1)));
}

StandardObject *makeQueue(const QVariantList &args, bool joinable, Reply *failure)
{
    int maxsize = 0;
    if (!countArgument(args, 0, 0, "maxsize", &maxsize, failure))
        return nullptr;
    return new SharedQueue(maxsize, joinable);
}

StandardObject *makeValue(const QVariantList &args, Reply *failure)
{
    const TypeCode *type = typeCodeArgument(args.value(0), failure);
    if (!type)
        return nullptr;
    auto value = std::make_unique<SharedValue>(type);
    if (!args.value(1).isNull() && !filled(value->assign(args.at(1)), failure))
        return nullptr;
    return value.release();
}

StandardObject *makeArray(const QVariantList &args, Reply *failure)
{
    const TypeCode *type = typeCodeArgument(args.value(0), failure);
    if (!type)
        return nullptr;
    auto array = std::make_unique<SharedArray>(type);
    return filled(array->initialize(args.value(1, 0)), failure) ? array.release() : nullptr;
}

StandardObject *makeDict(const QVariantList &args, Reply *failure)
{
    auto dict = std::make_unique<SharedDict>();
    return filled(dict->update(args.value(0)), failure) ? dict.release() : nullptr;
}

StandardObject *makeList(const QVariantList &args, Reply *failure)
{
    if (!args.value(0).isNull() && args.at(0).metaType().id() != QMetaType::QVariantList) {
        refuse(failure, Tr::tr("list() takes a list"));
        return nullptr;
    }
    auto list = std::make_unique<SharedList>();
    return filled(list->initialize(args.value(0).toList()), failure) ? list.release() : nullptr;
}

template<typename P>
Proxy *makeProxy()
{
    return new P;
}

template<size_t N>
StandardType row(const char *typeId, StandardObject *(*make)(const QVariantList &, Reply *),
                 Proxy *(*makeProxy)(), const QByteArrayView (&methods)[N])
{
    return { QLatin1String(typeId), make, makeProxy, methods, qsizetype(N) };
}

// The table: a row per typeid (Lock and RLock are two rows of one class), in the README's order.
const StandardType Table[] = {
    row("Lock", [](const QVariantList &, Reply *) -> StandardObject * { return new SharedLock(false); },
        makeProxy<LockProxy>, LockWire::Methods),
    row("RLock", [](const QVariantList &, Reply *) -> StandardObject * { return new SharedLock(true); },
        makeProxy<LockProxy>, LockWire::Methods),
    row("Semaphore", [](const QVariantList &args, Reply *failure) { return makeSemaphore(args, false, failure); },
        makeProxy<SemaphoreProxy>, SemaphoreWire::Methods),
    row("BoundedSemaphore",
        [](const QVariantList &args, Reply *failure) { return makeSemaphore(args, true, failure); },
        makeProxy<SemaphoreProxy>, SemaphoreWire::Methods),
    row("Condition", makeCondition, makeProxy<ConditionProxy>, ConditionWire::Methods),
    row("Event", [](const QVariantList &, Reply *) -> StandardObject * { return new SharedEvent; },
        makeProxy<EventProxy>, EventWire::Methods),
    row("Barrier", makeBarrier, makeProxy<BarrierProxy>, BarrierWire::Methods),
    row("Queue", [](const QVariantList &args, Reply *failure) { return makeQueue(args, false, failure); },
        makeProxy<QueueProxy>, QueueWire::Methods),
    row("JoinableQueue", [](const QVariantList &args, Reply *failure) { return makeQueue(args, true, failure); },
        makeProxy<QueueProxy>, QueueWire::JoinableMethods),
    row("Namespace", [](const QVariantList &, Reply *) -> StandardObject * { return new SharedNamespace; },
        makeProxy<NamespaceProxy>, NamespaceWire::Methods),
    row("Value", makeValue, makeProxy<ValueProxy>, ValueWire::Methods),
    row("Array", makeArray, makeProxy<ArrayProxy>, ArrayWire::Methods),
    row("dict", makeDict, makeProxy<DictProxy>, DictWire::Methods),
    row("list", makeList, makeProxy<ListProxy>, ListWire::Methods),
};

} // namespace

StandardTypeList standardTypes() noexcept
{
    return { Table, qsizetype(std::size(Table)) };
}

const StandardType *findStandardType(QStringView typeId) noexcept
{
    for (const StandardType &type : Table) {
        if (typeId == type.typeId)
            return &type;
    }
    return nullptr;
}

} // namespace LibManager
