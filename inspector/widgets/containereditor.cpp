// SPDX-License-Identifier: BSD-3-Clause
#include "containereditor.h"
#include "activitymodel.h"
#include "editcommands.h"
#include "inspectorsession.h"
#include "snapshotmodel.h"
#include "variantdelegate.h"
#include "varianttreeview.h"
#include "jsonexport.h"

#include <libmanager/arraymodel.h>
#include <libmanager/clientinfo.h>
#include <libmanager/dictmodel.h>
#include <libmanager/introspector.h>
#include <libmanager/listmodel.h>
#include <libmanager/namespacemodel.h>
#include <libmanager/pendingcallwatcher.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qlocale.h>
#include <QtCore/qsortfilterproxymodel.h>
#include <QtCore/qtimer.h>
#include <QtGui/qaction.h>
#include <QtGui/qundostack.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qlistwidget.h>
#include <QtWidgets/qmessagebox.h>
#include <QtWidgets/qscrollbar.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qsavefile.h>
#include <QtWidgets/qfiledialog.h>
#include <QtWidgets/qsplitter.h>
#include <QtWidgets/qtableview.h>
#include <QtWidgets/qtoolbar.h>
#include <QtWidgets/qtoolbutton.h>

namespace Inspector {

using namespace LibManager;

namespace {

constexpr int FadeMs = 1500;
constexpr int FadeTickMs = 50;
constexpr int MaxAnimated = 500;
constexpr int FullFilterLimit = 50000;
constexpr int SearchLimit = 500;
constexpr qint64 SearchSliceEntries = 100000;
bool g_highlightsByDefault = true;

QString valueText(const QVariant &value)
{
    if (VariantDelegate::isToken(value))
        return VariantDelegate::linkText(VariantDelegate::tokenOf(value));
    const int id = value.metaType().id();
    QString text;
    if (id == QMetaType::QVariantList || id == QMetaType::QVariantMap)
        text = QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    else if (!value.isValid() || value.isNull())
        text = QStringLiteral("None");
    else
        text = value.toString();
    if (text.size() > 60)
        text = text.left(59) + QChar(0x2026);
    return text;
}

// What the add bar's value field means: JSON when it parses (42, 1.5, true, null, [1, 2],
// {"a": 1}), with whole numbers as integers; else the text as a string.
QVariant parseValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    QJsonParseError error;
    const QJsonDocument document =
            QJsonDocument::fromJson(QStringLiteral("[%1]").arg(trimmed).toUtf8(), &error);
    if (trimmed.isEmpty() || document.isNull() || document.array().size() != 1)
        return text;
    const QJsonValue value = document.array().at(0);
    if (value.isDouble()) {
        bool ok = false;
        const qlonglong whole = trimmed.toLongLong(&ok);
        if (ok)
            return whole;
        return value.toDouble();
    }
    if (value.isNull())
        return QVariant::fromValue(nullptr);
    return value.toVariant();
}

QFrame *makeBanner(QWidget *parent, QLabel **label)
{
    auto *banner = new QFrame(parent);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QHBoxLayout(banner);
    layout->setContentsMargins(6, 3, 6, 3);
    *label = new QLabel(banner);
    (*label)->setWordWrap(true);
    (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(*label, 1);
    banner->hide();
    return banner;
}

QToolButton *bannerButton(QWidget *banner, QAction *action)
{
    auto *button = new QToolButton(banner);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    banner->layout()->addWidget(button);
    return button;
}

} // namespace

ContainerEditor::ContainerEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                                 QWidget *parent)
    : ObjectEditor(session, objectId, typeId, parent),
      m_target(std::make_shared<EditTarget>(session, objectId, typeId)),
      m_highlightsEnabled(g_highlightsByDefault && qEnvironmentVariableIsEmpty("LIBMANAGER_INSPECTOR_NO_HIGHLIGHTS"))
{
    m_clock.start();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    // --- toolbar ---
    m_toolBar = new QToolBar(this);
    m_toolBar->setAccessibleName(tr("%1 tools").arg(title()));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto makeAction = [this](const QString &text, const QString &name, const QKeySequence &key,
                             const QString &tip, bool mutating) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        action->setToolTip(key.isEmpty() ? tip
                                         : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        if (mutating)
            action->setProperty("mutating", true);
        addAction(action);
        return action;
    };
    m_refreshAction = makeAction(tr("&Refresh"), QStringLiteral("refreshAction"),
                                 QKeySequence::Refresh, tr("Read everything again"), false);
    m_addAction = makeAction(tr("&Add"), QStringLiteral("addAction"), QKeySequence(Qt::CTRL | Qt::Key_Plus),
                             typeId == QLatin1String("list") ? tr("Append or insert an item")
                                                             : tr("Add an entry"), true);
    m_removeAction = makeAction(tr("Re&move"), QStringLiteral("removeAction"), QKeySequence::Delete,
                                tr("Remove the selected entries"), true);
    m_clearAction = makeAction(tr("&Clear"), QStringLiteral("clearAction"), {},
                               tr("Remove every entry (asks first)"), true);
    m_gotoAction = makeAction(tr("&Go to"), QStringLiteral("gotoAction"), QKeySequence(Qt::CTRL | Qt::Key_G),
                              tr("Go to an index or key"), false);
    m_filterAction = makeAction(tr("&Filter"), QStringLiteral("filterAction"), QKeySequence::Find,
                                typeId == QLatin1String("dict") ? tr("Search keys and values on the server")
                                                                : tr("Filter the rows"), false);
    m_exportAction = makeAction(tr("E&xport…"), QStringLiteral("exportSelectionAction"), {},
                                tr("Write the selected rows to a JSON file"), false);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_addAction);
    m_toolBar->addAction(m_removeAction);
    m_toolBar->addAction(m_clearAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addSeparator();
    m_gotoEdit = new QLineEdit(m_toolBar);
    m_gotoEdit->setPlaceholderText(typeId == QLatin1String("list") || typeId == QLatin1String("Array")
                                           ? tr("Go to index…")
                                           : tr("Go to key…"));
    m_gotoEdit->setAccessibleName(tr("Go to index or key"));
    if (typeId != QLatin1String("list") && typeId != QLatin1String("Array"))
        m_gotoEdit->setToolTip(tr("A key, or #N for the row N"));
    m_gotoEdit->setClearButtonEnabled(true);
    m_gotoEdit->setMaximumWidth(200);
    m_toolBar->addWidget(m_gotoEdit);
    m_filterEdit = new QLineEdit(m_toolBar);
    m_filterEdit->setPlaceholderText(typeId == QLatin1String("dict") ? tr("Search…") : tr("Filter…"));
    m_filterEdit->setAccessibleName(m_filterAction->toolTip());
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaximumWidth(240);
    m_toolBar->addWidget(m_filterEdit);
    layout->addWidget(m_toolBar);

    connect(m_refreshAction, &QAction::triggered, this, &ContainerEditor::refresh);
    connect(m_addAction, &QAction::triggered, this, [this] {
        m_addBar->setVisible(true);
        (m_addKey->isVisible() ? m_addKey : m_addValue)->setFocus();
    });
    connect(m_removeAction, &QAction::triggered, this, &ContainerEditor::removeSelected);
    connect(m_clearAction, &QAction::triggered, this, &ContainerEditor::clearAll);
    connect(m_exportAction, &QAction::triggered, this, &ContainerEditor::exportSelection);
    connect(m_gotoAction, &QAction::triggered, this, [this] {
        m_gotoEdit->setFocus();
        m_gotoEdit->selectAll();
    });
    connect(m_gotoEdit, &QLineEdit::returnPressed, this, [this] { goTo(m_gotoEdit->text()); });
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] { setFilterText(m_filterEdit->text()); });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            setFilterText(QString());
    });

    // --- banners ---
    m_conflictBanner = makeBanner(this, &m_conflictLabel);
    m_conflictBanner->setAccessibleName(tr("Edit conflict"));
    m_overwriteAction = new QAction(tr("&Overwrite"), this);
    m_overwriteAction->setObjectName(QStringLiteral("overwriteAction"));
    m_overwriteAction->setProperty("mutating", true);
    m_overwriteAction->setToolTip(tr("Write your value over the other client's"));
    m_discardAction = new QAction(tr("&Discard mine"), this);
    m_discardAction->setObjectName(QStringLiteral("discardAction"));
    m_discardAction->setToolTip(tr("Keep the other client's value"));
    bannerButton(m_conflictBanner, m_overwriteAction);
    bannerButton(m_conflictBanner, m_discardAction);
    connect(m_overwriteAction, &QAction::triggered, this, &ContainerEditor::overwrite);
    connect(m_discardAction, &QAction::triggered, this, &ContainerEditor::discardMine);
    layout->addWidget(m_conflictBanner);

    m_pauseBanner = makeBanner(this, &m_pauseLabel);
    m_pauseBanner->setAccessibleName(tr("Paused"));
    m_resumeAction = new QAction(tr("&Resume"), this);
    m_resumeAction->setObjectName(QStringLiteral("resumeAction"));
    m_resumeAction->setToolTip(tr("Resume live updates (Space)"));
    bannerButton(m_pauseBanner, m_resumeAction);
    connect(m_resumeAction, &QAction::triggered, this, [this] { this->session()->setPaused(false); });
    layout->addWidget(m_pauseBanner);

    m_messageBanner = makeBanner(this, &m_messageLabel);
    m_messageBanner->setAccessibleName(tr("Message"));
    auto *dismiss = new QAction(tr("Dismiss"), this);
    bannerButton(m_messageBanner, dismiss);
    connect(dismiss, &QAction::triggered, m_messageBanner, &QWidget::hide);
    layout->addWidget(m_messageBanner);

    // --- the add bar ---
    m_addBar = new QWidget(this);
    auto *addLayout = new QHBoxLayout(m_addBar);
    addLayout->setContentsMargins(4, 0, 4, 0);
    m_addKey = new QLineEdit(m_addBar);
    m_addKey->setPlaceholderText(typeId == QLatin1String("Namespace") ? tr("Name") : tr("Key"));
    m_addKey->setAccessibleName(m_addKey->placeholderText());
    m_addKeyType = new QComboBox(m_addBar);
    m_addKeyType->addItem(tr("str"), int(QMetaType::QString));
    m_addKeyType->addItem(tr("int"), int(QMetaType::LongLong));
    m_addKeyType->addItem(tr("float"), int(QMetaType::Double));
    m_addKeyType->setAccessibleName(tr("Key type"));
    m_addKeyType->setToolTip(tr("The type of the new key"));
    m_addValue = new QLineEdit(m_addBar);
    m_addValue->setPlaceholderText(tr("Value: 42, 1.5, true, null, [1, 2], {\"a\": 1} or text"));
    m_addValue->setAccessibleName(tr("Value"));
    m_addConfirmAction = new QAction(typeId == QLatin1String("list") ? tr("Append") : tr("Add"), this);
    m_addConfirmAction->setObjectName(QStringLiteral("addConfirmAction"));
    m_addConfirmAction->setProperty("mutating", true);
    auto *addButton = new QToolButton(m_addBar);
    addButton->setDefaultAction(m_addConfirmAction);
    addButton->setAccessibleName(m_addConfirmAction->text());
    auto *cancelAdd = new QToolButton(m_addBar);
    cancelAdd->setText(tr("Cancel"));
    cancelAdd->setAccessibleName(tr("Cancel"));
    addLayout->addWidget(m_addKey);
    addLayout->addWidget(m_addKeyType);
    addLayout->addWidget(m_addValue, 1);
    addLayout->addWidget(addButton);
    addLayout->addWidget(cancelAdd);
    const bool keyed = typeId == QLatin1String("dict") || typeId == QLatin1String("Namespace");
    m_addKey->setVisible(keyed);
    m_addKeyType->setVisible(typeId == QLatin1String("dict"));
    m_addBar->hide();
    connect(m_addConfirmAction, &QAction::triggered, this, &ContainerEditor::addItem);
    connect(m_addValue, &QLineEdit::returnPressed, this, &ContainerEditor::addItem);
    connect(cancelAdd, &QToolButton::clicked, m_addBar, &QWidget::hide);
    layout->addWidget(m_addBar);

    // --- the table ---
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Contents of %1").arg(title()));
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Lists and Arrays show their indexes in the (fixed-height) vertical header; dicts and
    // Namespaces have their keys in a column.
    const bool indexed = typeId == QLatin1String("list") || typeId == QLatin1String("Array");
    m_view->verticalHeader()->setVisible(indexed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(50);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultSectionSize(180);
    m_delegate = new VariantDelegate(m_view);
    m_delegate->setValueColumn(typeId == QLatin1String("list") || typeId == QLatin1String("Array") ? 0 : 1);
    m_view->setItemDelegate(m_delegate);
    m_delegate->setCommitHandler([this](const QModelIndex &index, const QVariant &value) {
        commitEdit(index, value);
    });
    m_delegate->setHighlightFunction([this](const QModelIndex &index) { return highlightLevel(index); });
    m_delegate->setDescriptionFunction([this](const QModelIndex &index) { return changeDescription(index); });
    connect(m_delegate, &VariantDelegate::conversionFailed, this,
            [this](const QModelIndex &, const QString &message) {
                showMessage(tr("Not written: %1").arg(message));
            });
    connect(m_delegate, &VariantDelegate::editingEnded, this, [this] {
        if (m_conflict.active && m_conflict.editorOpen) {
            m_conflict.editorOpen = false;
            if (!m_conflict.attemptedKnown && !m_conflict.removed)
                hideConflict(); // closed without a commit: nothing of the user's to keep
            else
                renderConflict();
        }
    });
    connect(m_view, &QAbstractItemView::activated, this, &ContainerEditor::activateIndex);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &ContainerEditor::activateIndex);
    // A nested value of the current row as a tree, below the table.
    m_valueTree = new VariantTreeView(this);
    m_valueTree->hide();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_valueTree);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    m_valueTreeTimer = new QTimer(this);
    m_valueTreeTimer->setSingleShot(true);
    m_valueTreeTimer->setInterval(50);
    connect(m_valueTreeTimer, &QTimer::timeout, this, &ContainerEditor::updateValueTree);

    // --- search results (dicts) ---
    m_searchPanel = new QWidget(this);
    auto *searchLayout = new QVBoxLayout(m_searchPanel);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchHead = new QHBoxLayout;
    m_searchLabel = new QLabel(m_searchPanel);
    auto *cancelSearch = new QToolButton(m_searchPanel);
    cancelSearch->setObjectName(QStringLiteral("cancelSearchButton"));
    cancelSearch->setText(tr("Cancel"));
    cancelSearch->setAccessibleName(tr("Cancel the search"));
    searchHead->addWidget(m_searchLabel, 1);
    searchHead->addWidget(cancelSearch);
    searchLayout->addLayout(searchHead);
    m_searchResults = new QListWidget(m_searchPanel);
    m_searchResults->setAccessibleName(tr("Search results"));
    m_searchResults->setUniformItemSizes(true);
    m_searchResults->setMaximumHeight(160);
    searchLayout->addWidget(m_searchResults);
    m_searchPanel->hide();
    connect(cancelSearch, &QToolButton::clicked, this, &ContainerEditor::cancelSearch);
    connect(m_searchResults, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        scrollToRow(item->data(Qt::UserRole).toInt(), 0);
    });
    layout->addWidget(m_searchPanel);

    m_footer = new QLabel(this);
    m_footer->setAccessibleName(tr("Summary"));
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_footer);

    m_footerTimer = new QTimer(this);
    m_footerTimer->setSingleShot(true);
    m_footerTimer->setInterval(100);
    connect(m_footerTimer, &QTimer::timeout, this, &ContainerEditor::updateFooter);
    m_fadeTimer = new QTimer(this);
    m_fadeTimer->setInterval(FadeTickMs);
    connect(m_fadeTimer, &QTimer::timeout, this, &ContainerEditor::fadeTick);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ContainerEditor::scheduleFooter);

    connect(m_target.get(), &EditTarget::conflict, this,
            [this](const QVariant &key, const QVariant &current, const QVariant &attempted,
                   quint64 version, const QString &what) {
                showConflict(key, current, attempted, version, m_lastChange.value(keyId(key)).origin, false, what);
            });
    connect(m_target.get(), &EditTarget::failed, this, &ContainerEditor::showMessage);

    connect(session, &InspectorSession::connected, this, &ContainerEditor::rebuild);
    connect(session, &InspectorSession::readOnlyChanged, this, &ContainerEditor::updateReadOnly);
    connect(session, &InspectorSession::pausedChanged, this, &ContainerEditor::updatePaused);
    connect(session, &InspectorSession::connectionLost, this, [this](const QString &reason) {
        showMessage(tr("Connection lost (%1); reconnecting… The rows shown may be out of date.").arg(reason));
    });

    // Kinds without the operation.
    const bool isArray = typeId == QLatin1String("Array");
    m_addAction->setVisible(!isArray);
    m_removeAction->setVisible(!isArray);
    m_clearAction->setVisible(!isArray && typeId != QLatin1String("Namespace"));

    rebuild();
    updateReadOnly();
}

ContainerEditor::~ContainerEditor()
{
    // Nothing of a half-destroyed editor may run: the proxy outlives it (the commands share
    // its target), and the view goes before the models it shows.
    if (m_proxy)
        m_proxy->disconnect(this);
    m_target->disconnect(this);
    if (m_model)
        m_model->disconnect(this);
    delete m_view;
    m_view = nullptr;
}

void ContainerEditor::setHighlightsEnabledByDefault(bool enabled)
{
    g_highlightsByDefault = enabled;
}

void ContainerEditor::setHighlightsEnabled(bool enabled)
{
    m_highlightsEnabled = enabled;
    if (!enabled) {
        m_highlights.clear();
        m_fadeTimer->stop();
        m_view->viewport()->update();
    }
}

bool ContainerEditor::isFadeTimerActive() const
{
    return m_fadeTimer->isActive();
}

QString ContainerEditor::conflictText() const
{
    return m_conflictBanner->isVisibleTo(this) ? m_conflictLabel->text() : QString();
}

QString ContainerEditor::pauseText() const
{
    return m_pauseBanner->isVisibleTo(this) ? m_pauseLabel->text() : QString();
}

QString ContainerEditor::messageText() const
{
    return m_messageBanner->isVisibleTo(this) ? m_messageLabel->text() : QString();
}

QString ContainerEditor::footerText() const
{
    return m_footer->text();
}

// --- model and proxy ---

void ContainerEditor::rebuild()
{
    if (m_model && m_model->status() == ContainerModel::Status::Ready && m_pendingViewState.isEmpty())
        m_pendingViewState = viewState();
    std::unique_ptr<Proxy> proxy = session()->observe(objectId(), typeId());
    if (!proxy) {
        if (session()->lastError() == Error::ObjectGone) {
            m_gone = true;
            Q_EMIT objectGone();
        } else if (session()->state() == InspectorSession::State::Connected) {
            showMessage(tr("Cannot open %1: %2").arg(title(), session()->lastErrorString()));
        }
        return;
    }
    m_messageBanner->hide();
    hideConflict();
    if (m_proxy)
        m_proxy->disconnect(this); // its events would count twice
    m_proxy = std::shared_ptr<Proxy>(proxy.release());
    m_target->setProxy(m_proxy);
    ContainerModel *old = m_model;
    if (auto dict = std::dynamic_pointer_cast<DictProxy>(m_proxy)) {
        auto *model = new DictModel(dict, this);
        model->setTypeColumnShown(true);
        m_model = model;
    } else if (auto list = std::dynamic_pointer_cast<ListProxy>(m_proxy)) {
        m_model = new ListModel(list, this);
    } else if (auto ns = std::dynamic_pointer_cast<NamespaceProxy>(m_proxy)) {
        m_model = new NamespaceModel(ns, this);
    } else if (auto array = std::dynamic_pointer_cast<ArrayProxy>(m_proxy)) {
        m_model = new ArrayModel(array, 1, this);
        auto *watcher = new PendingCallWatcher(array->typeCodeAsync(), this);
        connect(watcher, &PendingCallWatcher::finished, this, [this](PendingCallWatcher *call) {
            call->deleteLater();
            const PendingReply<char> code(*call);
            if (code.isValid())
                m_delegate->setTypeCode(code.value());
        });
    } else {
        showMessage(tr("%1 is not a container this editor knows").arg(title()));
        return;
    }
    m_highlights.clear();
    m_fadeTimer->stop();
    if (m_snapshot) { // paused: a new snapshot is taken once the new model is ready
        m_snapshot->deleteLater();
        m_snapshot = nullptr;
    }
    if (old)
        old->disconnect(this);
    attachModel();
    delete m_filter;
    m_filter = nullptr;
    if (old)
        old->deleteLater();
    connectProxySignals();
    connect(m_proxy.get(), &Proxy::stateChanged, this, [this](Proxy::State state) {
        if (state == Proxy::State::Released && !m_gone) {
            m_gone = true;
            Q_EMIT objectGone();
        }
    });
    updateReadOnly();
    updatePaused();
}

QByteArray ContainerEditor::selectionToJson(int *skipped) const
{
    const QAbstractItemModel *model = m_view->model();
    QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows(0) : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const bool indexed = typeId() == QLatin1String("list") || typeId() == QLatin1String("Array");
    QJsonArray entries;
    int missing = 0;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QModelIndex value = model->index(row.row(), m_delegate->valueColumn());
        if (value.data(ContainerModel::LoadingRole).toBool()) {
            ++missing; // not read yet: never written as a guess
            continue;
        }
        QJsonObject entry;
        if (indexed)
            entry.insert(QStringLiteral("index"), row.row());
        else
            entry.insert(QStringLiteral("key"), JsonExport::toJson(row.data(ContainerModel::KeyRole)));
        entry.insert(QStringLiteral("value"), JsonExport::toJson(value.data(ContainerModel::RawValueRole)));
        entries.append(entry);
    }
    if (skipped)
        *skipped = missing;
    const QJsonObject document { { QStringLiteral("format"), QStringLiteral("libmanager-selection") },
                                 { QStringLiteral("formatVersion"), 1 },
                                 { QStringLiteral("typeId"), typeId() },
                                 { QStringLiteral("objectId"), QString::number(objectId()) },
                                 { QStringLiteral("entries"), entries } };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

void ContainerEditor::exportSelection()
{
    int skipped = 0;
    const QByteArray json = selectionToJson(&skipped);
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export the selection of %1").arg(title()),
                                                          QString(), tr("JSON files (*.json)"));
    if (fileName.isEmpty())
        return;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        showMessage(tr("Not exported: %1").arg(file.errorString()));
        return;
    }
    showMessage(skipped == 0 ? tr("The selection was written to %1").arg(fileName)
                             : tr("The selection was written to %1, without %n row(s) not read yet", "", skipped)
                                       .arg(fileName));
}

void ContainerEditor::watchCurrentRow()
{
    if (QItemSelectionModel *selection = m_view->selectionModel())
        connect(selection, &QItemSelectionModel::currentChanged, m_valueTreeTimer, qOverload<>(&QTimer::start),
                Qt::UniqueConnection);
    m_valueTreeTimer->start();
}

void ContainerEditor::updateValueTree()
{
    const QModelIndex current = m_view->currentIndex();
    const QAbstractItemModel *model = m_view->model();
    const QVariant value = current.isValid() && model
            ? model->index(current.row(), m_delegate->valueColumn()).data(ContainerModel::RawValueRole)
            : QVariant();
    if (!VariantTreeView::isNested(value)) {
        m_valueTree->hide();
        m_shownValue = QVariant();
        return;
    }
    if (value == m_shownValue && m_valueTree->isVisible())
        return;
    m_shownValue = value;
    m_valueTree->setValue(value);
    m_valueTree->show();
}

void ContainerEditor::attachModel()
{
    QItemSelectionModel *oldSelection = m_view->selectionModel();
    m_view->setModel(m_model);
    watchCurrentRow();
    delete oldSelection;
    connect(m_model, &ContainerModel::statusChanged, this, [this](ContainerModel::Status status) {
        if (status == ContainerModel::Status::Ready)
            QTimer::singleShot(0, this, &ContainerEditor::applyPendingViewState);
        if (status == ContainerModel::Status::Ready && session()->isPaused() && !m_snapshot)
            updatePaused();
        scheduleFooter();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContainerEditor::scheduleFooter);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContainerEditor::scheduleFooter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainerEditor::scheduleFooter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContainerEditor::scheduleFooter);
    connect(m_model, &QAbstractItemModel::dataChanged, m_valueTreeTimer, qOverload<>(&QTimer::start));
    connect(m_model, &ContainerModel::writeConflict, this,
            [this](const QModelIndex &index, const QVariant &current, const QVariant &attempted) {
                const QVariant key = index.isValid() ? index.data(ContainerModel::KeyRole) : QVariant();
                showConflict(key, current, attempted, 0, m_lastChange.value(keyId(key)).origin, false,
                             tr("%1 was changed by another client").arg(EditTarget::keyText(key)));
            });
    connect(m_model, &ContainerModel::errorOccurred, this, [this](Error, const QString &message) {
        showMessage(message);
    });
    scheduleFooter();
}

void ContainerEditor::connectProxySignals()
{
    Proxy *proxy = m_proxy.get();
    proxy->setChangeInfoEnabled(true);
    if (auto *dict = qobject_cast<DictProxy *>(proxy)) {
        connect(dict, &DictProxy::itemInserted, this, [this](const QVariant &key, const QVariant &value) {
            onRemoteChange(key, -1, 1, value, true);
        });
        connect(dict, &DictProxy::itemChanged, this, [this](const QVariant &key, const QVariant &value) {
            onRemoteChange(key, -1, 1, value, false);
        });
        connect(dict, &DictProxy::itemRemoved, this, [this](const QVariant &key) {
            onRemoteChange(key, -1, 0, QVariant(), true);
        });
        connect(dict, &DictProxy::cleared, this, [this] { onRemoteChange(QVariant(), 0, 0, QVariant(), true); });
    } else if (auto *list = qobject_cast<ListProxy *>(proxy)) {
        connect(list, &ListProxy::itemsInserted, this, [this](int index, const QVariantList &values) {
            onRemoteChange(index, index, values.size(), values.value(0), true);
        });
        connect(list, &ListProxy::itemsRemoved, this, [this](int index, int count) {
            onRemoteChange(index, index, -count, QVariant(), true);
        });
        connect(list, &ListProxy::itemsChanged, this, [this](int index, const QVariantList &values) {
            onRemoteChange(index, index, values.size(), values.value(0), false);
        });
        connect(list, &ListProxy::listReset, this, [this](const QVariantList &) {
            onRemoteChange(QVariant(), 0, 0, QVariant(), true);
        });
    } else if (auto *ns = qobject_cast<NamespaceProxy *>(proxy)) {
        connect(ns, &NamespaceProxy::attributeChanged, this, [this](const QString &name, const QVariant &value) {
            onRemoteChange(name, -1, 1, value, false);
        });
        connect(ns, &NamespaceProxy::attributeRemoved, this, [this](const QString &name) {
            onRemoteChange(name, -1, 0, QVariant(), true);
        });
    } else if (auto *array = qobject_cast<ArrayProxy *>(proxy)) {
        connect(array, &ArrayProxy::itemsChanged, this, [this](int start, const QVariantList &values) {
            onRemoteChange(start, start, values.size(), values.value(0), false);
        });
    }
}

QString ContainerEditor::keyId(const QVariant &key) const
{
    if (key.metaType().id() == QMetaType::QString)
        return QLatin1Char('s') + key.toString();
    return QString::number(key.metaType().id()) + QLatin1Char(':') + key.toString();
}

void ContainerEditor::onRemoteChange(const QVariant &key, qint64 firstRow, qint64 count,
                                     const QVariant &value, bool structural)
{
    const ChangeInfo info = m_proxy ? m_proxy->changeInfo() : ChangeInfo();
    if (info.isValid())
        m_lastVersionSeen = qMax(m_lastVersionSeen, info.version);
    const bool own = info.isValid() && info.origin != 0 && info.origin == session()->selfId();
    if (info.isValid() && !own)
        m_target->noteRemoteChange(info.version);
    const bool positional = typeId() == QLatin1String("list") || typeId() == QLatin1String("Array");
    if (key.isValid() && !positional) {
        m_lastChange.insert(keyId(key), { m_clock.elapsed(), info.origin });
    } else if (positional && count > 0) {
        for (qint64 i = firstRow; i < firstRow + qMin<qint64>(count, 64); ++i) {
            m_lastChange.insert(keyId(int(i)), { m_clock.elapsed(), info.origin });
        }
    }
    if (m_lastChange.size() > 10000) {
        m_lastChange.clear();
    }
    if (session()->isPaused()) {
        ++m_pendingChanges;
        updatePauseBanner();
        return;
    }
    // The row being edited changed under the editor: say so, keep what the user typed.
    const QModelIndex editing = m_delegate->editingIndex();
    if (editing.isValid() && !own) {
        const QVariant editingKey = editing.data(ContainerModel::KeyRole);
        bool hit = false;
        if (!positional) {
            hit = !key.isValid() || keyId(editingKey) == keyId(key); // a clear hits every row
        } else if (structural) {
            // An item that only moved is no conflict: the model follows it, and a list's
            // setIf() knows the move. One removed (or a reset list) is.
            const qint64 row = editingKey.toLongLong();
            hit = !key.isValid() || (count < 0 && row >= firstRow && row < firstRow - count);
        } else {
            hit = editingKey.toLongLong() >= firstRow && editingKey.toLongLong() < firstRow + count;
        }
        if (hit) {
            const bool removed = structural && count <= 0;
            m_conflict.removed = removed;
            showConflict(editingKey, removed ? QVariant() : value, QVariant(), info.version,
                         info.origin, true,
                         removed ? tr("%1 was removed by %2 while you were editing")
                                           .arg(EditTarget::keyText(editingKey), clientName(info.origin))
                                 : QString());
        }
    }
    if (!m_highlightsEnabled || (structural && count <= 0))
        return;
    // After the model applied the event (its slot may run after this one).
    const qint64 position = info.isValid() ? info.position : -1;
    QTimer::singleShot(0, this, [this, key, firstRow, count, position] {
        if (!m_model)
            return;
        int row = -1;
        if (firstRow >= 0) {
            for (qint64 r = firstRow; r < firstRow + qMin<qint64>(count, 200); ++r)
                addHighlight(int(r));
            return;
        }
        if (auto *dict = qobject_cast<DictModel *>(m_model))
            row = position >= 0 ? int(position) : dict->rowOfKey(key);
        else if (auto *ns = qobject_cast<NamespaceModel *>(m_model))
            row = ns->rowOfName(key.toString());
        if (row >= 0)
            addHighlight(row);
    });
}

// --- highlights ---

void ContainerEditor::addHighlight(int row)
{
    if (!m_highlightsEnabled || !m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    const qint64 now = m_clock.elapsed();
    for (Highlight &h : m_highlights) {
        if (h.index == index) {
            h.startMs = now;
            return;
        }
    }
    if (m_highlights.size() >= size_t(MaxAnimated))
        m_highlights.erase(m_highlights.begin());
    m_highlights.push_back({ QPersistentModelIndex(index), now });
    if (!m_fadeTimer->isActive())
        m_fadeTimer->start();
    m_view->viewport()->update();
}

void ContainerEditor::fadeTick()
{
    const qint64 now = m_clock.elapsed();
    m_highlights.erase(std::remove_if(m_highlights.begin(), m_highlights.end(),
                                      [now](const Highlight &h) {
                                          return !h.index.isValid() || now - h.startMs >= FadeMs;
                                      }),
                       m_highlights.end());
    if (m_highlights.empty())
        m_fadeTimer->stop();
    if (m_view->isVisible())
        m_view->viewport()->update();
}

qreal ContainerEditor::highlightLevel(const QModelIndex &index) const
{
    if (m_highlights.empty() || m_view->model() != m_model || !index.isValid())
        return 0;
    const qint64 now = m_clock.elapsed();
    for (const Highlight &h : m_highlights) {
        if (h.index.row() == index.row() && h.index.model() == index.model()) {
            const qint64 age = now - h.startMs;
            return age >= FadeMs ? 0.0 : 1.0 - qreal(age) / FadeMs;
        }
    }
    return 0;
}

QString ContainerEditor::changeDescription(const QModelIndex &index) const
{
    const auto it = m_lastChange.constFind(keyId(index.siblingAtColumn(0).data(ContainerModel::KeyRole)));
    if (it == m_lastChange.cend())
        return {};
    const qint64 seconds = (m_clock.elapsed() - it->ms) / 1000;
    //: A row's tooltip: when it last changed while this editor watched, and by whom
    return tr("Changed %n second(s) ago by %1", "", int(seconds)).arg(clientName(it->origin));
}

// --- editing ---

void ContainerEditor::commitEdit(const QModelIndex &index, const QVariant &value)
{
    if (session()->isReadOnly())
        return;
    const QVariant key = index.data(ContainerModel::KeyRole);
    if (m_conflict.active && keyId(m_conflict.key) == keyId(key) && !m_conflict.overwriting) {
        // Somebody changed it while the user typed: the banner asks what to do.
        m_conflict.attempted = value;
        m_conflict.attemptedKnown = true;
        renderConflict();
        return;
    }
    QVariant old = index.data(ContainerModel::RawValueRole);
    quint64 version = index.data(ContainerModel::VersionRole).toULongLong();
    if (m_conflict.overwriting) {
        old = m_conflict.current;
        version = m_conflict.version;
        m_conflict.overwriting = false;
        hideConflict();
    }
    session()->undoStack()->push(new SetItemCommand(m_target, key, old, value, version));
}

QString ContainerEditor::clientName(quint64 clientId) const
{
    if (clientId == 0)
        return tr("another client");
    if (clientId == session()->selfId())
        return tr("this inspector");
    const QString name = m_clientNames.value(clientId);
    if (name.isEmpty())
        return tr("client %1").arg(clientId);
    return tr("%1 (client %2)").arg(name).arg(clientId);
}

void ContainerEditor::lookUpClient(quint64 clientId)
{
    Introspector *introspector = session()->introspector();
    if (clientId == 0 || m_clientNames.contains(clientId) || m_clientLookup || !introspector)
        return;
    m_clientLookup = true;
    auto *watcher = new PendingCallWatcher(introspector->clientsAsync(), this);
    connect(watcher, &PendingCallWatcher::finished, this, [this](PendingCallWatcher *call) {
        call->deleteLater();
        m_clientLookup = false;
        const QList<ClientInfo> clients = PendingReply<QList<ClientInfo>>(*call).value();
        for (const ClientInfo &client : clients) {
            if (!client.name().isEmpty())
                m_clientNames.insert(client.id(), client.name());
        }
        if (m_conflict.active)
            renderConflict();
    });
}

void ContainerEditor::showConflict(const QVariant &key, const QVariant &current,
                                   const QVariant &attempted, quint64 version, quint64 origin,
                                   bool editorOpen, const QString &what)
{
    const bool again = m_conflict.active && keyId(m_conflict.key) == keyId(key);
    const bool removed = m_conflict.removed;
    if (!again) {
        m_conflict = Conflict();
        m_conflict.removed = removed;
    }
    m_conflict.active = true;
    m_conflict.key = key;
    m_conflict.current = current;
    if (attempted.isValid()) {
        m_conflict.attempted = attempted;
        m_conflict.attemptedKnown = true;
    }
    m_conflict.version = version;
    m_conflict.origin = origin;
    m_conflict.editorOpen = editorOpen || (again && m_conflict.editorOpen && m_delegate->currentEditor());
    m_conflict.duringEdit = m_conflict.duringEdit || editorOpen;
    m_conflict.what = what;
    renderConflict();
    lookUpClient(origin);
}

void ContainerEditor::renderConflict()
{
    const Conflict &c = m_conflict;
    const QString who = clientName(c.origin);
    QString text;
    if (c.duringEdit && c.current.isValid())
        //: %1 a client ("worker (client 7)"), %2 the value it wrote
        text = tr("Changed by %1 to %2 while you were editing").arg(who, valueText(c.current));
    else if (c.current.isValid())
        //: %1 what happened ("'x' was changed by another client"), %2 the value now, %3 a client
        text = tr("%1: now %2 (last change by %3)").arg(c.what, valueText(c.current), who);
    else
        text = c.what;
    if (c.attemptedKnown)
        text = tr("%1 (yours: %2)").arg(text, valueText(c.attempted));
    m_conflictLabel->setText(text);
    m_overwriteAction->setEnabled(!session()->isReadOnly() && !c.removed
                                  && (c.editorOpen || c.attemptedKnown));
    m_conflictBanner->show();
    // Screen readers read the status bar; the main window shows what editors say there.
    setStatusTip(text);
    Q_EMIT conflictChanged();
}

void ContainerEditor::hideConflict()
{
    if (!m_conflict.active && m_conflictBanner->isHidden())
        return;
    m_conflict = Conflict();
    m_conflictBanner->hide();
    Q_EMIT conflictChanged();
}

void ContainerEditor::overwrite()
{
    if (!m_conflict.active || session()->isReadOnly())
        return;
    if (m_conflict.editorOpen && m_delegate->currentEditor()) {
        m_conflict.overwriting = true;
        m_delegate->finishEditing(true); // commitEdit() writes over the other client's value
        if (m_conflict.overwriting) {    // nothing was committed (the same value, a bad one)
            m_conflict.overwriting = false;
            hideConflict();
        }
        return;
    }
    if (!m_conflict.attemptedKnown)
        return;
    const Conflict c = m_conflict;
    hideConflict();
    if (!c.current.isValid() && typeId() != QLatin1String("list") && typeId() != QLatin1String("Array")) {
        session()->undoStack()->push(new InsertItemCommand(m_target, c.key, c.attempted));
        return;
    }
    session()->undoStack()->push(new SetItemCommand(m_target, c.key, c.current, c.attempted,
                                                    c.version == 0 ? 0 : c.version));
}

void ContainerEditor::discardMine()
{
    if (m_conflict.editorOpen && m_delegate->currentEditor())
        m_delegate->finishEditing(false);
    hideConflict();
}

void ContainerEditor::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageBanner->show();
    setStatusTip(text);
}

void ContainerEditor::activateIndex(const QModelIndex &index)
{
    const QVariant raw = index.siblingAtColumn(qMax(0, m_delegate->valueColumn()))
                                 .data(ContainerModel::RawValueRole);
    if (!VariantDelegate::isToken(raw))
        return;
    const Token token = VariantDelegate::tokenOf(raw);
    Q_EMIT objectActivated(token.objectId(), token.typeId());
}

void ContainerEditor::addItem()
{
    if (session()->isReadOnly() || !m_addBar->isVisible())
        return;
    const QVariant value = parseValue(m_addValue->text());
    if (typeId() == QLatin1String("list")) {
        // Inserted above the current row if there is one, else appended.
        const QModelIndex current = m_view->currentIndex();
        const QVariant at = current.isValid() && m_view->selectionModel()->isSelected(current)
                ? current.data(ContainerModel::KeyRole)
                : QVariant(-1);
        session()->undoStack()->push(new InsertItemCommand(m_target, at.toInt(), value));
    } else {
        QVariant key = m_addKey->text();
        if (key.toString().isEmpty()) {
            showMessage(tr("A key is needed"));
            return;
        }
        if (typeId() == QLatin1String("Namespace") && key.toString().startsWith(QLatin1Char('_'))) {
            showMessage(tr("Names beginning with '_' belong to a proxy, not to the Namespace"));
            return;
        }
        if (typeId() == QLatin1String("dict")) {
            const QMetaType type(m_addKeyType->currentData().toInt());
            if (!key.convert(type)) {
                showMessage(tr("\"%1\" is not a %2").arg(m_addKey->text(), m_addKeyType->currentText()));
                return;
            }
        }
        session()->undoStack()->push(new InsertItemCommand(m_target, key, value));
    }
    m_addKey->clear();
    m_addValue->clear();
    m_addBar->hide();
    m_view->setFocus();
}

void ContainerEditor::removeSelected()
{
    if (session()->isReadOnly() || !m_view->selectionModel())
        return;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex());
    if (rows.isEmpty())
        return;
    if (rows.size() > 1) {
        const auto answer = QMessageBox::question(
                this, tr("Remove"),
                tr("Remove %n entries from %1?", "", int(rows.size())).arg(title()));
        if (answer != QMessageBox::Yes)
            return;
    }
    // Highest index first: a list's later indexes stay right while earlier ones go.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
    QUndoStack *stack = session()->undoStack();
    if (rows.size() > 1)
        stack->beginMacro(tr("Remove %n entries from %1", "", int(rows.size())).arg(title()));
    for (const QModelIndex &row : std::as_const(rows)) {
        const QModelIndex first = row.siblingAtColumn(0);
        if (first.data(ContainerModel::LoadingRole).toBool())
            continue;
        const QVariant key = first.data(ContainerModel::KeyRole);
        const QVariant cached = row.model()->index(row.row(), row.model()->columnCount() > 1 ? 1 : 0)
                                        .data(ContainerModel::RawValueRole);
        stack->push(new RemoveItemCommand(m_target, key, cached));
    }
    if (rows.size() > 1)
        stack->endMacro();
}

void ContainerEditor::clearAll()
{
    if (session()->isReadOnly() || !m_proxy)
        return;
    const int count = m_model ? m_model->rowCount() : 0;
    //: %1 is the object ("dict 17"), %2 the count
    const QString question = tr("Clear %1 (%2 items)?").arg(title(), QLocale().toString(count));
    QMessageBox box(QMessageBox::Warning, tr("Clear"), question, QMessageBox::Cancel, this);
    QPushButton *clear = box.addButton(tr("Clear"), QMessageBox::DestructiveRole);
    box.setInformativeText(tr("This cannot be undone."));
    box.exec();
    if (box.clickedButton() != reinterpret_cast<QAbstractButton *>(clear))
        return;
    PendingCall call;
    if (auto *dict = qobject_cast<DictProxy *>(m_proxy.get()))
        call = dict->clearAsync();
    else if (auto *list = qobject_cast<ListProxy *>(m_proxy.get()))
        call = list->clearAsync();
    else
        return;
    session()->activity()->appendOwnCall(objectId(), title(), QStringLiteral("clear"),
                                         tr("%Ln item(s)", "", count));
    auto *watcher = new PendingCallWatcher(call, this);
    connect(watcher, &PendingCallWatcher::finished, this, [this](PendingCallWatcher *w) {
        w->deleteLater();
        const PendingReply<void> reply(*w);
        if (!reply.isValid()) {
            showMessage(tr("Clear failed: %1").arg(reply.errorString()));
            session()->activity()->appendOwnCall(objectId(), title(), QStringLiteral("clear"),
                                                 reply.errorString(), true);
        }
    });
}

void ContainerEditor::refresh()
{
    if (m_model)
        m_model->refresh();
}

void ContainerEditor::updateReadOnly()
{
    const bool readOnly = session()->isReadOnly();
    if (m_model)
        m_model->setReadOnly(readOnly);
    m_delegate->setReadOnly(readOnly);
    const QList<QAction *> actions = findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->property("mutating").toBool())
            action->setEnabled(!readOnly);
    }
    if (readOnly) {
        m_addBar->hide();
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    } else {
        m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
        m_overwriteAction->setEnabled(m_conflict.active && !m_conflict.removed
                                      && (m_conflict.editorOpen || m_conflict.attemptedKnown));
    }
}

// --- pause ---

void ContainerEditor::updatePaused()
{
    if (!m_model)
        return;
    const bool paused = session()->isPaused();
    if (paused && !m_snapshot && m_model->status() == ContainerModel::Status::Ready) {
        m_delegate->finishEditing(true);
        const int first = qMax(0, m_view->rowAt(0));
        int last = m_view->rowAt(m_view->viewport()->height() - 1);
        if (last < 0)
            last = m_model->rowCount() - 1;
        const int scroll = m_view->verticalScrollBar()->value();
        const QModelIndex current = m_view->currentIndex();
        m_snapshot = new SnapshotModel(this);
        m_snapshot->take(m_view->model(), first - 100, last + 100, ContainerModel::LoadingRole);
        QItemSelectionModel *oldSelection = m_view->selectionModel();
        m_view->setModel(m_snapshot);
        watchCurrentRow();
        delete oldSelection;
        m_view->verticalScrollBar()->setValue(scroll);
        if (current.isValid())
            m_view->setCurrentIndex(m_snapshot->index(current.row(), current.column()));
        m_pendingChanges = 0;
        m_highlights.clear();
        m_fadeTimer->stop();
    } else if (!paused && m_snapshot) {
        const int scroll = m_view->verticalScrollBar()->value();
        const QModelIndex current = m_view->currentIndex();
        QItemSelectionModel *oldSelection = m_view->selectionModel();
        m_view->setModel(m_filter ? static_cast<QAbstractItemModel *>(m_filter) : m_model);
        watchCurrentRow();
        delete oldSelection;
        m_snapshot->deleteLater();
        m_snapshot = nullptr;
        m_view->verticalScrollBar()->setValue(scroll);
        if (current.isValid() && current.row() < m_view->model()->rowCount())
            m_view->setCurrentIndex(m_view->model()->index(current.row(), current.column()));
        m_pendingChanges = 0;
    }
    updatePauseBanner();
    scheduleFooter();
}

void ContainerEditor::updatePauseBanner()
{
    if (!session()->isPaused()) {
        m_pauseBanner->hide();
        return;
    }
    //: The banner of a paused editor
    m_pauseLabel->setText(tr("%n change(s) while paused — Resume (Space)", "", m_pendingChanges));
    m_pauseBanner->show();
}

// --- footer ---

void ContainerEditor::scheduleFooter()
{
    if (!m_footerTimer->isActive())
        m_footerTimer->start();
}

void ContainerEditor::updateFooter()
{
    QAbstractItemModel *shown = m_view->model();
    if (!m_model || !shown) {
        m_footer->clear();
        return;
    }
    const QLocale locale;
    const int rows = m_model->rowCount();
    const int first = qMax(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = shown->rowCount() - 1;
    bool loaded = true;
    quint64 version = m_lastVersionSeen;
    for (int r = first; r <= last && r < shown->rowCount(); ++r) {
        const QModelIndex index = shown->index(r, 0);
        if (index.data(ContainerModel::LoadingRole).toBool())
            loaded = false;
        version = qMax(version, shown->index(r, shown->columnCount() > 1 ? 1 : 0)
                                        .data(ContainerModel::VersionRole).toULongLong());
    }
    const QString items = tr("%Ln item(s)", "", rows);
    QString range;
    if (shown->rowCount() == 0)
        range = tr("no rows");
    else if (loaded)
        range = tr("rows %1–%2 loaded").arg(locale.toString(first), locale.toString(last));
    else
        range = tr("loading rows %1–%2").arg(locale.toString(first), locale.toString(last));
    QString text = tr("%1 · %2 · version %3").arg(items, range, locale.toString(version));
    if (m_model->status() == ContainerModel::Status::Loading)
        text = tr("Loading…");
    if (session()->isPaused() && m_snapshot)
        //: The footer of a paused editor
        text = tr("%1 · paused").arg(text);
    m_footer->setText(text);
}

// --- go to, search ---

void ContainerEditor::scrollToRow(int row, int column)
{
    QAbstractItemModel *shown = m_view->model();
    if (!shown || row < 0 || row >= shown->rowCount())
        return;
    const QModelIndex index = shown->index(row, column);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setCurrentIndex(index);
    m_view->setFocus();
    scheduleFooter();
}

void ContainerEditor::goTo(const QString &text)
{
    if (!m_model || text.isEmpty())
        return;
    if (typeId() == QLatin1String("list") || typeId() == QLatin1String("Array")) {
        bool ok = false;
        int row = text.trimmed().toInt(&ok);
        if (!ok) {
            showMessage(tr("\"%1\" is not an index").arg(text));
            return;
        }
        if (row < 0)
            row += m_model->rowCount();
        scrollToRow(row);
        return;
    }
    // "#N": the row N of a dict or Namespace (its position in the order), not a key.
    if (text.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const int row = text.mid(1).trimmed().toInt(&ok);
        if (!ok || row < 0 || row >= m_model->rowCount())
            showMessage(tr("No row %1").arg(text.mid(1)));
        else
            scrollToRow(row);
        return;
    }
    if (auto *ns = qobject_cast<NamespaceModel *>(m_model)) {
        const int row = ns->rowOfName(text.trimmed());
        if (row < 0)
            showMessage(tr("No attribute '%1'").arg(text.trimmed()));
        else
            scrollToRow(row);
        return;
    }
    auto *dict = qobject_cast<DictModel *>(m_model);
    if (!dict)
        return;
    int row = dict->rowOfKey(text);
    bool isNumber = false;
    const qlonglong number = text.toLongLong(&isNumber);
    if (row < 0 && isNumber)
        row = dict->rowOfKey(number);
    if (row >= 0) {
        scrollToRow(row);
        return;
    }
    // Not loaded: the server knows where it is.
    auto proxy = std::dynamic_pointer_cast<DictProxy>(m_proxy);
    DictProxy::SearchOptions options;
    options.mode = DictProxy::MatchMode::RegularExpression;
    options.scope = DictProxy::SearchScope::Keys;
    options.limit = 1;
    const QString pattern = QLatin1Char('^') + QRegularExpression::escape(text) + QLatin1Char('$');
    auto *watcher = new PendingCallWatcher(proxy->findAsync(pattern, options), this);
    connect(watcher, &PendingCallWatcher::finished, this, [this, text](PendingCallWatcher *call) {
        call->deleteLater();
        const PendingReply<DictSearch> reply(*call);
        const DictSearch found = reply.value();
        if (!reply.isValid() || found.matches.isEmpty()) {
            showMessage(tr("No key %1").arg(text));
            return;
        }
        scrollToRow(int(found.matches.first().position), 0);
    });
}

void ContainerEditor::setFilterText(const QString &text)
{
    if (!m_model)
        return;
    if (typeId() == QLatin1String("dict")) {
        cancelSearch();
        if (text.isEmpty()) {
            m_searchPanel->hide();
            return;
        }
        m_searchResults->clear();
        m_searchPanel->show();
        m_searching = true;
        m_searchPanel->findChild<QToolButton *>(QStringLiteral("cancelSearchButton"))->setEnabled(m_searching);
        searchStep(text, 0, 0, 0, ++m_searchGeneration);
        return;
    }
    if (text.isEmpty()) {
        if (m_filter) {
            if (m_view->model() == m_filter) {
                QItemSelectionModel *oldSelection = m_view->selectionModel();
                m_view->setModel(m_model);
                watchCurrentRow();
                delete oldSelection;
            }
            delete m_filter;
            m_filter = nullptr;
            m_model->setCacheLimit(2000);
        }
        return;
    }
    if (m_model->rowCount() > FullFilterLimit) {
        showMessage(tr("Filtering needs the whole container: %1 has more than %2 items. Use Go to.")
                            .arg(title(), QLocale().toString(FullFilterLimit)));
        return;
    }
    // Small enough to hold whole: the filter sees every row.
    m_model->setCacheLimit(qMax(2000, m_model->rowCount() + m_model->pageSize() * 2));
    if (!m_filter) {
        m_filter = new QSortFilterProxyModel(this);
        m_filter->setSourceModel(m_model);
        m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_filter->setFilterKeyColumn(-1);
    }
    m_filter->setFilterFixedString(text);
    if (!m_snapshot && m_view->model() != m_filter) {
        QItemSelectionModel *oldSelection = m_view->selectionModel();
        m_view->setModel(m_filter);
        watchCurrentRow();
        delete oldSelection;
    }
}

void ContainerEditor::cancelSearch()
{
    if (m_searching) {
        ++m_searchGeneration;
        m_searching = false;
        m_searchPanel->findChild<QToolButton *>(QStringLiteral("cancelSearchButton"))->setEnabled(m_searching);
        m_searchLabel->setText(tr("Search cancelled: %n match(es)", "", m_searchResults->count()));
    }
}

void ContainerEditor::searchStep(const QString &pattern, qint64 offset, qint64 scanned, int found,
                                 quint64 generation)
{
    auto proxy = std::dynamic_pointer_cast<DictProxy>(m_proxy);
    if (!proxy)
        return;
    DictProxy::SearchOptions options;
    options.offset = offset;
    options.limit = SearchLimit - found;
    options.maxScan = SearchSliceEntries; // in steps: progress, and Cancel between them
    auto *watcher = new PendingCallWatcher(proxy->findAsync(pattern, options), this);
    connect(watcher, &PendingCallWatcher::finished, this,
            [this, pattern, scanned, found, generation](PendingCallWatcher *call) {
                call->deleteLater();
                if (generation != m_searchGeneration)
                    return;
                const PendingReply<DictSearch> reply(*call);
                if (!reply.isValid()) {
                    m_searching = false;
                    m_searchPanel->findChild<QToolButton *>(QStringLiteral("cancelSearchButton"))->setEnabled(m_searching);
                    m_searchLabel->setText(tr("Search failed: %1").arg(reply.errorString()));
                    Q_EMIT searchFinished(found);
                    return;
                }
                const DictSearch result = reply.value();
                int total = found;
                for (const DictMatch &match : result.matches) {
                    auto *item = new QListWidgetItem(
                            tr("%1 — in %2").arg(EditTarget::keyText(match.key),
                                                 match.inKey && match.inValue ? tr("key and value")
                                                         : match.inKey        ? tr("key")
                                                                              : tr("value")),
                            m_searchResults);
                    item->setData(Qt::UserRole, match.position);
                    ++total;
                }
                const qint64 seen = scanned + result.scanned;
                const QLocale locale;
                if (result.atEnd || total >= SearchLimit) {
                    m_searching = false;
                    m_searchPanel->findChild<QToolButton *>(QStringLiteral("cancelSearchButton"))->setEnabled(m_searching);
                    m_searchLabel->setText(
                            tr("%n match(es)", "", total)
                            + (total >= SearchLimit ? QLatin1String(" ") + tr("(first %1 shown)").arg(SearchLimit)
                                                    : QString()));
                    Q_EMIT searchFinished(total);
                    return;
                }
                m_searchLabel->setText(tr("Searching… %1 / %2 scanned")
                                               .arg(locale.toString(seen), locale.toString(result.length)));
                searchStep(pattern, result.next, seen, total, generation);
            });
}

// --- view state ---

QVariantMap ContainerEditor::viewState() const
{
    QVariantMap state;
    state.insert(QStringLiteral("scroll"), m_view->verticalScrollBar()->value());
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) {
        state.insert(QStringLiteral("row"), current.row());
        state.insert(QStringLiteral("column"), current.column());
    }
    return state;
}

void ContainerEditor::restoreViewState(const QVariantMap &state)
{
    m_pendingViewState = state;
    if (m_model && m_model->status() == ContainerModel::Status::Ready)
        applyPendingViewState();
}

void ContainerEditor::applyPendingViewState()
{
    if (m_pendingViewState.isEmpty() || !m_model || m_model->rowCount() == 0)
        return;
    const QVariantMap state = std::exchange(m_pendingViewState, {});
    QAbstractItemModel *shown = m_view->model();
    const int row = state.value(QStringLiteral("row"), -1).toInt();
    if (row >= 0 && row < shown->rowCount())
        m_view->setCurrentIndex(shown->index(row, state.value(QStringLiteral("column")).toInt()));
    m_view->verticalScrollBar()->setValue(state.value(QStringLiteral("scroll")).toInt());
    scheduleFooter();
}

} // namespace Inspector
