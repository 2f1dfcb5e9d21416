# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'question_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_QuestionPanel(object):
    def setupUi(self, QuestionPanel):
        if not QuestionPanel.objectName():
            QuestionPanel.setObjectName(u"QuestionPanel")
        self.layout = QVBoxLayout(QuestionPanel)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.locationLabel = QLabel(QuestionPanel)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setWordWrap(True)

        self.layout.addWidget(self.locationLabel)

        self.questionLabel = QLabel(QuestionPanel)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.questionLabel)

        self.guidanceLabel = QLabel(QuestionPanel)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)
        self.guidanceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.guidanceLabel)

        self.answerBox = QWidget(QuestionPanel)
        self.answerBox.setObjectName(u"answerBox")
        self.answerLayout = QGridLayout(self.answerBox)
        self.answerLayout.setObjectName(u"answerLayout")
        self.answerLayout.setHorizontalSpacing(6)
        self.answerLayout.setVerticalSpacing(6)
        self.answerLayout.setContentsMargins(0, -1, 0, -1)

        self.layout.addWidget(self.answerBox)

        self.rubricArea = QScrollArea(QuestionPanel)
        self.rubricArea.setObjectName(u"rubricArea")
        self.rubricArea.setFrameShape(QFrame.Shape.NoFrame)
        self.rubricArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rubricArea.setWidgetResizable(True)
        self.rubricContents = QWidget()
        self.rubricContents.setObjectName(u"rubricContents")
        self.rubricLayout = QVBoxLayout(self.rubricContents)
        self.rubricLayout.setSpacing(10)
        self.rubricLayout.setObjectName(u"rubricLayout")
        self.rubricLayout.setContentsMargins(0, 0, 0, 0)
        self.levelsBox = QWidget(self.rubricContents)
        self.levelsBox.setObjectName(u"levelsBox")
        self.levelsLayout = QGridLayout(self.levelsBox)
        self.levelsLayout.setObjectName(u"levelsLayout")
        self.levelsLayout.setHorizontalSpacing(10)
        self.levelsLayout.setVerticalSpacing(3)
        self.levelsLayout.setContentsMargins(0, 0, 0, 0)

        self.rubricLayout.addWidget(self.levelsBox)

        self.contextLabel = QLabel(self.rubricContents)
        self.contextLabel.setObjectName(u"contextLabel")
        self.contextLabel.setText(u"")
        self.contextLabel.setWordWrap(True)
        self.contextLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.contextLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rubricLayout.addWidget(self.contextLabel)

        self.rubricStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rubricLayout.addItem(self.rubricStretch)

        self.rubricArea.setWidget(self.rubricContents)

        self.layout.addWidget(self.rubricArea)

        self.commentLabel = QLabel(QuestionPanel)
        self.commentLabel.setObjectName(u"commentLabel")

        self.layout.addWidget(self.commentLabel)

        self.commentEdit = QPlainTextEdit(QuestionPanel)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMaximumSize(QSize(16777215, 110))
        self.commentEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.commentEdit)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.statusLabel = QLabel(QuestionPanel)
        self.statusLabel.setObjectName(u"statusLabel")

        self.bottomRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(QuestionPanel)
        self.statusCombo.setObjectName(u"statusCombo")

        self.bottomRow.addWidget(self.statusCombo)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.previousButton = QPushButton(QuestionPanel)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.bottomRow.addWidget(self.previousButton)

        self.nextButton = QPushButton(QuestionPanel)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.bottomRow.addWidget(self.nextButton)

        self.nextUnansweredButton = QPushButton(QuestionPanel)
        self.nextUnansweredButton.setObjectName(u"nextUnansweredButton")
        self.nextUnansweredButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.bottomRow.addWidget(self.nextUnansweredButton)


        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.commentLabel.setBuddy(self.commentEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QuestionPanel)

        QMetaObject.connectSlotsByName(QuestionPanel)
    # setupUi

    def retranslateUi(self, QuestionPanel):
        self.locationLabel.setText(QCoreApplication.translate("QuestionPanel", u"Omr\u00e5de \u203a delomr\u00e5de", None))
        self.questionLabel.setText(QCoreApplication.translate("QuestionPanel", u"Fr\u00e5gan", None))
        self.guidanceLabel.setText(QCoreApplication.translate("QuestionPanel", u"V\u00e4gledning", None))
#if QT_CONFIG(tooltip)
        self.answerBox.setToolTip(QCoreApplication.translate("QuestionPanel", u"V\u00e4lj svar med tangenterna 1, 2, 3 \u2026; 0 eller N f\u00f6r ej till\u00e4mplig", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.levelsBox.setToolTip(QCoreApplication.translate("QuestionPanel", u"Vad som ger respektive svar", None))
#endif // QT_CONFIG(tooltip)
        self.commentLabel.setText(QCoreApplication.translate("QuestionPanel", u"&Kommentar (motivering av svaret)", None))
#if QT_CONFIG(tooltip)
        self.commentEdit.setToolTip(QCoreApplication.translate("QuestionPanel", u"Sparas medan du skriver", None))
#endif // QT_CONFIG(tooltip)
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("QuestionPanel", u"Varf\u00f6r detta svar? Sparas medan du skriver.", None))
        self.statusLabel.setText(QCoreApplication.translate("QuestionPanel", u"S&tatus:", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("QuestionPanel", u"Fr\u00e5gans status (Ctrl+D v\u00e4xlar klar/utkast)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("QuestionPanel", u"F\u00f6reg\u00e5ende fr\u00e5ga (Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.previousButton.setText(QCoreApplication.translate("QuestionPanel", u"\u2039 F\u00f6reg\u00e5ende", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("QuestionPanel", u"N\u00e4sta fr\u00e5ga (Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("QuestionPanel", u"N\u00e4sta \u203a", None))
#if QT_CONFIG(tooltip)
        self.nextUnansweredButton.setToolTip(QCoreApplication.translate("QuestionPanel", u"N\u00e4sta obesvarade fr\u00e5ga (Ctrl+U)", None))
#endif // QT_CONFIG(tooltip)
        self.nextUnansweredButton.setText(QCoreApplication.translate("QuestionPanel", u"N\u00e4sta obesvarade \u00bb", None))
        pass
    # retranslateUi

