#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <functional>
#include <memory>

namespace altrata::test {

// Answers the next QMessageBox that runs modally (exec()) by clicking the button `choose` returns.
// Polls from the event loop, so it works inside the message box's own nested loop. Gives up after ~5 s.
// `seen` (optional) is set to true once a box was answered, so a test can prove the question was asked.
inline void answerNextMessageBox(std::function<QAbstractButton *(QMessageBox *)> choose, bool *seen = nullptr) {
    auto *timer = new QTimer(qApp);
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, attempts, choose = std::move(choose), seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && ++*attempts < 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (!box)
            return;
        if (seen)
            *seen = true;
        if (QAbstractButton *button = choose(box))
            button->click();
    });
    timer->start(10);
}

inline QAbstractButton *buttonNamed(QMessageBox *box, const QString &objectName) {
    return box->findChild<QAbstractButton *>(objectName);
}

} // namespace altrata::test
