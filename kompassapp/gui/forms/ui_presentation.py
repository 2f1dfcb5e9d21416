# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'presentation.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from kompassapp.gui.chart.radar import RadarWidget

class Ui_PresentationView(object):
    def setupUi(self, PresentationView):
        if not PresentationView.objectName():
            PresentationView.setObjectName(u"PresentationView")
        self.layout = QVBoxLayout(PresentationView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(40, 24, 40, 16)
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.municipalityLabel = QLabel(PresentationView)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.header.addWidget(self.municipalityLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)

        self.dateLabel = QLabel(PresentationView)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.header.addWidget(self.dateLabel)


        self.layout.addLayout(self.header)

        self.body = QHBoxLayout()
        self.body.setSpacing(32)
        self.body.setObjectName(u"body")
        self.radar = RadarWidget(PresentationView)
        self.radar.setObjectName(u"radar")

        self.body.addWidget(self.radar)

        self.side = QVBoxLayout()
        self.side.setObjectName(u"side")
        self.sideTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.side.addItem(self.sideTop)

        self.scoresBox = QWidget(PresentationView)
        self.scoresBox.setObjectName(u"scoresBox")
        self.scoresGrid = QGridLayout(self.scoresBox)
        self.scoresGrid.setObjectName(u"scoresGrid")
        self.scoresGrid.setHorizontalSpacing(24)
        self.scoresGrid.setVerticalSpacing(6)

        self.side.addWidget(self.scoresBox)

        self.preliminaryLabel = QLabel(PresentationView)
        self.preliminaryLabel.setObjectName(u"preliminaryLabel")
        self.preliminaryLabel.setWordWrap(True)

        self.side.addWidget(self.preliminaryLabel)

        self.legendLabel = QLabel(PresentationView)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.side.addWidget(self.legendLabel)

        self.sideBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.side.addItem(self.sideBottom)


        self.body.addLayout(self.side)

        self.body.setStretch(0, 3)
        self.body.setStretch(1, 2)

        self.layout.addLayout(self.body)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.noticeLabel = QLabel(PresentationView)
        self.noticeLabel.setObjectName(u"noticeLabel")

        self.footer.addWidget(self.noticeLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerSpacer)

        self.hintLabel = QLabel(PresentationView)
        self.hintLabel.setObjectName(u"hintLabel")

        self.footer.addWidget(self.hintLabel)


        self.layout.addLayout(self.footer)


        self.retranslateUi(PresentationView)

        QMetaObject.connectSlotsByName(PresentationView)
    # setupUi

    def retranslateUi(self, PresentationView):
        PresentationView.setWindowTitle(QCoreApplication.translate("PresentationView", u"Kompassapp \u2013 presentation", None))
        self.municipalityLabel.setText(QCoreApplication.translate("PresentationView", u"Kommun", None))
        self.dateLabel.setText(QCoreApplication.translate("PresentationView", u"Datum", None))
        self.preliminaryLabel.setText(QCoreApplication.translate("PresentationView", u"Prelimin\u00e4rt", None))
        self.legendLabel.setText(QCoreApplication.translate("PresentationView", u"F\u00f6rklaring", None))
        self.noticeLabel.setText(QCoreApplication.translate("PresentationView", u"Demonstrationsdata", None))
        self.hintLabel.setText(QCoreApplication.translate("PresentationView", u"Esc l\u00e4mnar \u00b7 T byter mellan ljust och m\u00f6rkt", None))
    # retranslateUi

