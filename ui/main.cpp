// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include <QApplication>
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    orgdesk::MainWindow w;
    w.show();
    return app.exec();
}
