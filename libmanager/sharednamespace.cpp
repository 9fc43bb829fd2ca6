// SPDX-License-Identifier: BSD-3-Clause
#include "sharednamespace_p.h"
#include "footprint_p.h"
#include "pythonrepr_p.h"
#include "tr_p.h"

namespace LibManager {

SharedNamespace::~SharedNamespace()
{
    for (const QVariant &value : std::as_const(m_attributes))
        releaseValue(value);
}

qint64 SharedNamespace::attributeFootprint(const QString &name, const QVariant &value)
{
    return Footprint::Attribute + Footprint::of(name) + Footprint::of(value);
}

QStringList SharedNamespace::methodNames() const
{
    return { QStringLiteral("getattr"), QStringLiteral("setattr"), QStringLiteral("delattr"),
             QStringLiteral("hasattr"), QStringLiteral("attributes") };
}

QString SharedNamespace::toString() const
{
    QStringList parts;
    for (auto it = m_attributes.cbegin(); it != m_attributes.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + pythonRepr(it.value()));
    return QStringLiteral("Namespace(%1)").arg(parts.join(QLatin1String(", ")));
}

Reply SharedNamespace::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    Q_UNUSED(caller);
    if (method == "attributes")
        return Reply::fromValue(QVariantMap(m_attributes));
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
        return Reply::fromValue(*it);
    }
    if (method == "hasattr")
        return Reply::fromValue(m_attributes.contains(name));
    if (method == "setattr") {
        if (args.size() != 2)
            return wrongArguments(method, QStringLiteral("(name, value)"));
        auto it = m_attributes.find(name);
        Reply failure;
        if (it != m_attributes.end()) {
            const qint64 growth = Footprint::of(args.at(1)) - Footprint::of(*it);
            if (!mayGrow(growth, -1, &failure))
                return failure;
            releaseValue(*it);
            *it = args.at(1);
            grown(growth);
        } else {
            const qint64 growth = attributeFootprint(name, args.at(1));
            if (!mayGrow(growth, m_attributes.size() + 1, &failure))
                return failure;
            m_attributes.insert(name, args.at(1));
            grown(growth);
        }
        retainValue(args.at(1));
        noteChange();
        publish("set", name, args.at(1));
        return Reply::fromValue(QVariant());
    }
    if (method == "delattr") {
        const auto it = m_attributes.find(name);
        if (it == m_attributes.end())
            return Reply::fromError(Error::KeyError,
                                    Tr::tr("'Namespace' object has no attribute '%1'").arg(name));
        releaseValue(*it);
        grown(-attributeFootprint(name, *it));
        m_attributes.erase(it);
        noteChange();
        publish("deleted", name);
        return Reply::fromValue(QVariant());
    }
    return notExposed(method);
}

} // namespace LibManager
