# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_EvidencePanel(object):
    def setupUi(self, EvidencePanel):
        if not EvidencePanel.objectName():
            EvidencePanel.setObjectName(u"EvidencePanel")
        self.layout = QVBoxLayout(EvidencePanel)
        self.layout.setSpacing(4)
        self.layout.setObjectName(u"layout")
        self.sourceRow = QHBoxLayout()
        self.sourceRow.setObjectName(u"sourceRow")
        self.sourceLabel = QLabel(EvidencePanel)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.sourceRow.addWidget(self.sourceLabel)

        self.sourceCombo = QComboBox(EvidencePanel)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.sourceRow.addWidget(self.sourceCombo)

        self.documentCombo = QComboBox(EvidencePanel)
        self.documentCombo.setObjectName(u"documentCombo")
        self.documentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.documentCombo.setMinimumContentsLength(12)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.documentCombo.sizePolicy().hasHeightForWidth())
        self.documentCombo.setSizePolicy(sizePolicy)

        self.sourceRow.addWidget(self.documentCombo)

        self.urlEdit = QLineEdit(EvidencePanel)
        self.urlEdit.setObjectName(u"urlEdit")

        self.sourceRow.addWidget(self.urlEdit)


        self.layout.addLayout(self.sourceRow)

        self.sessionLabel = QLabel(EvidencePanel)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setWordWrap(True)

        self.layout.addWidget(self.sessionLabel)

        self.participantBox = QWidget(EvidencePanel)
        self.participantBox.setObjectName(u"participantBox")
        self.participantLayout = QHBoxLayout(self.participantBox)
        self.participantLayout.setSpacing(4)
        self.participantLayout.setObjectName(u"participantLayout")
        self.participantLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.participantBox)

        self.noteEdit = QPlainTextEdit(EvidencePanel)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(0, 60))
        self.noteEdit.setMaximumSize(QSize(16777215, 130))
        self.noteEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.noteEdit)

        self.storeRow = QHBoxLayout()
        self.storeRow.setObjectName(u"storeRow")
        self.alsoEdit = QLineEdit(EvidencePanel)
        self.alsoEdit.setObjectName(u"alsoEdit")

        self.storeRow.addWidget(self.alsoEdit)

        self.storeButton = QPushButton(EvidencePanel)
        self.storeButton.setObjectName(u"storeButton")

        self.storeRow.addWidget(self.storeButton)


        self.layout.addLayout(self.storeRow)

        self.notesLabel = QLabel(EvidencePanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.layout.addWidget(self.notesLabel)

        self.notesList = QListWidget(EvidencePanel)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.notesList.setWordWrap(True)
        self.notesList.setAlternatingRowColors(True)
        self.notesList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.layout.addWidget(self.notesList)

#if QT_CONFIG(shortcut)
        self.sourceLabel.setBuddy(self.sourceCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvidencePanel)

        QMetaObject.connectSlotsByName(EvidencePanel)
    # setupUi

    def retranslateUi(self, EvidencePanel):
        self.sourceLabel.setText(QCoreApplication.translate("EvidencePanel", u"&K\u00e4lla:", None))
#if QT_CONFIG(tooltip)
        self.sourceCombo.setToolTip(QCoreApplication.translate("EvidencePanel", u"Var uppgiften kommer ifr\u00e5n: den p\u00e5g\u00e5ende intervjun, ett dokument, en webbadress eller en egen iakttagelse", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.documentCombo.setToolTip(QCoreApplication.translate("EvidencePanel", u"Dokumentet som anteckningen bygger p\u00e5 (fr\u00e5n dokumentregistret)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.urlEdit.setToolTip(QCoreApplication.translate("EvidencePanel", u"Webbadressen som anteckningen bygger p\u00e5", None))
#endif // QT_CONFIG(tooltip)
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("EvidencePanel", u"https://\u2026", None))
        self.sessionLabel.setText(QCoreApplication.translate("EvidencePanel", u"Ingen p\u00e5g\u00e5ende intervju", None))
#if QT_CONFIG(tooltip)
        self.participantBox.setToolTip(QCoreApplication.translate("EvidencePanel", u"Vem som talar: Alt+1, Alt+2 \u2026 v\u00e4ljer deltagare, Alt+0 hela gruppen", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.noteEdit.setToolTip(QCoreApplication.translate("EvidencePanel", u"Skriv en anteckning; Ctrl+Enter sparar den till fr\u00e5gan och k\u00e4llan ovan", None))
#endif // QT_CONFIG(tooltip)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("EvidencePanel", u"Anteckning \u2026 (Ctrl+Enter sparar)", None))
#if QT_CONFIG(tooltip)
        self.alsoEdit.setToolTip(QCoreApplication.translate("EvidencePanel", u"Koppla anteckningen \u00e4ven till andra fr\u00e5gor: fr\u00e5gornas nummer, \u00e5tskilda med kommatecken", None))
#endif // QT_CONFIG(tooltip)
        self.alsoEdit.setPlaceholderText(QCoreApplication.translate("EvidencePanel", u"\u00c4ven fr\u00e5gor, t.ex. 2.1.3, 4.2.1", None))
#if QT_CONFIG(tooltip)
        self.storeButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"Spara anteckningen (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.storeButton.setText(QCoreApplication.translate("EvidencePanel", u"&Spara anteckning", None))
        self.notesLabel.setText(QCoreApplication.translate("EvidencePanel", u"Anteckningar", None))
#if QT_CONFIG(tooltip)
        self.notesList.setToolTip(QCoreApplication.translate("EvidencePanel", u"Fr\u00e5gans anteckningar med k\u00e4lla och tid; h\u00f6gerklicka f\u00f6r att \u00e4ndra eller ta bort", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

