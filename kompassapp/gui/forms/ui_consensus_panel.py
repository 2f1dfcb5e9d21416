# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consensus_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSplitter,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ConsensusPanel(object):
    def setupUi(self, ConsensusPanel):
        if not ConsensusPanel.objectName():
            ConsensusPanel.setObjectName(u"ConsensusPanel")
        self.layout = QVBoxLayout(ConsensusPanel)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(ConsensusPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(ConsensusPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.questionList = QTreeWidget(self.splitter)
        self.questionList.setObjectName(u"questionList")
        self.questionList.setRootIsDecorated(True)
        self.questionList.setUniformRowHeights(True)
        self.questionList.setAlternatingRowColors(True)
        self.splitter.addWidget(self.questionList)
        self.detailBox = QWidget(self.splitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, -1, 0, 0)
        self.questionLabel = QLabel(self.detailBox)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.questionLabel)

        self.auditorsArea = QScrollArea(self.detailBox)
        self.auditorsArea.setObjectName(u"auditorsArea")
        self.auditorsArea.setWidgetResizable(True)
        self.auditorsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.auditorsArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.auditorsWidget = QWidget()
        self.auditorsWidget.setObjectName(u"auditorsWidget")
        self.auditorsLayout = QHBoxLayout(self.auditorsWidget)
        self.auditorsLayout.setObjectName(u"auditorsLayout")
        self.auditorsLayout.setContentsMargins(0, 0, 0, 0)
        self.auditorsArea.setWidget(self.auditorsWidget)

        self.detailLayout.addWidget(self.auditorsArea)

        self.decisionBox = QGroupBox(self.detailBox)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionLayout = QVBoxLayout(self.decisionBox)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.optionsWidget = QWidget(self.decisionBox)
        self.optionsWidget.setObjectName(u"optionsWidget")
        self.optionsLayout = QGridLayout(self.optionsWidget)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setContentsMargins(0, 0, 0, 0)

        self.decisionLayout.addWidget(self.optionsWidget)

        self.decideRow = QHBoxLayout()
        self.decideRow.setObjectName(u"decideRow")
        self.commentLabel = QLabel(self.decisionBox)
        self.commentLabel.setObjectName(u"commentLabel")

        self.decideRow.addWidget(self.commentLabel)

        self.commentEdit = QLineEdit(self.decisionBox)
        self.commentEdit.setObjectName(u"commentEdit")

        self.decideRow.addWidget(self.commentEdit)

        self.decideButton = QPushButton(self.decisionBox)
        self.decideButton.setObjectName(u"decideButton")

        self.decideRow.addWidget(self.decideButton)

        self.withdrawButton = QPushButton(self.decisionBox)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.decideRow.addWidget(self.withdrawButton)


        self.decisionLayout.addLayout(self.decideRow)


        self.detailLayout.addWidget(self.decisionBox)

        self.splitter.addWidget(self.detailBox)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.questionList, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.decideButton)
        QWidget.setTabOrder(self.decideButton, self.withdrawButton)

        self.retranslateUi(ConsensusPanel)

        self.decideButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConsensusPanel)
    # setupUi

    def retranslateUi(self, ConsensusPanel):
        self.summaryLabel.setText(QCoreApplication.translate("ConsensusPanel", u"Oenighet", None))
        ___qtreewidgetitem = self.questionList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ConsensusPanel", u"Utv\u00e4rderarnas svar", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ConsensusPanel", u"P\u00e5verkan", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ConsensusPanel", u"Fr\u00e5ga", None))
#if QT_CONFIG(tooltip)
        self.questionList.setToolTip(QCoreApplication.translate("ConsensusPanel", u"Fr\u00e5gor d\u00e4r utv\u00e4rderarna svarat olika, st\u00f6rst p\u00e5verkan p\u00e5 omr\u00e5dets po\u00e4ng f\u00f6rst", None))
#endif // QT_CONFIG(tooltip)
        self.questionLabel.setText(QCoreApplication.translate("ConsensusPanel", u"Fr\u00e5gan", None))
        self.decisionBox.setTitle(QCoreApplication.translate("ConsensusPanel", u"Teamets gemensamma svar \u2013 v\u00e4lj med 1, 2, 3 \u2026 (0 = ej till\u00e4mplig), fastst\u00e4ll med Enter", None))
#if QT_CONFIG(tooltip)
        self.optionsWidget.setToolTip(QCoreApplication.translate("ConsensusPanel", u"V\u00e4lj det svar teamet enats om med tangenterna 1, 2, 3 \u2026; 0 eller N f\u00f6r ej till\u00e4mplig", None))
#endif // QT_CONFIG(tooltip)
        self.commentLabel.setText(QCoreApplication.translate("ConsensusPanel", u"&Motivering:", None))
#if QT_CONFIG(tooltip)
        self.commentEdit.setToolTip(QCoreApplication.translate("ConsensusPanel", u"Varf\u00f6r teamet valde detta svar (valfritt); sparas med beslutet", None))
#endif // QT_CONFIG(tooltip)
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("ConsensusPanel", u"Valfri \u2013 varf\u00f6r teamet valde detta svar", None))
#if QT_CONFIG(tooltip)
        self.decideButton.setToolTip(QCoreApplication.translate("ConsensusPanel", u"Fastst\u00e4ll det valda svaret som teamets (Enter); kan \u00e5ngras med Ctrl+Z", None))
#endif // QT_CONFIG(tooltip)
        self.decideButton.setText(QCoreApplication.translate("ConsensusPanel", u"&Fastst\u00e4ll", None))
#if QT_CONFIG(tooltip)
        self.withdrawButton.setToolTip(QCoreApplication.translate("ConsensusPanel", u"Ta bort det gemensamma svaret: fr\u00e5gan blir oavgjord igen", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawButton.setText(QCoreApplication.translate("ConsensusPanel", u"\u00c5&terkalla", None))
        pass
    # retranslateUi

