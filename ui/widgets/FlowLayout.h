// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace orgdesk {

// Lays its widgets out left to right and wraps onto a new line when the width runs out, like
// words in a paragraph: a row of buttons that still fits on a narrow screen. Each item keeps its
// size hint (no stretching); the height follows the width (heightForWidth), so a parent layout
// gives it the lines it needs.
//
// Thread rules: GUI thread only.
class FlowLayout : public QLayout
{
    Q_OBJECT
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in `rect` (or only measures when `apply` is false); returns the height used.
    int arrange(const QRect& rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem*> m_items;
};

} // namespace orgdesk
