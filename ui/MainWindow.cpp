// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
namespace orgdesk {
MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) { }
}
