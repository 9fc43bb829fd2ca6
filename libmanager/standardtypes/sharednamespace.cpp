// SPDX-License-Identifier: BSD-3-Clause
#include "sharednamespace_p.h"
#include <libmanager/server/footprint_p.h>
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

QStringList SharedNamespace::methodNames() const
{
    return { QStringLiteral("getattr"), QStringLiteral("setattr"), QStringLiteral("delattr"),
             QStringLiteral("hasattr"), QStringLiteral("attributes"), QStringLiteral("snapshot"),
             QStringLiteral("lookup"), QStringLiteral("set_if"), QStringLiteral("exchange") };
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
    publish("set", name, value);
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

Reply SharedNamespace::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    Q_UNUSED(caller);
    if (method == "attributes" || method == "snapshot") {
        QVariantMap attributes;
        for (auto it = m_attributes.cbegin(); it != m_attributes.cend(); ++it)
            attributes.insert(it.key(), it->value);
        if (method == "attributes")
            return Reply::fromValue(attributes);
        QVariantMap snapshot;
        snapshot[QStringLiteral("version")] = version();
        snapshot[QStringLiteral("attributes")] = attributes;
        return Reply::fromValue(snapshot);
    }
    if (args.isEmpty() || args.at(0).metaType().id() != QMetaType::QString)
        return Reply::fromError(Error::InvalidArguments,
                                Tr::tr("%1 takes an attribute name (a string)")
                                    .arg(QString::fromLatin1(QByteArrayView(method))));
    const QString name = args.at(0).toString();
    if (name.isEmpty() || name.startsWith(QLatin1Char('_'))) {
        return Reply::fromError(
            Error::ValueError,
            Tr::tr("'%1': names beginning with '_' belong to the proxy").arg(name));
    }
    if (method == "getattr") {
        const auto it = m_attributes.constFind(name);
        if (it == m_attributes.cend())
            return Reply::fromError(Error::KeyError,
                                    Tr::tr("'Namespace' object has no attribute '%1'").arg(name));
        return Reply::fromValue(it->value);
    }
    if (method == "hasattr")
        return Reply::fromValue(m_attributes.contains(name));
    if (method == "setattr") {
        if (args.size() != 2)
            return wrongArguments(method, QStringLiteral("(name, value)"));
        return set(name, args.at(1));
    }
    if (method == "delattr") {
        const auto it = m_attributes.find(name);
        if (it == m_attributes.end())
            return Reply::fromError(Error::KeyError,
                                    Tr::tr("'Namespace' object has no attribute '%1'").arg(name));
        releaseValue(it->value);
        grown(-attributeFootprint(name, it->value));
        m_attributes.erase(it);
        noteChange();
        m_lastRemoval = version();
        publish("deleted", name);
        return Reply::fromValue(QVariant());
    }
    if (method == "lookup")
        return Reply::fromValue(versioned(name));
    if (method == "set_if") {
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
    if (method == "exchange") {
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
    return notExposed(method);
}

} // namespace LibManager
