// SPDX-License-Identifier: BSD-3-Clause
#include "valueeditor.h"
#include "activitymodel.h"
#include "inspectorsession.h"
#include "valuesparkline.h"

#include <libmanager/pendingcallwatcher.h>
#include <libmanager/valueproxy.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qlocale.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qformlayout.h>
#include <QtWidgets/qframe.h>
#include <QtWidgets/qinputdialog.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qspinbox.h>
#include <QtWidgets/qstackedwidget.h>

#include <cmath>
#include <limits>

namespace Inspector {

namespace {

bool usesSpinBox(char typeCode)
{
    return typeCode == 'b' || typeCode == 'B' || typeCode == 'h' || typeCode == 'H'
        || typeCode == 'i';
}

void spinRange(char typeCode, int *min, int *max)
{
    switch (typeCode) {
    case 'b':
        *min = -128;
        *max = 127;
        break;
    case 'B':
        *min = 0;
        *max = 255;
        break;
    case 'h':
        *min = -32768;
        *max = 32767;
        break;
    case 'H':
        *min = 0;
        *max = 65535;
        break;
    default:
        *min = std::numeric_limits<int>::min();
        *max = std::numeric_limits<int>::max();
    }
}

} // namespace

ValueEditor::ValueEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                         QWidget *parent)
    : ObjectEditor(session, objectId, typeId, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_typeLabel = new QLabel(tr("Reading…"), this);
    m_typeLabel->setObjectName(QStringLiteral("typeCodeLabel"));
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    m_lastLabel = new QLabel(tr("No change seen yet"), this);
    m_lastLabel->setObjectName(QStringLiteral("lastChangeLabel"));
    m_lastLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    for (QLabel *label : { m_typeLabel, m_rangeLabel })
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_editors = new QStackedWidget(this);
    m_spin = new QSpinBox(m_editors);
    m_spin->setObjectName(QStringLiteral("valueSpinBox"));
    m_spin->setAccessibleName(tr("Value"));
    m_spin->setGroupSeparatorShown(true);
    m_line = new QLineEdit(m_editors);
    m_line->setObjectName(QStringLiteral("valueLineEdit"));
    m_line->setAccessibleName(tr("Value"));
    m_editors->addWidget(m_line);
    m_editors->addWidget(m_spin);
    m_editors->setEnabled(false);
    connect(m_spin, &QSpinBox::valueChanged, this, [this] { m_editing = m_spin->hasFocus(); });
    connect(m_line, &QLineEdit::textEdited, this, [this] { m_editing = true; });
    connect(m_line, &QLineEdit::returnPressed, this, &ValueEditor::commit);
    connect(m_spin, &QSpinBox::editingFinished, this, [this] {
        // Enter commits; leaving the box does not.
        if (m_spin->hasFocus() && m_editing)
            commit();
    });

    m_setButton = new QPushButton(tr("&Set"), this);
    m_setButton->setObjectName(QStringLiteral("setButton"));
    m_setButton->setProperty("mutating", true);
    m_setButton->setToolTip(tr("Write the value, unless another client changed it since it was "
                               "read"));
    connect(m_setButton, &QPushButton::clicked, this, &ValueEditor::commit);
    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setProperty("mutating", true);
    m_addButton->setToolTip(tr("Add a number to the value in one step on the server (fetchAdd)"));
    connect(m_addButton, &QPushButton::clicked, this, &ValueEditor::askAndAdd);
    auto *row = new QHBoxLayout;
    row->addWidget(m_editors, 1);
    row->addWidget(m_setButton);
    row->addWidget(m_addButton);

    form->addRow(tr("Type code:"), m_typeLabel);
    form->addRow(tr("Range:"), m_rangeLabel);
    form->addRow(tr("&Value:"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(m_line);
    form->addRow(tr("Last change:"), m_lastLabel);
    layout->addLayout(form);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("conflictBanner"));
    static_cast<QFrame *>(m_banner)->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setWordWrap(true);
    m_overwriteButton = new QPushButton(tr("&Overwrite"), m_banner);
    m_overwriteButton->setObjectName(QStringLiteral("overwriteButton"));
    m_overwriteButton->setProperty("mutating", true);
    auto *discard = new QPushButton(tr("&Discard mine"), m_banner);
    discard->setObjectName(QStringLiteral("discardButton"));
    connect(m_overwriteButton, &QPushButton::clicked, this, [this] {
        const QVariant mine = m_mine;
        hideBanner();
        overwrite(mine);
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        hideBanner();
        m_editing = false;
        setEditorValue(m_value);
    });
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(m_overwriteButton);
    bannerLayout->addWidget(discard);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_sparkline = new ValueSparkline(this);
    m_sparkline->setObjectName(QStringLiteral("sparkline"));
    m_sparkline->hide();
    layout->addWidget(m_sparkline);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Outcome of the last write"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);

    connect(session, &InspectorSession::connected, this, &ValueEditor::reconnect);
    connect(session, &InspectorSession::readOnlyChanged, this, &ValueEditor::updateActions);
    connect(session, &InspectorSession::pausedChanged, this, [this](bool paused) {
        if (!paused && m_hasPending) {
            m_hasPending = false;
            showValue(m_pending, 0);
        }
    });
    updateActions();
    reconnect();
}

ValueEditor::~ValueEditor() = default;

bool ValueEditor::isNumeric(char typeCode)
{
    return typeCode != 'c' && typeCode != 'u' && typeCode != 0;
}

QString ValueEditor::typeName(char typeCode)
{
    switch (typeCode) {
    case 'b':
        return tr("signed char (1 byte)");
    case 'B':
        return tr("unsigned char (1 byte)");
    case 'h':
        return tr("signed short (2 bytes)");
    case 'H':
        return tr("unsigned short (2 bytes)");
    case 'i':
        return tr("signed int (4 bytes)");
    case 'I':
        return tr("unsigned int (4 bytes)");
    case 'l':
        return tr("signed long (8 bytes)");
    case 'L':
        return tr("unsigned long (8 bytes)");
    case 'q':
        return tr("signed long long (8 bytes)");
    case 'Q':
        return tr("unsigned long long (8 bytes)");
    case 'f':
        return tr("float (4 bytes)");
    case 'd':
        return tr("double (8 bytes)");
    case 'c':
        return tr("byte");
    case 'u':
        return tr("Unicode character");
    default:
        return tr("unknown");
    }
}

QString ValueEditor::rangeText(char typeCode)
{
    const QLocale locale;
    const auto range = [&locale](auto min, auto max) {
        return tr("%1 … %2").arg(locale.toString(min), locale.toString(max));
    };
    switch (typeCode) {
    case 'b':
        return range(-128, 127);
    case 'B':
        return range(0, 255);
    case 'h':
        return range(-32768, 32767);
    case 'H':
        return range(0, 65535);
    case 'i':
        return range(std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max());
    case 'I':
        return range(0u, std::numeric_limits<quint32>::max());
    case 'l':
    case 'q':
        return range(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    case 'L':
    case 'Q':
        return range(quint64(0), std::numeric_limits<quint64>::max());
    case 'f':
        return tr("±%1 (single precision)")
            .arg(locale.toString(double(std::numeric_limits<float>::max()), 'g', 8));
    case 'd':
        return tr("±%1 (double precision)")
            .arg(locale.toString(std::numeric_limits<double>::max(), 'g', 6));
    case 'c':
        return tr("one byte");
    case 'u':
        return tr("one character");
    default:
        return QString();
    }
}

QVariant ValueEditor::parse(char typeCode, const QString &input, QString *error)
{
    const QLocale locale;
    const QString text = input.trimmed();
    QString dummy;
    QString &why = error ? *error : dummy;
    why.clear();
    const auto outOfRange = [&] {
        why = tr("%1 is out of range for typecode '%2' (%3)")
                  .arg(text, QString(QLatin1Char(typeCode)), rangeText(typeCode));
        return QVariant();
    };
    const auto notANumber = [&] {
        why = tr("'%1' is not a number").arg(text);
        return QVariant();
    };
    switch (typeCode) {
    case 'b':
    case 'B':
    case 'h':
    case 'H':
    case 'i':
    case 'l':
    case 'q': {
        bool ok = false;
        qlonglong number = locale.toLongLong(text, &ok);
        if (!ok)
            number = text.toLongLong(&ok);
        if (!ok)
            return notANumber();
        int min = 0, max = 0;
        spinRange(typeCode, &min, &max);
        if (typeCode == 'l' || typeCode == 'q')
            return number;
        if (number < min || number > max)
            return outOfRange();
        return int(number);
    }
    case 'I':
    case 'L':
    case 'Q': {
        if (text.startsWith(QLatin1Char('-')))
            return outOfRange();
        bool ok = false;
        qulonglong number = locale.toULongLong(text, &ok);
        if (!ok)
            number = text.toULongLong(&ok);
        if (!ok)
            return notANumber();
        if (typeCode == 'I') {
            if (number > std::numeric_limits<quint32>::max())
                return outOfRange();
            return uint(number);
        }
        return number;
    }
    case 'f':
    case 'd': {
        bool ok = false;
        double number = locale.toDouble(text, &ok);
        if (!ok)
            number = text.toDouble(&ok);
        if (!ok)
            return notANumber();
        if (typeCode == 'f' && std::isfinite(number)
            && std::abs(number) > double(std::numeric_limits<float>::max()))
            return outOfRange();
        return number;
    }
    case 'c': {
        const QByteArray bytes = text.toLatin1();
        if (bytes.size() != 1 || QString::fromLatin1(bytes) != text) {
            why = tr("Typecode 'c' takes exactly one byte (a Latin-1 character)");
            return QVariant();
        }
        return bytes;
    }
    case 'u':
        if (text.size() != 1) {
            why = tr("Typecode 'u' takes exactly one character");
            return QVariant();
        }
        return text;
    default:
        why = tr("The typecode is not known yet");
        return QVariant();
    }
}

QVariant ValueEditor::editorValue(QString *error) const
{
    if (usesSpinBox(m_typeCode)) {
        if (error)
            error->clear();
        return m_spin->value();
    }
    // Characters keep their spaces: only numbers are trimmed.
    if (m_typeCode == 'c' || m_typeCode == 'u') {
        const QString text = m_line->text();
        if (m_typeCode == 'u' && text.size() == 1) {
            if (error)
                error->clear();
            return text;
        }
        if (m_typeCode == 'c' && text.size() == 1 && text.at(0).unicode() < 256) {
            if (error)
                error->clear();
            return text.toLatin1();
        }
    }
    return parse(m_typeCode, m_line->text(), error);
}

QString ValueEditor::describe(const QVariant &value) const
{
    const QLocale locale;
    switch (value.typeId()) {
    case QMetaType::Int:
        return locale.toString(value.toInt());
    case QMetaType::UInt:
        return locale.toString(value.toUInt());
    case QMetaType::LongLong:
        return locale.toString(value.toLongLong());
    case QMetaType::ULongLong:
        return locale.toString(value.toULongLong());
    case QMetaType::Double:
        return locale.toString(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QStringLiteral("b'%1'").arg(QString::fromLatin1(value.toByteArray()));
    case QMetaType::QString:
        return QStringLiteral("'%1'").arg(value.toString());
    default:
        return value.toString();
    }
}

QString ValueEditor::clientText(quint64 origin) const
{
    if (origin == 0)
        return QString();
    if (origin == session()->selfId())
        return tr("client %1 (this inspector)").arg(origin);
    return tr("client %1").arg(origin);
}

void ValueEditor::logCall(const QString &call, const QString &details, bool failed)
{
    session()->activity()->appendOwnCall(objectId(), title(), call, details, failed);
    Q_EMIT callFinished(call, !failed, details);
}

void ValueEditor::updateActions()
{
    const bool writable = !session()->isReadOnly() && m_proxy && m_typeCode != 0;
    m_setButton->setEnabled(writable);
    m_addButton->setEnabled(writable && isNumeric(m_typeCode));
    m_addButton->setVisible(isNumeric(m_typeCode) || m_typeCode == 0);
    m_overwriteButton->setEnabled(!session()->isReadOnly());
    m_spin->setReadOnly(session()->isReadOnly());
    m_line->setReadOnly(session()->isReadOnly());
}

void ValueEditor::setupEditor()
{
    m_typeLabel->setText(tr("%1 — %2").arg(QLatin1Char(m_typeCode)).arg(typeName(m_typeCode)));
    m_rangeLabel->setText(rangeText(m_typeCode));
    if (usesSpinBox(m_typeCode)) {
        int min = 0, max = 0;
        spinRange(m_typeCode, &min, &max);
        m_spin->setRange(min, max);
        m_editors->setCurrentWidget(m_spin);
    } else {
        m_line->setMaxLength(m_typeCode == 'c' || m_typeCode == 'u' ? 1 : 64);
        m_editors->setCurrentWidget(m_line);
    }
    m_editors->setEnabled(true);
    m_sparkline->setVisible(isNumeric(m_typeCode));
    updateActions();
}

void ValueEditor::setEditorValue(const QVariant &value)
{
    if (usesSpinBox(m_typeCode)) {
        const QSignalBlocker blocker(m_spin);
        m_spin->setValue(value.toInt());
    } else if (m_typeCode == 'c') {
        m_line->setText(QString::fromLatin1(value.toByteArray()));
    } else if (m_typeCode == 'u') {
        m_line->setText(value.toString());
    } else if (m_typeCode == 'f' || m_typeCode == 'd') {
        m_line->setText(QLocale().toString(value.toDouble(), 'g', m_typeCode == 'f' ? 9 : 17));
    } else {
        m_line->setText(value.toString());
    }
}

void ValueEditor::showValue(const QVariant &value, quint64 origin)
{
    m_value = value;
    if (m_editing) {
        // Never replace what the user is typing: say what came instead.
        m_statusLabel->setText(
            origin ? tr("Changed by %1 to %2 while you were editing")
                         .arg(clientText(origin), describe(value))
                   : tr("Changed to %1 while you were editing").arg(describe(value)));
    } else {
        setEditorValue(value);
    }
    if (isNumeric(m_typeCode))
        m_sparkline->addValue(value.toDouble());
}

void ValueEditor::reconnect()
{
    m_proxy.reset();
    std::unique_ptr<LibManager::Proxy> proxy = session()->observe(objectId(), typeId());
    m_proxy.reset(qobject_cast<LibManager::ValueProxy *>(proxy.get()));
    if (!m_proxy) {
        m_statusLabel->setText(proxy ? tr("The object is not a Value")
                                     : session()->lastErrorString());
        updateActions();
        return;
    }
    proxy.release();
    m_proxy->setChangeInfoEnabled(true);
    connect(
        m_proxy.get(), &LibManager::ValueProxy::valueChanged, this, [this](const QVariant &value) {
            const LibManager::ChangeInfo info = m_proxy->changeInfo();
            const QLocale locale;
            QString text = locale.toString(QTime::currentTime(), QStringLiteral("HH:mm:ss.zzz"));
            if (info.origin)
                text = tr("%1 by %2").arg(text, clientText(info.origin));
            if (info.isValid())
                text = tr("%1 · version %2").arg(text, locale.toString(info.version));
            m_lastLabel->setText(text);
            if (session()->isPaused()) {
                m_pending = value;
                m_hasPending = true;
                return;
            }
            showValue(value, info.origin);
        });
    connect(m_proxy.get(), &LibManager::Proxy::stateChanged, this,
            [this](LibManager::Proxy::State state) {
                if (state == LibManager::Proxy::State::Released)
                    Q_EMIT objectGone();
            });
    auto *typeWatcher = new LibManager::PendingCallWatcher(m_proxy->typeCodeAsync(), this);
    connect(typeWatcher, &LibManager::PendingCallWatcher::finished, this,
            [this](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                const LibManager::PendingReply<char> reply(*call);
                if (!reply.isValid()) {
                    m_statusLabel->setText(reply.errorString());
                    return;
                }
                m_typeCode = reply.value();
                setupEditor();
                if (m_value.isValid())
                    setEditorValue(m_value);
            });
    auto *valueWatcher = new LibManager::PendingCallWatcher(m_proxy->valueAsync(), this);
    connect(valueWatcher, &LibManager::PendingCallWatcher::finished, this,
            [this](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                const LibManager::PendingReply<QVariant> reply(*call);
                if (!reply.isValid()) {
                    m_statusLabel->setText(reply.errorString());
                    return;
                }
                m_value = reply.value();
                if (m_typeCode != 0 && !m_editing)
                    setEditorValue(m_value);
                if (isNumeric(m_typeCode) || m_typeCode == 0)
                    m_sparkline->addValue(m_value.toDouble());
            });
    updateActions();
}

void ValueEditor::showBanner(const QString &text, const QVariant &mine)
{
    m_mine = mine;
    m_bannerLabel->setText(text);
    m_banner->show();
}

void ValueEditor::hideBanner()
{
    m_banner->hide();
    m_mine = QVariant();
}

void ValueEditor::commit()
{
    if (!m_proxy || session()->isReadOnly() || m_typeCode == 0)
        return;
    QString error;
    const QVariant desired = editorValue(&error);
    if (!desired.isValid()) {
        m_statusLabel->setText(error);
        return;
    }
    const QVariant expected = m_value;
    const QString call = tr("compareExchange(%1, %2)").arg(describe(expected), describe(desired));
    auto *watcher = new LibManager::PendingCallWatcher(
        m_proxy->compareExchangeAsync(expected, desired), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, call, desired](LibManager::PendingCallWatcher *finished) {
                finished->deleteLater();
                const LibManager::PendingReply<LibManager::ValueProxy::ExchangeResult> reply(
                    *finished);
                if (!reply.isValid()) {
                    m_statusLabel->setText(reply.errorString());
                    logCall(call, reply.errorString(), true);
                    return;
                }
                const LibManager::ValueProxy::ExchangeResult result = reply.value();
                m_editing = false;
                if (result.exchanged) {
                    hideBanner();
                    m_statusLabel->setText(tr("Set to %1").arg(describe(desired)));
                    logCall(call, tr("set"), false);
                    return;
                }
                m_value = result.previous;
                showBanner(tr("The value changed to %1 since you read it: nothing was written.")
                               .arg(describe(result.previous)),
                           desired);
                logCall(call, tr("not exchanged: the value was %1").arg(describe(result.previous)),
                        false);
            });
}

void ValueEditor::overwrite(const QVariant &value)
{
    if (!m_proxy || session()->isReadOnly() || !value.isValid())
        return;
    const QString call = tr("setValue(%1)").arg(describe(value));
    auto *watcher = new LibManager::PendingCallWatcher(m_proxy->setValueAsync(value), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, call, value](LibManager::PendingCallWatcher *finished) {
                finished->deleteLater();
                const LibManager::PendingReply<void> reply(*finished);
                m_editing = false;
                if (!reply.isValid()) {
                    m_statusLabel->setText(reply.errorString());
                    logCall(call, reply.errorString(), true);
                    return;
                }
                m_statusLabel->setText(tr("Set to %1").arg(describe(value)));
                logCall(call, tr("set"), false);
            });
}

void ValueEditor::fetchAdd(const QVariant &delta)
{
    if (!m_proxy || session()->isReadOnly() || !isNumeric(m_typeCode) || !delta.isValid())
        return;
    const QString call = tr("fetchAdd(%1)").arg(describe(delta));
    auto *watcher = new LibManager::PendingCallWatcher(m_proxy->fetchAddAsync(delta), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, call](LibManager::PendingCallWatcher *finished) {
                finished->deleteLater();
                const LibManager::PendingReply<QVariant> reply(*finished);
                if (!reply.isValid()) {
                    m_statusLabel->setText(reply.errorString());
                    logCall(call, reply.errorString(), true);
                    return;
                }
                const QString details = tr("was %1").arg(describe(reply.value()));
                m_statusLabel->setText(tr("Added; the value was %1").arg(describe(reply.value())));
                logCall(call, details, false);
            });
}

void ValueEditor::askAndAdd()
{
    if (!isNumeric(m_typeCode))
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add to %1").arg(title()),
                                               tr("Number to add (may be negative):"),
                                               QLineEdit::Normal, QStringLiteral("1"), &ok);
    if (!ok)
        return;
    const bool floating = m_typeCode == 'f' || m_typeCode == 'd';
    QString error;
    // Deltas may be negative for unsigned codes too: parse as a signed or floating number.
    const QVariant delta = parse(floating ? 'd' : 'q', text, &error);
    if (!delta.isValid()) {
        m_statusLabel->setText(error);
        return;
    }
    fetchAdd(delta);
}

} // namespace Inspector
