# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from kompassapp.gui.chart.radar import RadarWidget

class Ui_ProfilePanel(object):
    def setupUi(self, ProfilePanel):
        if not ProfilePanel.objectName():
            ProfilePanel.setObjectName(u"ProfilePanel")
        self.layout = QVBoxLayout(ProfilePanel)
        self.layout.setSpacing(2)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(2, 2, 2, 2)
        self.radar = RadarWidget(ProfilePanel)
        self.radar.setObjectName(u"radar")
        self.radar.setMinimumSize(QSize(220, 200))

        self.layout.addWidget(self.radar)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.legendLabel = QLabel(ProfilePanel)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.legendLabel.sizePolicy().hasHeightForWidth())
        self.legendLabel.setSizePolicy(sizePolicy)

        self.footer.addWidget(self.legendLabel)

        self.totalLabel = QLabel(ProfilePanel)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)
        self.totalLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.footer.addWidget(self.totalLabel)


        self.layout.addLayout(self.footer)


        self.retranslateUi(ProfilePanel)

        QMetaObject.connectSlotsByName(ProfilePanel)
    # setupUi

    def retranslateUi(self, ProfilePanel):
#if QT_CONFIG(tooltip)
        self.radar.setToolTip(QCoreApplication.translate("ProfilePanel", u"Po\u00e4ng per omr\u00e5de; ringarna visar 20, 40, 60, 80 och 100 % av omr\u00e5dets maxpo\u00e4ng", None))
#endif // QT_CONFIG(tooltip)
        self.legendLabel.setText(QCoreApplication.translate("ProfilePanel", u"F\u00f6rklaring", None))
#if QT_CONFIG(tooltip)
        self.totalLabel.setToolTip(QCoreApplication.translate("ProfilePanel", u"Summan av omr\u00e5denas po\u00e4ng", None))
#endif // QT_CONFIG(tooltip)
        self.totalLabel.setText(QCoreApplication.translate("ProfilePanel", u"Totalt", None))
        pass
    # retranslateUi

