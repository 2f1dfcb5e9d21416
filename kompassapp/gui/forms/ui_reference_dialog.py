# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReferenceDialog(object):
    def setupUi(self, ReferenceDialog):
        if not ReferenceDialog.objectName():
            ReferenceDialog.setObjectName(u"ReferenceDialog")
        self.layout = QVBoxLayout(ReferenceDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ReferenceDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ReferenceDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ReferenceDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.sourceLabel = QLabel(ReferenceDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(ReferenceDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceEdit)


        self.layout.addLayout(self.form)

        self.scoresBox = QGroupBox(ReferenceDialog)
        self.scoresBox.setObjectName(u"scoresBox")
        self.scoresForm = QFormLayout(self.scoresBox)
        self.scoresForm.setObjectName(u"scoresForm")

        self.layout.addWidget(self.scoresBox)

        self.saveCheck = QCheckBox(ReferenceDialog)
        self.saveCheck.setObjectName(u"saveCheck")

        self.layout.addWidget(self.saveCheck)

        self.problemLabel = QLabel(ReferenceDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ReferenceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.sourceEdit)
        QWidget.setTabOrder(self.sourceEdit, self.saveCheck)

        self.retranslateUi(ReferenceDialog)

        QMetaObject.connectSlotsByName(ReferenceDialog)
    # setupUi

    def retranslateUi(self, ReferenceDialog):
        ReferenceDialog.setWindowTitle(QCoreApplication.translate("ReferenceDialog", u"Skriv in en referensprofil", None))
        self.introLabel.setText(QCoreApplication.translate("ReferenceDialog", u"Po\u00e4ngen per omr\u00e5de, t.ex. ur en publicerad rapport. Profilen l\u00e4ggs \u00f6ver diagrammet och kan sparas som en referensfil.", None))
        self.nameLabel.setText(QCoreApplication.translate("ReferenceDialog", u"&Namn:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("ReferenceDialog", u"Namnet i diagrammets f\u00f6rklaring, t.ex. kommun och \u00e5r", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ReferenceDialog", u"t.ex. Grannkommunen 2024", None))
        self.sourceLabel.setText(QCoreApplication.translate("ReferenceDialog", u"&K\u00e4lla:", None))
#if QT_CONFIG(tooltip)
        self.sourceEdit.setToolTip(QCoreApplication.translate("ReferenceDialog", u"Var siffrorna kommer ifr\u00e5n (valfritt)", None))
#endif // QT_CONFIG(tooltip)
        self.scoresBox.setTitle(QCoreApplication.translate("ReferenceDialog", u"Po\u00e4ng per omr\u00e5de", None))
        self.saveCheck.setText(QCoreApplication.translate("ReferenceDialog", u"&Spara ocks\u00e5 som referensfil\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveCheck.setToolTip(QCoreApplication.translate("ReferenceDialog", u"Spara profilen i en fil som du kan j\u00e4mf\u00f6ra med senare eller ge till kollegor", None))
#endif // QT_CONFIG(tooltip)
        self.problemLabel.setText("")
    # retranslateUi

