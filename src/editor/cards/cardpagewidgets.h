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
    QLabel *theme = nullptr;
    QLabel *subtitle = nullptr;
    QComboBox *status = nullptr;
    QComboBox *record = nullptr; ///< the researcher's mark on the card (SectionMark)
    QLabel *time = nullptr;
    QToolButton *explanationToggle = nullptr;
    QLabel *explanation = nullptr;
    QWidget *questions = nullptr;
    QListWidget *quotes = nullptr;
    QLabel *quoteTarget = nullptr;
    QLineEdit *quoteEdit = nullptr;
    QComboBox *quoteParticipant = nullptr;
    QPushButton *addQuoteButton = nullptr;
    QPushButton *linkQuoteButton = nullptr;
    QPushButton *removeQuoteButton = nullptr;
};

} // namespace nwk
