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
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

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
        self.problemLabel.setText("")
    # retranslateUi

