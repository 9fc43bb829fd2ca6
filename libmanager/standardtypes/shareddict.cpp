// SPDX-License-Identifier: BSD-3-Clause
#include "shareddict_p.h"
#include <libmanager/standardtypes/footprint_p.h>
#include <libmanager/platform/platform_p.h>
#include "pythonrepr_p.h"
#include "pythonvalue_p.h"
#include <libmanager/token.h>
#include <libmanager/tr_p.h>

#include <QtCore/qregularexpression.h>
#include <QtCore/qtimer.h>
#include <QtCore/qvarlengtharray.h>

#include <algorithm>

namespace LibManager {

namespace {

// Pages longer than this still work; only the slots beyond it live on the heap.
constexpr qsizetype MaxPrefetchedPage = 1000;

// Starts loading the heap block behind a string or byte array value into the cache.
inline void prefetchPayload(const QVariant &value)
{
#if defined(__GNUC__)
    switch (value.metaType().id()) {
    case QMetaType::QString: {
        // The header (its reference count) and the characters may lie in two cache lines.
        const QString &string = *static_cast<const QString *>(value.constData());
        __builtin_prefetch(string.constData());
        __builtin_prefetch(reinterpret_cast<const char *>(string.constData()) - sizeof(QArrayData));
        break;
    }
    case QMetaType::QByteArray:
        __builtin_prefetch(static_cast<const QByteArray *>(value.constData())->constData());
        break;
    default:
        break;
    }
#else
    Q_UNUSED(value);
#endif
}

constexpr qsizetype DefaultPage = 100;
constexpr int DefaultLimit = 100;
constexpr int MaxLimit = 10000;
constexpr int DefaultPreview = 200;
constexpr int MaxPreview = 100000;
// A search looks at the clock every this many entries, and lets the server serve others once
// a slice has taken this long.
constexpr int EntriesPerClockCheck = 16;
constexpr qint64 SliceUs = 1000;

enum Where { InKey = 1, InValue = 2 };

// An integer argument, or false if it is not a number.
bool integerArgument(const QVariant &argument, qint64 *value)
{
    bool ok = false;
    *value = argument.toLongLong(&ok);
    return ok && argument.metaType().id() != QMetaType::QString
            && argument.metaType().id() != QMetaType::QByteArray;
}

// len() of a stored value, or -1 for one without a length.
qint64 lengthOf(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->size();
    case QMetaType::QChar:
        return 1;
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->size();
    case QMetaType::QVariantList:
        return static_cast<const QVariantList *>(value.constData())->size();
    case QMetaType::QStringList:
        return static_cast<const QStringList *>(value.constData())->size();
    case QMetaType::QVariantMap:
        return static_cast<const QVariantMap *>(value.constData())->size();
    case QMetaType::QVariantHash:
        return static_cast<const QVariantHash *>(value.constData())->size();
    default:
        return -1;
    }
}

// What find() compares: a string as it is, bytes as Latin-1, anything else by its repr.
class Matcher
{
public:
    enum Mode { Substring, Pattern };

    // False with \a why for a mode that does not exist or a pattern that does not compile.
    bool set(const QString &pattern, const QString &mode, QString *why)
    {
        if (mode == QLatin1String("substring")) {
            m_mode = Substring;
            m_needle = pattern;
            m_bytesNeedle = pattern.toLatin1();
            return true;
        }
        if (mode == QLatin1String("regex"))
            m_expression.setPattern(pattern);
        else if (mode == QLatin1String("glob"))
            m_expression.setPattern(QRegularExpression::wildcardToRegularExpression(pattern));
        else {
            *why = Tr::tr("unknown search mode '%1' (substring, glob or regex)").arg(mode);
            return false;
        }
        if (!m_expression.isValid()) {
            *why = Tr::tr("bad pattern at %1: %2")
                       .arg(m_expression.patternErrorOffset())
                       .arg(m_expression.errorString());
            return false;
        }
        m_expression.optimize();
        m_mode = Pattern;
        return true;
    }

    bool matches(const QVariant &value) const
    {
        switch (value.metaType().id()) {
        case QMetaType::QString: {
            const auto &text = *static_cast<const QString *>(value.constData());
            return m_mode == Substring ? text.contains(m_needle) : m_expression.match(text).hasMatch();
        }
        case QMetaType::QByteArray: {
            const auto &bytes = *static_cast<const QByteArray *>(value.constData());
            if (m_mode == Substring)
                return bytes.contains(m_bytesNeedle);
            return m_expression.match(QString::fromLatin1(bytes)).hasMatch();
        }
        default: {
            const QString text = pythonRepr(value);
            return m_mode == Substring ? text.contains(m_needle) : m_expression.match(text).hasMatch();
        }
        }
    }

private:
    Mode m_mode = Substring;
    QString m_needle;
    QByteArray m_bytesNeedle;
    QRegularExpression m_expression;
};

} // namespace

// A find() on its way: parked between slices.
struct SharedDict::Scan
{
    Matcher matcher;
    int scope = InKey | InValue;
    qsizetype cursor = 0; // the next slot to look at
    int limit = DefaultLimit;
    qint64 maxScan = 0;
    qint64 scanned = 0;
    quint64 startVersion = 0;
    QVariantList matches;
    Deferred answer;
    bool parked = false;
};

SharedDict::SharedDict(QObject *parent) : StandardObject(parent) { }

SharedDict::~SharedDict()
{
    for (Scan &scan : m_scans)
        scan.answer.reject(Error::ObjectGone, Tr::tr("the dict was destroyed"));
    m_table.forEach([this](const DictTable::Entry &entry) { releaseValue(entry.value); });
}

/*! The wire methods (DictWire), in methodNames()'s order. */
const StandardMethod<SharedDict> SharedDict::Methods[] = {
    { DictWire::GetItem.bytes(), &SharedDict::serveGetItem, Reads },
    { DictWire::SetItem.bytes(), &SharedDict::serveSetItem },
    { DictWire::DelItem.bytes(), &SharedDict::serveDelItem },
    { DictWire::Contains.bytes(), &SharedDict::serveContains, Reads },
    { DictWire::Len.bytes(), &SharedDict::serveLen, Reads },
    { DictWire::Keys.bytes(), &SharedDict::serveKeys, Reads },
    { DictWire::Values.bytes(), &SharedDict::serveKeys, Reads },
    { DictWire::Items.bytes(), &SharedDict::serveKeys, Reads },
    { DictWire::Get.bytes(), &SharedDict::serveGetItem, Reads },
    { DictWire::Pop.bytes(), &SharedDict::serveDelItem },
    { DictWire::PopItem.bytes(), &SharedDict::servePopItem },
    { DictWire::SetDefault.bytes(), &SharedDict::serveSetDefault },
    { DictWire::Update.bytes(), &SharedDict::serveUpdate },
    { DictWire::Clear.bytes(), &SharedDict::serveClear },
    { DictWire::Copy.bytes(), &SharedDict::serveKeys, Reads },
    { DictWire::ItemsRange.bytes(), &SharedDict::serveItemsRange, Reads },
    { DictWire::Find.bytes(), &SharedDict::serveFind, Reads },
    { DictWire::ValueInfo.bytes(), &SharedDict::serveValueInfo, Reads },
    { DictWire::GetRange.bytes(), &SharedDict::serveGetRange, Reads },
    { DictWire::Lookup.bytes(), &SharedDict::serveLookup, Reads },
    { DictWire::SetIf.bytes(), &SharedDict::serveSetIf },
    { DictWire::Exchange.bytes(), &SharedDict::serveExchange },
};

QStringList SharedDict::methodNames() const
{
    return namesOf(Methods);
}

bool SharedDict::isReadMethod(MethodName method) const
{
    return readsIn(Methods, method);
}

QString SharedDict::toString() const
{
    QString out = QStringLiteral("{");
    bool first = true;
    m_table.forEach([&out, &first](const DictTable::Entry &entry) {
        if (!first)
            out += QLatin1String(", ");
        first = false;
        out += pythonRepr(entry.key.value()) + QLatin1String(": ") + pythonRepr(entry.value);
    });
    return out + QLatin1Char('}');
}

QString SharedDict::preview(int maxChars) const
{
    ContainerPreview preview(maxChars, QStringLiteral("{"), QStringLiteral("}"), m_table.size());
    for (qsizetype slot = m_table.nextLive(-1); slot < m_table.slotEnd(); slot = m_table.nextLive(slot)) {
        const DictTable::Entry &entry = m_table.at(slot);
        const bool fits = preview.add([&entry](QString &out, qsizetype limit) {
            return appendPythonRepr(out, entry.key.value(), limit)
                    && appendLimited(out, QLatin1String(": "), limit)
                    && appendPythonRepr(out, entry.value, limit);
        });
        if (!fits)
            break;
    }
    return preview.finish();
}

bool SharedDict::checkKey(const DictKey &key, Reply *failure) const
{
    QString why;
    if (key.isHashable(&why))
        return true;
    *failure = Reply::fromError(Error::TypeError, why);
    return false;
}

Reply SharedDict::missing(const QVariant &key) const
{
    return Reply::fromError(Error::KeyError, pythonRepr(key));
}

qsizetype SharedDict::entryFor(const QVariant &key, Reply *failure) const
{
    const DictKey dictKey(key);
    if (!checkKey(dictKey, failure))
        return -1;
    const qsizetype slot = m_table.find(dictKey);
    if (slot < 0)
        *failure = missing(key);
    return slot;
}

Reply SharedDict::set(const QVariant &key, const QVariant &value)
{
    Reply failure;
    const DictKey dictKey(key);
    if (!checkKey(dictKey, &failure))
        return failure;
    const qsizetype slot = m_table.find(dictKey);
    if (slot >= 0) {
        DictTable::Entry &entry = m_table.at(slot);
        const qint64 growth = Footprint::of(value) - Footprint::of(entry.value);
        if (!mayGrow(growth, -1, &failure))
            return failure;
        retainValue(value);
        releaseValue(entry.value);
        entry.value = value;
        noteChange();
        entry.version = version();
        grown(growth);
        publishAt(changeInfoWanted() ? m_table.positionOf(slot) : -1, DictWire::ChangedEvent,
                  entry.key.value(), value);
    } else {
        const qint64 growth = entryFootprint(key, value);
        if (!mayGrow(growth, m_table.size() + 1, &failure))
            return failure;
        m_table.append(dictKey, value, version() + 1);
        retainValue(value);
        noteChange();
        grown(growth);
        publishAt(qint64(m_table.size()) - 1, DictWire::InsertedEvent, key, value);
    }
    return Reply::fromValue(QVariant());
}

Reply SharedDict::remove(qsizetype slot, bool returnValue)
{
    // Where it was, for subscribers that place events in a paged view: O(log n), so only
    // when one asked.
    const qint64 position = changeInfoWanted() ? m_table.positionOf(slot) : -1;
    DictTable::Entry entry = m_table.take(slot);
    releaseValue(entry.value);
    noteChange();
    m_lastRemoval = version();
    grown(-entryFootprint(entry.key.value(), entry.value));
    publishAt(position, DictWire::RemovedEvent, entry.key.value());
    return Reply::fromValue(returnValue ? entry.value : QVariant());
}

qint64 SharedDict::entryFootprint(const QVariant &key, const QVariant &value)
{
    return Footprint::DictEntry + Footprint::of(key) + Footprint::of(value);
}

void SharedDict::bound(const QVariant &key, const QVariant &value, Growth *growth) const
{
    const qsizetype slot = m_table.find(DictKey(key));
    if (slot < 0) {
        growth->bytes += entryFootprint(key, value);
        ++growth->entries;
    } else {
        // Never less than 0: then the sum bounds the update in any order, and with a key
        // that comes twice.
        growth->bytes += qMax<qint64>(0, Footprint::of(value) - Footprint::of(m_table.at(slot).value));
    }
}

Reply SharedDict::update(const QVariant &values)
{
    // Weighed first, at most what the update adds: one that does not fit changes nothing.
    Growth growth;
    Reply failure;
    switch (values.metaType().id()) {
    case QMetaType::QVariantMap: {
        const QVariantMap map = values.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            bound(it.key(), it.value(), &growth);
        if (!mayGrow(growth.bytes, m_table.size() + growth.entries, &failure))
            return failure;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            set(it.key(), it.value());
        return Reply::fromValue(QVariant());
    }
    case QMetaType::QVariantHash: {
        const QVariantHash hash = values.toHash();
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            bound(it.key(), it.value(), &growth);
        if (!mayGrow(growth.bytes, m_table.size() + growth.entries, &failure))
            return failure;
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            set(it.key(), it.value());
        return Reply::fromValue(QVariant());
    }
    case QMetaType::QVariantList: {
        const QVariantList pairs = values.toList();
        // Check everything first: a bad pair changes nothing.
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const QVariantList pair = pairs.at(i).toList();
            if (pairs.at(i).metaType().id() != QMetaType::QVariantList || pair.size() != 2) {
                return Reply::fromError(
                    Error::ValueError,
                    Tr::tr("dictionary update sequence element #%1 is not a [key, value] pair")
                        .arg(i));
            }
            if (!checkKey(DictKey(pair.at(0)), &failure))
                return failure;
            bound(pair.at(0), pair.at(1), &growth);
        }
        if (!mayGrow(growth.bytes, m_table.size() + growth.entries, &failure))
            return failure;
        for (const QVariant &pair : pairs)
            set(pair.toList().at(0), pair.toList().at(1));
        return Reply::fromValue(QVariant());
    }
    case QMetaType::UnknownType:
        return Reply::fromValue(QVariant());
    default:
        return Reply::fromError(Error::TypeError,
                                Tr::tr("update() takes a map or a list of [key, value] pairs"));
    }
}

Reply SharedDict::itemsRange(const QVariantList &args) const
{
    qint64 offset = 0;
    qint64 count = DefaultPage;
    if (args.isEmpty() || args.size() > 2 || !integerArgument(args.at(0), &offset)
        || (args.size() == 2 && !integerArgument(args.at(1), &count)) || count < 0)
        return wrongArguments("items_range", QStringLiteral("(offset, count=100)"));
    const qsizetype length = m_table.size();
    if (offset < 0)
        offset = qMax<qint64>(0, offset + length);
    offset = qMin<qint64>(offset, length);
    count = std::min<qint64>({ count, qint64(MaxPage), qint64(length) - offset });
    // Flat, key after value after key: a list per item cost an allocation each, on both
    // sides, and a third of a page's time.
    // The entries lie side by side, but their strings are scattered over the heap, and in a
    // big dict none of them is in the cache: find the page's slots and ask for all of their
    // strings first, so that the cache misses overlap instead of following one another (a
    // page of a 1,000,000-entry dict took a third longer than one of a 1,000-entry dict).
    QVarLengthArray<qsizetype, MaxPrefetchedPage> slots;
    qsizetype slot = count > 0 ? m_table.slotAt(qsizetype(offset)) : m_table.slotEnd();
    for (qint64 i = 0; i < count && slot < m_table.slotEnd(); ++i, slot = m_table.nextLive(slot)) {
        const DictTable::Entry &entry = m_table.at(slot);
        prefetchPayload(entry.key.value());
        prefetchPayload(entry.value);
        slots.append(slot);
    }
    QVariantList items;
    items.reserve(2 * slots.size());
    for (const qsizetype s : std::as_const(slots)) {
        const DictTable::Entry &entry = m_table.at(s);
        items.append(entry.key.value());
        items.append(entry.value);
    }
    QVariantMap page;
    page[QStringLiteral("length")] = qint64(length);
    page[QStringLiteral("version")] = version();
    page[QStringLiteral("offset")] = offset;
    page[QStringLiteral("items")] = items;
    return Reply::fromValue(page);
}

Reply SharedDict::find(const QVariantList &args)
{
    const QString signature = QStringLiteral(
        "(pattern, mode='substring', scope='both', offset=0, limit=100, maxScan=0)");
    qint64 offset = 0;
    qint64 limit = DefaultLimit;
    qint64 maxScan = 0;
    if (args.isEmpty() || args.size() > 6 || args.at(0).metaType().id() != QMetaType::QString
        || (args.size() > 3 && !integerArgument(args.at(3), &offset))
        || (args.size() > 4 && !integerArgument(args.at(4), &limit))
        || (args.size() > 5 && !integerArgument(args.at(5), &maxScan)))
        return wrongArguments(DictWire::Find.bytes(), signature);
    Scan scan;
    QString why;
    const QString mode = args.size() > 1 ? args.at(1).toString() : QStringLiteral("substring");
    if (!scan.matcher.set(args.at(0).toString(), mode, &why))
        return Reply::fromError(Error::ValueError, why);
    const QString scope = args.size() > 2 ? args.at(2).toString() : QStringLiteral("both");
    if (scope == QLatin1String("keys"))
        scan.scope = InKey;
    else if (scope == QLatin1String("values"))
        scan.scope = InValue;
    else if (scope == QLatin1String("both"))
        scan.scope = InKey | InValue;
    else
        return Reply::fromError(Error::ValueError,
                                Tr::tr("unknown search scope '%1' (keys, values or both)").arg(scope));
    if (offset < 0)
        offset = qMax<qint64>(0, offset + m_table.size());
    scan.cursor = offset < m_table.size() ? m_table.slotAt(qsizetype(offset)) : m_table.slotEnd();
    scan.limit = int(qBound(qint64(1), limit, qint64(MaxLimit)));
    scan.maxScan = qMax<qint64>(0, maxScan);
    scan.startVersion = version();
    if (runSlice(scan))
        return Reply::fromValue(scanResult(scan));
    // More than a slice: the rest in slices between other clients' calls. The order stays as
    // it is meanwhile (no compaction), so the cursor keeps its meaning.
    scan.parked = true;
    const Deferred answer = scan.answer;
    m_scans.push_back(std::move(scan));
    m_table.setCompactionHeld(true);
    const auto it = std::prev(m_scans.end());
    answer.onCancelled(this, [this, it] { endScan(it); });
    if (!m_scanTimer) {
        m_scanTimer = new QTimer(this);
        m_scanTimer->setSingleShot(true);
        m_scanTimer->setInterval(0);
        connect(m_scanTimer, &QTimer::timeout, this, &SharedDict::runScans);
    }
    m_scanTimer->start();
    return parked(answer);
}

bool SharedDict::runSlice(Scan &scan)
{
    const qint64 until = Platform::steadyClockUs() + SliceUs;
    qsizetype position = m_table.positionOf(scan.cursor);
    int sinceCheck = 0;
    while (scan.cursor < m_table.slotEnd()) {
        if (scan.matches.size() >= scan.limit || (scan.maxScan > 0 && scan.scanned >= scan.maxScan))
            return true;
        if (++sinceCheck == EntriesPerClockCheck) {
            sinceCheck = 0;
            if (Platform::steadyClockUs() >= until)
                return false;
        }
        const DictTable::Entry &entry = m_table.at(scan.cursor);
        int where = 0;
        if ((scan.scope & InKey) && scan.matcher.matches(entry.key.value()))
            where |= InKey;
        if ((scan.scope & InValue) && scan.matcher.matches(entry.value))
            where |= InValue;
        if (where)
            scan.matches.append(QVariant(QVariantList { qint64(position), entry.key.value(), where }));
        ++scan.scanned;
        ++position;
        scan.cursor = m_table.nextLive(scan.cursor);
    }
    return true;
}

QVariantMap SharedDict::scanResult(const Scan &scan) const
{
    const bool atEnd = scan.cursor >= m_table.slotEnd();
    QVariantMap result;
    result[QStringLiteral("matches")] = scan.matches;
    result[QStringLiteral("next")] = qint64(atEnd ? m_table.size() : m_table.positionOf(scan.cursor));
    result[QStringLiteral("atEnd")] = atEnd;
    result[QStringLiteral("scanned")] = scan.scanned;
    result[QStringLiteral("length")] = qint64(m_table.size());
    result[QStringLiteral("version")] = version();
    result[QStringLiteral("startVersion")] = scan.startVersion;
    return result;
}

void SharedDict::runScans()
{
    if (m_scans.empty())
        return;
    // One slice per turn of the event loop, the searches taking turns.
    const auto it = m_scans.begin();
    if (runSlice(*it)) {
        const Deferred answer = it->answer;
        const QVariantMap result = scanResult(*it);
        endScan(it);
        answer.resolve(result);
    } else {
        m_scans.splice(m_scans.end(), m_scans, it);
    }
    if (!m_scans.empty())
        m_scanTimer->start();
}

void SharedDict::endScan(std::list<Scan>::iterator scan)
{
    m_scans.erase(scan);
    m_table.setCompactionHeld(!m_scans.empty());
}

Reply SharedDict::valueInfo(const QVariantList &args) const
{
    qint64 maxChars = DefaultPreview;
    if (args.isEmpty() || args.size() > 2 || (args.size() == 2 && !integerArgument(args.at(1), &maxChars)))
        return wrongArguments("value_info", QStringLiteral("(key, maxChars=200)"));
    Reply failure;
    const qsizetype slot = entryFor(args.at(0), &failure);
    if (slot < 0)
        return failure;
    const DictTable::Entry &entry = m_table.at(slot);
    QString preview;
    if (!appendPythonRepr(preview, entry.value, qBound(qint64(0), maxChars, qint64(MaxPreview))))
        preview += QChar(0x2026);
    QVariantMap info;
    info[QStringLiteral("type")] = pythonTypeName(entry.value);
    info[QStringLiteral("size")] = lengthOf(entry.value);
    info[QStringLiteral("bytes")] = Footprint::of(entry.value);
    info[QStringLiteral("preview")] = preview;
    info[QStringLiteral("version")] = version();
    info[QStringLiteral("entryVersion")] = entry.version;
    return Reply::fromValue(info);
}

Reply SharedDict::getRange(const QVariantList &args) const
{
    qint64 offset = 0;
    qint64 length = 0;
    if (args.size() != 3 || !integerArgument(args.at(1), &offset) || !integerArgument(args.at(2), &length)
        || offset < 0 || length < 0)
        return wrongArguments("get_range", QStringLiteral("(key, offset >= 0, length >= 0)"));
    Reply failure;
    const qsizetype slot = entryFor(args.at(0), &failure);
    if (slot < 0)
        return failure;
    const DictTable::Entry &entry = m_table.at(slot);
    QVariant data;
    switch (entry.value.metaType().id()) {
    case QMetaType::QString:
        data = static_cast<const QString *>(entry.value.constData())->mid(qsizetype(offset), qsizetype(length));
        break;
    case QMetaType::QByteArray:
        data = static_cast<const QByteArray *>(entry.value.constData())->mid(qsizetype(offset), qsizetype(length));
        break;
    default:
        return Reply::fromError(Error::TypeError,
                                Tr::tr("get_range() reads strings and bytes, not '%1'")
                                    .arg(pythonTypeName(entry.value)));
    }
    QVariantMap range;
    range[QStringLiteral("data")] = data;
    range[QStringLiteral("size")] = lengthOf(entry.value);
    range[QStringLiteral("version")] = version();
    range[QStringLiteral("entryVersion")] = entry.version;
    return Reply::fromValue(range);
}

Reply SharedDict::setIf(const QVariantList &args)
{
    qint64 expected = 0;
    if (args.size() != 3 || !integerArgument(args.at(2), &expected))
        return wrongArguments("set_if", QStringLiteral("(key, value, expectedVersion)"));
    Reply failure;
    const DictKey key(args.at(0));
    if (!checkKey(key, &failure))
        return failure;
    const qsizetype slot = m_table.find(key);
    const quint64 since = quint64(expected);
    // Unchanged since the version the caller saw: written no later, or (absent) removed no
    // later. 0: the caller expects no entry at all.
    const bool unchanged = slot >= 0 ? expected != 0 && m_table.at(slot).version <= since
                                     : expected == 0 || m_lastRemoval <= since;
    QVariantMap result;
    if (!unchanged) {
        result[QStringLiteral("ok")] = false;
        result[QStringLiteral("version")] = version();
        result[QStringLiteral("found")] = slot >= 0;
        if (slot >= 0) {
            result[QStringLiteral("entryVersion")] = m_table.at(slot).version;
            result[QStringLiteral("current")] = m_table.at(slot).value;
        }
        return Reply::fromValue(result);
    }
    const Reply stored = set(args.at(0), args.at(1));
    if (!stored.isValid())
        return stored;
    result[QStringLiteral("ok")] = true;
    result[QStringLiteral("version")] = version();
    result[QStringLiteral("found")] = true;
    result[QStringLiteral("entryVersion")] = version();
    return Reply::fromValue(result);
}

Reply SharedDict::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    return dispatchTo(this, Methods, caller, method, args);
}

Reply SharedDict::serveGetItem(const Caller &, MethodName method, const QVariantList &args)
{
    Reply failure;
    if (args.isEmpty() || args.size() > 2)
        return wrongArguments(method, QStringLiteral("(key[, default])"));
    const DictKey key(args.at(0));
    if (!checkKey(key, &failure))
        return failure;
    const qsizetype slot = m_table.find(key);
    if (slot >= 0)
        return Reply::fromValue(m_table.at(slot).value);
    return method == DictWire::Get ? Reply::fromValue(args.value(1)) : missing(args.at(0));
}

Reply SharedDict::serveSetItem(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 2)
        return wrongArguments(method, QStringLiteral("(key, value)"));
    return set(args.at(0), args.at(1));
}

Reply SharedDict::serveDelItem(const Caller &, MethodName method, const QVariantList &args)
{
    Reply failure;
    if (args.isEmpty() || args.size() > (method == DictWire::Pop ? 2 : 1))
        return wrongArguments(method, method == DictWire::Pop ? QStringLiteral("(key[, default])") : QStringLiteral("(key)"));
    const DictKey key(args.at(0));
    if (!checkKey(key, &failure))
        return failure;
    const qsizetype slot = m_table.find(key);
    if (slot < 0)
        return args.size() == 2 ? Reply::fromValue(args.at(1)) : missing(args.at(0));
    return remove(slot, method == DictWire::Pop);
}

Reply SharedDict::serveContains(const Caller &, MethodName method, const QVariantList &args)
{
    Reply failure;
    if (args.size() != 1)
        return wrongArguments(method, QStringLiteral("(key)"));
    const DictKey key(args.at(0));
    if (!checkKey(key, &failure))
        return failure; // Python: TypeError, unhashable type
    return Reply::fromValue(m_table.find(key) >= 0);
}

Reply SharedDict::serveLen(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(int(m_table.size()));
}

Reply SharedDict::serveKeys(const Caller &, MethodName method, const QVariantList &)
{
    QVariantList out;
    out.reserve(m_table.size());
    const int what = method == DictWire::Keys ? 0 : method == DictWire::Values ? 1 : 2;
    m_table.forEach([&out, what](const DictTable::Entry &entry) {
        if (what == 0)
            out.append(entry.key.value());
        else if (what == 1)
            out.append(entry.value);
        else
            out.append(QVariant(QVariantList { entry.key.value(), entry.value }));
    });
    return Reply::fromValue(out);
}

Reply SharedDict::servePopItem(const Caller &, MethodName, const QVariantList &)
{
    if (m_table.isEmpty())
        return Reply::fromError(Error::KeyError, Tr::tr("popitem(): dictionary is empty"));
    const qsizetype slot = m_table.lastSlot();
    const QVariant key = m_table.at(slot).key.value();
    const Reply value = remove(slot, true);
    return Reply::fromValue(QVariantList { key, value.value() });
}

Reply SharedDict::serveSetDefault(const Caller &, MethodName method, const QVariantList &args)
{
    Reply failure;
    if (args.isEmpty() || args.size() > 2)
        return wrongArguments(method, QStringLiteral("(key[, default])"));
    const DictKey key(args.at(0));
    if (!checkKey(key, &failure))
        return failure;
    const qsizetype slot = m_table.find(key);
    if (slot >= 0)
        return Reply::fromValue(m_table.at(slot).value);
    const Reply stored = set(args.at(0), args.value(1));
    return stored.isValid() ? Reply::fromValue(args.value(1)) : stored;
}

Reply SharedDict::serveUpdate(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 1)
        return Reply::fromError(Error::InvalidArguments,
                                Tr::tr("%1 takes (mapping or pairs)")
                                    .arg(QString::fromLatin1(QByteArrayView(method))));
    return update(args.at(0));
}

Reply SharedDict::serveClear(const Caller &, MethodName, const QVariantList &)
{
    DictTable entries = std::exchange(m_table, DictTable());
    m_table.setCompactionHeld(!m_scans.empty());
    entries.forEach([this](const DictTable::Entry &entry) { releaseValue(entry.value); });
    noteChange();
    m_lastRemoval = version();
    grown(-footprint());
    publish(DictWire::ClearedEvent);
    return Reply::fromValue(QVariant());
}

Reply SharedDict::serveItemsRange(const Caller &, MethodName, const QVariantList &args)
{
    return itemsRange(args);
}

Reply SharedDict::serveFind(const Caller &, MethodName, const QVariantList &args)
{
    return find(args);
}

Reply SharedDict::serveValueInfo(const Caller &, MethodName, const QVariantList &args)
{
    return valueInfo(args);
}

Reply SharedDict::serveGetRange(const Caller &, MethodName, const QVariantList &args)
{
    return getRange(args);
}

Reply SharedDict::serveLookup(const Caller &, MethodName method, const QVariantList &args)
{
    Reply failure;
    if (args.size() != 1)
        return wrongArguments(method, QStringLiteral("(key)"));
    const DictKey key(args.at(0));
    if (!checkKey(key, &failure))
        return failure;
    const qsizetype slot = m_table.find(key);
    QVariantMap result;
    result[QStringLiteral("found")] = slot >= 0;
    result[QStringLiteral("value")] = slot >= 0 ? m_table.at(slot).value : QVariant();
    result[QStringLiteral("version")] = version();
    result[QStringLiteral("entryVersion")] = slot >= 0 ? m_table.at(slot).version : quint64(0);
    return Reply::fromValue(result);
}

Reply SharedDict::serveSetIf(const Caller &, MethodName, const QVariantList &args)
{
    return setIf(args);
}

Reply SharedDict::serveExchange(const Caller &, MethodName method, const QVariantList &args)
{
    Reply failure;
    if (args.size() != 2)
        return wrongArguments(method, QStringLiteral("(key, value)"));
    const DictKey key(args.at(0));
    if (!checkKey(key, &failure))
        return failure;
    const qsizetype slot = m_table.find(key);
    const QVariant previous = slot >= 0 ? m_table.at(slot).value : QVariant();
    const Reply stored = set(args.at(0), args.at(1));
    if (!stored.isValid())
        return stored;
    QVariantMap result;
    result[QStringLiteral("found")] = slot >= 0;
    result[QStringLiteral("previous")] = previous;
    result[QStringLiteral("version")] = version();
    return Reply::fromValue(result);
}

} // namespace LibManager
