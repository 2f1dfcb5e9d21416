# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'jury_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_JuryDialog(object):
    def setupUi(self, JuryDialog):
        if not JuryDialog.objectName():
            JuryDialog.setObjectName(u"JuryDialog")
        JuryDialog.resize(640, 420)
        self.layout = QVBoxLayout(JuryDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(JuryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.filesRow = QHBoxLayout()
        self.filesRow.setObjectName(u"filesRow")
        self.filesList = QListWidget(JuryDialog)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.filesRow.addWidget(self.filesList)

        self.filesButtons = QVBoxLayout()
        self.filesButtons.setObjectName(u"filesButtons")
        self.addButton = QPushButton(JuryDialog)
        self.addButton.setObjectName(u"addButton")

        self.filesButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(JuryDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.filesButtons.addWidget(self.removeButton)

        self.filesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filesButtons.addItem(self.filesSpacer)


        self.filesRow.addLayout(self.filesButtons)


        self.layout.addLayout(self.filesRow)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fileLabel = QLabel(JuryDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(JuryDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(JuryDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.form)

        self.problemLabel = QLabel(JuryDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(JuryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filesList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)

        self.retranslateUi(JuryDialog)

        QMetaObject.connectSlotsByName(JuryDialog)
    # setupUi

    def retranslateUi(self, JuryDialog):
        JuryDialog.setWindowTitle(QCoreApplication.translate("JuryDialog", u"Juryarbetsbok", None))
        self.introLabel.setText(QCoreApplication.translate("JuryDialog", u"De nominerade kommunernas utv\u00e4rderingar sida vid sida: po\u00e4ng per omr\u00e5de, rangordning och ett gemensamt diagram. V\u00e4lj minst tv\u00e5 utv\u00e4rderingsfiler med samma omr\u00e5den.", None))
#if QT_CONFIG(tooltip)
        self.filesList.setToolTip(QCoreApplication.translate("JuryDialog", u"Utv\u00e4rderingarna som j\u00e4mf\u00f6rs", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("JuryDialog", u"&L\u00e4gg till\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("JuryDialog", u"V\u00e4lj en eller flera utv\u00e4rderingsfiler (.kompass)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("JuryDialog", u"&Ta bort", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("JuryDialog", u"Ta bort de markerade filerna ur listan (filerna \u00e4ndras inte)", None))
#endif // QT_CONFIG(tooltip)
        self.fileLabel.setText(QCoreApplication.translate("JuryDialog", u"&Arbetsbok:", None))
#if QT_CONFIG(tooltip)
        self.fileEdit.setToolTip(QCoreApplication.translate("JuryDialog", u"Juryns arbetsbok (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("JuryDialog", u"V\u00e4lj mapp och filnamn", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("JuryDialog", u"&V\u00e4lj\u2026", None))
        self.problemLabel.setText("")
    # retranslateUi

