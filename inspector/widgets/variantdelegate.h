// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_VARIANTDELEGATE_H
#define INSPECTOR_VARIANTDELEGATE_H

#include <QtCore/qpointer.h>
#include <QtWidgets/qstyleditemdelegate.h>

#include <functional>

namespace LibManager {
class Token;
}

namespace Inspector {

/*!
    The cells of the container editors: typed editors per QVariant type (the default
    QItemEditorFactory, as qdbusviewer's PropertyDialog does, with line edits for Python's
    64-bit ints and floats and JSON for nested lists and maps), ranges from an Array's typecode,
    nested values as "[…] 12 items", and a proxy stored as a value (a Token) as a link
    "→ dict 17" that is not edited but followed.

    Two things a plain delegate does wrong for a live view:
    - a view calls setEditorData() again when the model changes the cell being edited: that
      would replace what the user is typing. This delegate fills an editor once; later calls
      emit remoteChangeWhileEditing() instead, and the editor decides.
    - setModelData() goes through the commit handler, if one is set (the editors push an undo
      command instead of calling setData()).

    It reads the value to edit from ContainerModel::RawValueRole (the model's DisplayRole is
    already a repr).
*/
class VariantDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /*! Writes \a value for \a index; what setModelData() calls instead of setData(). */
    using CommitHandler = std::function<void(const QModelIndex &index, const QVariant &value)>;
    /*! A row's highlight, from 1 (just changed) down to 0 (none), for the fade. */
    using HighlightFunction = std::function<qreal(const QModelIndex &index)>;

    /*! What a row's tooltip adds: "Changed 2 seconds ago by worker (client 7)"; empty for
        nothing. */
    using DescriptionFunction = std::function<QString(const QModelIndex &index)>;

    explicit VariantDelegate(QObject *parent = nullptr);
    ~VariantDelegate() override;

    void setCommitHandler(CommitHandler handler);
    void setHighlightFunction(HighlightFunction function);
    void setDescriptionFunction(DescriptionFunction function);
    QString description(const QModelIndex &index) const
    {
        return m_description ? m_description(index) : QString();
    }
    /*! An Array's typecode ('b', 'i', 'd'...): the editors' ranges; 0 for none. */
    void setTypeCode(char typeCode);
    char typeCode() const { return m_typeCode; }
    /*! The column that shows values (nested values and links are drawn there only; other
        columns show keys and type names); -1 for every column. */
    void setValueColumn(int column) { m_valueColumn = column; }
    int valueColumn() const { return m_valueColumn; }
    /*! No editor at all (read-only session). */
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /*! The open editor and its cell; null when nothing is being edited. */
    QWidget *currentEditor() const { return m_editor; }
    QModelIndex editingIndex() const { return m_editIndex; }
    /*! Closes the open editor, writing what it holds (\a commit) or dropping it. */
    void finishEditing(bool commit);

    /*! "→ dict 17". */
    static QString linkText(const LibManager::Token &token);
    /*! The token \a value holds, if it holds one. */
    static bool isToken(const QVariant &value);
    static LibManager::Token tokenOf(const QVariant &value);
    /*! The text of a cell: "[…] 12 items" for nested values, a link for tokens, else \a display. */
    static QString cellText(const QVariant &raw, const QVariant &display);
    /*! The range of \a typeCode's numbers; false for a code without one. */
    static bool typeCodeRange(char typeCode, double *min, double *max);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /*! The value an editor holds, converted to the type of the cell's value; false with
        \a error set when it does not convert or is out of range. */
    bool editorValue(QWidget *editor, const QModelIndex &index, QVariant *value,
                     QString *error) const;

Q_SIGNALS:
    /*! The model changed the cell being edited (the editor keeps what the user typed). */
    void remoteChangeWhileEditing(const QModelIndex &index);
    /*! What the user typed does not convert to the cell's type: nothing was written. */
    void conversionFailed(const QModelIndex &index, const QString &message);
    void editingStarted(const QModelIndex &index);
    void editingEnded();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    CommitHandler m_commit;
    HighlightFunction m_highlight;
    DescriptionFunction m_description;
    char m_typeCode = 0;
    int m_valueColumn = -1;
    bool m_readOnly = false;
    mutable QPointer<QWidget> m_editor;
    mutable QPersistentModelIndex m_editIndex;
};

} // namespace Inspector

#endif // INSPECTOR_VARIANTDELEGATE_H
