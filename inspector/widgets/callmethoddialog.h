// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CALLMETHODDIALOG_H
#define INSPECTOR_CALLMETHODDIALOG_H

#include <QtCore/qvariant.h>
#include <QtWidgets/qdialog.h>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
class QDialogButtonBox;
QT_END_NAMESPACE

namespace Inspector {

/*!
    Asks for the arguments of one method of an application type, from its signature as the
    server's introspection tells it ("int add(int,int)"): a spin box for integers, a number
    field for double and float, a check box for bool, a text field for QString and QByteArray,
    and JSON (JsonExport::fromJson()) for QVariant, QVariantList and QVariantMap. OK stays
    disabled while an argument does not parse; the reason is shown beside it.
*/
class CallMethodDialog : public QDialog
{
    Q_OBJECT
public:
    /*! One parsed signature. */
    struct Signature
    {
        QString returnType;
        QString name;
        QStringList parameterTypes;
        bool isValid() const { return !name.isEmpty(); }
    };

    explicit CallMethodDialog(const QString &signature, QWidget *parent = nullptr);

    static Signature parseSignature(const QString &signature);
    Signature signature() const { return m_signature; }
    /*! The arguments as the editors hold them, converted to the parameter types. */
    QVariantList arguments(QString *error = nullptr) const;
    /*! Sets the editor of argument \a index from \a value (for tests and "call again"). */
    void setArgument(int index, const QVariant &value);
    QWidget *argumentEditor(int index) const { return m_editors.value(index); }

private:
    void validate();

    Signature m_signature;
    QList<QWidget *> m_editors;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Inspector

#endif // INSPECTOR_CALLMETHODDIALOG_H
