// SPDX-License-Identifier: BSD-3-Clause
#include "variantdelegate.h"

#include <libmanager/containermodel.h>
#include <libmanager/token.h>

#include <QtCore/qjsondocument.h>
#include <QtCore/qlocale.h>
#include <QtCore/qmetaobject.h>
#include <QtGui/qevent.h>
#include <QtGui/qpainter.h>
#include <QtWidgets/qabstractitemview.h>
#include <QtWidgets/qtooltip.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qspinbox.h>

#include <cmath>
#include <limits>

namespace Inspector {

namespace {

// What kind of editor createEditor() made (a property of the editor).
constexpr char KindProperty[] = "lmEditorKind";
constexpr char FilledProperty[] = "lmEditorFilled";
enum class Kind { Factory, Integer, Real, Json, Text };

QVariant rawValue(const QModelIndex &index)
{
    return index.data(LibManager::ContainerModel::RawValueRole);
}

bool isNested(const QVariant &value)
{
    const int id = value.metaType().id();
    return id == QMetaType::QVariantList || id == QMetaType::QVariantMap
            || id == QMetaType::QVariantHash || id == QMetaType::QStringList;
}

bool isInteger(int id)
{
    switch (id) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return true;
    default:
        return false;
    }
}

// The compact JSON of a nested value, if JSON holds it without loss.
bool jsonOf(const QVariant &value, QString *text)
{
    const QJsonDocument document = QJsonDocument::fromVariant(value);
    if (document.isNull())
        return false;
    if (document.toVariant() != value)
        return false;
    *text = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    return true;
}

} // namespace

VariantDelegate::VariantDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

VariantDelegate::~VariantDelegate() = default;

void VariantDelegate::setCommitHandler(CommitHandler handler)
{
    m_commit = std::move(handler);
}

void VariantDelegate::setHighlightFunction(HighlightFunction function)
{
    m_highlight = std::move(function);
}

void VariantDelegate::setDescriptionFunction(DescriptionFunction function)
{
    m_description = std::move(function);
}

bool VariantDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString description = m_description && index.isValid() ? m_description(index) : QString();
    if (event && event->type() == QEvent::ToolTip && !description.isEmpty()) {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QToolTip::showText(event->globalPos(),
                           tip.isEmpty() ? description : tip + QLatin1Char('\n') + description, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void VariantDelegate::setTypeCode(char typeCode)
{
    m_typeCode = typeCode;
}

void VariantDelegate::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        finishEditing(false);
}

bool VariantDelegate::isToken(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<LibManager::Token>();
}

LibManager::Token VariantDelegate::tokenOf(const QVariant &value)
{
    return isToken(value) ? value.value<LibManager::Token>() : LibManager::Token();
}

QString VariantDelegate::linkText(const LibManager::Token &token)
{
    //: A proxy stored as a value: a link to the object, "→ dict 17"
    return tr("\u2192 %1 %2").arg(token.typeId()).arg(token.objectId());
}

QString VariantDelegate::cellText(const QVariant &raw, const QVariant &display)
{
    if (isToken(raw))
        return linkText(tokenOf(raw));
    const int id = raw.metaType().id();
    if (id == QMetaType::QVariantList || id == QMetaType::QStringList) {
        const int n = int(raw.toList().size());
        //: A nested list in a cell: its items are in Details
        return tr("[\u2026] %n item(s)", "", n);
    }
    if (id == QMetaType::QVariantMap || id == QMetaType::QVariantHash) {
        const int n = int(id == QMetaType::QVariantMap ? raw.toMap().size() : raw.toHash().size());
        //: A nested dict in a cell
        return tr("{\u2026} %n item(s)", "", n);
    }
    return display.toString();
}

bool VariantDelegate::typeCodeRange(char typeCode, double *min, double *max)
{
    switch (typeCode) {
    case 'b': *min = -128; *max = 127; return true;
    case 'B': *min = 0; *max = 255; return true;
    case 'h': *min = -32768; *max = 32767; return true;
    case 'H': *min = 0; *max = 65535; return true;
    case 'i': *min = std::numeric_limits<qint32>::min(); *max = std::numeric_limits<qint32>::max(); return true;
    case 'I': *min = 0; *max = std::numeric_limits<quint32>::max(); return true;
    case 'l':
    case 'q': *min = double(std::numeric_limits<qint64>::min()); *max = double(std::numeric_limits<qint64>::max()); return true;
    case 'L':
    case 'Q': *min = 0; *max = double(std::numeric_limits<quint64>::max()); return true;
    case 'f': *min = -double(std::numeric_limits<float>::max()); *max = double(std::numeric_limits<float>::max()); return true;
    case 'd': *min = -std::numeric_limits<double>::max(); *max = std::numeric_limits<double>::max(); return true;
    default: return false;
    }
}

void VariantDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideRight;
    option->features &= ~QStyleOptionViewItem::WrapText;
    if (m_valueColumn >= 0 && index.column() != m_valueColumn)
        return;
    const QVariant raw = rawValue(index);
    if (isToken(raw)) {
        option->text = linkText(tokenOf(raw));
        option->font.setUnderline(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
        option->features |= QStyleOptionViewItem::HasDisplay;
    } else if (isNested(raw)) {
        option->text = cellText(raw, option->text);
    }
}

void VariantDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const qreal level = m_highlight ? m_highlight(index) : 0.0;
    if (level > 0) {
        QColor colour = opt.palette.color(QPalette::Highlight);
        colour.setAlphaF(float(0.35 * qMin<qreal>(1.0, level)));
        opt.backgroundBrush = colour;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (level > 0 && index.column() == 0) {
        // Colour is not the only cue: a dot at the start of a changed row, while it fades.
        const int d = qMax(4, opt.fontMetrics.height() / 3);
        if (!(opt.state & QStyle::State_Selected))
            painter->fillRect(opt.rect, opt.backgroundBrush);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(QPalette::Highlight));
        painter->drawEllipse(QRect(opt.rect.left() + 2, opt.rect.center().y() - d / 2, d, d));
        painter->restore();
        opt.rect.adjust(d + 4, 0, 0, 0);
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QWidget *VariantDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    if (m_readOnly || !(index.flags() & Qt::ItemIsEditable))
        return nullptr;
    const QVariant raw = rawValue(index);
    if (isToken(raw))
        return nullptr; // followed, not edited
    const int id = raw.metaType().id();
    QWidget *editor = nullptr;
    Kind kind = Kind::Factory;
    double min = 0;
    double max = 0;
    const bool ranged = typeCodeRange(m_typeCode, &min, &max);
    if (isNested(raw)) {
        QString json;
        if (!jsonOf(raw, &json))
            return nullptr; // not editable as one line: Details
        auto *line = new QLineEdit(parent);
        line->setPlaceholderText(tr("JSON"));
        editor = line;
        kind = Kind::Json;
    } else if (isInteger(id) || (ranged && m_typeCode != 'f' && m_typeCode != 'd' && !raw.isValid())) {
        if (ranged && min >= std::numeric_limits<int>::min() && max <= std::numeric_limits<int>::max()) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(int(min), int(max));
            spin->setFrame(false);
            editor = spin;
            kind = Kind::Factory;
        } else {
            editor = new QLineEdit(parent);
            kind = Kind::Integer;
        }
    } else if (id == QMetaType::Double || id == QMetaType::Float) {
        editor = new QLineEdit(parent);
        kind = Kind::Real;
    } else if (!raw.isValid() || id == QMetaType::Nullptr) {
        editor = new QLineEdit(parent); // None: what is typed becomes a string
        kind = Kind::Text;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    }
    if (!editor)
        return nullptr;
    editor->setProperty(KindProperty, int(kind));
    editor->setAccessibleName(tr("Edit value"));
    if (m_editor && m_editor != editor)
        m_editor->setProperty(FilledProperty, QVariant());
    m_editor = editor;
    m_editIndex = index;
    auto *self = const_cast<VariantDelegate *>(this);
    Q_EMIT self->editingStarted(index);
    return editor;
}

void VariantDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    if (editor == m_editor) {
        m_editor = nullptr;
        m_editIndex = QPersistentModelIndex();
        auto *self = const_cast<VariantDelegate *>(this);
        Q_EMIT self->editingEnded();
    }
    QStyledItemDelegate::destroyEditor(editor, index);
}

void VariantDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (editor->property(FilledProperty).toBool()) {
        // The model changed the cell under the editor: never replace what the user typed.
        auto *self = const_cast<VariantDelegate *>(this);
        Q_EMIT self->remoteChangeWhileEditing(index);
        return;
    }
    editor->setProperty(FilledProperty, true);
    const QVariant raw = rawValue(index);
    const Kind kind = Kind(editor->property(KindProperty).toInt());
    auto *line = qobject_cast<QLineEdit *>(editor);
    switch (kind) {
    case Kind::Json: {
        QString json;
        jsonOf(raw, &json);
        line->setText(json);
        return;
    }
    case Kind::Integer:
    case Kind::Real:
    case Kind::Text:
        line->setText(raw.isValid() && !raw.isNull() ? raw.toString() : QString());
        return;
    case Kind::Factory:
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->setValue(raw.toInt());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
}

bool VariantDelegate::editorValue(QWidget *editor, const QModelIndex &index, QVariant *value,
                                  QString *error) const
{
    const QVariant raw = rawValue(index);
    const QMetaType type = raw.metaType();
    const Kind kind = Kind(editor->property(KindProperty).toInt());
    auto *line = qobject_cast<QLineEdit *>(editor);
    double min = 0;
    double max = 0;
    const bool ranged = typeCodeRange(m_typeCode, &min, &max);
    switch (kind) {
    case Kind::Json: {
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(line->text().toUtf8(), &parse);
        if (document.isNull()) {
            *error = tr("not JSON: %1").arg(parse.errorString());
            return false;
        }
        *value = document.toVariant();
        return true;
    }
    case Kind::Integer: {
        bool ok = false;
        const QString text = line->text().trimmed();
        QVariant number;
        if (type.id() == QMetaType::ULongLong || m_typeCode == 'L' || m_typeCode == 'Q')
            number = text.toULongLong(&ok);
        else
            number = text.toLongLong(&ok);
        if (!ok) {
            *error = tr("\"%1\" is not a whole number").arg(text);
            return false;
        }
        if (ranged && (number.toDouble() < min || number.toDouble() > max)) {
            *error = tr("%1 is outside the range %2 to %3 of typecode '%4'")
                             .arg(text, QLocale().toString(min, 'g', 20),
                                  QLocale().toString(max, 'g', 20), QChar::fromLatin1(m_typeCode));
            return false;
        }
        if (type.isValid() && type != number.metaType() && !number.convert(type)) {
            *error = tr("%1 does not fit a %2").arg(text, QString::fromLatin1(type.name()));
            return false;
        }
        *value = number;
        return true;
    }
    case Kind::Real: {
        bool ok = false;
        const QString text = line->text().trimmed();
        const double number = text.toDouble(&ok);
        if (!ok) {
            *error = tr("\"%1\" is not a number").arg(text);
            return false;
        }
        if (ranged && std::isfinite(number) && (number < min || number > max)) {
            *error = tr("%1 is outside the range of typecode '%2'").arg(text, QChar::fromLatin1(m_typeCode));
            return false;
        }
        QVariant result(number);
        if (type.isValid() && type != result.metaType())
            result.convert(type);
        *value = result;
        return true;
    }
    case Kind::Text:
        *value = line->text();
        return true;
    case Kind::Factory:
        break;
    }
    QVariant result;
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        result = spin->value();
    } else {
        const QByteArray name = editor->metaObject()->userProperty().name();
        result = editor->property(name.isEmpty() ? "text" : name.constData());
    }
    if (type.isValid() && result.metaType() != type) {
        QVariant converted = result;
        if (!converted.convert(type)) {
            *error = tr("\"%1\" does not convert to %2")
                             .arg(result.toString(), QString::fromLatin1(type.name()));
            return false;
        }
        result = converted;
    }
    *value = result;
    return true;
}

void VariantDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    QVariant value;
    QString error;
    auto *self = const_cast<VariantDelegate *>(this);
    if (!editorValue(editor, index, &value, &error)) {
        Q_EMIT self->conversionFailed(index, error);
        return;
    }
    if (value == rawValue(index) && value.metaType() == rawValue(index).metaType())
        return; // nothing changed: no write, no undo step
    if (m_commit)
        m_commit(index, value);
    else
        model->setData(index, value, Qt::EditRole);
}

void VariantDelegate::finishEditing(bool commit)
{
    QWidget *editor = m_editor;
    if (!editor)
        return;
    if (commit)
        Q_EMIT commitData(editor);
    Q_EMIT closeEditor(editor, commit ? NoHint : RevertModelCache);
}

} // namespace Inspector
