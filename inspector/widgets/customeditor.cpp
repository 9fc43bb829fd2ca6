// SPDX-License-Identifier: BSD-3-Clause
#include "customeditor.h"
#include "activitymodel.h"
#include "callmethoddialog.h"
#include "inspectorsession.h"
#include "jsonexport.h"

#include <libmanager/introspector.h>
#include <libmanager/pendingcallwatcher.h>
#include <libmanager/proxy.h>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qlocale.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qsplitter.h>
#include <QtWidgets/qtreewidget.h>

#include <algorithm>

namespace Inspector {

namespace {

enum Column { ReturnColumn, NameColumn, ParametersColumn };

QString argumentText(const QVariantList &args)
{
    QStringList parts;
    for (const QVariant &arg : args) {
        const QJsonValue json = JsonExport::toJson(arg);
        const QByteArray text = QJsonDocument(QJsonArray { json }).toJson(QJsonDocument::Compact);
        parts.append(QString::fromUtf8(text.mid(1, text.size() - 2)));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

CustomEditor::CustomEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                           QWidget *parent)
    : ObjectEditor(session, objectId, typeId, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Reading…"), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_methodView = new QTreeWidget(splitter);
    m_methodView->setObjectName(QStringLiteral("methodView"));
    m_methodView->setAccessibleName(tr("Exposed methods"));
    m_methodView->setRootIsDecorated(false);
    m_methodView->setUniformRowHeights(true);
    m_methodView->setHeaderLabels({ tr("Returns"), tr("Method"), tr("Parameters") });
    m_methodView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_methodView->header()->setStretchLastSection(true);
    connect(m_methodView, &QTreeWidget::itemActivated, this, &CustomEditor::callSelected);
    connect(m_methodView, &QTreeWidget::currentItemChanged, this, &CustomEditor::updateActions);

    auto *resultBox = new QWidget(splitter);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_callButton = new QPushButton(tr("&Call method…"), resultBox);
    m_callButton->setObjectName(QStringLiteral("callButton"));
    m_callButton->setProperty("mutating", true);
    m_callButton->setToolTip(tr("Call the selected method with arguments you give"));
    connect(m_callButton, &QPushButton::clicked, this, &CustomEditor::callSelected);
    row->addWidget(new QLabel(tr("Result:"), resultBox));
    row->addStretch(1);
    row->addWidget(m_callButton);
    resultLayout->addLayout(row);
    m_result = new QPlainTextEdit(resultBox);
    m_result->setObjectName(QStringLiteral("resultView"));
    m_result->setAccessibleName(tr("Call results"));
    m_result->setReadOnly(true);
    m_result->setMaximumBlockCount(1000);
    resultLayout->addWidget(m_result);
    splitter->addWidget(m_methodView);
    splitter->addWidget(resultBox);
    layout->addWidget(splitter, 1);

    connect(session, &InspectorSession::connected, this, &CustomEditor::reconnect);
    connect(session, &InspectorSession::readOnlyChanged, this, &CustomEditor::updateActions);
    updateActions();
    reconnect();
}

CustomEditor::~CustomEditor() = default;

QString CustomEditor::resultText() const
{
    return m_result->toPlainText();
}

void CustomEditor::updateActions()
{
    m_callButton->setEnabled(!session()->isReadOnly() && m_proxy
                             && m_methodView->currentItem() != nullptr);
}

void CustomEditor::reconnect()
{
    std::unique_ptr<LibManager::Proxy> proxy = session()->observe(objectId(), typeId());
    m_proxy = std::move(proxy);
    if (!m_proxy)
        m_result->appendPlainText(session()->lastErrorString());
    if (LibManager::Introspector *introspector = session()->introspector()) {
        connect(introspector, &LibManager::Introspector::objectReleased, this,
                [this](const LibManager::ObjectEvent &event) {
                    if (event.object == objectId())
                        Q_EMIT objectGone();
                });
    }
    refresh();
    updateActions();
}

void CustomEditor::refresh()
{
    LibManager::Introspector *introspector = session()->introspector();
    if (!introspector)
        return;
    auto *info = new LibManager::PendingCallWatcher(
        introspector->objectsPageAsync(objectId() - 1, 1), this);
    connect(info, &LibManager::PendingCallWatcher::finished, this,
            [this](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                const LibManager::PendingReply<LibManager::ObjectPage> reply(*call);
                const LibManager::ObjectPage page = reply.value();
                if (reply.isValid() && !page.objects.isEmpty()
                    && page.objects.first().id == objectId()) {
                    m_className = page.objects.first().className;
                }
                showInfo();
            });
    auto *methods = new LibManager::PendingCallWatcher(
        introspector->callMethodAsync(QStringLiteral("methods"), { objectId() }), this);
    connect(
        methods, &LibManager::PendingCallWatcher::finished, this,
        [this](LibManager::PendingCallWatcher *call) {
            call->deleteLater();
            const LibManager::Reply reply = call->reply();
            if (!reply.isValid()) {
                m_summary->setText(reply.errorString());
                return;
            }
            const QString current = m_methodView->currentItem()
                ? m_methodView->currentItem()->data(NameColumn, Qt::UserRole).toString()
                : QString();
            m_methods = reply.value().toStringList();
            // By name, overloads together (the server sorts by return type first).
            std::sort(m_methods.begin(), m_methods.end(), [](const QString &a, const QString &b) {
                const QString nameA = CallMethodDialog::parseSignature(a).name;
                const QString nameB = CallMethodDialog::parseSignature(b).name;
                return nameA != nameB ? nameA < nameB : a < b;
            });
            m_methodView->clear();
            for (const QString &signature : std::as_const(m_methods)) {
                const CallMethodDialog::Signature parsed
                    = CallMethodDialog::parseSignature(signature);
                auto *item = new QTreeWidgetItem(m_methodView);
                item->setText(ReturnColumn, parsed.returnType);
                item->setText(NameColumn, parsed.isValid() ? parsed.name : signature);
                item->setText(ParametersColumn, parsed.parameterTypes.join(QLatin1String(", ")));
                item->setData(NameColumn, Qt::UserRole, signature);
                item->setToolTip(NameColumn, signature);
                if (signature == current)
                    m_methodView->setCurrentItem(item);
            }
            if (!m_methodView->currentItem() && m_methodView->topLevelItemCount() > 0)
                m_methodView->setCurrentItem(m_methodView->topLevelItem(0));
            showInfo();
            updateActions();
            Q_EMIT methodsChanged();
        });
}

void CustomEditor::showInfo()
{
    m_summary->setText(
        tr("Class %1 · type %2 · object %3 · %n exposed method(s)", "", int(m_methods.size()))
            .arg(m_className.isEmpty() ? tr("(unknown)") : m_className, typeId(),
                 QLocale().toString(objectId())));
}

void CustomEditor::callSelected()
{
    QTreeWidgetItem *item = m_methodView->currentItem();
    if (!item || session()->isReadOnly() || !m_proxy)
        return;
    CallMethodDialog dialog(item->data(NameColumn, Qt::UserRole).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    callMethod(dialog.signature().name, dialog.arguments());
}

void CustomEditor::callMethod(const QString &method, const QVariantList &args)
{
    if (!m_proxy || session()->isReadOnly())
        return;
    const QString call = QStringLiteral("%1(%2)").arg(method, argumentText(args));
    auto *watcher
        = new LibManager::PendingCallWatcher(m_proxy->callMethodAsync(method, args), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, call, method](LibManager::PendingCallWatcher *finished) {
                finished->deleteLater();
                const LibManager::Reply reply = finished->reply();
                const QString time
                    = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss.zzz"));
                if (!reply.isValid()) {
                    m_result->appendPlainText(
                        tr("%1  %2 failed: %3").arg(time, call, reply.errorString()));
                    session()->activity()->appendOwnCall(objectId(), title(), call,
                                                         reply.errorString(), true);
                    Q_EMIT callFinished(method, false, QVariant(), reply.errorString());
                    return;
                }
                const QVariant value = reply.value();
                const QString result = value.isValid() ? argumentText({ value }) : tr("(nothing)");
                m_result->appendPlainText(tr("%1  %2 → %3").arg(time, call, result));
                session()->activity()->appendOwnCall(objectId(), title(), call, result, false);
                Q_EMIT callFinished(method, true, value, QString());
            });
}

} // namespace Inspector
