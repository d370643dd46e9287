// SPDX-License-Identifier: GPL-3.0-or-later
// What reaches the file stays openable, and what the group said stays findable from
// the map: a removed quote takes its annotations along, an inconsistent session is
// never written over a good file, and the properties dock follows the docks' lists.
#include "cardsfixture.h"
#include "editorfixture.h"

#include "nwk/core/validation.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace nwk;
using namespace nwk::test;

namespace {

Session fullGolden()
{
    SessionReadResult r = readSessionFile(QStringLiteral(NWK_TEST_DATA "/golden/full.nwk"));
    REQUIRE(r.session);
    return *r.session;
}

bool hasAnnotationOn(const Session &s, const QString &quoteId)
{
    return std::any_of(s.annotations.begin(), s.annotations.end(), [&](const Annotation &a) {
        return a.targetKind == AnnotationTarget::Quote && a.targetId == quoteId;
    });
}

} // namespace

TEST_CASE("Removing an annotated quote takes its annotations, the saved file opens again",
          "[integrity][cards]")
{
    SessionFile file(fullGolden());
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(file.path));
    REQUIRE(hasAnnotationOn(window.document()->session(), QStringLiteral("q1")));

    // Go to the first card (betekenisonderhandeling holds q1) with the keyboard.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    Cards cards(window);
    for (int i = 0; i < 12; ++i)
        cards.key(Qt::Key_PageUp, Qt::ControlModifier);
    QListWidget *quotes = nullptr;
    for (QListWidget *list : window.findChildren<QListWidget *>(QStringLiteral("cardQuotes")))
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toString() == QStringLiteral("q1")) {
                quotes = list;
                list->setCurrentRow(row);
            }
    REQUIRE(quotes != nullptr);
    auto *remove =
        quotes->parentWidget()->findChild<QPushButton *>(QStringLiteral("removeQuoteButton"));
    if (!remove)
        remove = window.findChild<QPushButton *>(QStringLiteral("removeQuoteButton"));
    REQUIRE(remove != nullptr);
    const int before = window.undoStack()->count();
    QTest::mouseClick(remove, Qt::LeftButton);

    const Session &s = window.document()->session();
    CHECK(window.undoStack()->count() == before + 1);
    CHECK_FALSE(hasAnnotationOn(s, QStringLiteral("q1")));
    CHECK(validate(s).empty());
    REQUIRE(window.save());
    const Session saved = file.read(); // REQUIREs that the file opens
    CHECK_FALSE(hasAnnotationOn(saved, QStringLiteral("q1")));

    window.document()->undo();
    CHECK(hasAnnotationOn(window.document()->session(), QStringLiteral("q1")));
    CHECK(window.document()->session().annotations == fullGolden().annotations);
}

TEST_CASE("An inconsistent session is never written over a good file", "[integrity][save]")
{
    SessionFile file;
    const QByteArray good = file.bytes();
    SessionDocument doc;
    Session broken = sampleSession();
    broken.links.front().to = QStringLiteral("nobody"); // dangling: the file would not open
    doc.reset(broken, file.path);
    const QString error = doc.save();
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("not saved")));
    CHECK(error.contains(QStringLiteral("nobody")));
    CHECK(file.bytes() == good);
}

TEST_CASE("The properties dock shows the missing partner or group chosen in its dock, and a "
          "partner's quotes",
          "[integrity][properties]")
{
    SessionFile file(fullGolden());
    MainWindow window;
    window.show();
    REQUIRE(window.openFile(file.path));
    const Session &s = window.document()->session();
    REQUIRE_FALSE(s.missingPartners.empty());

    auto *missingTable = window.findChild<QTableView *>(QStringLiteral("missingTable"));
    REQUIRE(missingTable != nullptr);
    missingTable->setCurrentIndex(missingTable->model()->index(0, 0));
    auto *dock = window.findChild<QWidget *>(QStringLiteral("propertiesDock"));
    REQUIRE(dock != nullptr);
    auto *missingLabel = dock->findChild<QLineEdit *>(QStringLiteral("missingLabelEdit"));
    REQUIRE(missingLabel != nullptr);
    CHECK(missingLabel->isVisibleTo(dock));
    CHECK(missingLabel->text() == s.missingPartners.front().label);

    // A partner with a linked quote lists it under "Said about it".
    window.scene()->selectPartners({QStringLiteral("pa1")});
    auto *said = dock->findChild<QListWidget *>(QStringLiteral("partnerQuotesList"));
    REQUIRE(said != nullptr);
    QStringList shown;
    for (int row = 0; row < said->count(); ++row)
        shown << said->item(row)->text();
    INFO(shown.join(QLatin1Char('|')).toStdString());
    CHECK(shown.join(QLatin1Char(' ')).contains(QStringLiteral("vanuit de buik")));
}
