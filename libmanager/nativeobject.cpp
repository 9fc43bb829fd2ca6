// SPDX-License-Identifier: BSD-3-Clause
#include "nativeobject_p.h"
#include "deferred_p.h"

#include <QtCore/qtimer.h>

#include <cmath>

namespace LibManager {

namespace {

template<typename Visit>
void forEachToken(const QVariant &value, const Visit &visit)
{
    switch (value.metaType().id()) {
    case QMetaType::QVariantList:
        for (const QVariant &item : *static_cast<const QVariantList *>(value.constData()))
            forEachToken(item, visit);
        return;
    case QMetaType::QVariantMap:
        for (const QVariant &item : *static_cast<const QVariantMap *>(value.constData()))
            forEachToken(item, visit);
        return;
    case QMetaType::QVariantHash:
        for (const QVariant &item : *static_cast<const QVariantHash *>(value.constData()))
            forEachToken(item, visit);
        return;
    default:
        if (value.metaType() == QMetaType::fromType<Token>())
            visit(*static_cast<const Token *>(value.constData()));
        return;
    }
}

bool mayHoldTokens(const QVariant &value)
{
    const int id = value.metaType().id();
    return id == QMetaType::QVariantList || id == QMetaType::QVariantMap || id == QMetaType::QVariantHash
            || value.metaType() == QMetaType::fromType<Token>();
}

} // namespace

int timeoutArgument(const QVariant &seconds)
{
    if (!seconds.isValid() || seconds.isNull())
        return -1;
    const double value = seconds.toDouble();
    if (value < 0 || std::isnan(value))
        return -1;
    return int(std::min(value * 1000.0, double(std::numeric_limits<int>::max())));
}

namespace {
thread_local NativeHost *currentHost = nullptr;
}

NativeHost *NativeHost::current()
{
    return currentHost;
}

void NativeHost::setCurrent(NativeHost *host)
{
    currentHost = host;
}

NativeObject::~NativeObject() = default;

void NativeObject::attach(NativeHost *host, quint64 objectId)
{
    m_host = host;
    m_objectId = objectId;
    const QVariantList pending = std::exchange(m_pendingRetains, {});
    for (const QVariant &value : pending)
        retainValue(value);
    attached();
}

void NativeObject::detach()
{
    m_host = nullptr;
}

void NativeObject::watchCaller(quint64 connection)
{
    if (m_host && connection != 0)
        m_host->watchCaller(connection, this);
}

void NativeObject::retainValue(const QVariant &value)
{
    if (!mayHoldTokens(value))
        return;
    if (!m_host) {
        m_pendingRetains.append(value);
        return;
    }
    forEachToken(value, [this](const Token &token) {
        if (m_host->objectFor(token))
            m_host->retain(token.objectId());
    });
}

void NativeObject::releaseValue(const QVariant &value)
{
    if (!m_host || !mayHoldTokens(value))
        return;
    forEachToken(value, [this](const Token &token) {
        if (m_host->objectFor(token))
            m_host->release(token.objectId());
    });
}

Reply NativeObject::notExposed(QByteArrayView method) const
{
    return Reply::fromError(Error::MethodNotExposed,
                            QStringLiteral("'%1' is not an exposed method of %2 (exposed: %3)")
                                    .arg(QString::fromLatin1(method),
                                         QString::fromLatin1(metaObject()->className()),
                                         methodNames().join(QLatin1String(", "))));
}

Reply NativeObject::wrongArguments(QByteArrayView method, const QString &expected) const
{
    return Reply::fromError(Error::InvalidArguments,
                            QStringLiteral("%1 takes %2").arg(QString::fromLatin1(method), expected));
}

void NativeObject::armTimeout(const Deferred &deferred, int timeoutMs, std::function<void()> onTimeout)
{
    if (timeoutMs < 0)
        return;
    // The timer dies with this object; the Deferred tells whether it still matters.
    QTimer::singleShot(timeoutMs, this, [deferred, onTimeout = std::move(onTimeout)] {
        if (deferred.isPending())
            onTimeout();
    });
}

} // namespace LibManager
