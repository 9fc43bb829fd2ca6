// SPDX-License-Identifier: BSD-3-Clause
#include "queueeditor.h"
#include "activitymodel.h"
#include "depthsparkline.h"
#include "inspectorsession.h"
#include "queuecontentsmodel.h"
#include "syncrowsmodel.h"
#include "syncstatemodel.h"

#include <libmanager/pendingcallwatcher.h>
#include <libmanager/queueproxy.h>

#include <QtCore/qlocale.h>
#include <QtGui/qaction.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qdialog.h>
#include <QtWidgets/qdialogbuttonbox.h>
#include <QtWidgets/qformlayout.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qmessagebox.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qscrollbar.h>
#include <QtWidgets/qsplitter.h>
#include <QtWidgets/qtableview.h>
#include <QtWidgets/qtoolbar.h>

namespace Inspector {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    label->setBuddy(content);
    layout->addWidget(label);
    content->setParent(box);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

bool QueueEditor::handles(const QString &typeId)
{
    return typeId == QLatin1String("Queue") || typeId == QLatin1String("JoinableQueue");
}

QueueEditor::QueueEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                         QWidget *parent)
    : ObjectEditor(session, objectId, typeId, parent)
{
    m_sync = new SyncStateModel(session, objectId, typeId, this);
    m_contents = new QueueContentsModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setAccessibleName(tr("%1 actions").arg(title()));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolBar);
    QAction *refresh = m_toolBar->addAction(tr("Refresh"), this, [this] {
        m_sync->refresh();
        m_contents->reload();
    });
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    refresh->setToolTip(tr("Read the queue again (F5)"));
    addAction(refresh);
    m_toolBar->addSeparator();
    QAction *put = m_toolBar->addAction(tr("Put…"), this, &QueueEditor::askPut);
    put->setObjectName(QStringLiteral("put"));
    put->setToolTip(tr("Put an item at the end of the queue (an int, a float or a text)"));
    put->setProperty("mutating", true);
    QAction *get = m_toolBar->addAction(tr("Get (removes an item)"), this, &QueueEditor::getItem);
    get->setObjectName(QStringLiteral("get"));
    get->setToolTip(tr("Take the next item out of the queue, as get() does: whoever waits for it "
                       "will not have it"));
    get->setProperty("mutating", true);
    m_mutating = { put, get };

    auto *body = new QVBoxLayout;
    body->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(body, 1);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setObjectName(QStringLiteral("stateHeader"));
    m_header->setAccessibleName(tr("State"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_header->setFont(headerFont);
    body->addWidget(m_header);
    m_sparkline = new DepthSparkline(this);
    body->addWidget(m_sparkline);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    body->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_contentsView = makeTable(m_contents, tr("Contents of %1").arg(title()), splitter);
    m_contentsView->setColumnWidth(QueueContentsModel::PositionColumn, 70);
    m_contentsView->setColumnWidth(QueueContentsModel::ValueColumn, 360);
    splitter->addWidget(titled(tr("&Contents (peeked: nothing is taken)"), m_contentsView, splitter));
    m_waitersView = makeTable(m_sync->waiters(), tr("Getters, putters and joiners of %1").arg(title()), splitter);
    m_waitersView->setColumnWidth(SyncRowsModel::WaiterPosition, 40);
    m_waitersView->setColumnWidth(SyncRowsModel::WaiterClient, 260);
    splitter->addWidget(titled(tr("&Getters, putters and joiners"), m_waitersView, splitter));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    body->addWidget(splitter, 1);
    m_footer = new QLabel(this);
    m_footer->setAccessibleName(tr("Loaded rows"));
    body->addWidget(m_footer);
    connect(m_waitersView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const quint64 client = index.data(SyncRowsModel::ClientIdRole).toULongLong();
        if (client != 0)
            Q_EMIT clientActivated(client);
    });

    connect(m_sync, &SyncStateModel::stateChanged, this, [this] {
        const LibManager::SyncState state = m_sync->state();
        m_sparkline->setMaximum(state.maxsize);
        if (m_size < 0) {
            m_size = state.size;
            m_sparkline->addSample(m_size);
        }
        updateHeader();
    });
    connect(m_sync, &SyncStateModel::clientsChanged, this, &QueueEditor::updateHeader);
    connect(m_sync, &SyncStateModel::objectReleased, this, [this] {
        if (!m_gone) {
            m_gone = true;
            Q_EMIT objectGone();
        }
    });
    connect(m_contents, &QueueContentsModel::loaded, this, [this] {
        const QLocale locale;
        const int rows = m_contents->rowCount();
        m_footer->setText(rows == 0 ? tr("%n item(s) · none loaded · version %1", "", int(m_contents->queueSize()))
                                              .arg(locale.toString(m_contents->version()))
                                    : tr("%n item(s) · rows 0–%1 loaded · version %2", "", int(m_contents->queueSize()))
                                              .arg(locale.toString(rows - 1), locale.toString(m_contents->version())));
    });
    connect(m_contents, &QueueContentsModel::errorOccurred, this, [this](const QString &message) {
        m_error->setText(tr("Could not read the contents: %1").arg(message));
        m_error->show();
    });
    connect(session, &InspectorSession::pausedChanged, this, [this](bool paused) {
        if (!paused && m_contentsStale) {
            m_contentsStale = false;
            m_contents->reload();
        }
    });
    connect(session, &InspectorSession::connected, this, &QueueEditor::makeProxy);
    connect(session, &InspectorSession::readOnlyChanged, this, &QueueEditor::updateActions);
    connect(session, &InspectorSession::stateChanged, this, &QueueEditor::updateActions);
    makeProxy();
    updateHeader();
}

QueueEditor::~QueueEditor()
{
    m_contents->setQueue(nullptr);
}

void QueueEditor::makeProxy()
{
    std::unique_ptr<LibManager::Proxy> proxy = session()->observe(objectId(), typeId());
    m_contents->setQueue(nullptr);
    m_proxy.reset(qobject_cast<LibManager::QueueProxy *>(proxy.get()));
    if (m_proxy) {
        proxy.release();
        connect(m_proxy.get(), &LibManager::QueueProxy::sizeChanged, this, [this](int size) {
            m_size = size;
            m_sparkline->addSample(size);
            updateHeader();
            // Paused: the contents stay as they are until resumed.
            if (session()->isPaused())
                m_contentsStale = true;
            else
                m_contents->reload();
            m_sync->refresh(); // unfinished tasks, and who waits (held back while paused)
        });
        connect(m_proxy.get(), &LibManager::Proxy::stateChanged, this, [this](LibManager::Proxy::State state) {
            if (state == LibManager::Proxy::State::Released && !m_gone) {
                m_gone = true;
                Q_EMIT objectGone();
            }
            updateActions();
        });
        m_contents->setQueue(m_proxy.get());
    } else {
        m_error->setText(tr("Cannot watch %1: %2").arg(title(), session()->lastErrorString()));
        m_error->show();
    }
    updateActions();
}

QAction *QueueEditor::action(const QString &name) const
{
    const QList<QAction *> actions = m_toolBar->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

void QueueEditor::updateActions()
{
    const bool writable = !session()->isReadOnly() && m_proxy && m_proxy->isConnected() && !m_gone;
    for (QAction *action : std::as_const(m_mutating))
        action->setEnabled(writable);
}

void QueueEditor::updateHeader()
{
    const QLocale locale;
    const LibManager::SyncState state = m_sync->state();
    const qint64 size = m_size >= 0 ? m_size : state.size;
    QString plain = title();
    QString rich = QStringLiteral("<b>%1</b>").arg(title().toHtmlEscaped());
    const auto add = [&](const QString &text, bool bold = false) {
        plain += text;
        rich += bold ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()) : text.toHtmlEscaped();
    };
    if (!m_sync->hasState() && m_size < 0) {
        add(tr(" — reading…"));
    } else {
        add(QStringLiteral(" — "));
        add(state.maxsize > 0 ? tr("%n item(s) of at most %1", "", int(size)).arg(locale.toString(state.maxsize))
                              : tr("%n item(s), unbounded", "", int(size)));
        if (size == 0)
            add(tr(" — empty"), true);
        else if (state.maxsize > 0 && size >= state.maxsize)
            add(tr(" — full"), true);
        if (typeId() == QLatin1String("JoinableQueue"))
            add(tr(", %n unfinished task(s)", "", int(state.unfinished)));
        const int getters = int(state.getters.size());
        const int putters = int(state.putters.size());
        const int joiners = int(state.joiners.size());
        if (getters + putters + joiners == 0) {
            add(tr(", nobody waiting"));
        } else {
            QStringList parts;
            if (getters)
                parts << tr("%n getter(s)", "", getters);
            if (putters)
                parts << tr("%n putter(s)", "", putters);
            if (joiners)
                parts << tr("%n joiner(s)", "", joiners);
            add(tr(", waiting: %1").arg(locale.createSeparatedList(parts)));
        }
    }
    m_headerPlain = plain;
    m_header->setText(rich);
    m_header->setAccessibleDescription(plain);
}

bool QueueEditor::confirm(const QString &title, const QString &question)
{
    if (m_confirm)
        return m_confirm(title, question);
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
            == QMessageBox::Yes;
}

void QueueEditor::askPut()
{
    if (!m_proxy || session()->isReadOnly())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Put into %1").arg(title()));
    auto *form = new QFormLayout(&dialog);
    auto *type = new QComboBox(&dialog);
    type->addItem(tr("Integer (int)"), int(QMetaType::LongLong));
    type->addItem(tr("Number (float)"), int(QMetaType::Double));
    type->addItem(tr("Text (str)"), int(QMetaType::QString));
    type->setCurrentIndex(2);
    type->setAccessibleName(tr("Type"));
    auto *value = new QLineEdit(&dialog);
    value->setAccessibleName(tr("Value"));
    auto *problem = new QLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Put"));
    form->addRow(tr("&Type:"), type);
    form->addRow(tr("&Value:"), value);
    form->addRow(problem);
    form->addRow(buttons);
    QVariant item;
    const auto validate = [&] {
        const QLocale locale;
        bool ok = true;
        switch (type->currentData().toInt()) {
        case QMetaType::LongLong: {
            qlonglong n = locale.toLongLong(value->text(), &ok);
            if (!ok)
                n = value->text().toLongLong(&ok);
            item = n;
            break;
        }
        case QMetaType::Double: {
            double d = locale.toDouble(value->text(), &ok);
            if (!ok)
                d = value->text().toDouble(&ok);
            item = d;
            break;
        }
        default:
            item = value->text();
        }
        problem->setText(ok ? QString() : tr("Not a valid %1").arg(type->currentText()));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    connect(type, &QComboBox::currentIndexChanged, &dialog, validate);
    connect(value, &QLineEdit::textChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    if (dialog.exec() == QDialog::Accepted)
        put(item);
}

void QueueEditor::put(const QVariant &value)
{
    if (!m_proxy || session()->isReadOnly())
        return;
    const QString details = QueueContentsModel::displayText(value);
    // Without blocking: a full queue answers Full at once rather than parking the inspector.
    auto *watcher = new LibManager::PendingCallWatcher(m_proxy->putAsync(value, 0), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this, [this, details](LibManager::PendingCallWatcher *call) {
        call->deleteLater();
        const LibManager::PendingReply<void> reply(*call);
        session()->activity()->appendOwnCall(objectId(), title(), QStringLiteral("put"),
                                             reply.isValid() ? details : details + QStringLiteral(": ") + reply.errorString(),
                                             !reply.isValid());
        if (!reply.isValid()) {
            m_error->setText(tr("Put failed: %1").arg(reply.errorString()));
            m_error->show();
        } else {
            m_error->hide();
        }
    });
}

void QueueEditor::getItem()
{
    if (!m_proxy || session()->isReadOnly())
        return;
    const QModelIndex first = m_contents->index(0, QueueContentsModel::ValueColumn);
    const QString next = first.isValid() ? first.data().toString() : tr("the next item");
    if (!confirm(tr("Get from %1").arg(title()),
                 tr("Take %1 out of %2? It is removed for good; the inspector only shows it in the "
                    "activity log.")
                         .arg(next, title())))
        return;
    auto *watcher = new LibManager::PendingCallWatcher(m_proxy->getAsync(0), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this, [this](LibManager::PendingCallWatcher *call) {
        call->deleteLater();
        const LibManager::PendingReply<QVariant> reply(*call);
        session()->activity()->appendOwnCall(objectId(), title(), QStringLiteral("get"),
                                             reply.isValid() ? QueueContentsModel::displayText(reply.value())
                                                             : reply.errorString(),
                                             !reply.isValid());
        if (!reply.isValid()) {
            m_error->setText(tr("Get failed: %1").arg(reply.errorString()));
            m_error->show();
        } else {
            m_error->hide();
        }
    });
}

QVariantMap QueueEditor::viewState() const
{
    return { { QStringLiteral("contentsScroll"), m_contentsView->verticalScrollBar()->value() } };
}

void QueueEditor::restoreViewState(const QVariantMap &state)
{
    m_contentsView->verticalScrollBar()->setValue(state.value(QStringLiteral("contentsScroll")).toInt());
}

void QueueEditor::showEvent(QShowEvent *event)
{
    ObjectEditor::showEvent(event);
    m_sync->setTicking(true);
}

void QueueEditor::hideEvent(QHideEvent *event)
{
    ObjectEditor::hideEvent(event);
    m_sync->setTicking(false);
}

} // namespace Inspector
