// SPDX-License-Identifier: BSD-3-Clause
#include "sharedlist_p.h"
#include <libmanager/standardtypes/footprint_p.h>
#include "pythonrepr_p.h"
#include "pythonvalue_p.h"
#include <libmanager/tr_p.h>

#include <algorithm>
#include <vector>

namespace LibManager {

namespace {

struct Slice
{
    qsizetype start = 0;
    qsizetype stop = 0;
    qsizetype step = 1;
    qsizetype count = 0;
};

// Python's PySlice_AdjustIndices: null bounds are None.
bool adjust(qsizetype length, const QVariant &startArg, const QVariant &stopArg, const QVariant &stepArg,
            Slice *slice, QString *why)
{
    qsizetype step = stepArg.isNull() ? 1 : qsizetype(stepArg.toLongLong());
    if (step == 0) {
        *why = Tr::tr("slice step cannot be zero");
        return false;
    }
    const qsizetype lower = step < 0 ? -1 : 0;
    const qsizetype upper = step < 0 ? length - 1 : length;
    auto clamp = [&](const QVariant &arg, qsizetype fallback) {
        if (arg.isNull())
            return fallback;
        qsizetype value = qsizetype(arg.toLongLong());
        if (value < 0) {
            value += length;
            if (value < 0)
                value = lower;
        } else if (value >= upper) {
            value = upper;
        }
        return value;
    };
    slice->step = step;
    slice->start = clamp(startArg, step < 0 ? upper : lower);
    slice->stop = clamp(stopArg, step < 0 ? lower : upper);
    if (step < 0)
        slice->count = slice->stop < slice->start ? (slice->start - slice->stop - 1) / (-step) + 1 : 0;
    else
        slice->count = slice->start < slice->stop ? (slice->stop - slice->start - 1) / step + 1 : 0;
    return true;
}

} // namespace

SharedList::~SharedList()
{
    for (const QVariant &item : std::as_const(m_items))
        releaseValue(item);
}

Reply SharedList::initialize(const QVariantList &values)
{
    Reply failure;
    const qint64 growth = itemsFootprint(values.cbegin(), values.cend());
    if (!mayGrow(growth, values.size(), &failure))
        return failure;
    m_items = values;
    for (const QVariant &item : values)
        retainValue(item);
    grown(growth);
    return {};
}

qint64 SharedList::itemsFootprint(QVariantList::const_iterator begin,
                                  QVariantList::const_iterator end)
{
    qint64 total = qint64(end - begin) * Footprint::ListItem;
    for (auto it = begin; it != end; ++it)
        total += Footprint::of(*it);
    return total;
}

/*! The wire methods (ListWire), in methodNames()'s order. */
const StandardMethod<SharedList> SharedList::Methods[] = {
    { ListWire::GetItem.bytes(), &SharedList::serveGetItem, Reads },
    { ListWire::SetItem.bytes(), &SharedList::serveSetItem },
    { ListWire::GetSlice.bytes(), &SharedList::serveGetSlice, Reads },
    { ListWire::SetSlice.bytes(), &SharedList::serveSetSlice },
    { ListWire::DelSlice.bytes(), &SharedList::serveDelSlice },
    { ListWire::Append.bytes(), &SharedList::serveAppend },
    { ListWire::Extend.bytes(), &SharedList::serveExtend },
    { ListWire::InPlaceAdd.bytes(), &SharedList::serveExtend },
    { ListWire::Insert.bytes(), &SharedList::serveInsert },
    { ListWire::Pop.bytes(), &SharedList::servePop },
    { ListWire::Remove.bytes(), &SharedList::serveRemove },
    { ListWire::Index.bytes(), &SharedList::serveRemove, Reads },
    { ListWire::Count.bytes(), &SharedList::serveCount, Reads },
    { ListWire::Reverse.bytes(), &SharedList::serveReverse },
    { ListWire::Sort.bytes(), &SharedList::serveSort },
    { ListWire::Clear.bytes(), &SharedList::serveClear },
    { ListWire::Len.bytes(), &SharedList::serveLen, Reads },
    { ListWire::Contains.bytes(), &SharedList::serveContains, Reads },
    { ListWire::ToList.bytes(), &SharedList::serveToList, Reads },
    { ListWire::Window.bytes(), &SharedList::serveWindow, Reads },
    { ListWire::SetIf.bytes(), &SharedList::serveSetIf },
    { ListWire::Exchange.bytes(), &SharedList::serveExchange },
};

QStringList SharedList::methodNames() const
{
    return namesOf(Methods);
}

bool SharedList::isReadMethod(MethodName method) const
{
    return readsIn(Methods, method);
}

QString SharedList::toString() const
{
    return pythonRepr(QVariant(m_items));
}

QString SharedList::preview(int maxChars) const
{
    ContainerPreview preview(maxChars, QStringLiteral("["), QStringLiteral("]"), m_items.size());
    for (const QVariant &item : m_items) {
        if (!preview.add([&item](QString &out, qsizetype limit) { return appendPythonRepr(out, item, limit); }))
            break;
    }
    return preview.finish();
}

void SharedList::trackItems()
{
    if (m_tracked)
        return;
    m_itemVersions.assign(size_t(m_items.size()), version());
    m_tracked = true;
}

void SharedList::itemsChangedFrom(qsizetype from)
{
    if (m_tracked)
        std::fill(m_itemVersions.begin() + from, m_itemVersions.end(), version());
}

bool SharedList::position(const QVariant &argument, qsizetype *index) const
{
    qsizetype i = qsizetype(argument.toLongLong());
    if (i < 0)
        i += m_items.size();
    *index = i;
    return argument.isValid() && i >= 0 && i < m_items.size();
}

Reply SharedList::insertItems(qsizetype at, const QVariantList &values)
{
    if (values.isEmpty())
        return {};
    // Before anything is allocated: an extend() too large for the quotas changes nothing.
    Reply failure;
    const qint64 growth = itemsFootprint(values.cbegin(), values.cend());
    if (!mayGrow(growth, m_items.size() + values.size(), &failure))
        return failure;
    for (const QVariant &value : values)
        retainValue(value);
    if (at == m_items.size()) {
        m_items.append(values);
    } else {
        QVariantList merged;
        merged.reserve(m_items.size() + values.size());
        merged.append(m_items.mid(0, at));
        merged.append(values);
        merged.append(m_items.mid(at));
        m_items = std::move(merged);
    }
    noteChange();
    if (m_tracked) {
        // The items behind the new ones moved: an index held for them now names another.
        m_itemVersions.insert(m_itemVersions.begin() + at, size_t(values.size()), 0);
        itemsChangedFrom(at);
    }
    grown(growth);
    publish(ListWire::InsertedEvent, qlonglong(at), values);
    return {};
}

void SharedList::removeItems(qsizetype at, qsizetype count)
{
    if (count <= 0)
        return;
    for (qsizetype i = at; i < at + count; ++i)
        releaseValue(m_items.at(i));
    const qint64 shrunk = itemsFootprint(m_items.cbegin() + at, m_items.cbegin() + at + count);
    m_items.remove(at, count);
    noteChange();
    if (m_tracked) {
        m_itemVersions.erase(m_itemVersions.begin() + at, m_itemVersions.begin() + at + count);
        itemsChangedFrom(at);
    }
    grown(-shrunk);
    publish(ListWire::RemovedEvent, qlonglong(at), qlonglong(count));
}

void SharedList::reset()
{
    noteChange();
    itemsChangedFrom(0);
    if (observed())
        publish(ListWire::ResetEvent, QVariant(m_items));
}

Reply SharedList::setSlice(const QVariantList &args)
{
    if (args.size() < 3 || args.at(2).metaType().id() != QMetaType::QVariantList)
        return wrongArguments("setslice", QStringLiteral("(start, stop, values[, step])"));
    Slice slice;
    QString why;
    if (!adjust(m_items.size(), args.at(0), args.at(1), args.value(3), &slice, &why))
        return Reply::fromError(Error::ValueError, why);
    const QVariantList values = args.at(2).toList();
    Reply failure;
    if (slice.step == 1) {
        const qsizetype stop = qMax(slice.start, slice.stop);
        const qsizetype replaced = stop - slice.start;
        const qint64 old = itemsFootprint(m_items.cbegin() + slice.start, m_items.cbegin() + stop);
        if (replaced == values.size() && replaced > 0) {
            const qint64 growth = itemsFootprint(values.cbegin(), values.cend()) - old;
            if (!mayGrow(growth, -1, &failure))
                return failure;
            for (qsizetype i = 0; i < replaced; ++i) {
                releaseValue(m_items.at(slice.start + i));
                retainValue(values.at(i));
                m_items[slice.start + i] = values.at(i);
            }
            noteChange();
            if (m_tracked) {
                std::fill(m_itemVersions.begin() + slice.start,
                          m_itemVersions.begin() + slice.start + replaced, version());
            }
            grown(growth);
            publish(ListWire::ChangedEvent, qlonglong(slice.start), values);
        } else {
            // Checked as a whole: once the replaced items are gone, the new ones fit.
            const qint64 growth = itemsFootprint(values.cbegin(), values.cend()) - old;
            if (!mayGrow(growth, m_items.size() - replaced + values.size(), &failure))
                return failure;
            removeItems(slice.start, replaced);
            insertItems(slice.start, values);
        }
        return Reply::fromValue(QVariant());
    }
    if (values.size() != slice.count) {
        return Reply::fromError(
            Error::ValueError,
            Tr::tr("attempt to assign sequence of size %1 to extended slice of size %2")
                .arg(values.size())
                .arg(slice.count));
    }
    qint64 growth = itemsFootprint(values.cbegin(), values.cend());
    for (qsizetype i = 0; i < slice.count; ++i)
        growth -= Footprint::ListItem + Footprint::of(m_items.at(slice.start + i * slice.step));
    if (!mayGrow(growth, -1, &failure))
        return failure;
    for (qsizetype i = 0; i < slice.count; ++i) {
        const qsizetype at = slice.start + i * slice.step;
        releaseValue(m_items.at(at));
        retainValue(values.at(i));
        m_items[at] = values.at(i);
    }
    grown(growth);
    reset();
    return Reply::fromValue(QVariant());
}

Reply SharedList::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    return dispatchTo(this, Methods, caller, method, args);
}

Reply SharedList::serveGetItem(const Caller &, MethodName, const QVariantList &args)
{
    qsizetype index = 0;
    if (args.size() != 1 || !position(args.at(0), &index))
        return Reply::fromError(Error::IndexError, Tr::tr("list index out of range"));
    return Reply::fromValue(m_items.at(index));
}

Reply SharedList::serveSetItem(const Caller &, MethodName method, const QVariantList &args)
{
    qsizetype index = 0;
    if (args.size() != 2)
        return wrongArguments(method, QStringLiteral("(index, value)"));
    if (!position(args.at(0), &index))
        return Reply::fromError(Error::IndexError,
                                Tr::tr("list assignment index out of range"));
    return setItem(index, args.at(1));
}

Reply SharedList::serveGetSlice(const Caller &, MethodName, const QVariantList &args)
{
    Slice slice;
    QString why;
    if (!adjust(m_items.size(), args.value(0), args.value(1), args.value(2), &slice, &why))
        return Reply::fromError(Error::ValueError, why);
    QVariantList out;
    out.reserve(slice.count);
    for (qsizetype i = 0; i < slice.count; ++i)
        out.append(m_items.at(slice.start + i * slice.step));
    return Reply::fromValue(out);
}

Reply SharedList::serveSetSlice(const Caller &, MethodName, const QVariantList &args)
{
    return setSlice(args);
}

Reply SharedList::serveDelSlice(const Caller &, MethodName, const QVariantList &args)
{
    Slice slice;
    QString why;
    if (!adjust(m_items.size(), args.value(0), args.value(1), QVariant(), &slice, &why))
        return Reply::fromError(Error::ValueError, why);
    removeItems(slice.start, slice.count);
    return Reply::fromValue(QVariant());
}

Reply SharedList::serveAppend(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 1)
        return wrongArguments(method, QStringLiteral("(value)"));
    const Reply inserted = insertItems(m_items.size(), { args.at(0) });
    return inserted.isValid() ? Reply::fromValue(QVariant()) : inserted;
}

Reply SharedList::serveExtend(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 1 || args.at(0).metaType().id() != QMetaType::QVariantList)
        return Reply::fromError(
            Error::InvalidArguments,
            Tr::tr("%1 takes (a list)").arg(QString::fromLatin1(QByteArrayView(method))));
    const Reply inserted = insertItems(m_items.size(), args.at(0).toList());
    return inserted.isValid() ? Reply::fromValue(QVariant()) : inserted;
}

Reply SharedList::serveInsert(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 2)
        return wrongArguments(method, QStringLiteral("(index, value)"));
    qsizetype at = qsizetype(args.at(0).toLongLong());
    if (at < 0)
        at = qMax<qsizetype>(0, at + m_items.size());
    at = qMin(at, m_items.size());
    const Reply inserted = insertItems(at, { args.at(1) });
    return inserted.isValid() ? Reply::fromValue(QVariant()) : inserted;
}

Reply SharedList::servePop(const Caller &, MethodName, const QVariantList &args)
{
    qsizetype index = 0;
    if (m_items.isEmpty())
        return Reply::fromError(Error::IndexError, Tr::tr("pop from empty list"));
    if (!position(args.isEmpty() ? QVariant(-1) : args.at(0), &index))
        return Reply::fromError(Error::IndexError, Tr::tr("pop index out of range"));
    const QVariant item = m_items.at(index);
    removeItems(index, 1);
    return Reply::fromValue(item);
}

Reply SharedList::serveRemove(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.isEmpty() || args.size() > (method == ListWire::Index ? 3 : 1))
        return wrongArguments(method, method == ListWire::Index ? QStringLiteral("(value[, start[, stop]])") : QStringLiteral("(value)"));
    Slice range;
    QString why;
    adjust(m_items.size(), args.value(1), args.value(2), QVariant(), &range, &why);
    for (qsizetype i = range.start; i < range.stop; ++i) {
        if (pythonEquals(m_items.at(i), args.at(0))) {
            if (method == ListWire::Index)
                return Reply::fromValue(int(i));
            removeItems(i, 1);
            return Reply::fromValue(QVariant());
        }
    }
    return Reply::fromError(Error::ValueError,
                            method == ListWire::Index
                                ? Tr::tr("%1 is not in list").arg(pythonRepr(args.at(0)))
                                : Tr::tr("list.remove(x): x not in list"));
}

Reply SharedList::serveCount(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 1)
        return wrongArguments(method, QStringLiteral("(value)"));
    return Reply::fromValue(int(std::count_if(m_items.cbegin(), m_items.cend(),
                                              [&args](const QVariant &item) { return pythonEquals(item, args.at(0)); })));
}

Reply SharedList::serveContains(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 1)
        return wrongArguments(method, QStringLiteral("(value)"));
    return Reply::fromValue(std::any_of(m_items.cbegin(), m_items.cend(),
                                        [&args](const QVariant &item) { return pythonEquals(item, args.at(0)); }));
}

Reply SharedList::serveReverse(const Caller &, MethodName, const QVariantList &)
{
    std::reverse(m_items.begin(), m_items.end());
    reset();
    return Reply::fromValue(QVariant());
}

Reply SharedList::serveSort(const Caller &, MethodName, const QVariantList &args)
{
    const bool descending = !args.isEmpty() && args.at(0).toBool();
    QString why;
    QVariantList sorted = m_items;
    std::stable_sort(sorted.begin(), sorted.end(), [&why, descending](const QVariant &a, const QVariant &b) {
        const QPartialOrdering order = pythonCompare(a, b);
        if (order == QPartialOrdering::Unordered) {
            if (why.isEmpty())
                why = Tr::tr("'<' not supported between %1 and %2")
                          .arg(QString::fromLatin1(a.isValid() ? a.metaType().name() : "None"),
                               QString::fromLatin1(b.isValid() ? b.metaType().name() : "None"));
            return false;
        }
        return descending ? order == QPartialOrdering::Greater : order == QPartialOrdering::Less;
    });
    if (!why.isEmpty())
        return Reply::fromError(Error::TypeError, why);
    m_items = sorted;
    reset();
    return Reply::fromValue(QVariant());
}

Reply SharedList::serveClear(const Caller &, MethodName, const QVariantList &)
{
    removeItems(0, m_items.size());
    return Reply::fromValue(QVariant());
}

Reply SharedList::serveLen(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(int(m_items.size()));
}

Reply SharedList::serveToList(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(m_items);
}

Reply SharedList::serveWindow(const Caller &, MethodName, const QVariantList &args)
{
    return window(args);
}

Reply SharedList::serveSetIf(const Caller &, MethodName, const QVariantList &args)
{
    return setIf(args);
}

Reply SharedList::serveExchange(const Caller &, MethodName, const QVariantList &args)
{
    return exchange(args);
}

Reply SharedList::setItem(qsizetype index, const QVariant &value)
{
    const qint64 growth = Footprint::of(value) - Footprint::of(m_items.at(index));
    Reply failure;
    if (!mayGrow(growth, -1, &failure))
        return failure;
    releaseValue(m_items.at(index));
    retainValue(value);
    m_items[index] = value;
    noteChange();
    if (m_tracked)
        m_itemVersions[size_t(index)] = version();
    grown(growth);
    publish(ListWire::ChangedEvent, qlonglong(index), QVariantList { value });
    return Reply::fromValue(QVariant());
}

Reply SharedList::window(const QVariantList &args)
{
    bool startOk = false;
    bool countOk = true;
    qint64 start = args.value(0).toLongLong(&startOk);
    qint64 count = args.size() > 1 ? args.at(1).toLongLong(&countOk) : 100;
    if (args.isEmpty() || args.size() > 2 || !startOk || !countOk || count < 0)
        return wrongArguments("window", QStringLiteral("(start, count=100)"));
    trackItems();
    const qint64 length = m_items.size();
    if (start < 0)
        start = qMax<qint64>(0, start + length);
    start = qMin(start, length);
    count = qMin(qMin(count, qint64(MaxWindow)), length - start);
    QVariantMap window;
    window[QStringLiteral("length")] = length;
    window[QStringLiteral("version")] = version();
    window[QStringLiteral("start")] = start;
    window[QStringLiteral("items")] = m_items.mid(qsizetype(start), qsizetype(count));
    return Reply::fromValue(window);
}

Reply SharedList::setIf(const QVariantList &args)
{
    bool ok = false;
    const qint64 expected = args.value(2).toLongLong(&ok);
    if (args.size() != 3 || !ok)
        return wrongArguments("set_if", QStringLiteral("(index, value, expectedVersion)"));
    qsizetype index = 0;
    if (!position(args.at(0), &index))
        return Reply::fromError(Error::IndexError, Tr::tr("list assignment index out of range"));
    trackItems();
    QVariantMap result;
    if (m_itemVersions[size_t(index)] > quint64(expected)) {
        result[QStringLiteral("ok")] = false;
        result[QStringLiteral("version")] = version();
        result[QStringLiteral("entryVersion")] = m_itemVersions[size_t(index)];
        result[QStringLiteral("current")] = m_items.at(index);
        return Reply::fromValue(result);
    }
    const Reply stored = setItem(index, args.at(1));
    if (!stored.isValid())
        return stored;
    result[QStringLiteral("ok")] = true;
    result[QStringLiteral("version")] = version();
    result[QStringLiteral("entryVersion")] = version();
    return Reply::fromValue(result);
}

Reply SharedList::exchange(const QVariantList &args)
{
    if (args.size() != 2)
        return wrongArguments("exchange", QStringLiteral("(index, value)"));
    qsizetype index = 0;
    if (!position(args.at(0), &index))
        return Reply::fromError(Error::IndexError, Tr::tr("list assignment index out of range"));
    trackItems();
    const QVariant previous = m_items.at(index);
    const Reply stored = setItem(index, args.at(1));
    if (!stored.isValid())
        return stored;
    QVariantMap result;
    result[QStringLiteral("found")] = true;
    result[QStringLiteral("previous")] = previous;
    result[QStringLiteral("version")] = version();
    return Reply::fromValue(result);
}

} // namespace LibManager
