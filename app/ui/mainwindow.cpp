#include "mainwindow.h"

#include "core/bundle.h"

#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QVBoxLayout>

namespace okuw::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_title = new QLabel(tr("No bundle is open"), central);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_modules = new QListWidget(central);
    layout->addWidget(m_title);
    layout->addWidget(m_modules);
    setCentralWidget(central);
    setWindowTitle(tr("Okuw"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openBundle(const QString &path, bool showErrors)
{
    QString error;
    auto bundle = core::Bundle::open(path, &error);
    if (!bundle) {
        m_lastError = error;
        if (showErrors)
            QMessageBox::warning(this, tr("Cannot open the bundle"), error);
        return false;
    }
    m_bundle = std::move(bundle);
    m_lastError.clear();
    showBundle();
    return true;
}

void MainWindow::showBundle()
{
    const core::BundleInfo &info = m_bundle->info();
    const QString lang = info.defaultLanguage;
    m_title->setText(core::pickText(info.title, lang));
    setWindowTitle(tr("%1 — Okuw").arg(core::pickText(info.title, lang)));
    m_modules->clear();
    QString error;
    for (const core::ModuleInfo &m : m_bundle->modules(&error))
        m_modules->addItem(QStringLiteral("%1. %2").arg(m.position).arg(core::pickText(m.title, lang)));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot read the bundle"), error);
}

} // namespace okuw::ui
