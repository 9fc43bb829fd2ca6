// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_VOCABULARY_P_H
#define LIBMANAGER_VOCABULARY_P_H

#include <QtCore/qbytearrayview.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringview.h>

#include <cstddef>

/*
    What each standard type says on the wire: the names of its methods and of its change
    events, one namespace per type. The server object (standardtypes/shared<type>.cpp) and
    its proxy (<type>proxy.cpp) both spell every name through these constants, so that a
    misspelled name does not compile; StandardObject::publish() takes only a WireName, and
    tst_standardtypes checks that each type's Methods list is what its server object serves
    (methodNames()), so that a name one side forgot fails a test.

    Where Python has a name for a method (multiprocessing.managers, the types' own methods),
    the wire uses it; the library's additions (items_range, set_if, window, ...) are named
    alike. A name never changes once released: a newer client must keep talking to an older
    server.
*/

namespace LibManager {

/*!
    One name of the wire vocabulary, made at compile time from one literal in both forms the
    two sides need: Latin-1 for the server, which compares the bytes a call brought (with
    MethodName, a length check and a memcmp), and UTF-16 for the client, which hands its calls
    a QStringView. Neither costs an allocation.
*/
template<std::size_t N>
struct WireName
{
    char latin1[N] = {};
    char16_t utf16[N] = {};

    constexpr WireName(const char (&text)[N]) noexcept
    {
        for (std::size_t i = 0; i < N; ++i) {
            latin1[i] = text[i];
            utf16[i] = char16_t(static_cast<unsigned char>(text[i]));
        }
    }
    constexpr QByteArrayView bytes() const noexcept { return QByteArrayView(latin1, qsizetype(N - 1)); }
    constexpr QStringView view() const noexcept { return QStringView(utf16, qsizetype(N - 1)); }
    constexpr operator QStringView() const noexcept { return view(); }
    /*! For the few calls that take a QString: no copy, the text stays where it is. */
    QString string() const { return QString::fromRawData(reinterpret_cast<const QChar *>(utf16), qsizetype(N - 1)); }

    /*! An event's name as the client receives it. */
    friend bool operator==(QByteArrayView name, const WireName &wire) noexcept { return name == wire.bytes(); }
    friend bool operator!=(QByteArrayView name, const WireName &wire) noexcept { return name != wire.bytes(); }
};
template<std::size_t N>
WireName(const char (&)[N]) -> WireName<N>;

/*! Lock and RLock (LockProxy). */
namespace LockWire {
inline constexpr WireName Acquire("acquire");
inline constexpr WireName Release("release");
inline constexpr WireName Locked("locked");
inline constexpr QByteArrayView Methods[] = { Acquire.bytes(), Release.bytes(), Locked.bytes() };
} // namespace LockWire

/*! Semaphore and BoundedSemaphore (SemaphoreProxy). */
namespace SemaphoreWire {
inline constexpr const auto &Acquire = LockWire::Acquire;
inline constexpr const auto &Release = LockWire::Release;
inline constexpr WireName GetValue("get_value");
inline constexpr QByteArrayView Methods[] = { Acquire.bytes(), Release.bytes(), GetValue.bytes() };
} // namespace SemaphoreWire

/*! Condition (ConditionProxy): acquire and release go to its lock. */
namespace ConditionWire {
inline constexpr const auto &Acquire = LockWire::Acquire;
inline constexpr const auto &Release = LockWire::Release;
inline constexpr WireName Wait("wait");
inline constexpr WireName Notify("notify");
inline constexpr WireName NotifyAll("notify_all");
inline constexpr QByteArrayView Methods[] = { Acquire.bytes(), Release.bytes(), Wait.bytes(),
                                              Notify.bytes(), NotifyAll.bytes() };
} // namespace ConditionWire

/*! Event (EventProxy). */
namespace EventWire {
inline constexpr WireName Set("set");
inline constexpr WireName Clear("clear");
inline constexpr WireName IsSet("is_set");
inline constexpr WireName Wait("wait");
inline constexpr QByteArrayView Methods[] = { Set.bytes(), Clear.bytes(), IsSet.bytes(), Wait.bytes() };
inline constexpr WireName SetEvent("set");
inline constexpr WireName ClearedEvent("cleared");
} // namespace EventWire

/*! Barrier (BarrierProxy). */
namespace BarrierWire {
inline constexpr WireName Wait("wait");
inline constexpr WireName Abort("abort");
inline constexpr WireName Reset("reset");
inline constexpr WireName Parties("parties");
inline constexpr WireName NWaiting("n_waiting");
inline constexpr WireName Broken("broken");
inline constexpr QByteArrayView Methods[] = { Wait.bytes(),    Abort.bytes(),    Reset.bytes(),
                                              Parties.bytes(), NWaiting.bytes(), Broken.bytes() };
} // namespace BarrierWire

/*! Queue and JoinableQueue (QueueProxy): a JoinableQueue has task_done and join too. */
namespace QueueWire {
inline constexpr WireName Put("put");
inline constexpr WireName Get("get");
inline constexpr WireName PutNowait("put_nowait");
inline constexpr WireName GetNowait("get_nowait");
inline constexpr WireName PutBack("put_back");
inline constexpr WireName QSize("qsize");
inline constexpr WireName Empty("empty");
inline constexpr WireName Full("full");
inline constexpr WireName Peek("peek");
inline constexpr WireName TaskDone("task_done");
inline constexpr WireName Join("join");
inline constexpr QByteArrayView Methods[] = { Put.bytes(),   Get.bytes(),   PutNowait.bytes(),
                                              GetNowait.bytes(), PutBack.bytes(), QSize.bytes(),
                                              Empty.bytes(), Full.bytes(),  Peek.bytes() };
inline constexpr QByteArrayView JoinableMethods[] = {
    Put.bytes(),   Get.bytes(),  PutNowait.bytes(), GetNowait.bytes(), PutBack.bytes(), QSize.bytes(),
    Empty.bytes(), Full.bytes(), Peek.bytes(),      TaskDone.bytes(),  Join.bytes()
};
inline constexpr WireName SizeEvent("size");
} // namespace QueueWire

/*! Namespace (NamespaceProxy). */
namespace NamespaceWire {
inline constexpr WireName GetAttr("getattr");
inline constexpr WireName SetAttr("setattr");
inline constexpr WireName DelAttr("delattr");
inline constexpr WireName HasAttr("hasattr");
inline constexpr WireName Attributes("attributes");
inline constexpr WireName Snapshot("snapshot");
inline constexpr WireName Lookup("lookup");
inline constexpr WireName SetIf("set_if");
inline constexpr WireName Exchange("exchange");
inline constexpr QByteArrayView Methods[] = { GetAttr.bytes(),    SetAttr.bytes(),  DelAttr.bytes(),
                                              HasAttr.bytes(),    Attributes.bytes(), Snapshot.bytes(),
                                              Lookup.bytes(),     SetIf.bytes(),    Exchange.bytes() };
inline constexpr WireName SetEvent("set");
inline constexpr WireName DeletedEvent("deleted");
} // namespace NamespaceWire

/*! Value (ValueProxy). */
namespace ValueWire {
inline constexpr WireName Get("get");
inline constexpr WireName Set("set");
inline constexpr WireName TypeCode("typecode");
inline constexpr WireName FetchAdd("fetch_add");
inline constexpr WireName CompareExchange("compare_exchange");
inline constexpr QByteArrayView Methods[] = { Get.bytes(), Set.bytes(), TypeCode.bytes(), FetchAdd.bytes(),
                                              CompareExchange.bytes() };
inline constexpr WireName ChangedEvent("changed");
} // namespace ValueWire

/*! Array (ArrayProxy). */
namespace ArrayWire {
inline constexpr WireName Len("len");
inline constexpr WireName TypeCode("typecode");
inline constexpr WireName GetItem("getitem");
inline constexpr WireName SetItem("setitem");
inline constexpr WireName GetSlice("getslice");
inline constexpr WireName SetSlice("setslice");
inline constexpr WireName ToList("tolist");
inline constexpr WireName Assign("assign");
inline constexpr WireName Window("window");
inline constexpr QByteArrayView Methods[] = { Len.bytes(),      TypeCode.bytes(), GetItem.bytes(),
                                              SetItem.bytes(),  GetSlice.bytes(), SetSlice.bytes(),
                                              ToList.bytes(),   Assign.bytes(),   Window.bytes() };
inline constexpr WireName ChangedEvent("changed");
} // namespace ArrayWire

/*! dict (DictProxy). */
namespace DictWire {
inline constexpr WireName GetItem("__getitem__");
inline constexpr WireName SetItem("__setitem__");
inline constexpr WireName DelItem("__delitem__");
inline constexpr WireName Contains("__contains__");
inline constexpr WireName Len("__len__");
inline constexpr WireName Keys("keys");
inline constexpr WireName Values("values");
inline constexpr WireName Items("items");
inline constexpr WireName Get("get");
inline constexpr WireName Pop("pop");
inline constexpr WireName PopItem("popitem");
inline constexpr WireName SetDefault("setdefault");
inline constexpr WireName Update("update");
inline constexpr WireName Clear("clear");
inline constexpr WireName Copy("copy");
inline constexpr WireName ItemsRange("items_range");
inline constexpr WireName Find("find");
inline constexpr WireName ValueInfo("value_info");
inline constexpr WireName GetRange("get_range");
inline constexpr WireName Lookup("lookup");
inline constexpr WireName SetIf("set_if");
inline constexpr WireName Exchange("exchange");
inline constexpr QByteArrayView Methods[] = {
    GetItem.bytes(),    SetItem.bytes(), DelItem.bytes(),   Contains.bytes(), Len.bytes(),
    Keys.bytes(),       Values.bytes(),  Items.bytes(),     Get.bytes(),      Pop.bytes(),
    PopItem.bytes(),    SetDefault.bytes(), Update.bytes(), Clear.bytes(),    Copy.bytes(),
    ItemsRange.bytes(), Find.bytes(),    ValueInfo.bytes(), GetRange.bytes(), Lookup.bytes(),
    SetIf.bytes(),      Exchange.bytes()
};
inline constexpr WireName InsertedEvent("inserted");
inline constexpr WireName ChangedEvent("changed");
inline constexpr WireName RemovedEvent("removed");
inline constexpr WireName ClearedEvent("cleared");
} // namespace DictWire

/*! list (ListProxy). */
namespace ListWire {
inline constexpr WireName GetItem("__getitem__");
inline constexpr WireName SetItem("__setitem__");
inline constexpr WireName GetSlice("getslice");
inline constexpr WireName SetSlice("setslice");
inline constexpr WireName DelSlice("delslice");
inline constexpr WireName Append("append");
inline constexpr WireName Extend("extend");
inline constexpr WireName InPlaceAdd("__iadd__"); // Python's +=: extend()
inline constexpr WireName Insert("insert");
inline constexpr WireName Pop("pop");
inline constexpr WireName Remove("remove");
inline constexpr WireName Index("index");
inline constexpr WireName Count("count");
inline constexpr WireName Reverse("reverse");
inline constexpr WireName Sort("sort");
inline constexpr WireName Clear("clear");
inline constexpr WireName Len("__len__");
inline constexpr WireName Contains("__contains__");
inline constexpr WireName ToList("tolist");
inline constexpr WireName Window("window");
inline constexpr WireName SetIf("set_if");
inline constexpr WireName Exchange("exchange");
inline constexpr QByteArrayView Methods[] = {
    GetItem.bytes(), SetItem.bytes(), GetSlice.bytes(), SetSlice.bytes(), DelSlice.bytes(),
    Append.bytes(),  Extend.bytes(),  InPlaceAdd.bytes(), Insert.bytes(), Pop.bytes(),
    Remove.bytes(),  Index.bytes(),   Count.bytes(),    Reverse.bytes(),  Sort.bytes(),
    Clear.bytes(),   Len.bytes(),     Contains.bytes(), ToList.bytes(),   Window.bytes(),
    SetIf.bytes(),   Exchange.bytes()
};
inline constexpr WireName InsertedEvent("inserted");
inline constexpr WireName RemovedEvent("removed");
inline constexpr WireName ChangedEvent("changed");
inline constexpr WireName ResetEvent("reset");
} // namespace ListWire

} // namespace LibManager

#endif // LIBMANAGER_VOCABULARY_P_H
