// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDDICT_P_H
#define LIBMANAGER_SHAREDDICT_P_H

#include <libmanager/standardtypes/dicttable_p.h>
#include <libmanager/standardtypes/standardobject_p.h>

#include <list>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace LibManager {

/*!
    dict, in insertion order. Wire methods: __getitem__, __setitem__, __delitem__,
    __contains__, __len__, keys, values, items, get, pop, popitem, setdefault, update, clear,
    copy. Events: "inserted" (key, value), "changed" (key, value), "removed" (key), "cleared".

    Paged and versioned, beyond Python (all answers are maps; "version" is version(), and an
    entry's "entryVersion" is the version() its last write made):
    - items_range(offset, count = 100) -> {length, version, offset, items: [key, value, key,
      value...]}: the items at positions [offset, offset + count) of the insertion order,
      O(log n + count); a negative offset counts from the end; at most MaxPage items. The
      items are flat, not [key, value] pairs: a list per item cost a third of a page's time.
    - find(pattern, mode = "substring", scope = "both", offset = 0, limit = 100, maxScan = 0)
      -> {matches: [[position, key, where]...], next, atEnd, scanned, length, version,
      startVersion}: entries from position \a offset on whose key or value (their text: a
      string as it is, bytes as Latin-1, anything else as its repr) contains \a pattern (mode
      "substring"), matches it as a whole ("glob", * ? [...]) or anywhere ("regex", Perl
      syntax; (?i) for any case). \a scope: "keys", "values" or "both"; "where" says which
      matched (1 the key, 2 the value, 3 both). Stops after \a limit matches or \a maxScan
      entries (0: none), and "next" is the position to go on from. A search works in slices of
      about a millisecond, between which the server serves everybody else, so it never holds
      the server up, whatever the size; version != startVersion says the dict changed
      meanwhile (positions are those at the time of each match).
    - value_info(key, maxChars = 200) -> {type, size, bytes, preview, version, entryVersion}:
      a value's Python type name, its len() (-1 if it has none), what it weighs and a
      preview that stops after \a maxChars characters, without sending the value.
    - get_range(key, offset, length) -> {data, size, version, entryVersion}: a slice of a
      string (in UTF-16 code units) or bytes value.
    - lookup(key) -> {found, value, version, entryVersion}.
    - set_if(key, value, expectedVersion) -> {ok, version, found, entryVersion, current}: sets
      the key only if its entry has not changed since the dict's version \a expectedVersion
      (one the caller read: from items_range(), lookup(), ...): written after it, or removed
      after it (removals are known by the dict's last one, so a removal of another key after
      it also conflicts); 0 means "only if absent". On conflict ok is false with the entry as
      it is (current only if found).
    - exchange(key, value) -> {found, previous, version}: sets and returns what was there.
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedDict : public StandardObject
{
    Q_OBJECT
public:
    /*! Items per items_range() page, at most. */
    static constexpr qsizetype MaxPage = 10000;

    explicit SharedDict(QObject *parent = nullptr);
    ~SharedDict() override;
    /*! Fills from a QVariantMap, QVariantHash or list of [key, value] pairs; all of them, or
        none if they do not fit the quotas. */
    Reply update(const QVariant &values);

    QString toString() const override;

    qint64 containerLength() const override { return qint64(m_table.size()); }
    QString preview(int maxChars) const override;
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    struct Growth
    {
        qint64 bytes = 0;
        qint64 entries = 0;
    };
    struct Scan;
    Reply set(const QVariant &key, const QVariant &value);
    Reply missing(const QVariant &key) const;
    static qint64 entryFootprint(const QVariant &key, const QVariant &value);
    /*! Adds to \a growth at most what setting \a key to \a value adds. */
    void bound(const QVariant &key, const QVariant &value, Growth *growth) const;
    bool checkKey(const DictKey &key, Reply *failure) const;
    /*! The live slot of \a key, or -1 with \a failure (unhashable, or missing). */
    qsizetype entryFor(const QVariant &key, Reply *failure) const;
    Reply remove(qsizetype slot, bool returnValue);
    Reply itemsRange(const QVariantList &args) const;
    Reply find(const QVariantList &args);
    Reply valueInfo(const QVariantList &args) const;
    Reply getRange(const QVariantList &args) const;
    Reply setIf(const QVariantList &args);
    /*! Runs \a scan for about a millisecond; true once it is done. */
    bool runSlice(Scan &scan);
    QVariantMap scanResult(const Scan &scan) const;
    void runScans();
    void endScan(std::list<Scan>::iterator scan);

    DictTable m_table;
    // The version of the last removal: a key absent now may have been there at any version
    // before it (set_if).
    quint64 m_lastRemoval = 0;
    std::list<Scan> m_scans;
    QTimer *m_scanTimer = nullptr;

    // The wire methods: a row of Methods each (DictWire).
    static const StandardMethod<SharedDict> Methods[];
    Reply serveGetItem(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSetItem(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveDelItem(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveContains(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveLen(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveKeys(const Caller &caller, MethodName method, const QVariantList &args);
    Reply servePopItem(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSetDefault(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveUpdate(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveClear(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveItemsRange(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveFind(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveValueInfo(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveGetRange(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveLookup(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSetIf(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveExchange(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDDICT_P_H
