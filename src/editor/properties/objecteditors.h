// SPDX-License-Identifier: GPL-3.0-or-later
// Properties of a link, a missing partner and a group.
#pragma once

#include "objecteditor.h"

#include <memory>

namespace nwk {

/// A link: its ends (read-only), kind, direction, label, valence and note.
class LinkEditor : public ObjectEditor {
    Q_OBJECT

public:
    explicit LinkEditor(SessionDocument *document, QWidget *parent = nullptr);
    ~LinkEditor() override;

protected:
    void reload() override;

private:
    struct Fields; ///< the field widgets (objecteditors.cpp)
    std::unique_ptr<Fields> m_fields;
};

/// A missing partner: label, category, status, who mentioned it, note.
class MissingEditor : public ObjectEditor {
    Q_OBJECT

public:
    explicit MissingEditor(SessionDocument *document, QWidget *parent = nullptr);
    ~MissingEditor() override;

protected:
    void reload() override;

private:
    struct Fields; ///< the field widgets (objecteditors.cpp)
    std::unique_ptr<Fields> m_fields;
};

/// A group: label, members (read-only), note.
class GroupEditor : public ObjectEditor {
    Q_OBJECT

public:
    explicit GroupEditor(SessionDocument *document, QWidget *parent = nullptr);
    ~GroupEditor() override;

protected:
    void reload() override;

private:
    struct Fields; ///< the field widgets (objecteditors.cpp)
    std::unique_ptr<Fields> m_fields;
};

} // namespace nwk
