# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StartDialog(object):
    def setupUi(self, StartDialog):
        if not StartDialog.objectName():
            StartDialog.setObjectName(u"StartDialog")
        StartDialog.resize(620, 420)
        self.layout = QVBoxLayout(StartDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(StartDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.layout.addWidget(self.titleLabel)

        self.problemLabel = QLabel(StartDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setTextFormat(Qt.TextFormat.RichText)
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.problemLabel)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.recentColumn = QVBoxLayout()
        self.recentColumn.setObjectName(u"recentColumn")
        self.recentLabel = QLabel(StartDialog)
        self.recentLabel.setObjectName(u"recentLabel")

        self.recentColumn.addWidget(self.recentLabel)

        self.recentList = QListWidget(StartDialog)
        self.recentList.setObjectName(u"recentList")

        self.recentColumn.addWidget(self.recentList)


        self.body.addLayout(self.recentColumn)

        self.buttons = QVBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.restoreButton = QPushButton(StartDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.openRecentButton = QPushButton(StartDialog)
        self.openRecentButton.setObjectName(u"openRecentButton")

        self.buttons.addWidget(self.openRecentButton)

        self.openButton = QPushButton(StartDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.newButton = QPushButton(StartDialog)
        self.newButton.setObjectName(u"newButton")

        self.buttons.addWidget(self.newButton)

        self.demoButton = QPushButton(StartDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.buttons.addWidget(self.demoButton)

        self.buttonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons.addItem(self.buttonsStretch)

        self.quitButton = QPushButton(StartDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttons.addWidget(self.quitButton)


        self.body.addLayout(self.buttons)


        self.layout.addLayout(self.body)

#if QT_CONFIG(shortcut)
        self.recentLabel.setBuddy(self.recentList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StartDialog)

        QMetaObject.connectSlotsByName(StartDialog)
    # setupUi

    def retranslateUi(self, StartDialog):
        StartDialog.setWindowTitle(QCoreApplication.translate("StartDialog", u"Kompassapp", None))
        self.titleLabel.setText(QCoreApplication.translate("StartDialog", u"<h2>Kompassapp</h2><p>Utv\u00e4rderingar enligt Kommunkompassen \u2013 allt sparas medan du arbetar.</p>", None))
        self.recentLabel.setText(QCoreApplication.translate("StartDialog", u"&Senaste utv\u00e4rderingar", None))
#if QT_CONFIG(tooltip)
        self.recentList.setToolTip(QCoreApplication.translate("StartDialog", u"Dubbelklicka eller tryck Enter f\u00f6r att \u00f6ppna", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("StartDialog", u"\u00d6ppna filen som den var vid en s\u00e4kerhetskopia (den trasiga filen sparas bredvid)", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("StartDialog", u"\u00c5ter&st\u00e4ll s\u00e4kerhetskopia\u2026", None))
#if QT_CONFIG(tooltip)
        self.openRecentButton.setToolTip(QCoreApplication.translate("StartDialog", u"\u00d6ppna den markerade utv\u00e4rderingen", None))
#endif // QT_CONFIG(tooltip)
        self.openRecentButton.setText(QCoreApplication.translate("StartDialog", u"\u00d6ppna &markerad", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("StartDialog", u"V\u00e4lj en .kompass-fil att \u00f6ppna", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("StartDialog", u"\u00d6&ppna fil\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("StartDialog", u"Skapa en ny utv\u00e4rdering: fr\u00e5gebank, kommun, \u00e5r, bes\u00f6ksdatum och team", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("StartDialog", u"&Ny utv\u00e4rdering\u2026", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("StartDialog", u"\u00d6ppna en demoutv\u00e4rdering (Botkyrka 2003) att prova programmet p\u00e5", None))
#endif // QT_CONFIG(tooltip)
        self.demoButton.setText(QCoreApplication.translate("StartDialog", u"\u00d6ppna &demo", None))
#if QT_CONFIG(tooltip)
        self.quitButton.setToolTip(QCoreApplication.translate("StartDialog", u"St\u00e4ng Kompassapp", None))
#endif // QT_CONFIG(tooltip)
        self.quitButton.setText(QCoreApplication.translate("StartDialog", u"&Avsluta", None))
    # retranslateUi

