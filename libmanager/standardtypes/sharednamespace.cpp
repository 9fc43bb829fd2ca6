// SPDX-License-Identifier: BSD-3-Clause
#include "sharednamespace_p.h"
#include <libmanager/standardtypes/footprint_p.h>
#include "pythonrepr_p.h"
#include <libmanager/tr_p.h>

namespace LibManager {

SharedNamespace::~SharedNamespace()
{
    for (const Attribute &attribute : std::as_const(m_attributes))
        releaseValue(attribute.value);
}

qint64 SharedNamespace::attributeFootprint(const QString &name, const QVariant &value)
{
    return Footprint::Attribute + Footprint::of(name) + Footprint::of(value);
}

/*! The wire methods (NamespaceWire), in methodNames()'s order. */
const StandardMethod<SharedNamespace> SharedNamespace::Methods[] = {
    { NamespaceWire::GetAttr.bytes(), &SharedNamespace::serveGetAttr, Reads },
    { NamespaceWire::SetAttr.bytes(), &SharedNamespace::serveSetAttr },
    { NamespaceWire::DelAttr.bytes(), &SharedNamespace::serveDelAttr },
    { NamespaceWire::HasAttr.bytes(), &SharedNamespace::serveHasAttr, Reads },
    { NamespaceWire::Attributes.bytes(), &SharedNamespace::serveAttributes, Reads },
    { NamespaceWire::Snapshot.bytes(), &SharedNamespace::serveAttributes, Reads },
    { NamespaceWire::Lookup.bytes(), &SharedNamespace::serveLookup, Reads },
    { NamespaceWire::SetIf.bytes(), &SharedNamespace::serveSetIf },
    { NamespaceWire::Exchange.bytes(), &SharedNamespace::serveExchange },
};

QStringList SharedNamespace::methodNames() const
{
    return namesOf(Methods);
}

bool SharedNamespace::isReadMethod(MethodName method) const
{
    return readsIn(Methods, method);
}

QString SharedNamespace::toString() const
{
    QStringList parts;
    for (auto it = m_attributes.cbegin(); it != m_attributes.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + pythonRepr(it->value));
    return QStringLiteral("Namespace(%1)").arg(parts.join(QLatin1String(", ")));
}

QString SharedNamespace::preview(int maxChars) const
{
    ContainerPreview preview(maxChars, QStringLiteral("Namespace("), QStringLiteral(")"),
                             m_attributes.size(), QStringLiteral("attributes"));
    for (auto it = m_attributes.cbegin(); it != m_attributes.cend(); ++it) {
        const bool fits = preview.add([&it](QString &out, qsizetype limit) {
            return appendLimited(out, QStringView(it.key()), limit)
                    && appendLimited(out, QLatin1String("="), limit)
                    && appendPythonRepr(out, it->value, limit);
        });
        if (!fits)
            break;
    }
    return preview.finish();
}

Reply SharedNamespace::set(const QString &name, const QVariant &value)
{
    auto it = m_attributes.find(name);
    Reply failure;
    if (it != m_attributes.end()) {
        const qint64 growth = Footprint::of(value) - Footprint::of(it->value);
        if (!mayGrow(growth, -1, &failure))
            return failure;
        releaseValue(it->value);
        it->value = value;
        grown(growth);
    } else {
        const qint64 growth = attributeFootprint(name, value);
        if (!mayGrow(growth, m_attributes.size() + 1, &failure))
            return failure;
        it = m_attributes.insert(name, Attribute { value, 0 });
        grown(growth);
    }
    retainValue(value);
    noteChange();
    it->version = version();
    publish(NamespaceWire::SetEvent, name, value);
    return Reply::fromValue(QVariant());
}

QVariantMap SharedNamespace::versioned(const QString &name) const
{
    const auto it = m_attributes.constFind(name);
    const bool found = it != m_attributes.cend();
    QVariantMap result;
    result[QStringLiteral("found")] = found;
    if (found) {
        result[QStringLiteral("value")] = it->value;
        result[QStringLiteral("entryVersion")] = it->version;
    }
    result[QStringLiteral("version")] = version();
    return result;
}

bool SharedNamespace::attributeName(MethodName method, const QVariantList &args, QString *name,
                                    Reply *failure)
{
    if (args.isEmpty() || args.at(0).metaType().id() != QMetaType::QString) {
        *failure = Reply::fromError(Error::InvalidArguments,
                                    Tr::tr("%1 takes an attribute name (a string)")
                                        .arg(QString::fromLatin1(QByteArrayView(method))));
        return false;
    }
    *name = args.at(0).toString();
    if (name->isEmpty() || name->startsWith(QLatin1Char('_'))) {
        *failure = Reply::fromError(
            Error::ValueError,
            Tr::tr("'%1': names beginning with '_' belong to the proxy").arg(*name));
        return false;
    }
    return true;
}

Reply SharedNamespace::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    return dispatchTo(this, Methods, caller, method, args);
}

Reply SharedNamespace::serveAttributes(const Caller &, MethodName method, const QVariantList &)
{
    QVariantMap attributes;
    for (auto it = m_attributes.cbegin(); it != m_attributes.cend(); ++it)
        attributes.insert(it.key(), it->value);
    if (method == NamespaceWire::Attributes)
        return Reply::fromValue(attributes);
    QVariantMap snapshot;
    snapshot[QStringLiteral("version")] = version();
    snapshot[QStringLiteral("attributes")] = attributes;
    return Reply::fromValue(snapshot);
}

Reply SharedNamespace::serveGetAttr(const Caller &, MethodName method, const QVariantList &args)
{
    QString name;
    Reply failure;
    if (!attributeName(method, args, &name, &failure))
        return failure;
    const auto it = m_attributes.constFind(name);
    if (it == m_attributes.cend())
        return Reply::fromError(Error::KeyError,
                                Tr::tr("'Namespace' object has no attribute '%1'").arg(name));
    return Reply::fromValue(it->value);
}

Reply SharedNamespace::serveHasAttr(const Caller &, MethodName method, const QVariantList &args)
{
    QString name;
    Reply failure;
    if (!attributeName(method, args, &name, &failure))
        return failure;
    return Reply::fromValue(m_attributes.contains(name));
}

Reply SharedNamespace::serveSetAttr(const Caller &, MethodName method, const QVariantList &args)
{
    QString name;
    Reply failure;
    if (!attributeName(method, args, &name, &failure))
        return failure;
    if (args.size() != 2)
        return wrongArguments(method, QStringLiteral("(name, value)"));
    return set(name, args.at(1));
}

Reply SharedNamespace::serveDelAttr(const Caller &, MethodName method, const QVariantList &args)
{
    QString name;
    Reply failure;
    if (!attributeName(method, args, &name, &failure))
        return failure;
    const auto it = m_attributes.find(name);
    if (it == m_attributes.end())
        return Reply::fromError(Error::KeyError,
                                Tr::tr("'Namespace' object has no attribute '%1'").arg(name));
    releaseValue(it->value);
    grown(-attributeFootprint(name, it->value));
    m_attributes.erase(it);
    noteChange();
    m_lastRemoval = version();
    publish(NamespaceWire::DeletedEvent, name);
    return Reply::fromValue(QVariant());
}

Reply SharedNamespace::serveLookup(const Caller &, MethodName method, const QVariantList &args)
{
    QString name;
    Reply failure;
    if (!attributeName(method, args, &name, &failure))
        return failure;
    return Reply::fromValue(versioned(name));
}

Reply SharedNamespace::serveSetIf(const Caller &caller, MethodName method, const QVariantList &args)
{
    QString name;
    Reply failure;
    if (!attributeName(method, args, &name, &failure))
        return failure;
    bool ok = false;
    const qint64 expected = args.value(2).toLongLong(&ok);
    if (args.size() != 3 || !ok)
        return wrongArguments(method, QStringLiteral("(name, value, expectedVersion)"));
    const auto it = m_attributes.constFind(name);
    const bool found = it != m_attributes.cend();
    // As the dict's set_if: unchanged since the version the caller saw.
    const bool unchanged = found ? expected != 0 && it->version <= quint64(expected)
                                 : expected == 0 || m_lastRemoval <= quint64(expected);
    if (!unchanged) {
        QVariantMap result = versioned(name);
        result[QStringLiteral("ok")] = false;
        if (found)
            result[QStringLiteral("current")] = result.take(QStringLiteral("value"));
        return Reply::fromValue(result);
    }
    const Reply stored = set(name, args.at(1));
    if (!stored.isValid())
        return stored;
    QVariantMap result;
    result[QStringLiteral("ok")] = true;
    result[QStringLiteral("found")] = true;
    result[QStringLiteral("version")] = version();
    result[QStringLiteral("entryVersion")] = version();
    return Reply::fromValue(result);
}

Reply SharedNamespace::serveExchange(const Caller &, MethodName method, const QVariantList &args)
{
    QString name;
    Reply failure;
    if (!attributeName(method, args, &name, &failure))
        return failure;
    if (args.size() != 2)
        return wrongArguments(method, QStringLiteral("(name, value)"));
    const auto it = m_attributes.constFind(name);
    const bool found = it != m_attributes.cend();
    const QVariant previous = found ? it->value : QVariant();
    const Reply stored = set(name, args.at(1));
    if (!stored.isValid())
        return stored;
    QVariantMap result;
    result[QStringLiteral("found")] = found;
    result[QStringLiteral("previous")] = previous;
    result[QStringLiteral("version")] = version();
    return Reply::fromValue(result);
}

} // namespace LibManager
