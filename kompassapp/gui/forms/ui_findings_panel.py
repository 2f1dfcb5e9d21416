# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'findings_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_FindingsPanel(object):
    def setupUi(self, FindingsPanel):
        if not FindingsPanel.objectName():
            FindingsPanel.setObjectName(u"FindingsPanel")
        self.layout = QVBoxLayout(FindingsPanel)
        self.layout.setObjectName(u"layout")
        self.areaLabel = QLabel(FindingsPanel)
        self.areaLabel.setObjectName(u"areaLabel")
        self.areaLabel.setWordWrap(True)

        self.layout.addWidget(self.areaLabel)

        self.strengthsLabel = QLabel(FindingsPanel)
        self.strengthsLabel.setObjectName(u"strengthsLabel")

        self.layout.addWidget(self.strengthsLabel)

        self.strengthsTable = QTableView(FindingsPanel)
        self.strengthsTable.setObjectName(u"strengthsTable")
        self.strengthsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.strengthsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.strengthsTable)

        self.strengthEdit = QLineEdit(FindingsPanel)
        self.strengthEdit.setObjectName(u"strengthEdit")

        self.layout.addWidget(self.strengthEdit)

        self.developmentLabel = QLabel(FindingsPanel)
        self.developmentLabel.setObjectName(u"developmentLabel")

        self.layout.addWidget(self.developmentLabel)

        self.developmentTable = QTableView(FindingsPanel)
        self.developmentTable.setObjectName(u"developmentTable")
        self.developmentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.developmentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.developmentTable)

        self.developmentEdit = QLineEdit(FindingsPanel)
        self.developmentEdit.setObjectName(u"developmentEdit")

        self.layout.addWidget(self.developmentEdit)

        self.examplesLabel = QLabel(FindingsPanel)
        self.examplesLabel.setObjectName(u"examplesLabel")

        self.layout.addWidget(self.examplesLabel)

        self.examplesTable = QTableView(FindingsPanel)
        self.examplesTable.setObjectName(u"examplesTable")
        self.examplesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.examplesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.examplesTable)

        self.exampleRow = QHBoxLayout()
        self.exampleRow.setObjectName(u"exampleRow")
        self.exampleEdit = QLineEdit(FindingsPanel)
        self.exampleEdit.setObjectName(u"exampleEdit")

        self.exampleRow.addWidget(self.exampleEdit)

        self.exampleMunicipalityEdit = QLineEdit(FindingsPanel)
        self.exampleMunicipalityEdit.setObjectName(u"exampleMunicipalityEdit")

        self.exampleRow.addWidget(self.exampleMunicipalityEdit)


        self.layout.addLayout(self.exampleRow)

        QWidget.setTabOrder(self.strengthEdit, self.developmentEdit)
        QWidget.setTabOrder(self.developmentEdit, self.exampleEdit)
        QWidget.setTabOrder(self.exampleEdit, self.exampleMunicipalityEdit)

        self.retranslateUi(FindingsPanel)

        QMetaObject.connectSlotsByName(FindingsPanel)
    # setupUi

    def retranslateUi(self, FindingsPanel):
        self.areaLabel.setText(QCoreApplication.translate("FindingsPanel", u"Omr\u00e5de", None))
        self.strengthsLabel.setText(QCoreApplication.translate("FindingsPanel", u"<b>Styrkor</b>", None))
#if QT_CONFIG(tooltip)
        self.strengthsTable.setToolTip(QCoreApplication.translate("FindingsPanel", u"Dubbelklicka f\u00f6r att \u00e4ndra; Delete tar bort", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.strengthEdit.setToolTip(QCoreApplication.translate("FindingsPanel", u"Skriv en styrka och tryck Enter", None))
#endif // QT_CONFIG(tooltip)
        self.strengthEdit.setPlaceholderText(QCoreApplication.translate("FindingsPanel", u"Ny styrka \u2026 (Enter l\u00e4gger till)", None))
        self.developmentLabel.setText(QCoreApplication.translate("FindingsPanel", u"<b>Utvecklingsomr\u00e5den</b>", None))
#if QT_CONFIG(tooltip)
        self.developmentTable.setToolTip(QCoreApplication.translate("FindingsPanel", u"Dubbelklicka f\u00f6r att \u00e4ndra; Delete tar bort", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.developmentEdit.setToolTip(QCoreApplication.translate("FindingsPanel", u"Skriv ett utvecklingsomr\u00e5de och tryck Enter", None))
#endif // QT_CONFIG(tooltip)
        self.developmentEdit.setPlaceholderText(QCoreApplication.translate("FindingsPanel", u"Nytt utvecklingsomr\u00e5de \u2026 (Enter l\u00e4gger till)", None))
        self.examplesLabel.setText(QCoreApplication.translate("FindingsPanel", u"<b>Goda exempel fr\u00e5n andra kommuner</b>", None))
#if QT_CONFIG(tooltip)
        self.examplesTable.setToolTip(QCoreApplication.translate("FindingsPanel", u"Dubbelklicka f\u00f6r att \u00e4ndra; Delete tar bort", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.exampleEdit.setToolTip(QCoreApplication.translate("FindingsPanel", u"Skriv ett gott exempel och tryck Enter", None))
#endif // QT_CONFIG(tooltip)
        self.exampleEdit.setPlaceholderText(QCoreApplication.translate("FindingsPanel", u"Nytt gott exempel \u2026 (Enter l\u00e4gger till)", None))
#if QT_CONFIG(tooltip)
        self.exampleMunicipalityEdit.setToolTip(QCoreApplication.translate("FindingsPanel", u"Kommunen som exemplet kommer fr\u00e5n", None))
#endif // QT_CONFIG(tooltip)
        self.exampleMunicipalityEdit.setPlaceholderText(QCoreApplication.translate("FindingsPanel", u"Fr\u00e5n kommun", None))
        pass
    # retranslateUi

