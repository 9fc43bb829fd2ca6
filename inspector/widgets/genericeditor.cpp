// SPDX-License-Identifier: BSD-3-Clause
#include "genericeditor.h"
#include "inspectorsession.h"

#include <libmanager/introspector.h>
#include <libmanager/pendingcallwatcher.h>

#include <QtCore/qlocale.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qboxlayout.h>

namespace Inspector {

GenericEditor::GenericEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                             QWidget *parent)
    : ObjectEditor(session, objectId, typeId, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setWordWrap(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Preview"));
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    connect(session, &InspectorSession::connected, this, &GenericEditor::reconnect);
    reconnect();
}

void GenericEditor::reconnect()
{
    LibManager::Introspector *introspector = session()->introspector();
    if (!introspector)
        return;
    connect(introspector, &LibManager::Introspector::objectChanged, this,
            [this](const LibManager::ObjectEvent &event) {
                if (event.object == objectId() && !session()->isPaused())
                    refresh();
            });
    connect(introspector, &LibManager::Introspector::referencesChanged, this,
            [this](const LibManager::ObjectEvent &event) {
                if (event.object == objectId())
                    refresh();
            });
    connect(introspector, &LibManager::Introspector::objectReleased, this,
            [this](const LibManager::ObjectEvent &event) {
                if (event.object == objectId())
                    Q_EMIT objectGone();
            });
    refresh();
}

void GenericEditor::refresh()
{
    LibManager::Introspector *introspector = session()->introspector();
    if (!introspector)
        return;
    if (m_refreshing) {
        m_again = true;
        return;
    }
    m_refreshing = true;
    auto *watcher = new LibManager::PendingCallWatcher(
            introspector->objectsPageAsync(objectId() - 1, 1, {}, 1000), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                m_refreshing = false;
                const LibManager::PendingReply<LibManager::ObjectPage> reply(*call);
                const LibManager::ObjectPage page = reply.value();
                if (!reply.isValid()) {
                    m_summary->setText(reply.errorString());
                } else if (page.objects.isEmpty() || page.objects.first().id != objectId()) {
                    Q_EMIT objectGone();
                    return;
                } else {
                    const LibManager::ObjectInfo &info = page.objects.first();
                    const QLocale locale;
                    m_summary->setText(tr("Class %1 · %2 · %3 · version %4")
                                               .arg(info.className,
                                                    tr("%n reference(s)", "", int(info.references)),
                                                    tr("%n subscriber(s)", "", info.subscribers),
                                                    locale.toString(info.version)));
                    m_preview->setPlainText(info.preview);
                }
                if (m_again) {
                    m_again = false;
                    refresh();
                }
            });
}

} // namespace Inspector
