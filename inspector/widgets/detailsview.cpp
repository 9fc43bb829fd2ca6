// SPDX-License-Identifier: BSD-3-Clause
#include "detailsview.h"
#include "clientnames.h"
#include "inspectorsession.h"
#include "objecttreemodel.h"

#include <libmanager/pendingcallwatcher.h>

#include <QtCore/qlocale.h>
#include <QtCore/qtimer.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qformlayout.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qscrollarea.h>

#include <numeric>
#include <utility>

namespace Inspector {

namespace {
constexpr int RefreshMs = 250;
constexpr int PreviewChars = 1000;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

DetailsView::DetailsView(InspectorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_names = new ClientNames(session, this);
    connect(m_names, &ClientNames::namesChanged, this, &DetailsView::render);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setAccessibleName(tr("Object"));
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("detailsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Object status"));
    m_banner->hide();
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("detailsOpen"));
    m_open->setToolTip(tr("Open this object in a tab"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_id && !m_info.typeId.isEmpty())
            Q_EMIT objectActivated(m_id, m_info.typeId);
    });
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_open);

    m_form = new QWidget(this);
    m_formLayout = new QFormLayout(m_form);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_token = addRow(tr("Token:"), QStringLiteral("detailsToken"));
    m_type = addRow(tr("Type:"), QStringLiteral("detailsType"));
    m_class = addRow(tr("Class:"), QStringLiteral("detailsClass"));
    m_references = addRow(tr("References:"), QStringLiteral("detailsReferences"));
    m_subscribers = addRow(tr("Subscribers:"), QStringLiteral("detailsSubscribers"));
    m_creator = addRow(tr("Creator:"), QStringLiteral("detailsCreator"));
    m_created = addRow(tr("Created:"), QStringLiteral("detailsCreated"));
    m_version = addRow(tr("Version:"), QStringLiteral("detailsVersion"));
    m_changed = addRow(tr("Last change:"), QStringLiteral("detailsChanged"));
    m_length = addRow(tr("Length:"), QStringLiteral("detailsLength"));
    m_state = addRow(tr("State:"), QStringLiteral("detailsState"));
    m_namesLabel = addRow(tr("Names:"), QStringLiteral("detailsNames"));
    m_bytes = addRow(tr("Size:"), QStringLiteral("detailsSize"));

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("detailsPreview"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Preview of the value"));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setPlaceholderText(tr("No preview"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(titleRow);
    layout->addWidget(m_banner);
    // The fields wrap (references per client, tokens): a scroll area lets them take the height
    // they need instead of being cut off.
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    formScroll->setAccessibleName(tr("Object details"));
    layout->addWidget(formScroll, 2);
    auto *previewLabel = new QLabel(tr("&Preview (up to %1 characters):").arg(QLocale().toString(PreviewChars)), this);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DetailsView::refresh);
    // Ages ("3 s ago") move: once a second while something is shown.
    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            render();
    });

    connect(session, &InspectorSession::connected, this, [this] {
        attach();
        if (m_id)
            scheduleRefresh();
    });
    connect(session, &InspectorSession::pausedChanged, this, [this](bool paused) {
        if (!paused && std::exchange(m_changedWhilePaused, false)) {
            render();
            scheduleRefresh();
        }
    });
    attach();
    render();
}

QLabel *DetailsView::addRow(const QString &label, const QString &objectName)
{
    auto *field = new QLabel(m_form);
    field->setObjectName(objectName);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                   | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    field->setWordWrap(true);
    field->setTextFormat(Qt::RichText);
    QString name = label;
    name.remove(QLatin1Char(':'));
    field->setAccessibleName(name);
    connect(field, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("client:")))
            Q_EMIT clientActivated(link.mid(7).toULongLong());
    });
    m_formLayout->addRow(label, field);
    return field;
}

void DetailsView::attach()
{
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector || introspector == m_introspector)
        return;
    m_introspector = introspector;
    using LibManager::Introspector;
    const auto mine = [this](const LibManager::ObjectEvent &event) {
        if (event.object == m_id && m_id)
            scheduleRefresh();
    };
    connect(introspector, &Introspector::objectChanged, this, mine);
    connect(introspector, &Introspector::referencesChanged, this, mine);
    connect(introspector, &Introspector::syncEvent, this, [this](const LibManager::SyncEvent &event) {
        if (event.object == m_id && m_id)
            scheduleRefresh();
    });
    connect(introspector, &Introspector::objectReleased, this, [this](const LibManager::ObjectEvent &event) {
        if (event.object == m_id && m_id)
            setReleased();
    });
    connect(introspector, &Introspector::resyncNeeded, this, [this] {
        if (m_id)
            scheduleRefresh();
    });
}

void DetailsView::showObject(quint64 objectId)
{
    if (objectId == m_id)
        return;
    m_id = objectId;
    m_info = {};
    m_released = false;
    ++m_serial;
    m_again = false;
    m_changedWhilePaused = false;
    m_refreshTimer->stop();
    render();
    if (m_id) {
        refresh();
        m_ageTimer->start();
    } else {
        m_ageTimer->stop();
    }
}

void DetailsView::showClient(quint64 clientId)
{
    Q_UNUSED(clientId); // the Clients dock shows clients
}

void DetailsView::scheduleRefresh()
{
    if (m_released)
        return;
    if (m_session->isPaused()) {
        if (!std::exchange(m_changedWhilePaused, true))
            render();
        return;
    }
    if (m_inFlight) {
        m_again = true;
        return;
    }
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void DetailsView::refresh()
{
    if (!m_id || !m_introspector || m_released)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    const int serial = m_serial;
    const quint64 id = m_id;
    auto *watcher = new LibManager::PendingCallWatcher(
            m_introspector->objectsPageAsync(id - 1, 1, {}, PreviewChars), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, serial, id](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                m_inFlight = false;
                const LibManager::PendingReply<LibManager::ObjectPage> reply(*call);
                if (serial == m_serial) {
                    if (reply.isValid()) {
                        const LibManager::ObjectPage page = reply.value();
                        if (!page.objects.isEmpty() && page.objects.constFirst().id == id) {
                            m_info = page.objects.constFirst();
                            render();
                            Q_EMIT refreshed(id);
                        } else {
                            setReleased();
                        }
                    } else {
                        m_banner->setText(tr("Could not read %1: %2").arg(tr("object %1").arg(id), reply.errorString()));
                        m_banner->show();
                    }
                }
                if (std::exchange(m_again, false))
                    scheduleRefresh();
            });
}

void DetailsView::setReleased()
{
    if (m_released)
        return;
    m_released = true;
    m_refreshTimer->stop();
    render();
}

QString DetailsView::clientLink(quint64 clientId) const
{
    if (clientId == 0)
        return escaped(m_names->label(0));
    return QStringLiteral("<a href=\"client:%1\">%2</a>").arg(clientId).arg(escaped(m_names->label(clientId)));
}

void DetailsView::render()
{
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTime();
    if (!m_id) {
        m_title->setText(tr("No object selected"));
        m_banner->hide();
        m_form->hide();
        m_open->setEnabled(false);
        m_preview->clear();
        return;
    }
    const LibManager::ObjectInfo &info = m_info;
    if (info.id == 0) {
        m_title->setText(tr("object %1").arg(locale.toString(m_id)));
        m_form->setVisible(false);
        m_open->setEnabled(false);
        m_banner->setText(m_released ? tr("Object released: it no longer exists on the server.") : tr("Loading…"));
        m_banner->show();
        return;
    }
    m_title->setText(ObjectTreeModel::objectLabel(info));
    m_open->setEnabled(!m_released);
    m_banner->setVisible(m_released || m_changedWhilePaused);
    if (m_released)
        m_banner->setText(tr("Object released: it no longer exists on the server. Last data read:"));
    else if (m_changedWhilePaused)
        m_banner->setText(tr("Changed while paused: resume to see it."));
    m_form->setVisible(true);
    m_form->setEnabled(!m_released);

    m_token->setText(escaped(info.token.isValid() ? info.token.toString()
                                                  : m_session->token(info.id, info.typeId).toString()));
    m_type->setText(escaped(info.typeId));
    m_class->setText(escaped(info.className));
    QStringList perClient;
    for (auto it = info.referencesByClient.cbegin(); it != info.referencesByClient.cend(); ++it)
        perClient.append(tr("%1: %2").arg(clientLink(it.key()), locale.toString(it.value())));
    const qint64 others = info.references
            - std::accumulate(info.referencesByClient.cbegin(), info.referencesByClient.cend(), qint64(0));
    if (others > 0)
        perClient.append(tr("names and stored values: %1").arg(locale.toString(others)));
    m_references->setText(perClient.isEmpty()
                                  ? locale.toString(info.references)
                                  : tr("%1 — %2").arg(locale.toString(info.references),
                                                      perClient.join(QStringLiteral("<br>"))));
    m_subscribers->setText(locale.toString(info.subscribers));
    m_creator->setText(clientLink(info.creator));
    m_created->setText(info.createdAt.isValid()
                               ? tr("%1 (%2)").arg(locale.toString(info.createdAt, QLocale::ShortFormat),
                                                  escaped(ObjectTreeModel::longAge(info.createdAt, now)))
                               : QString());
    m_version->setText(locale.toString(info.version));
    m_changed->setText(info.changedAt.isValid()
                               ? tr("%1 (%2) by %3")
                                         .arg(locale.toString(info.changedAt, QLocale::ShortFormat),
                                              escaped(ObjectTreeModel::longAge(info.changedAt, now)),
                                              clientLink(info.changedBy))
                               : tr("none seen"));
    m_length->setText(info.length >= 0 ? locale.toString(info.length) : tr("—"));
    QString state = escaped(info.state);
    if (info.state == QLatin1String("locked") && info.holder)
        state = tr("held by %1").arg(clientLink(info.holder));
    if (info.waiting > 0)
        state = tr("%1, %n waiting", "", int(info.waiting)).arg(state.isEmpty() ? tr("—") : state);
    m_state->setText(state.isEmpty() ? tr("—") : state);
    m_namesLabel->setText(info.names.isEmpty() ? tr("—") : escaped(info.names.join(QStringLiteral(", "))));
    m_bytes->setText(locale.formattedDataSize(info.bytes));
    if (m_preview->toPlainText() != info.preview)
        m_preview->setPlainText(info.preview);
}

} // namespace Inspector
