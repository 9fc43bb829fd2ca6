// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_VARIANTTREEVIEW_H
#define INSPECTOR_VARIANTTREEVIEW_H

#include <QtWidgets/qtreewidget.h>

namespace Inspector {

/*!
    A nested value (lists and maps inside lists and maps) as a tree: Key or index, Value, Type.
    Bounded: at most maxItems() rows are made, the rest is counted in a last row, so a huge
    value cannot freeze the view.
*/
class VariantTreeView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit VariantTreeView(QWidget *parent = nullptr);

    /*! True if \a value is a container worth a tree (a list or map); then it is shown. */
    static bool isNested(const QVariant &value);
    void setValue(const QVariant &value);
    static constexpr int maxItems() { return 2000; }

private:
    void add(QTreeWidgetItem *parent, const QString &key, const QVariant &value, int depth);

    int m_items = 0;
};

} // namespace Inspector

#endif // INSPECTOR_VARIANTTREEVIEW_H
