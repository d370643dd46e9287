// SPDX-License-Identifier: GPL-3.0-or-later
// CardPage's fixed child widgets (private to cardpage.cpp and cardpage_edit.cpp).
#pragma once

#include "cardpage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>

namespace nwk {

struct CardPage::Widgets {
    /// The heading: theme, subtitle ("Fase 2 · kaart 3 van 11"), time and status.
    QLabel *theme = nullptr, *subtitle = nullptr, *time = nullptr;
    QComboBox *status = nullptr;
    /// The collapsible explanation, then the container of the question rows.
    QToolButton *explanationToggle = nullptr;
    QLabel *explanation = nullptr;
    QWidget *questions = nullptr;
    /// The quotes: the list, what a new quote is linked to, the entry and its buttons.
    struct {
        QListWidget *list = nullptr;
        QLabel *target = nullptr;
        QLineEdit *edit = nullptr;
        QComboBox *participant = nullptr;
        QPushButton *add = nullptr, *link = nullptr, *remove = nullptr;
    } quotes;
};

} // namespace nwk
