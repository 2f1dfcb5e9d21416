# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.auditorLabel = QLabel(SettingsDialog)
        self.auditorLabel.setObjectName(u"auditorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.auditorLabel)

        self.auditorEdit = QLineEdit(SettingsDialog)
        self.auditorEdit.setObjectName(u"auditorEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.auditorEdit)

        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.themeLabel = QLabel(SettingsDialog)
        self.themeLabel.setObjectName(u"themeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(SettingsDialog)
        self.themeCombo.setObjectName(u"themeCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.themeCombo)


        self.layout.addLayout(self.form)

        self.restartLabel = QLabel(SettingsDialog)
        self.restartLabel.setObjectName(u"restartLabel")
        self.restartLabel.setWordWrap(True)

        self.layout.addWidget(self.restartLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.auditorLabel.setBuddy(self.auditorEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.themeLabel.setBuddy(self.themeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Inst\u00e4llningar", None))
        self.auditorLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ditt &namn:", None))
#if QT_CONFIG(tooltip)
        self.auditorEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"St\u00e5r p\u00e5 dina anteckningar och i \u00e4ndringsloggen", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Spr\u00e5k:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Gr\u00e4nssnittets spr\u00e5k; g\u00e4ller fr\u00e5n n\u00e4sta start", None))
#endif // QT_CONFIG(tooltip)
        self.themeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Presentationens tema:", None))
#if QT_CONFIG(tooltip)
        self.themeCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"M\u00f6rkt passar de flesta projektorer i upplysta rum b\u00e4st", None))
#endif // QT_CONFIG(tooltip)
        self.restartLabel.setText(QCoreApplication.translate("SettingsDialog", u"Byte av spr\u00e5k g\u00e4ller fr\u00e5n n\u00e4sta g\u00e5ng Kompassapp startar.", None))
    # retranslateUi

