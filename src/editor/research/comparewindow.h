// SPDX-License-Identifier: GPL-3.0-or-later
// File > Compare Schools…: several session files side by side (core/comparison.h).
// A table with a row per category and measure and a column per school, then the labels
// each recurring partner was matched by (the first two columns stay while the schools
// scroll; exportable as CSV); the maps as tiles sized to the window, each zoomable
// (Ctrl + wheel) and pannable, linked or not, with the recurring partners ringed and a
// chosen one haloed on every map (exportable as one SVG or PDF sheet); and the recurring
// partners with their labels per school, where a wrong match is kept apart. Synonyms are
// edited in SynonymsDialog and kept in synonyms.json in the application's config folder.
#pragma once

#include "frozentable.h"
#include "smallmap.h"

#include "nwk/core/comparison.h"

#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace nwk {

class EditorContext;

class CompareWindow : public QWidget {
    Q_OBJECT

public:
    explicit CompareWindow(QWidget *parent = nullptr);

    /// File > Compare Schools… in `window` (before the export entries).
    static void install(EditorContext &context);

    /// The synonyms file in the application's config folder.
    static QString synonymsFilePath();
    /// The saved synonyms, or the built-in list when there is no (readable) file.
    static SynonymList savedSynonyms();

    /// Reads the files (each once; unreadable ones are reported in problemsLabel()).
    void addFiles(const QStringList &fileNames);
    QStringList fileNames() const;
    const ComparisonTable &table() const { return m_table; }
    void setSynonyms(const SynonymList &synonyms);
    const SynonymList &synonyms() const { return m_synonyms; }

    /// The file dialogs, replaceable by tests: choose sessions to open; a CSV to save; the
    /// maps' sheet (.svg or .pdf) to save.
    void setOpenChooser(std::function<QStringList()> chooser) { m_chooseOpen = std::move(chooser); }
    void setSaveChooser(std::function<QString()> chooser) { m_chooseSave = std::move(chooser); }
    void setSheetChooser(std::function<QString()> chooser) { m_chooseSheet = std::move(chooser); }

    /// The recurring partner shown on every map (index in table().recurring), -1: none.
    void choosePartner(int index);
    int chosenPartner() const;

    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *sheetButton() const { return m_sheet; }
    QPushButton *synonymsButton() const { return m_synonymsButton; }
    QPushButton *keepApartButton() const { return m_keepApart; }
    QPushButton *resetZoomButton() const { return m_resetZoom; }
    QComboBox *partnerCombo() const { return m_partner; }
    QCheckBox *linkZoomBox() const { return m_linkZoom; }
    QSpinBox *columnsSpin() const { return m_columns; }
    QListWidget *fileList() const { return m_files; }
    QTabWidget *tabs() const { return m_tabs; }
    FrozenTable *tableWidget() const { return m_tableWidget; }
    FrozenTable *recurringWidget() const { return m_recurringWidget; }
    QScrollArea *mapsScroll() const { return m_mapsScroll; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *recurringLabel() const { return m_recurringCount; }
    std::vector<SmallMap *> maps() const;

    /// A recurring partner's label as shown: "Ouders (internal)" for internal actors.
    static QString partnerLabel(const RecurringPartner &partner);
    /// Item data of the table's matched-label rows: the partner's index in table().recurring.
    static constexpr int kRecurringRole = Qt::UserRole + 1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int kTileSpacing = 8;
    /// Tiles at least this wide when the number of columns is automatic.
    static constexpr int kAutoTileSide = 340;

    struct Loaded {
        QString fileName;
        Session session;
    };

    void makeTabs();
    QWidget *makeViewBar();
    void fitToScreen();
    void connectControls();
    void chooseFiles();
    void removeSelected();
    void exportCsv();
    void exportSheet();
    void editSynonyms();
    void keepApart();
    void showProblem(const QString &text);
    void rebuild();
    void fillTable();
    void fillRecurring();
    void fillPartners(const QString &keep);
    void fillMaps();
    void layoutTiles();
    void applyChosen();
    void linkView(SmallMap *from, double zoom, QPointF centre);
    void chooseFromRow(const QTableWidget *table, int row);

    std::vector<Loaded> m_sessions;
    SynonymList m_synonyms;
    ComparisonTable m_table;
    std::function<QStringList()> m_chooseOpen;
    std::function<QString()> m_chooseSave;
    std::function<QString()> m_chooseSheet;

    QListWidget *m_files = nullptr;
    QPushButton *m_add = nullptr, *m_remove = nullptr, *m_synonymsButton = nullptr,
                *m_csv = nullptr, *m_sheet = nullptr, *m_keepApart = nullptr,
                *m_resetZoom = nullptr;
    QComboBox *m_partner = nullptr;
    QCheckBox *m_linkZoom = nullptr;
    QSpinBox *m_columns = nullptr;
    QLabel *m_problems = nullptr;
    QTabWidget *m_tabs = nullptr;
    FrozenTable *m_tableWidget = nullptr;
    FrozenTable *m_recurringWidget = nullptr;
    QLabel *m_recurringCount = nullptr;
    QScrollArea *m_mapsScroll = nullptr;
    QWidget *m_mapsArea = nullptr;
    QGridLayout *m_mapsGrid = nullptr;
};

} // namespace nwk
