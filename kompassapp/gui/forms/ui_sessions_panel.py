# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sessions_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_SessionsPanel(object):
    def setupUi(self, SessionsPanel):
        if not SessionsPanel.objectName():
            SessionsPanel.setObjectName(u"SessionsPanel")
        self.layout = QVBoxLayout(SessionsPanel)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(SessionsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.sessionsBox = QWidget(self.splitter)
        self.sessionsBox.setObjectName(u"sessionsBox")
        self.sessionsLayout = QVBoxLayout(self.sessionsBox)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsLayout.setContentsMargins(0, -1, 0, -1)
        self.sessionsButtons = QHBoxLayout()
        self.sessionsButtons.setObjectName(u"sessionsButtons")
        self.sessionsLabel = QLabel(self.sessionsBox)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.sessionsButtons.addWidget(self.sessionsLabel)

        self.sessionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionsButtons.addItem(self.sessionsSpacer)

        self.startSessionButton = QPushButton(self.sessionsBox)
        self.startSessionButton.setObjectName(u"startSessionButton")

        self.sessionsButtons.addWidget(self.startSessionButton)

        self.endSessionButton = QPushButton(self.sessionsBox)
        self.endSessionButton.setObjectName(u"endSessionButton")

        self.sessionsButtons.addWidget(self.endSessionButton)

        self.addSessionButton = QPushButton(self.sessionsBox)
        self.addSessionButton.setObjectName(u"addSessionButton")

        self.sessionsButtons.addWidget(self.addSessionButton)

        self.deleteSessionButton = QPushButton(self.sessionsBox)
        self.deleteSessionButton.setObjectName(u"deleteSessionButton")

        self.sessionsButtons.addWidget(self.deleteSessionButton)


        self.sessionsLayout.addLayout(self.sessionsButtons)

        self.sessionsTable = QTableView(self.sessionsBox)
        self.sessionsTable.setObjectName(u"sessionsTable")
        self.sessionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.sessionsLayout.addWidget(self.sessionsTable)

        self.splitter.addWidget(self.sessionsBox)
        self.participantsBox = QWidget(self.splitter)
        self.participantsBox.setObjectName(u"participantsBox")
        self.participantsLayout = QVBoxLayout(self.participantsBox)
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.participantsLayout.setContentsMargins(0, -1, 0, -1)
        self.participantsButtons = QHBoxLayout()
        self.participantsButtons.setObjectName(u"participantsButtons")
        self.participantsLabel = QLabel(self.participantsBox)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.participantsButtons.addWidget(self.participantsLabel)

        self.participantsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participantsButtons.addItem(self.participantsSpacer)

        self.addParticipantButton = QPushButton(self.participantsBox)
        self.addParticipantButton.setObjectName(u"addParticipantButton")

        self.participantsButtons.addWidget(self.addParticipantButton)

        self.deleteParticipantButton = QPushButton(self.participantsBox)
        self.deleteParticipantButton.setObjectName(u"deleteParticipantButton")

        self.participantsButtons.addWidget(self.deleteParticipantButton)


        self.participantsLayout.addLayout(self.participantsButtons)

        self.participantsTable = QTableView(self.participantsBox)
        self.participantsTable.setObjectName(u"participantsTable")
        self.participantsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participantsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.participantsLayout.addWidget(self.participantsTable)

        self.splitter.addWidget(self.participantsBox)
        self.notesBox = QWidget(self.splitter)
        self.notesBox.setObjectName(u"notesBox")
        self.notesLayout = QVBoxLayout(self.notesBox)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(0, -1, 0, -1)
        self.notesLabel = QLabel(self.notesBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.addWidget(self.notesLabel)

        self.notesList = QListWidget(self.notesBox)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setWordWrap(True)
        self.notesList.setAlternatingRowColors(True)

        self.notesLayout.addWidget(self.notesList)

        self.splitter.addWidget(self.notesBox)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(SessionsPanel)

        QMetaObject.connectSlotsByName(SessionsPanel)
    # setupUi

    def retranslateUi(self, SessionsPanel):
        self.sessionsLabel.setText(QCoreApplication.translate("SessionsPanel", u"<b>Intervjuer</b>", None))
#if QT_CONFIG(tooltip)
        self.startSessionButton.setToolTip(QCoreApplication.translate("SessionsPanel", u"Koppla nya anteckningar till den markerade intervjun (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.startSessionButton.setText(QCoreApplication.translate("SessionsPanel", u"&Starta intervju", None))
#if QT_CONFIG(tooltip)
        self.endSessionButton.setToolTip(QCoreApplication.translate("SessionsPanel", u"Sluta koppla anteckningar till intervjun (Ctrl+Shift+E)", None))
#endif // QT_CONFIG(tooltip)
        self.endSessionButton.setText(QCoreApplication.translate("SessionsPanel", u"A&vsluta intervju", None))
#if QT_CONFIG(tooltip)
        self.addSessionButton.setToolTip(QCoreApplication.translate("SessionsPanel", u"L\u00e4gg till en intervju i registret", None))
#endif // QT_CONFIG(tooltip)
        self.addSessionButton.setText(QCoreApplication.translate("SessionsPanel", u"&Ny intervju", None))
#if QT_CONFIG(tooltip)
        self.deleteSessionButton.setToolTip(QCoreApplication.translate("SessionsPanel", u"Ta bort den markerade intervjun (kan \u00e5ngras)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteSessionButton.setText(QCoreApplication.translate("SessionsPanel", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.sessionsTable.setToolTip(QCoreApplication.translate("SessionsPanel", u"Dubbelklicka eller tryck F2 f\u00f6r att \u00e4ndra en cell", None))
#endif // QT_CONFIG(tooltip)
        self.participantsLabel.setText(QCoreApplication.translate("SessionsPanel", u"<b>Deltagare i intervjun</b>", None))
#if QT_CONFIG(tooltip)
        self.addParticipantButton.setToolTip(QCoreApplication.translate("SessionsPanel", u"L\u00e4gg till en deltagare i den markerade intervjun", None))
#endif // QT_CONFIG(tooltip)
        self.addParticipantButton.setText(QCoreApplication.translate("SessionsPanel", u"Ny &deltagare", None))
#if QT_CONFIG(tooltip)
        self.deleteParticipantButton.setToolTip(QCoreApplication.translate("SessionsPanel", u"Ta bort den markerade deltagaren (kan \u00e5ngras)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteParticipantButton.setText(QCoreApplication.translate("SessionsPanel", u"Ta bort", None))
#if QT_CONFIG(tooltip)
        self.participantsTable.setToolTip(QCoreApplication.translate("SessionsPanel", u"Namn, roll och enhet; dubbelklicka f\u00f6r att \u00e4ndra", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("SessionsPanel", u"<b>Antecknat under intervjun</b>", None))
#if QT_CONFIG(tooltip)
        self.notesList.setToolTip(QCoreApplication.translate("SessionsPanel", u"Allt som antecknats under den markerade intervjun eller av den markerade deltagaren; dubbelklicka f\u00f6r att g\u00e5 till fr\u00e5gan", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

