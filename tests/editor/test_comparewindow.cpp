// SPDX-License-Identifier: GPL-3.0-or-later
// File > Compare Schools…: three sessions side by side, CSV export, small maps with the
// recurring partners outlined, the synonyms editor.
//  Noord: CLB, Ouders, Stad.  Zuid: "centrum voor leerlingenbegeleiding", Bibliotheek.
//  Zuidwest: "C.L.B.", "stad", "Kerk".
// Built-in synonyms: CLB recurs in all three, Stad in Noord and Zuidwest.
#include "editorfixture.h"

#include "../../src/editor/research/comparewindow.h"
#include "../../src/editor/research/synonymsdialog.h"
#include "../../src/editor/window/actions.h"

#include "nwk/render/mappainter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>

using namespace nwk;
using namespace nwk::test;

namespace {

/// Points the config folder (where synonyms.json lives) at a temporary folder.
struct ConfigHome {
    QTemporaryDir dir;
    QByteArray old = qgetenv("XDG_CONFIG_HOME");
    ConfigHome()
    {
        REQUIRE(dir.isValid());
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
    }
    ~ConfigHome()
    {
        if (old.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", old);
    }
};

struct ThreeSchools {
    QTemporaryDir dir;
    QStringList files;
    ThreeSchools()
    {
        REQUIRE(dir.isValid());
        const auto make = [&](const char *school, std::vector<const char *> labels,
                              std::vector<double> angles) {
            Session s = newSession();
            s.meta.schoolName = QString::fromUtf8(school);
            int i = 0;
            for (const char *label : labels) {
                Partner p;
                p.id = QStringLiteral("pa%1").arg(i + 1);
                p.label = QString::fromUtf8(label);
                p.category = QStringLiteral("zorg");
                p.placement = Placement{0.5, angles[static_cast<std::size_t>(i)]};
                s.partners.push_back(p);
                ++i;
            }
            files << dir.filePath(QString::fromUtf8(school) + QStringLiteral(".nwk"));
            REQUIRE(writeSessionFile(s, files.back()).isEmpty());
        };
        make("Noord", {"CLB", "Ouders", "Stad"}, {30.0, 150.0, 270.0});
        make("Zuid", {"centrum voor leerlingenbegeleiding", "Bibliotheek"}, {30.0, 150.0});
        make("Zuidwest", {"C.L.B.", "stad", "Kerk"}, {30.0, 150.0, 270.0});
    }
};

QStringList rowOf(QTableWidget *t, const QString &category, const QString &measure)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, 0)->text() != category || t->item(r, 1)->text() != measure)
            continue;
        QStringList cells;
        for (int c = 2; c < t->columnCount(); ++c)
            cells << t->item(r, c)->text();
        return cells;
    }
    return {};
}

CompareWindow *openCompare(Window &w)
{
    QAction *action = w.window.findChild<QAction *>(QStringLiteral("compareSchoolsAction"));
    REQUIRE(action);
    REQUIRE(w.window.actions()->fileMenu->actions().contains(action));
    action->trigger();
    auto *compare = w.window.findChild<CompareWindow *>(QStringLiteral("compareWindow"));
    REQUIRE(compare);
    REQUIRE(compare->isVisible());
    return compare;
}

} // namespace

TEST_CASE("Compare Schools shows a column per school and exports the table as CSV",
          "[comparewindow]")
{
    ConfigHome config;
    ThreeSchools schools;
    SessionFile file;
    Window w(file.path);
    CompareWindow *compare = openCompare(w);

    compare->setOpenChooser([&] { return schools.files; });
    QTest::mouseClick(compare->addButton(), Qt::LeftButton);
    REQUIRE(compare->fileList()->count() == 3);
    QTableWidget *table = compare->tableWidget();
    REQUIRE(table->columnCount() == 5);
    CHECK(table->horizontalHeaderItem(2)->text() == QStringLiteral("Noord"));
    CHECK(table->horizontalHeaderItem(4)->text() == QStringLiteral("Zuidwest"));
    CHECK(rowOf(table, QStringLiteral("All"), QStringLiteral("Partners")) ==
          QStringList{"3", "2", "3"});
    CHECK(rowOf(table, QStringLiteral("All"), QStringLiteral("Recurring partners")) ==
          QStringList{"2", "1", "2"});
    CHECK(rowOf(table, QStringLiteral("All"), QStringLiteral("Density (with school)")) ==
          QStringList{"0.500", "0.667", "0.500"});
    // Nobody's formality was recorded: said in a row of its own, not left as "formal 0".
    CHECK(rowOf(table, QStringLiteral("All"), QStringLiteral("Formal share")) ==
          QStringList{"0", "0", "0"});
    CHECK(rowOf(table, QStringLiteral("All"), QStringLiteral("Formality not recorded share")) ==
          QStringList{"1", "1", "1"});
    CHECK(rowOf(table, QStringLiteral("Zorg voor leerlingen"),
                QStringLiteral("Formality not recorded")) == QStringList{"3", "2", "3"});
    CHECK(rowOf(table, QStringLiteral("Not placed"), QStringLiteral("Partners")) ==
          QStringList{"0", "0", "0"});
    // The labels each recurring partner was matched by, per school.
    CHECK(rowOf(table, QStringLiteral("Recurring partner"), QStringLiteral("CLB")) ==
          QStringList{"CLB", "centrum voor leerlingenbegeleiding", "C.L.B."});
    CHECK(rowOf(table, QStringLiteral("Recurring partner"), QStringLiteral("Stad")) ==
          QStringList{"Stad", "–", "stad"});
    CHECK(compare->recurringLabel()->text().endsWith(QStringLiteral(": 2")));
    QTableWidget *recurring = compare->recurringWidget();
    REQUIRE(recurring->rowCount() == 2);
    CHECK(recurring->item(0, 0)->text() == QStringLiteral("CLB"));
    CHECK(recurring->item(0, 1)->text() == QStringLiteral("3"));
    CHECK(recurring->item(0, 3)->text() == QStringLiteral("centrum voor leerlingenbegeleiding"));
    CHECK(recurring->item(1, 0)->text() == QStringLiteral("Stad"));

    // The same file twice is one column.
    compare->setOpenChooser([&] { return QStringList{schools.files.first()}; });
    QTest::mouseClick(compare->addButton(), Qt::LeftButton);
    CHECK(compare->fileList()->count() == 3);

    // Export CSV: the file holds the table.
    const QString csv = schools.dir.filePath(QStringLiteral("comparison.csv"));
    compare->setSaveChooser([&] { return csv; });
    QTest::mouseClick(compare->csvButton(), Qt::LeftButton);
    QFile out(csv);
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    CHECK(bytes.startsWith("Category,Measure,Noord,Zuid,Zuidwest\r\n"));
    CHECK(bytes.contains("\r\nAll,Recurring partners,2,1,2\r\n"));
    CHECK(bytes.contains("\r\nAll,Formality not recorded share,1,1,1\r\n"));
    CHECK(bytes.contains(
        "\r\nRecurring partner,CLB,CLB,centrum voor leerlingenbegeleiding,C.L.B.\r\n"));
    CHECK(bytes == comparisonCsv(compare->table()));

    // A file that is not a session is named, the others stay.
    const QString bad = schools.dir.filePath(QStringLiteral("notes.nwk"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not json");
    }
    compare->setOpenChooser([&] { return QStringList{bad}; });
    QTest::mouseClick(compare->addButton(), Qt::LeftButton);
    CHECK(compare->problemsLabel()->isVisible());
    CHECK(compare->problemsLabel()->text().contains(QStringLiteral("notes.nwk")));
    CHECK(compare->fileList()->count() == 3);

    // Remove the first school: two columns left.
    compare->fileList()->item(0)->setSelected(true);
    QTest::mouseClick(compare->removeButton(), Qt::LeftButton);
    CHECK(compare->fileList()->count() == 2);
    CHECK(compare->table().schools == QStringList{"Zuid", "Zuidwest"});
    compare->close();
}

TEST_CASE("Compare Schools draws small maps at one scale with recurring partners outlined",
          "[comparewindow]")
{
    ConfigHome config;
    ThreeSchools schools;
    SessionFile file;
    Window w(file.path);
    CompareWindow *compare = openCompare(w);
    compare->addFiles(schools.files);
    const auto maps = compare->maps();
    REQUIRE(maps.size() == 3);
    for (SmallMap *map : maps) {
        CHECK(map->scale() == maps.front()->scale());
        CHECK(map->size() == maps.front()->size());
    }
    CHECK(maps[0]->title() == QStringLiteral("Noord"));
    CHECK(maps[0]->highlighted() == QStringList{"pa1", "pa3"}); // CLB, Stad
    CHECK(maps[1]->highlighted() == QStringList{"pa1"});

    // The outline is painted: sample the ring left of CLB on Noord's map, and the same
    // spot around Ouders (not recurring), which has no outline.
    const QImage image = maps[0]->grab().toImage();
    const double ring = (MapPainter().style().partnerRadius + 10.0) * maps[0]->scale();
    const auto outlined = [&](const QString &id) {
        // Any pixel of the 3 x 3 around the spot (antialiasing spreads a thin ring).
        const QPoint spot = (maps[0]->partnerPosition(id) + QPointF(0, -ring)).toPoint();
        const QColor h = SmallMap::highlightColor();
        for (int dx = -1; dx <= 1; ++dx) {
            for (int dy = -1; dy <= 1; ++dy) {
                const QColor c = image.pixelColor(spot + QPoint(dx, dy));
                if (std::abs(c.red() - h.red()) < 40 && std::abs(c.green() - h.green()) < 40 &&
                    std::abs(c.blue() - h.blue()) < 40)
                    return true;
            }
        }
        return false;
    };
    CHECK(outlined(QStringLiteral("pa1")));
    CHECK(outlined(QStringLiteral("pa3")));
    CHECK_FALSE(outlined(QStringLiteral("pa2")));
    compare->close();
}

TEST_CASE("The synonyms editor saves a list that the comparison uses", "[comparewindow]")
{
    ConfigHome config;
    ThreeSchools schools;
    SessionFile file;
    Window w(file.path);
    CompareWindow *compare = openCompare(w);
    compare->addFiles(schools.files);
    CHECK(compare->table().recurring.size() == 2);

    QTest::mouseClick(compare->synonymsButton(), Qt::LeftButton);
    auto *dialog = compare->findChild<SynonymsDialog *>(QStringLiteral("synonymsDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    QTableWidget *table = dialog->table();
    CHECK(table->rowCount() == static_cast<int>(defaultSynonyms().groups.size()));
    CHECK(table->item(0, 0)->text() == QStringLiteral("CLB"));

    // A row with one label is refused, naming the row; the dialog stays open.
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    table->item(row, 0)->setText(QStringLiteral("Kerk"));
    auto *box = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->problemLabel()->text() ==
          QStringLiteral("Row %1: a synonym group needs at least two labels").arg(row + 1));

    // "Kerk" = "Bibliotheek; Parochie": now Kerk recurs in Zuid and Zuidwest.
    table->item(row, 1)->setText(QStringLiteral("Bibliotheek; Parochie"));
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    REQUIRE(compare->table().recurring.size() == 3);
    CHECK(compare->recurringLabel()->text().endsWith(QStringLiteral(": 3")));

    // Saved to the config folder: a new window starts from it.
    const SynonymsReadResult saved = readSynonymsFile(CompareWindow::synonymsFilePath());
    REQUIRE(saved.synonyms);
    CHECK(saved.synonyms->groups.back() == QStringList{QStringLiteral("Kerk"),
                                                       QStringLiteral("Bibliotheek"),
                                                       QStringLiteral("Parochie")});
    CHECK(CompareWindow::savedSynonyms() == *saved.synonyms);

    // Export and import share a list as a file.
    QTest::mouseClick(compare->synonymsButton(), Qt::LeftButton);
    dialog = nullptr;
    for (auto *d : compare->findChildren<SynonymsDialog *>())
        if (d->isVisible())
            dialog = d;
    REQUIRE(dialog);
    const QString shared = schools.dir.filePath(QStringLiteral("shared.json"));
    dialog->setSaveChooser([&] { return shared; });
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    const SynonymsReadResult exported = readSynonymsFile(shared);
    REQUIRE(exported.synonyms);
    CHECK(*exported.synonyms == *saved.synonyms);
    QTest::mouseClick(dialog->defaultsButton(), Qt::LeftButton);
    CHECK(dialog->table()->rowCount() == static_cast<int>(defaultSynonyms().groups.size()));
    dialog->setOpenChooser([&] { return shared; });
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    CHECK(dialog->table()->rowCount() == static_cast<int>(saved.synonyms->groups.size()));
    dialog->reject();
    compare->close();
}

TEST_CASE("Keep Apart takes a wrongly matched label out of a recurring partner", "[comparewindow]")
{
    ConfigHome config;
    ThreeSchools schools;
    SessionFile file;
    Window w(file.path);
    CompareWindow *compare = openCompare(w);
    compare->addFiles(schools.files);
    QTableWidget *recurring = compare->recurringWidget();
    REQUIRE(recurring->item(0, 0)->text() == QStringLiteral("CLB"));
    CHECK_FALSE(compare->keepApartButton()->isEnabled());

    // Zuid's "centrum voor leerlingenbegeleiding" is, say, another centre.
    recurring->setCurrentCell(0, 3);
    REQUIRE(compare->keepApartButton()->isEnabled());
    QTest::mouseClick(compare->keepApartButton(), Qt::LeftButton);
    const QStringList apart{QStringLiteral("centrum voor leerlingenbegeleiding")};
    CHECK(compare->synonyms().apart == apart);
    REQUIRE_FALSE(compare->table().recurring.empty());
    const RecurringPartner &clb = compare->table().recurring.front();
    CHECK(clb.label == QStringLiteral("CLB"));
    CHECK(clb.schools == 2);
    CHECK(clb.labels[1].isEmpty());
    const SynonymsReadResult saved = readSynonymsFile(CompareWindow::synonymsFilePath());
    REQUIRE(saved.synonyms);
    CHECK(saved.synonyms->apart == apart);

    // The synonyms editor shows the list; emptied there, the match is back.
    QTest::mouseClick(compare->synonymsButton(), Qt::LeftButton);
    auto *dialog = compare->findChild<SynonymsDialog *>(QStringLiteral("synonymsDialog"));
    REQUIRE(dialog);
    CHECK(dialog->apartEdit()->text() == apart.front());
    dialog->apartEdit()->clear();
    auto *box = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(compare->table().recurring.front().schools == 3);
    CHECK(compare->synonyms().apart.isEmpty());
    compare->close();
}
