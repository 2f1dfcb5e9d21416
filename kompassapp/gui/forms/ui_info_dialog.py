# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'info_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_InfoDialog(object):
    def setupUi(self, InfoDialog):
        if not InfoDialog.objectName():
            InfoDialog.setObjectName(u"InfoDialog")
        self.layout = QVBoxLayout(InfoDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.municipalityLabel = QLabel(InfoDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityEdit = QLineEdit(InfoDialog)
        self.municipalityEdit.setObjectName(u"municipalityEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.municipalityEdit)

        self.yearLabel = QLabel(InfoDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(InfoDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1990)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.visitStartLabel = QLabel(InfoDialog)
        self.visitStartLabel.setObjectName(u"visitStartLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.visitStartLabel)

        self.visitStartEdit = QDateEdit(InfoDialog)
        self.visitStartEdit.setObjectName(u"visitStartEdit")
        self.visitStartEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.visitStartEdit)

        self.visitEndLabel = QLabel(InfoDialog)
        self.visitEndLabel.setObjectName(u"visitEndLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.visitEndLabel)

        self.visitEndEdit = QDateEdit(InfoDialog)
        self.visitEndEdit.setObjectName(u"visitEndEdit")
        self.visitEndEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.visitEndEdit)


        self.layout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(InfoDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.visitStartLabel.setBuddy(self.visitStartEdit)
        self.visitEndLabel.setBuddy(self.visitEndEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InfoDialog)

        QMetaObject.connectSlotsByName(InfoDialog)
    # setupUi

    def retranslateUi(self, InfoDialog):
        InfoDialog.setWindowTitle(QCoreApplication.translate("InfoDialog", u"Uppgifter om utv\u00e4rderingen", None))
        self.municipalityLabel.setText(QCoreApplication.translate("InfoDialog", u"&Kommun:", None))
#if QT_CONFIG(tooltip)
        self.municipalityEdit.setToolTip(QCoreApplication.translate("InfoDialog", u"Kommunen som utv\u00e4rderas", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("InfoDialog", u"&\u00c5r:", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("InfoDialog", u"Utv\u00e4rderingens \u00e5r", None))
#endif // QT_CONFIG(tooltip)
        self.visitStartLabel.setText(QCoreApplication.translate("InfoDialog", u"&Bes\u00f6ket b\u00f6rjar:", None))
#if QT_CONFIG(tooltip)
        self.visitStartEdit.setToolTip(QCoreApplication.translate("InfoDialog", u"F\u00f6rsta dagen av platsbes\u00f6ket", None))
#endif // QT_CONFIG(tooltip)
        self.visitEndLabel.setText(QCoreApplication.translate("InfoDialog", u"Bes\u00f6ket &slutar:", None))
#if QT_CONFIG(tooltip)
        self.visitEndEdit.setToolTip(QCoreApplication.translate("InfoDialog", u"Sista dagen av platsbes\u00f6ket", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

