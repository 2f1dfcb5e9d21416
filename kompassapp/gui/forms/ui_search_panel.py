# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SearchPanel(object):
    def setupUi(self, SearchPanel):
        if not SearchPanel.objectName():
            SearchPanel.setObjectName(u"SearchPanel")
        self.layout = QVBoxLayout(SearchPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(2, -1, 2, -1)
        self.searchEdit = QLineEdit(SearchPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.searchEdit)

        self.countLabel = QLabel(SearchPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.layout.addWidget(self.countLabel)

        self.resultsList = QListWidget(SearchPanel)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setWordWrap(True)
        self.resultsList.setAlternatingRowColors(True)

        self.layout.addWidget(self.resultsList)


        self.retranslateUi(SearchPanel)

        QMetaObject.connectSlotsByName(SearchPanel)
    # setupUi

    def retranslateUi(self, SearchPanel):
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("SearchPanel", u"S\u00f6ker i fr\u00e5gor, v\u00e4gledning, kommentarer, anteckningar och iakttagelser; pil ned och Enter g\u00e5r till tr\u00e4ffen", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SearchPanel", u"S\u00f6k \u2026", None))
        self.countLabel.setText("")
#if QT_CONFIG(tooltip)
        self.resultsList.setToolTip(QCoreApplication.translate("SearchPanel", u"Enter eller dubbelklick g\u00e5r till tr\u00e4ffen", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

