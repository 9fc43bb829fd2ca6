// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_DICTPROXY_H
#define LIBMANAGER_DICTPROXY_H

#include <libmanager/containerresults.h>
#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

#include <QtCore/qlist.h>
#include <QtCore/qpair.h>

namespace LibManager {

/*!
    A proxy for a shared dict. Keys are QVariants of a hashable kind: strings, byte arrays,
    booleans, integers and doubles (equal numbers are one key, as 1, 1.0 and True are in
    Python), QChar, QDate, QTime, QDateTime, QUuid and QUrl; other keys fail with
    Error::TypeError. Keys keep their insertion order. A missing key is Error::KeyError.
    A value may be a proxy: it is stored as its token and keeps its object alive; read it
    back with proxyForValue().

    Beyond Python's dict, for views of big dicts and editors that must not overwrite what they
    have not seen: itemsRange() reads a page by position in the insertion order, at a cost
    that does not depend on the dict's size; find() searches keys and values on the server,
    a slice at a time so that other clients are served meanwhile; valueInfo() and getRange()
    look at a big value without fetching it; lookup(), setIf() and exchange() read and write
    with versions (see containerresults.h).
*/
class LIBMANAGER_EXPORT DictProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;

    /*! How find() compares. */
    enum class MatchMode {
        Substring,          //!< contains the pattern, case-sensitive
        Glob,               //!< matches the wildcard pattern as a whole: * ? [abc]
        RegularExpression   //!< QRegularExpression anywhere in the text; (?i) for any case
    };
    Q_ENUM(MatchMode)
    /*! What find() looks at. */
    enum class SearchScope { Keys = 1, Values = 2, KeysAndValues = 3 };
    Q_ENUM(SearchScope)
    /*! find()'s options. A key or value is searched as text: a string as it is, bytes as
        Latin-1, anything else as its Python repr (42, 1.5, True, [1, 2]). */
    struct SearchOptions
    {
        MatchMode mode = MatchMode::Substring;
        SearchScope scope = SearchScope::KeysAndValues;
        /*! The position to start from (DictSearch::next goes on); negative: from the end. */
        qint64 offset = 0;
        /*! Matches to return at most (up to 10,000). */
        int limit = 100;
        /*! Entries to look at at most in this call, 0 for no limit: a search in steps, with
            DictSearch::scanned for progress. */
        qint64 maxScan = 0;
    };

    /*! d[key]: the value, or Error::KeyError. */
    Reply value(const QVariant &key) const;
    /*! d.get(key, default). */
    QVariant value(const QVariant &key, const QVariant &defaultValue) const;
    bool setValue(const QVariant &key, const QVariant &value);
    /*! del d[key]; Error::KeyError if missing. */
    bool remove(const QVariant &key);
    bool contains(const QVariant &key) const;
    int size() const;
    QVariantList keys() const;
    QVariantList values() const;
    VariantPairList items() const;
    /*! d.pop(key): the value, or Error::KeyError. */
    Reply pop(const QVariant &key);
    QVariant pop(const QVariant &key, const QVariant &defaultValue);
    /*! d.popitem(): the last inserted pair as a [key, value] list, or Error::KeyError. */
    Reply popItem();
    /*! d.setdefault(key, default): the value, inserting \a defaultValue if missing. */
    QVariant setDefault(const QVariant &key, const QVariant &defaultValue = {});
    bool update(const QVariantMap &values);
    bool update(const QVariantHash &values);
    bool update(const VariantPairList &pairs);
    bool clear();
    /*! A plain copy: d.copy(). */
    VariantPairList copy() const { return items(); }
    /*! A plain copy with the keys as strings. */
    QVariantMap toMap() const;

    /*!
        The items at positions [offset, offset + count) of the insertion order (at most 10,000),
        with the dict's length and version, in one answer; a negative \a offset counts from the
        end. O(log n + count) on the server, however big the dict.
    */
    DictPage itemsRange(qint64 offset, int count = 100) const;
    /*!
        Entries (from SearchOptions::offset on) whose key or value matches \a pattern. The
        server searches in slices of about a millisecond and serves other clients in between,
        so a search of a million entries holds nobody up; it answers when done, or after
        SearchOptions::limit matches or maxScan entries. An invalid pattern or mode is
        Error::ValueError.
    */
    DictSearch find(const QString &pattern, const SearchOptions &options) const;
    /*! find() with the default options: a substring of keys or values, 100 matches at most. */
    DictSearch find(const QString &pattern) const;
    /*! The type, size, weight and a preview of at most \a maxChars characters of the value
        of \a key, without fetching the value; Error::KeyError if missing. */
    ValueInfo valueInfo(const QVariant &key, int maxChars = 200) const;
    /*! \a length characters (UTF-16 code units) or bytes of the string or bytes value of
        \a key from \a offset; Error::TypeError for other values. */
    ValueRange getRange(const QVariant &key, qint64 offset, qint64 length) const;
    /*! The value of \a key (if found) and the versions to pass to setIf(). */
    VersionedValue lookup(const QVariant &key) const;
    /*!
        Sets \a key to \a value only if its entry has not changed since the dict's version
        \a expectedVersion (from itemsRange(), lookup(), ...): neither written nor removed
        since. Other keys may have changed. 0 means "only if the key is absent". On a
        conflict nothing is written and the result has the value as it is now.
    */
    ConditionalWrite setIf(const QVariant &key, const QVariant &value, quint64 expectedVersion);
    /*! Sets \a key to \a value and returns what it replaced (found is false if nothing). */
    ExchangedValue exchange(const QVariant &key, const QVariant &value);

    // Asynchronous twins: the same calls and results, without waiting (see PendingReply).
    /*! value(key): the value, or Error::KeyError. */
    PendingReply<QVariant> valueAsync(const QVariant &key) const;
    /*! value(key, defaultValue). */
    PendingReply<QVariant> valueAsync(const QVariant &key, const QVariant &defaultValue) const;
    PendingReply<void> setValueAsync(const QVariant &key, const QVariant &value);
    /*! remove(): Error::KeyError if missing. */
    PendingReply<void> removeAsync(const QVariant &key);
    PendingReply<bool> containsAsync(const QVariant &key) const;
    PendingReply<int> sizeAsync() const;
    PendingReply<QVariantList> keysAsync() const;
    PendingReply<QVariantList> valuesAsync() const;
    PendingReply<VariantPairList> itemsAsync() const;
    /*! pop(key): the value, or Error::KeyError. */
    PendingReply<QVariant> popAsync(const QVariant &key);
    PendingReply<QVariant> popAsync(const QVariant &key, const QVariant &defaultValue);
    /*! popItem(): the last inserted pair as a [key, value] list, or Error::KeyError. */
    PendingReply<QVariantList> popItemAsync();
    PendingReply<QVariant> setDefaultAsync(const QVariant &key, const QVariant &defaultValue = {});
    PendingReply<void> updateAsync(const QVariantMap &values);
    PendingReply<void> updateAsync(const QVariantHash &values);
    PendingReply<void> updateAsync(const VariantPairList &pairs);
    PendingReply<void> clearAsync();
    PendingReply<VariantPairList> copyAsync() const { return itemsAsync(); }
    PendingReply<QVariantMap> toMapAsync() const;
    PendingReply<DictPage> itemsRangeAsync(qint64 offset, int count = 100) const;
    PendingReply<DictSearch> findAsync(const QString &pattern, const SearchOptions &options) const;
    PendingReply<DictSearch> findAsync(const QString &pattern) const;
    PendingReply<ValueInfo> valueInfoAsync(const QVariant &key, int maxChars = 200) const;
    PendingReply<ValueRange> getRangeAsync(const QVariant &key, qint64 offset, qint64 length) const;
    PendingReply<VersionedValue> lookupAsync(const QVariant &key) const;
    PendingReply<ConditionalWrite> setIfAsync(const QVariant &key, const QVariant &value,
                                              quint64 expectedVersion);
    PendingReply<ExchangedValue> exchangeAsync(const QVariant &key, const QVariant &value);

Q_SIGNALS:
    void itemInserted(const QVariant &key, const QVariant &value);
    void itemChanged(const QVariant &key, const QVariant &value);
    void itemRemoved(const QVariant &key);
    void cleared();

protected:
    void handleEvent(const QByteArray &name, const QVariantList &args) override;
};

} // namespace LibManager

#endif // LIBMANAGER_DICTPROXY_H
