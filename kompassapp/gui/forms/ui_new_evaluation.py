# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_evaluation.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_NewEvaluationDialog(object):
    def setupUi(self, NewEvaluationDialog):
        if not NewEvaluationDialog.objectName():
            NewEvaluationDialog.setObjectName(u"NewEvaluationDialog")
        NewEvaluationDialog.resize(560, 440)
        self.layout = QVBoxLayout(NewEvaluationDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.bankLabel = QLabel(NewEvaluationDialog)
        self.bankLabel.setObjectName(u"bankLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bankLabel)

        self.bankCombo = QComboBox(NewEvaluationDialog)
        self.bankCombo.setObjectName(u"bankCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bankCombo)

        self.municipalityLabel = QLabel(NewEvaluationDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityEdit = QLineEdit(NewEvaluationDialog)
        self.municipalityEdit.setObjectName(u"municipalityEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipalityEdit)

        self.yearLabel = QLabel(NewEvaluationDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(NewEvaluationDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1990)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.visitStartLabel = QLabel(NewEvaluationDialog)
        self.visitStartLabel.setObjectName(u"visitStartLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.visitStartLabel)

        self.visitStartEdit = QDateEdit(NewEvaluationDialog)
        self.visitStartEdit.setObjectName(u"visitStartEdit")
        self.visitStartEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.visitStartEdit)

        self.visitEndLabel = QLabel(NewEvaluationDialog)
        self.visitEndLabel.setObjectName(u"visitEndLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.visitEndLabel)

        self.visitEndEdit = QDateEdit(NewEvaluationDialog)
        self.visitEndEdit.setObjectName(u"visitEndEdit")
        self.visitEndEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.visitEndEdit)

        self.teamLabel = QLabel(NewEvaluationDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamEdit = QPlainTextEdit(NewEvaluationDialog)
        self.teamEdit.setObjectName(u"teamEdit")
        self.teamEdit.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.teamEdit)

        self.fileLabel = QLabel(NewEvaluationDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(NewEvaluationDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(NewEvaluationDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.form)

        self.problemLabel = QLabel(NewEvaluationDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(NewEvaluationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.bankLabel.setBuddy(self.bankCombo)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.visitStartLabel.setBuddy(self.visitStartEdit)
        self.visitEndLabel.setBuddy(self.visitEndEdit)
        self.teamLabel.setBuddy(self.teamEdit)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bankCombo, self.municipalityEdit)
        QWidget.setTabOrder(self.municipalityEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.visitStartEdit)
        QWidget.setTabOrder(self.visitStartEdit, self.visitEndEdit)
        QWidget.setTabOrder(self.visitEndEdit, self.teamEdit)
        QWidget.setTabOrder(self.teamEdit, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)

        self.retranslateUi(NewEvaluationDialog)

        QMetaObject.connectSlotsByName(NewEvaluationDialog)
    # setupUi

    def retranslateUi(self, NewEvaluationDialog):
        NewEvaluationDialog.setWindowTitle(QCoreApplication.translate("NewEvaluationDialog", u"Ny utv\u00e4rdering", None))
        self.bankLabel.setText(QCoreApplication.translate("NewEvaluationDialog", u"&Fr\u00e5gebank:", None))
#if QT_CONFIG(tooltip)
        self.bankCombo.setToolTip(QCoreApplication.translate("NewEvaluationDialog", u"Kommunkompassens utg\u00e5va; utv\u00e4rderingen beh\u00e5ller sin bank \u00e4ven om appen uppdateras", None))
#endif // QT_CONFIG(tooltip)
        self.municipalityLabel.setText(QCoreApplication.translate("NewEvaluationDialog", u"&Kommun:", None))
#if QT_CONFIG(tooltip)
        self.municipalityEdit.setToolTip(QCoreApplication.translate("NewEvaluationDialog", u"Kommunen som utv\u00e4rderas", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("NewEvaluationDialog", u"&\u00c5r:", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("NewEvaluationDialog", u"Utv\u00e4rderingens \u00e5r", None))
#endif // QT_CONFIG(tooltip)
        self.visitStartLabel.setText(QCoreApplication.translate("NewEvaluationDialog", u"&Bes\u00f6ket b\u00f6rjar:", None))
#if QT_CONFIG(tooltip)
        self.visitStartEdit.setToolTip(QCoreApplication.translate("NewEvaluationDialog", u"F\u00f6rsta dagen av platsbes\u00f6ket", None))
#endif // QT_CONFIG(tooltip)
        self.visitEndLabel.setText(QCoreApplication.translate("NewEvaluationDialog", u"Bes\u00f6ket &slutar:", None))
#if QT_CONFIG(tooltip)
        self.visitEndEdit.setToolTip(QCoreApplication.translate("NewEvaluationDialog", u"Sista dagen av platsbes\u00f6ket", None))
#endif // QT_CONFIG(tooltip)
        self.teamLabel.setText(QCoreApplication.translate("NewEvaluationDialog", u"&Team:", None))
#if QT_CONFIG(tooltip)
        self.teamEdit.setToolTip(QCoreApplication.translate("NewEvaluationDialog", u"Utv\u00e4rderarna i teamet, en per rad", None))
#endif // QT_CONFIG(tooltip)
        self.teamEdit.setPlaceholderText(QCoreApplication.translate("NewEvaluationDialog", u"En utv\u00e4rderare per rad", None))
        self.fileLabel.setText(QCoreApplication.translate("NewEvaluationDialog", u"F&il:", None))
#if QT_CONFIG(tooltip)
        self.fileEdit.setToolTip(QCoreApplication.translate("NewEvaluationDialog", u"Var utv\u00e4rderingen sparas; allt du g\u00f6r sparas direkt i den h\u00e4r filen", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("NewEvaluationDialog", u"V\u00e4lj mapp och filnamn", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("NewEvaluationDialog", u"&V\u00e4lj\u2026", None))
        self.problemLabel.setText("")
    # retranslateUi

