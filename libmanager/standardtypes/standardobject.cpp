// SPDX-License-Identifier: BSD-3-Clause
#include "standardobject_p.h"
#include <libmanager/deferred_p.h>
#include <libmanager/platform/platform_p.h>
#include <libmanager/tr_p.h>

#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>

#include <chrono>
#include <cmath>
#include <ctime>
#include <new>
#include <limits>

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
thread_local ObjectHost *currentHost = nullptr;
// The connection that changes are attributed to (StandardObject::OriginScope). Per thread, not per
// object: a call on one object that changes another (a Condition's lock) names its caller too.
thread_local quint64 currentOrigin = 0;

} // namespace

StandardObject::OriginScope::OriginScope(quint64 connection) noexcept
    : m_previous(std::exchange(currentOrigin, connection))
{
}

StandardObject::OriginScope::~OriginScope()
{
    currentOrigin = m_previous;
}

void StandardObject::noteChange() noexcept
{
    ++m_version;
    m_lastOrigin = currentOrigin;
    m_lastChangedAt = Platform::coarseWallClockMs();
    // The stream reports the change later, once per generation, with the version it has then.
    if (Q_UNLIKELY(m_host != nullptr && m_host->streamObserved())
        && m_streamMark != m_host->streamGeneration() && m_objectId != 0) {
        m_streamMark = m_host->streamGeneration();
        m_host->streamChanged(m_objectId);
    }
}

quint64 StandardObject::streamObjectId() const noexcept
{
    if (m_objectId != 0)
        return m_objectId;
    const auto *owner = qobject_cast<const StandardObject *>(parent());
    return owner ? owner->m_objectId : 0;
}

Reply StandardObject::call(const Caller &caller, MethodName method, const QVariantList &args)
{
    const OriginScope origin(caller.connection);
    return dispatch(caller, method, args);
}

QString StandardObject::preview(int maxChars) const
{
    QString text = toString();
    if (text.size() > maxChars) {
        text.truncate(qMax(0, maxChars));
        text += QChar(0x2026);
    }
    return text;
}

ObjectHost *ObjectHost::current()
{
    return currentHost;
}

void ObjectHost::setCurrent(ObjectHost *host)
{
    currentHost = host;
}

StandardObject::StandardObject(QObject *parent)
    : QObject(parent), m_lastOrigin(currentOrigin), m_lastChangedAt(Platform::coarseWallClockMs())
{
    if (QuotaAccount *account = QuotaAccount::current())
        m_account = account->shared_from_this();
}

StandardObject::~StandardObject()
{
    // What the subclass held went with its destructor.
    if (m_account)
        m_account->charge(-m_footprint);
    // Calls still parked here may be settled later (their connection cancels them): their
    // handlers must not reach for entries that are gone.
    for (auto &entry : m_timeouts)
        entry.second.deferred.state()->settleHandler = nullptr;
}

void StandardObject::attach(ObjectHost *host, quint64 objectId,
                          const std::shared_ptr<QuotaAccount> &account)
{
    if (!m_account && account) {
        m_account = account;
        m_account->charge(m_footprint);
    }
    m_host = host;
    m_objectId = objectId;
    const QVariantList pending = std::exchange(m_pendingRetains, {});
    for (const QVariant &value : pending)
        retainValue(value);
    attached();
}

void StandardObject::detach()
{
    m_host = nullptr;
    if (m_account) {
        m_account->charge(-m_footprint);
        m_account.reset();
    }
}

void StandardObject::watchCaller(quint64 connection)
{
    if (m_host && connection != 0)
        m_host->watchCaller(connection, this);
}

void StandardObject::retainValue(const QVariant &value)
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

void StandardObject::releaseValue(const QVariant &value)
{
    if (!m_host || !mayHoldTokens(value))
        return;
    forEachToken(value, [this](const Token &token) {
        if (m_host->objectFor(token))
            m_host->release(token.objectId());
    });
}

Reply StandardObject::notExposed(QByteArrayView method) const
{
    return Reply::fromError(Error::MethodNotExposed,
                            Tr::tr("'%1' is not an exposed method of %2 (exposed: %3)")
                                .arg(QString::fromLatin1(method),
                                     QString::fromLatin1(metaObject()->className()),
                                     methodNames().join(QLatin1String(", "))));
}

Reply StandardObject::wrongArguments(QByteArrayView method, const QString &expected) const
{
    return Reply::fromError(Error::InvalidArguments,
                            Tr::tr("%1 takes %2").arg(QString::fromLatin1(method), expected));
}

int StandardObject::pendingTimeouts() const
{
    return int(m_timeouts.size());
}

void StandardObject::armTimeout(const Deferred &deferred, int timeoutMs, std::function<void()> onTimeout)
{
    if (timeoutMs < 0)
        return;
    const qint64 deadline = Platform::steadyClockMs() + timeoutMs;
    deferred.state()->deadline = deadline;
    const auto it = m_timeouts.emplace(deadline, Timeout { deferred, std::move(onTimeout) });
    // Settled first (answered, or cancelled): the entry goes at once. The handler may outlive
    // this object, hence the guard.
    deferred.state()->settleHandler = [self = QPointer<StandardObject>(this), it] {
        if (self)
            self->m_timeouts.erase(it);
    };
    if (it == m_timeouts.begin())
        armTimeoutTimer();
}

void StandardObject::armTimeoutTimer()
{
    if (m_timeouts.empty())
        return; // a timer set for an entry that went fires once, for nothing
    const qint64 next = m_timeouts.begin()->first;
    if (m_timeoutTimer && m_timeoutTimer->isActive() && m_timerDeadline <= next)
        return;
    if (!m_timeoutTimer) {
        m_timeoutTimer = new QTimer(this);
        m_timeoutTimer->setSingleShot(true);
        m_timeoutTimer->setTimerType(Qt::PreciseTimer);
        connect(m_timeoutTimer, &QTimer::timeout, this, &StandardObject::fireTimeouts);
    }
    m_timerDeadline = next;
    m_timeoutTimer->start(int(qBound<qint64>(0, next - Platform::steadyClockMs(), qint64(std::numeric_limits<int>::max()))));
}

void StandardObject::fireTimeouts()
{
    const qint64 now = Platform::steadyClockMs();
    while (!m_timeouts.empty() && m_timeouts.begin()->first <= now) {
        Timeout due = std::move(m_timeouts.begin()->second);
        m_timeouts.erase(m_timeouts.begin());
        due.deferred.state()->settleHandler = nullptr; // its entry is gone already
        if (!due.deferred.isPending())
            continue;
        // From a timer: nothing may escape into the event loop. Out of memory for the answer,
        // the call's client loses its connection (as it would in a request of its own).
        try {
            // The stream reports how the wait ended, whenever its answer goes.
            due.deferred.state()->timedOut = true;
            // What the timeout changes (a barrier it breaks) is the waiting client's doing.
            const ParkedCallSink *sink = due.deferred.state()->sink();
            const OriginScope origin(sink ? sink->clientId() : 0);
            due.onTimeout();
        } catch (const std::bad_alloc &) {
            if (ParkedCallSink *sink = due.deferred.state()->sink())
                sink->closeOutOfMemory();
        }
    }
    armTimeoutTimer();
}

QVariantMap StandardObject::waiterInfo(quint64 connection, const Deferred &answer)
{
    const std::shared_ptr<DeferredState> state = answer.state();
    if (!connection && state && state->sink())
        connection = state->sink()->clientId();
    return QVariantMap {
        { QStringLiteral("client"), connection },
        { QStringLiteral("requestId"), state ? state->requestId : 0u },
        { QStringLiteral("since"), state ? state->parkedAtMs : 0 },
    };
}

} // namespace LibManager
