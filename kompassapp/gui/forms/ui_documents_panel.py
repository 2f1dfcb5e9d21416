# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_panel.ui'
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
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_DocumentsPanel(object):
    def setupUi(self, DocumentsPanel):
        if not DocumentsPanel.objectName():
            DocumentsPanel.setObjectName(u"DocumentsPanel")
        self.layout = QVBoxLayout(DocumentsPanel)
        self.layout.setObjectName(u"layout")
        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.documentsLabel = QLabel(DocumentsPanel)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.buttons.addWidget(self.documentsLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.addDocumentButton = QPushButton(DocumentsPanel)
        self.addDocumentButton.setObjectName(u"addDocumentButton")

        self.buttons.addWidget(self.addDocumentButton)

        self.deleteDocumentButton = QPushButton(DocumentsPanel)
        self.deleteDocumentButton.setObjectName(u"deleteDocumentButton")

        self.buttons.addWidget(self.deleteDocumentButton)


        self.layout.addLayout(self.buttons)

        self.documentsTable = QTableView(DocumentsPanel)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.documentsTable)

        self.notesLabel = QLabel(DocumentsPanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.layout.addWidget(self.notesLabel)

        self.notesList = QListWidget(DocumentsPanel)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setWordWrap(True)
        self.notesList.setAlternatingRowColors(True)

        self.layout.addWidget(self.notesList)


        self.retranslateUi(DocumentsPanel)

        QMetaObject.connectSlotsByName(DocumentsPanel)
    # setupUi

    def retranslateUi(self, DocumentsPanel):
        self.documentsLabel.setText(QCoreApplication.translate("DocumentsPanel", u"<b>Dokument</b>", None))
#if QT_CONFIG(tooltip)
        self.addDocumentButton.setToolTip(QCoreApplication.translate("DocumentsPanel", u"L\u00e4gg till ett dokument i registret", None))
#endif // QT_CONFIG(tooltip)
        self.addDocumentButton.setText(QCoreApplication.translate("DocumentsPanel", u"&Nytt dokument", None))
#if QT_CONFIG(tooltip)
        self.deleteDocumentButton.setToolTip(QCoreApplication.translate("DocumentsPanel", u"Ta bort det markerade dokumentet (kan \u00e5ngras)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteDocumentButton.setText(QCoreApplication.translate("DocumentsPanel", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.documentsTable.setToolTip(QCoreApplication.translate("DocumentsPanel", u"Titel, typ, datum och l\u00e4nk; dubbelklicka f\u00f6r att \u00e4ndra", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("DocumentsPanel", u"<b>Anteckningar fr\u00e5n dokumentet</b>", None))
#if QT_CONFIG(tooltip)
        self.notesList.setToolTip(QCoreApplication.translate("DocumentsPanel", u"Anteckningar med det markerade dokumentet som k\u00e4lla; dubbelklicka f\u00f6r att g\u00e5 till fr\u00e5gan", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

