# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'upgrade_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QSplitter, QTableWidget, QTableWidgetItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_UpgradeDialog(object):
    def setupUi(self, UpgradeDialog):
        if not UpgradeDialog.objectName():
            UpgradeDialog.setObjectName(u"UpgradeDialog")
        UpgradeDialog.resize(820, 640)
        self.layout = QVBoxLayout(UpgradeDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(UpgradeDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(UpgradeDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.changesTree = QTreeWidget(self.splitter)
        self.changesTree.setObjectName(u"changesTree")
        self.changesTree.setAlternatingRowColors(True)
        self.changesTree.setWordWrap(True)
        self.splitter.addWidget(self.changesTree)
        self.scoresTable = QTableWidget(self.splitter)
        if (self.scoresTable.columnCount() < 3):
            self.scoresTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.scoresTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.scoresTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.scoresTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.scoresTable.setObjectName(u"scoresTable")
        self.scoresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scoresTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.splitter.addWidget(self.scoresTable)

        self.layout.addWidget(self.splitter)

        self.warningLabel = QLabel(UpgradeDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.buttonBox = QDialogButtonBox(UpgradeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(UpgradeDialog)

        QMetaObject.connectSlotsByName(UpgradeDialog)
    # setupUi

    def retranslateUi(self, UpgradeDialog):
        UpgradeDialog.setWindowTitle(QCoreApplication.translate("UpgradeDialog", u"Uppgradera fr\u00e5gebanken", None))
        self.summaryLabel.setText("")
        ___qtreewidgetitem = self.changesTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("UpgradeDialog", u"\u00c4ndring", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("UpgradeDialog", u"Fr\u00e5ga", None))
#if QT_CONFIG(tooltip)
        self.changesTree.setToolTip(QCoreApplication.translate("UpgradeDialog", u"Fr\u00e5gorna som l\u00e4ggs till, \u00e4ndras och tas bort, och svaren som blir \u00f6ppna", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.scoresTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UpgradeDialog", u"Omr\u00e5de", None))
        ___qtablewidgetitem1 = self.scoresTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UpgradeDialog", u"F\u00f6re", None))
        ___qtablewidgetitem2 = self.scoresTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UpgradeDialog", u"Efter", None))
#if QT_CONFIG(tooltip)
        self.scoresTable.setToolTip(QCoreApplication.translate("UpgradeDialog", u"Po\u00e4ngen per omr\u00e5de med dagens svar, f\u00f6re och efter uppgraderingen", None))
#endif // QT_CONFIG(tooltip)
        self.warningLabel.setText("")
    # retranslateUi

