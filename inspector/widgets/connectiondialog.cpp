// SPDX-License-Identifier: BSD-3-Clause
#include "connectiondialog.h"
#include "addressvalidator.h"
#include "connectionsettings.h"
#include "inspectorsession.h"

#include <libmanager/error.h>

#include <algorithm>

#include <QtCore/qdir.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qstandardpaths.h>
#include <QtGui/qguiapplication.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qbuttongroup.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qdialogbuttonbox.h>
#include <QtWidgets/qfiledialog.h>
#include <QtWidgets/qformlayout.h>
#include <QtWidgets/qgroupbox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qradiobutton.h>
#include <QtWidgets/qspinbox.h>

namespace Inspector {

namespace {
bool forcedReadOnlyDefault = false;

bool isHex(const QString &text)
{
    if (text.isEmpty() || text.size() % 2 != 0)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    });
}
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ConnectionDialog"));
    setWindowTitle(tr("Connect to a Server"));
    m_tester = new ConnectionTester(this);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::showTestResult);

    // Address
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_address->setMinimumContentsLength(32);
    m_address->lineEdit()->setValidator(new AddressValidator(m_address));
    m_address->lineEdit()->setPlaceholderText(tr("/run/user/1000/app.sock, local:NAME, host:port …"));
    m_address->setAccessibleName(tr("Server address"));
    m_address->setToolTip(tr("A socket path, a bare name, local:NAME, host:port, [IPv6]:port or "
                             "tcp://host:port"));
    m_browseSocket = new QPushButton(tr("&Browse…"), this);
    m_browseSocket->setObjectName(QStringLiteral("browseSocket"));
    m_browseSocket->setAccessibleName(tr("Browse for a socket file"));
    m_browseSocket->setToolTip(tr("Choose a local socket file"));
    m_addressProblem = new QLabel(this);
    m_addressProblem->setObjectName(QStringLiteral("addressProblem"));
    m_addressProblem->setWordWrap(true);
    m_addressProblem->setAccessibleName(tr("Address problem"));
    m_addressProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Key
    m_fileSource = new QRadioButton(tr("Key &file:"), this);
    m_fileSource->setObjectName(QStringLiteral("keyFileSource"));
    m_typedSource = new QRadioButton(tr("T&yped key:"), this);
    m_typedSource->setObjectName(QStringLiteral("typedKeySource"));
    m_envSource = new QRadioButton(tr("&Environment variable:"), this);
    m_envSource->setObjectName(QStringLiteral("envKeySource"));
    auto *sources = new QButtonGroup(this);
    sources->addButton(m_fileSource);
    sources->addButton(m_typedSource);
    sources->addButton(m_envSource);
    m_fileSource->setChecked(true);

    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setAccessibleName(tr("Key file path"));
    m_keyFile->setToolTip(tr("Read like libmanager-server --authkey-file reads it: the whole file, "
                             "without a single trailing line break"));
    m_browseKey = new QPushButton(tr("Bro&wse…"), this);
    m_browseKey->setObjectName(QStringLiteral("browseKey"));
    m_browseKey->setAccessibleName(tr("Browse for a key file"));
    m_browseKey->setToolTip(tr("Choose the key file"));
    m_typedKey = new QLineEdit(this);
    m_typedKey->setObjectName(QStringLiteral("typedKey"));
    m_typedKey->setEchoMode(QLineEdit::Password);
    m_typedKey->setAccessibleName(tr("Typed key"));
    m_typedKey->setToolTip(tr("Kept in memory only, never saved"));
    m_hex = new QCheckBox(tr("&Hex"), this);
    m_hex->setObjectName(QStringLiteral("hexKey"));
    m_hex->setToolTip(tr("The key is typed in hexadecimal (for a binary key)"));
    m_keyEnv = new QLineEdit(this);
    m_keyEnv->setObjectName(QStringLiteral("keyEnv"));
    m_keyEnv->setAccessibleName(tr("Environment variable name"));
    m_keyEnv->setPlaceholderText(tr("LIBMANAGER_KEY"));
    m_fileSource->setAccessibleName(tr("Key from a file"));
    m_typedSource->setAccessibleName(tr("Typed key"));
    m_envSource->setAccessibleName(tr("Key from an environment variable"));

    // Options
    m_readOnly = new QCheckBox(tr("Open &read-only"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    m_readOnly->setToolTip(tr("Offer no action that changes anything on the server"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 300);
    m_timeout->setValue(10);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Connect timeout in seconds"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("optional, shown in File > Recent"));

    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("test"));
    m_test->setToolTip(tr("Connect with a throwaway connection and report what the server says"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Test result"));
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeading);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connect"));
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);

    // Layout
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_browseSocket);

    auto *keyBox = new QGroupBox(tr("Key"), this);
    auto *keyGrid = new QGridLayout(keyBox);
    keyGrid->addWidget(m_fileSource, 0, 0);
    keyGrid->addWidget(m_keyFile, 0, 1);
    keyGrid->addWidget(m_browseKey, 0, 2);
    keyGrid->addWidget(m_typedSource, 1, 0);
    keyGrid->addWidget(m_typedKey, 1, 1);
    keyGrid->addWidget(m_hex, 1, 2);
    keyGrid->addWidget(m_envSource, 2, 0);
    keyGrid->addWidget(m_keyEnv, 2, 1, 1, 2);
    keyGrid->setColumnStretch(1, 1);

    auto *options = new QGroupBox(tr("Options"), this);
    auto *optionsForm = new QFormLayout(options);
    optionsForm->addRow(m_readOnly);
    auto *timeoutLabel = new QLabel(tr("Connect time&out:"), this);
    timeoutLabel->setBuddy(m_timeout);
    optionsForm->addRow(timeoutLabel, m_timeout);
    auto *labelLabel = new QLabel(tr("&Label:"), this);
    labelLabel->setBuddy(m_label);
    optionsForm->addRow(labelLabel, m_label);

    auto *form = new QFormLayout;
    form->addRow(addressLabel, addressRow);
    form->addRow(QString(), m_addressProblem);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(keyBox);
    layout->addWidget(options);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_address, m_browseSocket);
    setTabOrder(m_browseSocket, m_fileSource);
    setTabOrder(m_fileSource, m_keyFile);
    setTabOrder(m_keyFile, m_browseKey);
    setTabOrder(m_browseKey, m_typedSource);
    setTabOrder(m_typedSource, m_typedKey);
    setTabOrder(m_typedKey, m_hex);
    setTabOrder(m_hex, m_envSource);
    setTabOrder(m_envSource, m_keyEnv);
    setTabOrder(m_keyEnv, m_readOnly);
    setTabOrder(m_readOnly, m_timeout);
    setTabOrder(m_timeout, m_label);
    setTabOrder(m_label, m_test);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(m_browseSocket, &QPushButton::clicked, this, &ConnectionDialog::browseSocket);
    connect(m_browseKey, &QPushButton::clicked, this, &ConnectionDialog::browseKeyFile);
    connect(m_address, &QComboBox::editTextChanged, this, &ConnectionDialog::updateAddressState);
    connect(m_address, &QComboBox::activated, this, &ConnectionDialog::applyRecent);
    connect(sources, &QButtonGroup::buttonToggled, this, &ConnectionDialog::updateKeyFields);
    // A field of a source picks that source.
    connect(m_keyFile, &QLineEdit::textEdited, m_fileSource, [this] { m_fileSource->setChecked(true); });
    connect(m_typedKey, &QLineEdit::textEdited, m_typedSource, [this] { m_typedSource->setChecked(true); });
    connect(m_keyEnv, &QLineEdit::textEdited, m_envSource, [this] { m_envSource->setChecked(true); });

    m_recent = ConnectionSettings::recent();
    for (const ConnectionProfile &p : std::as_const(m_recent))
        m_address->addItem(p.address);
    m_address->setCurrentIndex(-1);
    m_address->setEditText(QString());
    if (forcedReadOnlyDefault)
        setReadOnlyForced(true);
    updateKeyFields();
    updateAddressState();
    m_address->setFocus();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_address->setEditText(profile.address);
    switch (profile.keySource) {
    case ConnectionProfile::KeySource::File:
        m_fileSource->setChecked(true);
        break;
    case ConnectionProfile::KeySource::Typed:
        m_typedSource->setChecked(true);
        break;
    case ConnectionProfile::KeySource::Environment:
        m_envSource->setChecked(true);
        break;
    }
    m_keyFile->setText(profile.keyFile);
    m_keyEnv->setText(profile.keyEnv);
    if (!profile.typedKey.isEmpty()) {
        const bool printable = std::all_of(profile.typedKey.begin(), profile.typedKey.end(),
                                           [](char c) { return c >= 0x20 && c < 0x7f; });
        m_hex->setChecked(!printable);
        m_typedKey->setText(printable ? QString::fromLatin1(profile.typedKey)
                                      : QString::fromLatin1(profile.typedKey.toHex()));
    }
    if (m_readOnly->isEnabled())
        m_readOnly->setChecked(profile.readOnly);
    m_timeout->setValue(qMax(1, profile.connectTimeoutMs / 1000));
    m_label->setText(profile.label);
    updateKeyFields();
    updateAddressState();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.address = m_address->currentText().trimmed();
    p.keySource = m_typedSource->isChecked() ? ConnectionProfile::KeySource::Typed
            : m_envSource->isChecked()       ? ConnectionProfile::KeySource::Environment
                                             : ConnectionProfile::KeySource::File;
    p.keyFile = m_keyFile->text();
    p.keyEnv = m_keyEnv->text().trimmed();
    if (p.keySource == ConnectionProfile::KeySource::Typed) {
        const QString text = m_typedKey->text();
        p.typedKey = m_hex->isChecked() ? (isHex(text) ? QByteArray::fromHex(text.toLatin1()) : QByteArray())
                                        : text.toUtf8();
    }
    p.readOnly = m_readOnly->isChecked();
    p.connectTimeoutMs = m_timeout->value() * 1000;
    p.label = m_label->text().trimmed();
    return p;
}

void ConnectionDialog::focusField(Focus field)
{
    QWidget *target = m_address;
    if (field == Focus::Key)
        target = m_typedSource->isChecked() ? m_typedKey : m_envSource->isChecked() ? m_keyEnv : m_keyFile;
    target->setFocus(Qt::OtherFocusReason);
}

void ConnectionDialog::showError(const QString &text)
{
    setMessage(tr("Could not connect: %1").arg(text), true);
}

void ConnectionDialog::setReadOnlyForced(bool forced)
{
    if (forced)
        m_readOnly->setChecked(true);
    m_readOnly->setEnabled(!forced);
    m_readOnly->setToolTip(forced ? tr("--read-only was given: this session stays read-only")
                                  : tr("Offer no action that changes anything on the server"));
}

void ConnectionDialog::setReadOnlyForcedByDefault(bool forced)
{
    forcedReadOnlyDefault = forced;
}

void ConnectionDialog::updateAddressState()
{
    const QString problem = AddressValidator::explain(m_address->currentText());
    // An empty field is not a mistake yet: say nothing until something is typed.
    const bool empty = m_address->currentText().trimmed().isEmpty();
    m_addressProblem->setText(empty ? QString() : problem);
    m_addressProblem->setVisible(!empty && !problem.isEmpty());
    const bool ok = problem.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_test->setEnabled(ok && !m_tester->isRunning());
}

void ConnectionDialog::updateKeyFields()
{
    m_keyFile->setEnabled(m_fileSource->isChecked());
    m_browseKey->setEnabled(m_fileSource->isChecked());
    m_typedKey->setEnabled(m_typedSource->isChecked());
    m_hex->setEnabled(m_typedSource->isChecked());
    m_keyEnv->setEnabled(m_envSource->isChecked());
}

void ConnectionDialog::applyRecent(int index)
{
    if (index < 0 || index >= m_recent.size())
        return;
    ConnectionProfile p = m_recent.at(index);
    // The user may have typed a key already for this address: keep it.
    if (p.keySource == ConnectionProfile::KeySource::Typed)
        p.typedKey = profile().typedKey;
    setProfile(p);
}

void ConnectionDialog::browseSocket()
{
    // Sockets are "system" entries, which the native dialogs and QDir's defaults hide.
    QFileDialog dialog(this, tr("Choose a Socket"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setFilter(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    QString start = m_address->currentText().trimmed();
    if (!start.contains(QLatin1Char('/')))
        start = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    dialog.setDirectory(QFileInfo(start).isDir() ? start : QFileInfo(start).absolutePath());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        m_address->setEditText(dialog.selectedFiles().constFirst());
        m_address->setFocus();
    }
}

void ConnectionDialog::browseKeyFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the Key File"), m_keyFile->text(),
                                                      QString(), nullptr, QFileDialog::DontUseNativeDialog);
    if (!file.isEmpty()) {
        m_keyFile->setText(file);
        m_fileSource->setChecked(true);
    }
}

QByteArray ConnectionDialog::currentKey(QString *error) const
{
    if (m_typedSource->isChecked() && m_hex->isChecked() && !isHex(m_typedKey->text())) {
        if (error)
            *error = tr("The key is not hexadecimal: an even number of digits 0-9, a-f");
        return {};
    }
    return profile().resolveKey(error);
}

void ConnectionDialog::setMessage(const QString &text, bool isError)
{
    // Bold and worded as an error, not told by colour alone.
    QFont font = m_message->font();
    font.setBold(isError);
    m_message->setFont(font);
    m_message->setText(text);
    m_message->setProperty("isError", isError);
}

void ConnectionDialog::test()
{
    if (m_tester->isRunning())
        return;
    QString error;
    const QString address = m_address->currentText().trimmed();
    if (AddressValidator::check(address, &error) == AddressValidator::Kind::Invalid) {
        setMessage(tr("Test failed: %1: %2").arg(LibManager::errorText(LibManager::Error::InvalidAddress), error), true);
        Q_EMIT testFinished(false);
        return;
    }
    const QByteArray key = currentKey(&error);
    if (key.isEmpty()) {
        setMessage(tr("Test failed: %1").arg(error), true);
        Q_EMIT testFinished(false);
        return;
    }
    m_tester->start(address, key, m_timeout->value() * 1000);
    m_test->setEnabled(false);
    setMessage(tr("Testing %1…").arg(address), false);
}

void ConnectionDialog::showTestResult(const ConnectionTester::Result &result)
{
    updateAddressState();
    if (result.ok())
        setMessage(tr("Test passed. %1").arg(ConnectionTester::describe(result)), false);
    else
        setMessage(tr("Test failed: %1").arg(ConnectionTester::describe(result)), true);
    Q_EMIT testFinished(result.ok());
}

void ConnectionDialog::accept()
{
    QString error;
    if (AddressValidator::check(m_address->currentText(), &error) == AddressValidator::Kind::Invalid) {
        m_address->setFocus();
        return;
    }
    if (currentKey(&error).isEmpty()) {
        setMessage(error, true);
        focusField(Focus::Key);
        return;
    }
    QDialog::accept();
}

bool ConnectionDialog::connectSession(InspectorSession *session, QWidget *parent,
                                      const ConnectionProfile &initial, Focus focus, const QString &error)
{
    ConnectionDialog dialog(parent);
    if (initial.isValid()) {
        // What was remembered of that address, then what the caller knows.
        ConnectionProfile start = ConnectionSettings::find(initial.address);
        if (!start.isValid() || !initial.keyFile.isEmpty() || !initial.keyEnv.isEmpty()
            || !initial.typedKey.isEmpty())
            start = initial;
        dialog.setProfile(start);
    } else if (!dialog.m_recent.isEmpty()) {
        dialog.setProfile(dialog.m_recent.constFirst());
        dialog.m_address->setCurrentIndex(0);
        focus = Focus::Key;
    }
    if (!error.isEmpty())
        dialog.showError(error);
    dialog.focusField(focus);
    while (dialog.exec() == QDialog::Accepted) {
        const ConnectionProfile profile = dialog.profile();
        const QByteArray key = profile.resolveKey();
        session->close();
        session->setAddress(profile.address);
        session->setAuthKey(key);
        session->setReadOnlyRequested(profile.readOnly);
        session->setConnectTimeout(profile.connectTimeoutMs);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const bool opened = session->open();
        QGuiApplication::restoreOverrideCursor();
        if (opened) {
            // Read-only forced by --read-only is not the user's choice for this connection.
            ConnectionProfile remembered = profile;
            if (!dialog.m_readOnly->isEnabled())
                remembered.readOnly = ConnectionSettings::find(profile.address).readOnly;
            ConnectionSettings::remember(remembered);
            return true;
        }
        dialog.showError(session->lastErrorString());
    }
    return false;
}

bool ConnectionDialog::connectRecent(InspectorSession *session, QWidget *parent, const ConnectionProfile &profile)
{
    QString error;
    const QByteArray key = profile.resolveKey(&error);
    if (key.isEmpty())
        return connectSession(session, parent, profile, Focus::Key,
                              profile.keySource == ConnectionProfile::KeySource::Typed ? QString() : error);
    session->close();
    session->setAddress(profile.address);
    session->setAuthKey(key);
    session->setReadOnlyRequested(profile.readOnly || forcedReadOnlyDefault);
    session->setConnectTimeout(profile.connectTimeoutMs);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = session->open();
    QGuiApplication::restoreOverrideCursor();
    if (opened) {
        ConnectionSettings::remember(profile);
        return true;
    }
    return connectSession(session, parent, profile, Focus::Address, session->lastErrorString());
}

} // namespace Inspector
