// SPDX-License-Identifier: BSD-3-Clause
#include "activityrecorder.h"
#include "activitymodel.h"
#include "clientnames.h"
#include "inspectorsession.h"
#include "objecttreemodel.h"
#include "objecttyperesolver.h"

#include <libmanager/introspector.h>

#include <QtCore/qlocale.h>

namespace Inspector {

using LibManager::ClientEvent;
using LibManager::Introspector;
using LibManager::ObjectEvent;
using LibManager::StreamGap;
using LibManager::SyncEvent;

ActivityRecorder::ActivityRecorder(InspectorSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_names = new ClientNames(session, this);
    m_types = new ObjectTypeResolver(session, this);
    connect(session, &InspectorSession::connected, this, &ActivityRecorder::attach);
    if (session->introspector())
        attach();
}

QString ActivityRecorder::objectLabel(quint64 objectId)
{
    if (objectId == 0)
        return QString();
    if (!m_types->isKnown(objectId)) {
        m_types->request({ objectId });
        return tr("object %1").arg(objectId);
    }
    return ObjectTreeModel::objectLabel(objectId, m_types->typeId(objectId), m_types->names(objectId));
}

void ActivityRecorder::add(quint64 objectId, const QString &event, const QString &details, quint64 clientId)
{
    if (m_session->isPaused())
        return;
    ActivityModel::Entry entry;
    entry.source = ActivityModel::Source::Server;
    entry.objectId = objectId;
    entry.object = objectLabel(objectId);
    entry.event = event;
    entry.details = details;
    entry.clientId = clientId;
    entry.client = clientId ? m_names->label(clientId) : QString();
    m_session->activity()->append(std::move(entry));
}

namespace {

QString outcomeText(SyncEvent::Outcome outcome)
{
    switch (outcome) {
    case SyncEvent::Outcome::None: return QString();
    case SyncEvent::Outcome::Granted: return ActivityRecorder::tr("granted");
    case SyncEvent::Outcome::Timeout: return ActivityRecorder::tr("timed out");
    case SyncEvent::Outcome::Cancelled: return ActivityRecorder::tr("cancelled");
    case SyncEvent::Outcome::Gone: return ActivityRecorder::tr("the client went");
    case SyncEvent::Outcome::Failed: return ActivityRecorder::tr("failed");
    }
    return QString();
}

} // namespace

void ActivityRecorder::attach()
{
    Introspector *introspector = m_session->introspector();
    if (!introspector)
        return;
    const QLocale locale;
    connect(introspector, &Introspector::objectCreated, this, [this](const ObjectEvent &e) {
        m_types->insert(e.object, e.typeId);
        add(e.object, tr("created"), e.typeId, e.client);
    });
    connect(introspector, &Introspector::objectReleased, this, [this](const ObjectEvent &e) {
        add(e.object, tr("released"), QString(), 0);
    });
    connect(introspector, &Introspector::objectChanged, this, [this, locale](const ObjectEvent &e) {
        add(e.object, tr("changed"), tr("version %1").arg(locale.toString(e.version)), e.client);
    });
    connect(introspector, &Introspector::clientConnected, this, [this](const ClientEvent &e) {
        add(0, tr("client connected"), e.peer, e.client);
    });
    connect(introspector, &Introspector::clientRenamed, this, [this](const ClientEvent &e) {
        add(0, tr("client renamed"), e.name, e.client);
    });
    connect(introspector, &Introspector::clientGone, this, [this](const ClientEvent &e) {
        add(0, tr("client gone"), e.reasonText.isEmpty() ? e.reason : e.reasonText, e.client);
    });
    connect(introspector, &Introspector::resyncNeeded, this, [this, locale](const StreamGap &gap) {
        add(0, tr("events lost"), tr("%1 events this inspector read too late").arg(locale.toString(gap.lost())), 0);
    });
    connect(introspector, &Introspector::syncEvent, this, [this, locale](const SyncEvent &e) {
        switch (e.kind) {
        case SyncEvent::Kind::Acquired:
            add(e.object, tr("acquired"), tr("holds %1").arg(locale.toString(e.count)), e.client);
            break;
        case SyncEvent::Kind::Released:
            add(e.object, tr("released a hold"), tr("holds %1").arg(locale.toString(e.count)), e.client);
            break;
        case SyncEvent::Kind::WaitStarted:
            add(e.object, tr("waits"), e.method, e.client);
            break;
        case SyncEvent::Kind::WaitEnded:
            add(e.object, tr("wait ended"),
                e.method.isEmpty() ? outcomeText(e.outcome) : tr("%1: %2").arg(e.method, outcomeText(e.outcome)),
                e.client);
            break;
        case SyncEvent::Kind::Broken:
            add(e.object, tr("broken"), QString(), e.client);
            break;
        case SyncEvent::Kind::Reset:
            add(e.object, tr("reset"), QString(), e.client);
            break;
        case SyncEvent::Kind::Set:
            add(e.object, tr("set"), QString(), e.client);
            break;
        case SyncEvent::Kind::Cleared:
            add(e.object, tr("cleared"), QString(), e.client);
            break;
        }
    });
}

} // namespace Inspector
