// SPDX-License-Identifier: BSD-3-Clause
#include "callmethoddialog.h"
#include "jsonexport.h"

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qlocale.h>
#include <QtCore/qregularexpression.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qdialogbuttonbox.h>
#include <QtWidgets/qformlayout.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qspinbox.h>

#include <limits>

namespace Inspector {

namespace {

QString normalType(QString type)
{
    type = type.trimmed();
    if (type.startsWith(QLatin1String("const ")))
        type = type.mid(6);
    if (type.endsWith(QLatin1Char('&')))
        type.chop(1);
    return type.trimmed();
}

bool isIntType(const QString &type)
{
    return type == QLatin1String("int") || type == QLatin1String("short")
        || type == QLatin1String("qint32") || type == QLatin1String("char")
        || type == QLatin1String("signed char") || type == QLatin1String("qint16")
        || type == QLatin1String("qint8");
}

bool isLongType(const QString &type)
{
    return type == QLatin1String("qlonglong") || type == QLatin1String("qint64")
        || type == QLatin1String("long") || type == QLatin1String("long long")
        || type == QLatin1String("uint") || type == QLatin1String("quint32")
        || type == QLatin1String("qulonglong") || type == QLatin1String("quint64")
        || type == QLatin1String("unsigned") || type == QLatin1String("ulong");
}

bool isDoubleType(const QString &type)
{
    return type == QLatin1String("double") || type == QLatin1String("float")
        || type == QLatin1String("qreal");
}

bool isJsonType(const QString &type)
{
    return type == QLatin1String("QVariant") || type == QLatin1String("QVariantList")
        || type == QLatin1String("QVariantMap") || type == QLatin1String("QStringList")
        || type == QLatin1String("QVariantHash") || type == QLatin1String("QJsonValue")
        || type.startsWith(QLatin1String("QList<"));
}

} // namespace

CallMethodDialog::Signature CallMethodDialog::parseSignature(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:(.*\\S)\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*\\((.*)\\)\\s*$"));
    Signature signature;
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return signature;
    signature.returnType = match.captured(1).isEmpty() ? QStringLiteral("void") : match.captured(1);
    signature.name = match.captured(2);
    // Split at top-level commas (templates hold commas of their own).
    const QString params = match.captured(3);
    int depth = 0;
    QString current;
    for (const QChar c : params) {
        if (c == QLatin1Char('<'))
            ++depth;
        else if (c == QLatin1Char('>'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            signature.parameterTypes.append(normalType(current));
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty())
        signature.parameterTypes.append(normalType(current));
    return signature;
}

CallMethodDialog::CallMethodDialog(const QString &signatureText, QWidget *parent)
    : QDialog(parent)
    , m_signature(parseSignature(signatureText))
{
    setWindowTitle(tr("Call %1").arg(m_signature.name));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(signatureText);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    const QLocale locale;
    for (int i = 0; i < m_signature.parameterTypes.size(); ++i) {
        const QString type = m_signature.parameterTypes.at(i);
        QWidget *editor = nullptr;
        if (isIntType(type)) {
            auto *spin = new QSpinBox(this);
            spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            connect(spin, &QSpinBox::valueChanged, this, &CallMethodDialog::validate);
            editor = spin;
        } else if (type == QLatin1String("bool")) {
            auto *check = new QCheckBox(tr("true"), this);
            editor = check;
        } else {
            auto *line = new QLineEdit(this);
            if (isDoubleType(type) || isLongType(type))
                line->setText(QStringLiteral("0"));
            else if (isJsonType(type))
                line->setPlaceholderText(tr("JSON, e.g. [1, \"two\"] or {\"key\": 3}"));
            connect(line, &QLineEdit::textChanged, this, &CallMethodDialog::validate);
            editor = line;
        }
        editor->setObjectName(QStringLiteral("argument%1").arg(i));
        editor->setAccessibleName(tr("Argument %1 (%2)").arg(i + 1).arg(type));
        editor->setProperty("argumentType", type);
        m_editors.append(editor);
        form->addRow(tr("%1 (%2):").arg(i + 1).arg(type), editor);
    }
    if (m_signature.parameterTypes.isEmpty())
        form->addRow(new QLabel(tr("This method takes no arguments."), this));
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("argumentError"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Call"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    validate();
}

QVariantList CallMethodDialog::arguments(QString *error) const
{
    QVariantList args;
    const QLocale locale;
    for (int i = 0; i < m_editors.size(); ++i) {
        QWidget *editor = m_editors.at(i);
        const QString type = m_signature.parameterTypes.at(i);
        const auto failed = [&](const QString &why) {
            if (error)
                *error = tr("Argument %1: %2").arg(i + 1).arg(why);
            return QVariantList();
        };
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            args.append(spin->value());
            continue;
        }
        if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            args.append(check->isChecked());
            continue;
        }
        const QString text = static_cast<QLineEdit *>(editor)->text();
        if (isDoubleType(type)) {
            bool ok = false;
            double number = locale.toDouble(text, &ok);
            if (!ok)
                number = text.toDouble(&ok);
            if (!ok)
                return failed(tr("'%1' is not a number").arg(text));
            args.append(number);
        } else if (isLongType(type)) {
            bool ok = false;
            const bool isUnsigned
                = type.startsWith(QLatin1Char('u')) || type.startsWith(QLatin1String("qu"));
            if (isUnsigned) {
                const qulonglong number = text.trimmed().toULongLong(&ok);
                if (!ok)
                    return failed(tr("'%1' is not a whole number of 0 or more").arg(text));
                args.append(number);
            } else {
                const qlonglong number = text.trimmed().toLongLong(&ok);
                if (!ok)
                    return failed(tr("'%1' is not a whole number").arg(text));
                args.append(number);
            }
        } else if (type == QLatin1String("QByteArray")) {
            args.append(text.toUtf8());
        } else if (isJsonType(type) && text.trimmed().isEmpty()) {
            // Nothing typed: null for a QVariant, an empty container for the others.
            if (type == QLatin1String("QVariant") || type == QLatin1String("QJsonValue"))
                args.append(QVariant());
            else if (type == QLatin1String("QVariantMap") || type == QLatin1String("QVariantHash"))
                args.append(QVariantMap());
            else
                args.append(QVariantList());
        } else if (isJsonType(type)) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(
                QByteArray("[") + text.toUtf8() + QByteArray("]"), &parseError);
            if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
                return failed(tr("not JSON (%1)").arg(parseError.errorString()));
            args.append(JsonExport::fromJson(doc.array().first()));
        } else {
            args.append(text);
        }
    }
    if (error)
        error->clear();
    return args;
}

void CallMethodDialog::setArgument(int index, const QVariant &value)
{
    QWidget *editor = m_editors.value(index);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        check->setChecked(value.toBool());
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value.toString());
}

void CallMethodDialog::validate()
{
    QString error;
    arguments(&error);
    m_error->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_signature.isValid() && error.isEmpty());
}

} // namespace Inspector
