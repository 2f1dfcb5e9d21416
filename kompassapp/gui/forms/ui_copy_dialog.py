# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'copy_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CopyDialog(object):
    def setupUi(self, CopyDialog):
        if not CopyDialog.objectName():
            CopyDialog.setObjectName(u"CopyDialog")
        CopyDialog.resize(560, 240)
        self.layout = QVBoxLayout(CopyDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(CopyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(CopyDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameCombo = QComboBox(CopyDialog)
        self.nameCombo.setObjectName(u"nameCombo")
        self.nameCombo.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameCombo)

        self.fileLabel = QLabel(CopyDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(CopyDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(CopyDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.form)

        self.problemLabel = QLabel(CopyDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #b02020;")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(CopyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CopyDialog)

        QMetaObject.connectSlotsByName(CopyDialog)
    # setupUi

    def retranslateUi(self, CopyDialog):
        CopyDialog.setWindowTitle(QCoreApplication.translate("CopyDialog", u"Skapa kopia f\u00f6r utv\u00e4rderare", None))
        self.introLabel.setText(QCoreApplication.translate("CopyDialog", u"Varje utv\u00e4rderare arbetar i en egen kopia av utv\u00e4rderingen p\u00e5 sin egen dator. N\u00e4r alla \u00e4r klara sl\u00e5r du ihop kopiorna med Arkiv \u25b8 Sl\u00e5 ihop kopior \u2026; inget g\u00e5r f\u00f6rlorat.", None))
        self.nameLabel.setText(QCoreApplication.translate("CopyDialog", u"&Utv\u00e4rderare:", None))
#if QT_CONFIG(tooltip)
        self.nameCombo.setToolTip(QCoreApplication.translate("CopyDialog", u"Namnet p\u00e5 utv\u00e4rderaren som ska anv\u00e4nda kopian; svaren i kopian blir hennes eller hans", None))
#endif // QT_CONFIG(tooltip)
        self.fileLabel.setText(QCoreApplication.translate("CopyDialog", u"&Spara som:", None))
#if QT_CONFIG(tooltip)
        self.fileEdit.setToolTip(QCoreApplication.translate("CopyDialog", u"Var kopian sparas, t.ex. p\u00e5 ett USB-minne", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("CopyDialog", u"&Bl\u00e4ddra \u2026", None))
    # retranslateUi

