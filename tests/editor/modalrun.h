// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on a modal dialog from inside its event loop, without the risk of a failed
// REQUIRE there: an exception thrown through Qt's event loop (exec()) aborts the whole
// test program instead of failing one test. InNextModal runs the checks on the next
// modal dialog, catches a failed REQUIRE, closes the dialog and records it; the test
// asserts the record after the trigger returned (requireDone()).
#pragma once

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <exception>
#include <functional>
#include <string>

namespace nwk::test {

class InNextModal {
public:
    /// Runs `body` with the application's modal widget once the event loop that
    /// `context` lives in (or a nested one, as exec() starts) gets to it.
    InNextModal(QObject *context, std::function<void(QWidget *)> body)
    {
        QTimer::singleShot(0, context, [this, body = std::move(body)] { run(body); });
    }

    /// After the trigger: the dialog was there and every check inside passed to the end.
    void requireDone() const
    {
        INFO("no modal dialog was open when the checks were due");
        REQUIRE(m_seen);
        INFO("a REQUIRE in the dialog's checks failed (above): " << m_error);
        REQUIRE_FALSE(m_failed);
    }
    bool seen() const { return m_seen; }

private:
    void run(const std::function<void(QWidget *)> &body)
    {
        QPointer<QWidget> modal = QApplication::activeModalWidget();
        if (!modal)
            return; // requireDone() fails
        m_seen = true;
        try {
            body(modal);
            return;
        } catch (const Catch::TestFailureException &) {
            m_error = "(reported above)";
        } catch (const std::exception &e) {
            m_error = e.what();
        } catch (...) {
            m_error = "an unknown exception";
        }
        m_failed = true;
        if (auto *dialog = qobject_cast<QDialog *>(modal.data()))
            dialog->reject();
        else if (modal)
            modal->close();
    }

    bool m_seen = false;
    bool m_failed = false;
    std::string m_error;
};

} // namespace nwk::test
