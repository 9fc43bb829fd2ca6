// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_CONTAINERRESULTS_H
#define LIBMANAGER_CONTAINERRESULTS_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qpair.h>
#include <QtCore/qvariant.h>
#include <QtCore/qvariantmap.h>

namespace LibManager {

using VariantPair = QPair<QVariant, QVariant>;
using VariantPairList = QList<VariantPair>;

/*
    What the paged, searching and versioned calls of the container proxies answer: plain
    values, as Q_GADGETs so that QML and QVariant-based views can read their fields.

    Versions: every shared object counts its changes (its version, which only grows), and
    every entry of a dict or Namespace, and every item of a list, remembers the object's
    version when it was last written. A read tells the version it saw; a conditional write
    (setIf()) passes that version back and succeeds only if the entry it writes has not
    changed since, whatever happened to the others.

    A call that fails returns a default-constructed result (version 0) and sets the proxy's
    lastError(), as the other typed calls do.
*/

/*! A page of a dict's items in insertion order (DictProxy::itemsRange()). */
struct LIBMANAGER_EXPORT DictPage
{
    Q_GADGET
    Q_PROPERTY(qint64 offset MEMBER offset)
    Q_PROPERTY(qint64 length MEMBER length)
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(VariantPairList items MEMBER items)
public:
    /*! The position of the first item (0 is the oldest entry). */
    qint64 offset = 0;
    /*! The dict's length when the page was read. */
    qint64 length = 0;
    /*! The dict's version when the page was read: the page, length and version agree. */
    quint64 version = 0;
    VariantPairList items;
};

/*!
    Consecutive items of a list, an Array or a Queue with the length and version they go with,
    read in one step (ListProxy::window(), ArrayProxy::window(), QueueProxy::peek()).
*/
struct LIBMANAGER_EXPORT ItemWindow
{
    Q_GADGET
    Q_PROPERTY(qint64 start MEMBER start)
    Q_PROPERTY(qint64 length MEMBER length)
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(QVariantList items MEMBER items)
public:
    /*! The index of the first item (for a Queue, 0 is the next item get() takes). */
    qint64 start = 0;
    /*! The container's length (a Queue's size). */
    qint64 length = 0;
    quint64 version = 0;
    QVariantList items;
};

/*! One entry DictProxy::find() found. */
struct LIBMANAGER_EXPORT DictMatch
{
    Q_GADGET
    Q_PROPERTY(qint64 position MEMBER position)
    Q_PROPERTY(QVariant key MEMBER key)
    Q_PROPERTY(bool inKey MEMBER inKey)
    Q_PROPERTY(bool inValue MEMBER inValue)
public:
    /*! The entry's position in the insertion order when it was found. */
    qint64 position = 0;
    QVariant key;
    /*! Whether the key matched, whether the value did (both may). */
    bool inKey = false;
    bool inValue = false;

    friend bool operator==(const DictMatch &a, const DictMatch &b)
    {
        return a.position == b.position && a.key == b.key && a.inKey == b.inKey
                && a.inValue == b.inValue;
    }
    friend bool operator!=(const DictMatch &a, const DictMatch &b) { return !(a == b); }
};

/*! What DictProxy::find() found, and where to go on from. */
struct LIBMANAGER_EXPORT DictSearch
{
    Q_GADGET
    Q_PROPERTY(QList<LibManager::DictMatch> matches MEMBER matches)
    Q_PROPERTY(qint64 next MEMBER next)
    Q_PROPERTY(bool atEnd MEMBER atEnd)
    Q_PROPERTY(qint64 scanned MEMBER scanned)
    Q_PROPERTY(qint64 length MEMBER length)
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(quint64 startVersion MEMBER startVersion)
public:
    QList<DictMatch> matches;
    /*! The position to search on from (SearchOptions::offset) if not atEnd. */
    qint64 next = 0;
    /*! The search reached the last entry. */
    bool atEnd = false;
    /*! Entries looked at: with length, the progress of a search made in steps. */
    qint64 scanned = 0;
    qint64 length = 0;
    /*! The dict's version when the search ended, and when it began: if they differ, the dict
        changed while it ran (positions are those at the time each match was found). */
    quint64 version = 0;
    quint64 startVersion = 0;
};

/*! What a dict's value is, without the value (DictProxy::valueInfo()). */
struct LIBMANAGER_EXPORT ValueInfo
{
    Q_GADGET
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(qint64 size MEMBER size)
    Q_PROPERTY(qint64 bytes MEMBER bytes)
    Q_PROPERTY(QString preview MEMBER preview)
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(quint64 entryVersion MEMBER entryVersion)
public:
    /*! Python's name of its type: str, bytes, int, float, bool, NoneType, list, dict, proxy;
        for other Qt types the QMetaType name. */
    QString type;
    /*! Its len(): characters (UTF-16 code units) of a string, bytes, items; -1 if it has none. */
    qint64 size = -1;
    /*! What it weighs in the server's memory accounting. */
    qint64 bytes = 0;
    /*! Its repr, cut after the characters asked for (and then ending with "…"). */
    QString preview;
    quint64 version = 0;
    /*! The dict's version when this entry was last written. */
    quint64 entryVersion = 0;
};

/*! A piece of a big string or bytes value (DictProxy::getRange()). */
struct LIBMANAGER_EXPORT ValueRange
{
    Q_GADGET
    Q_PROPERTY(QVariant data MEMBER data)
    Q_PROPERTY(qint64 size MEMBER size)
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(quint64 entryVersion MEMBER entryVersion)
public:
    /*! A QString or QByteArray, as the value is. */
    QVariant data;
    /*! The whole value's size. */
    qint64 size = 0;
    quint64 version = 0;
    /*! The same in every piece while the value does not change. */
    quint64 entryVersion = 0;
};

/*! An entry and the versions it goes with (DictProxy::lookup(), NamespaceProxy::lookup()). */
struct LIBMANAGER_EXPORT VersionedValue
{
    Q_GADGET
    Q_PROPERTY(bool found MEMBER found)
    Q_PROPERTY(QVariant value MEMBER value)
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(quint64 entryVersion MEMBER entryVersion)
public:
    bool found = false;
    QVariant value;
    /*! The object's version: pass it to setIf(). */
    quint64 version = 0;
    /*! When the entry was last written (0 if not found). */
    quint64 entryVersion = 0;
};

/*! What a setIf() did. */
struct LIBMANAGER_EXPORT ConditionalWrite
{
    Q_GADGET
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(bool found MEMBER found)
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(quint64 entryVersion MEMBER entryVersion)
    Q_PROPERTY(QVariant current MEMBER current)
public:
    /*! True if the value was written; false on a conflict (the entry changed since the
        version given, or exists when 0 was given). */
    bool ok = false;
    /*! The entry exists now (after the write, if ok). */
    bool found = false;
    /*! The object's version now: after a conflict, read again and retry with it. */
    quint64 version = 0;
    /*! When the entry was last written: the write's own version if ok. */
    quint64 entryVersion = 0;
    /*! After a conflict, the entry's value now (if found): what the writer had not seen. */
    QVariant current;
};

/*! What an exchange() replaced. */
struct LIBMANAGER_EXPORT ExchangedValue
{
    Q_GADGET
    Q_PROPERTY(bool found MEMBER found)
    Q_PROPERTY(QVariant previous MEMBER previous)
    Q_PROPERTY(quint64 version MEMBER version)
public:
    /*! There was a value (for a list, always). */
    bool found = false;
    QVariant previous;
    /*! The object's version after the exchange. */
    quint64 version = 0;
};

/*! All of a Namespace's attributes and the version they go with (NamespaceProxy::snapshot()). */
struct LIBMANAGER_EXPORT NamespaceSnapshot
{
    Q_GADGET
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(QVariantMap attributes MEMBER attributes)
public:
    quint64 version = 0;
    QVariantMap attributes;
};

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::DictPage)
Q_DECLARE_METATYPE(LibManager::ItemWindow)
Q_DECLARE_METATYPE(LibManager::DictMatch)
Q_DECLARE_METATYPE(LibManager::DictSearch)
Q_DECLARE_METATYPE(LibManager::ValueInfo)
Q_DECLARE_METATYPE(LibManager::ValueRange)
Q_DECLARE_METATYPE(LibManager::VersionedValue)
Q_DECLARE_METATYPE(LibManager::ConditionalWrite)
Q_DECLARE_METATYPE(LibManager::ExchangedValue)
Q_DECLARE_METATYPE(LibManager::NamespaceSnapshot)

#endif // LIBMANAGER_CONTAINERRESULTS_H
