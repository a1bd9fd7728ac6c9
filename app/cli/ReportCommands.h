#pragma once

#include <QCoreApplication>

#include <memory>

namespace ed::cli {

// `chart` and `report` draw with Qt Charts, which needs a QApplication (widgets) — but never a
// window. Every other command keeps the plain, display-free QCoreApplication.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

} // namespace ed::cli
