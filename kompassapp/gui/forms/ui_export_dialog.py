# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(600, 260)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ExportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fileLabel = QLabel(ExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.compareTitleLabel = QLabel(ExportDialog)
        self.compareTitleLabel.setObjectName(u"compareTitleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.compareTitleLabel)

        self.compareLabel = QLabel(ExportDialog)
        self.compareLabel.setObjectName(u"compareLabel")
        self.compareLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.compareLabel)


        self.layout.addLayout(self.form)

        self.finalCheck = QCheckBox(ExportDialog)
        self.finalCheck.setObjectName(u"finalCheck")

        self.layout.addWidget(self.finalCheck)

        self.anonymizeCheck = QCheckBox(ExportDialog)
        self.anonymizeCheck.setObjectName(u"anonymizeCheck")

        self.layout.addWidget(self.anonymizeCheck)

        self.namesLabel = QLabel(ExportDialog)
        self.namesLabel.setObjectName(u"namesLabel")
        self.namesLabel.setWordWrap(True)

        self.layout.addWidget(self.namesLabel)

        self.namesList = QListWidget(ExportDialog)
        self.namesList.setObjectName(u"namesList")

        self.layout.addWidget(self.namesList)

        self.namesRow = QHBoxLayout()
        self.namesRow.setObjectName(u"namesRow")
        self.goToButton = QPushButton(ExportDialog)
        self.goToButton.setObjectName(u"goToButton")

        self.namesRow.addWidget(self.goToButton)

        self.acceptAllButton = QPushButton(ExportDialog)
        self.acceptAllButton.setObjectName(u"acceptAllButton")

        self.namesRow.addWidget(self.acceptAllButton)

        self.namesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.namesRow.addItem(self.namesSpacer)


        self.layout.addLayout(self.namesRow)

        self.problemLabel = QLabel(ExportDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.finalCheck)
        QWidget.setTabOrder(self.finalCheck, self.anonymizeCheck)
        QWidget.setTabOrder(self.anonymizeCheck, self.namesList)
        QWidget.setTabOrder(self.namesList, self.goToButton)
        QWidget.setTabOrder(self.goToButton, self.acceptAllButton)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Exportera", None))
        self.introLabel.setText("")
        self.fileLabel.setText(QCoreApplication.translate("ExportDialog", u"F&il:", None))
#if QT_CONFIG(tooltip)
        self.fileEdit.setToolTip(QCoreApplication.translate("ExportDialog", u"Filen som skrivs; finns den redan ers\u00e4tts den f\u00f6rst n\u00e4r den nya \u00e4r klar", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("ExportDialog", u"V\u00e4lj mapp och filnamn", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&V\u00e4lj\u2026", None))
        self.compareTitleLabel.setText(QCoreApplication.translate("ExportDialog", u"J\u00e4mf\u00f6relse:", None))
        self.compareLabel.setText("")
        self.finalCheck.setText(QCoreApplication.translate("ExportDialog", u"&Fullst\u00e4ndig skriftlig rapport (med inneh\u00e5llsf\u00f6rteckning)", None))
#if QT_CONFIG(tooltip)
        self.finalCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"Den skriftliga rapporten som skickas n\u00e5gra veckor efter bes\u00f6ket; utan bocken blir det \u00e5terkopplingen p\u00e5 dag tre", None))
#endif // QT_CONFIG(tooltip)
        self.anonymizeCheck.setText(QCoreApplication.translate("ExportDialog", u"&Anonymisera: ers\u00e4tt de intervjuades namn med roll och nummer", None))
#if QT_CONFIG(tooltip)
        self.anonymizeCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"F\u00f6r arbetsb\u00f6cker som l\u00e4mnar teamet, t.ex. till juryn", None))
#endif // QT_CONFIG(tooltip)
        self.namesLabel.setText(QCoreApplication.translate("ExportDialog", u"Rapporten f\u00e5r inte inneh\u00e5lla de intervjuades namn, men texten nedan liknar namn p\u00e5 deltagare. R\u00e4tta den (dubbelklicka eller G\u00e5 till) eller godta varje st\u00e4lle genom att bocka i det.", None))
#if QT_CONFIG(tooltip)
        self.namesList.setToolTip(QCoreApplication.translate("ExportDialog", u"Bocka i det som f\u00e5r st\u00e5 kvar som det \u00e4r skrivet; dubbelklicka f\u00f6r att g\u00e5 dit och r\u00e4tta texten", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.goToButton.setToolTip(QCoreApplication.translate("ExportDialog", u"St\u00e4nger dialogen och visar st\u00e4llet, s\u00e5 att du kan r\u00e4tta texten; exportera sedan igen", None))
#endif // QT_CONFIG(tooltip)
        self.goToButton.setText(QCoreApplication.translate("ExportDialog", u"&G\u00e5 till och r\u00e4tta", None))
        self.acceptAllButton.setText(QCoreApplication.translate("ExportDialog", u"Godta a&lla", None))
        self.problemLabel.setText("")
    # retranslateUi

