# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_report.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_MergeReportDialog(object):
    def setupUi(self, MergeReportDialog):
        if not MergeReportDialog.objectName():
            MergeReportDialog.setObjectName(u"MergeReportDialog")
        MergeReportDialog.resize(720, 560)
        self.layout = QVBoxLayout(MergeReportDialog)
        self.layout.setObjectName(u"layout")
        self.headingLabel = QLabel(MergeReportDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.layout.addWidget(self.headingLabel)

        self.reportView = QTextBrowser(MergeReportDialog)
        self.reportView.setObjectName(u"reportView")
        self.reportView.setOpenLinks(False)

        self.layout.addWidget(self.reportView)

        self.backupLabel = QLabel(MergeReportDialog)
        self.backupLabel.setObjectName(u"backupLabel")
        self.backupLabel.setWordWrap(True)
        self.backupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.backupLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.consensusButton = QPushButton(MergeReportDialog)
        self.consensusButton.setObjectName(u"consensusButton")

        self.buttonRow.addWidget(self.consensusButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(MergeReportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(MergeReportDialog)
        self.closeButton.clicked.connect(MergeReportDialog.reject)

        self.consensusButton.setDefault(True)


        QMetaObject.connectSlotsByName(MergeReportDialog)
    # setupUi

    def retranslateUi(self, MergeReportDialog):
        MergeReportDialog.setWindowTitle(QCoreApplication.translate("MergeReportDialog", u"Kopiorna \u00e4r sammanslagna", None))
        self.headingLabel.setText(QCoreApplication.translate("MergeReportDialog", u"Sammanslagning", None))
#if QT_CONFIG(tooltip)
        self.reportView.setToolTip(QCoreApplication.translate("MergeReportDialog", u"Vad som kom in fr\u00e5n varje kopia; texten kan markeras och kopieras", None))
#endif // QT_CONFIG(tooltip)
        self.backupLabel.setText(QCoreApplication.translate("MergeReportDialog", u"S\u00e4kerhetskopia", None))
#if QT_CONFIG(tooltip)
        self.consensusButton.setToolTip(QCoreApplication.translate("MergeReportDialog", u"G\u00e5 igenom fr\u00e5gorna d\u00e4r utv\u00e4rderarna svarat olika (Ctrl+5)", None))
#endif // QT_CONFIG(tooltip)
        self.consensusButton.setText(QCoreApplication.translate("MergeReportDialog", u"\u00d6ppna &Samsyn", None))
        self.closeButton.setText(QCoreApplication.translate("MergeReportDialog", u"S&t\u00e4ng", None))
    # retranslateUi

