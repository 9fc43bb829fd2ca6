// SPDX-License-Identifier: BSD-3-Clause
#include "varianttreeview.h"

#include <QtCore/qlocale.h>
#include <QtWidgets/qheaderview.h>

namespace Inspector {

namespace {

constexpr int MaxDepth = 16;
constexpr int MaxText = 200;

QString shortText(const QVariant &value)
{
    QString text = value.toString();
    if (text.isEmpty() && value.isValid() && !value.canConvert<QString>())
        text = QStringLiteral("<%1>").arg(QString::fromLatin1(value.typeName()));
    if (text.size() > MaxText)
        text = text.left(MaxText) + QStringLiteral("…");
    return text;
}

} // namespace

VariantTreeView::VariantTreeView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({ tr("Key"), tr("Value"), tr("Type") });
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAccessibleName(tr("Nested value"));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
}

bool VariantTreeView::isNested(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
    case QMetaType::QStringList:
        return true;
    default:
        return false;
    }
}

void VariantTreeView::setValue(const QVariant &value)
{
    clear();
    m_items = 0;
    add(invisibleRootItem(), tr("value"), value, 0);
    expandToDepth(1);
    resizeColumnToContents(0);
}

void VariantTreeView::add(QTreeWidgetItem *parent, const QString &key, const QVariant &value, int depth)
{
    if (m_items >= maxItems())
        return;
    ++m_items;
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0, key);
    item->setText(2, QString::fromLatin1(value.typeName()));
    const QLocale locale;
    const auto more = [&](qsizetype total, qsizetype shown) {
        if (shown < total) {
            auto *rest = new QTreeWidgetItem(item);
            rest->setText(1, tr("… %1 more").arg(locale.toString(total - shown)));
        }
    };
    if (depth >= MaxDepth) {
        item->setText(1, tr("(nested too deep to show)"));
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList list = value.toList();
        item->setText(1, tr("%n item(s)", "", int(list.size())));
        qsizetype shown = 0;
        for (; shown < list.size() && m_items < maxItems(); ++shown)
            add(item, locale.toString(shown), list.at(shown), depth + 1);
        more(list.size(), shown);
        break;
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        const QVariantMap map = value.toMap();
        item->setText(1, tr("%n item(s)", "", int(map.size())));
        qsizetype shown = 0;
        for (auto it = map.cbegin(); it != map.cend() && m_items < maxItems(); ++it, ++shown)
            add(item, it.key(), it.value(), depth + 1);
        more(map.size(), shown);
        break;
    }
    default:
        item->setText(1, shortText(value));
        item->setToolTip(1, value.toString().left(4096));
        break;
    }
}

} // namespace Inspector
