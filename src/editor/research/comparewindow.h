// SPDX-License-Identifier: GPL-3.0-or-later
// File > Compare Schools…: several session files side by side (core/comparison.h).
// A table with a row per category and measure and a column per school (exportable as
// CSV), small multiples of the maps at one scale with the recurring partners outlined,
// and the list of recurring partners. Synonyms are edited in SynonymsDialog and kept in
// synonyms.json in the application's config folder.
#pragma once

#include "nwk/core/comparison.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QGridLayout;

namespace nwk {

class EditorContext;
class SmallMap;

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

    /// The file dialogs, replaceable by tests: choose sessions to open; a CSV to save.
    void setOpenChooser(std::function<QStringList()> chooser) { m_chooseOpen = std::move(chooser); }
    void setSaveChooser(std::function<QString()> chooser) { m_chooseSave = std::move(chooser); }

    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *synonymsButton() const { return m_synonymsButton; }
    QListWidget *fileList() const { return m_files; }
    QTableWidget *tableWidget() const { return m_tableWidget; }
    QTableWidget *recurringWidget() const { return m_recurringWidget; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *recurringLabel() const { return m_recurringCount; }
    std::vector<SmallMap *> maps() const;

private:
    struct Loaded {
        QString fileName;
        Session session;
    };

    void chooseFiles();
    void removeSelected();
    void exportCsv();
    void editSynonyms();
    void rebuild();
    void fillTable();
    void fillRecurring();
    void fillMaps();

    std::vector<Loaded> m_sessions;
    SynonymList m_synonyms;
    ComparisonTable m_table;
    std::function<QStringList()> m_chooseOpen;
    std::function<QString()> m_chooseSave;

    QListWidget *m_files = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_synonymsButton = nullptr;
    QPushButton *m_csv = nullptr;
    QLabel *m_problems = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_tableWidget = nullptr;
    QTableWidget *m_recurringWidget = nullptr;
    QLabel *m_recurringCount = nullptr;
    QWidget *m_mapsArea = nullptr;
    QGridLayout *m_mapsGrid = nullptr;
};

/// One small map of the comparison: paints the session's model with MapPainter (no
/// scene), without legend and title, at a scale shared by all maps of the window, and
/// outlines the highlighted partners.
class SmallMap : public QWidget {
    Q_OBJECT

public:
    static constexpr int kSide = 260; ///< pixels; every small map has this size

    SmallMap(const Session &session, const QString &title, const QStringList &highlighted,
             QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QStringList highlighted() const { return m_highlighted; }
    /// Pixels per map unit; the same for every small map.
    double scale() const;
    /// Widget position of a map point.
    QPointF toWidget(QPointF mapPoint) const;
    /// Widget position of a placed partner's centre.
    QPointF partnerPosition(const QString &partnerId) const;
    /// The outline colour of recurring partners.
    static QColor highlightColor();

    QSize sizeHint() const override { return {kSide, kSide + 22}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Session m_session;
    QString m_title;
    QStringList m_highlighted;
};

} // namespace nwk
