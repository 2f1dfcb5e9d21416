# SPDX-License-Identifier: MIT
"""Before and during the visit, in the window (issue 13): Arkiv ▸ Förberedelser — plan an interview,
the municipality's questionnaire out and in, the document request, the interview guides, the
coverage view — and, while an interview runs, the tree filter "Frågor för den här gruppen" that
Page Down follows. The work itself is the Qt-free kompassapp.prepare; this only asks for files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from kompassapp.errors import KompassError
from kompassapp.gui.answering.question_tree import QuestionTree
from kompassapp.gui.base.errors import show_kompass_error
from kompassapp.gui.base.host import Host
from kompassapp.gui.interviews.evidence import EvidencePanel
from kompassapp.gui.interviews.registers import SessionsPanel

translate = QCoreApplication.translate


class PrepareRoom(QObject):
    def __init__(self, host: Host):
        super().__init__(host)
        self.host = host
        window = self.window = host.widget  # the parent of the dialogs and actions
        self.ev = host.ev
        self.tree = window.findChild(QuestionTree)  # views the window composed (no import of the window)
        self.evidence = window.findChild(EvidencePanel)
        self.coverage_dialog = None
        self.menu = QMenu(translate("Prepare", "För&beredelser"), window)
        self.menu.setObjectName("menuPrepare")
        self.actions: dict[str, QAction] = {}
        for name, text, tip, slot in (
            ("plan", translate("Prepare", "&Planera intervju…"),
             translate("Prepare", "En intervju före besöket: grupp ur frågebanken, tid, plats, vilka som leder och "
                                  "vilka som ska delta"), self.plan_session),
            ("questionnaire", translate("Prepare", "Exportera &frågeunderlag…"),
             translate("Prepare", "Arbetsboken som kommunen fyller i före besöket"), self.export_questionnaire),
            ("import", translate("Prepare", "Läs &in ifyllt frågeunderlag…"),
             translate("Prepare", "Kommunens svar blir anteckningar märkta ”Kommunens svar”; igen uppdaterar dem"),
             self.import_questionnaire),
            ("documents", translate("Prepare", "&Dokumentbegäran…"),
             translate("Prepare", "Dokumenten att begära, med frågorna de behövs för; de förs in i registret som "
                                  "begärda"), self.request_documents),
            ("guides", translate("Prepare", "Intervju&guider…"),
             translate("Prepare", "En PDF per planerad intervju, att ha med vid bordet"), self.write_guides),
            ("coverage", translate("Prepare", "&Täckning av underlag…"),
             translate("Prepare", "Per område och källa: frågor med underlag / frågor som väntar sig källan"),
             self.show_coverage),
        ):
            a = QAction(text, window)
            a.setObjectName(f"actionPrepare_{name}")
            a.setToolTip(tip)
            a.setStatusTip(tip)
            a.triggered.connect(lambda _=False, slot=slot: slot())
            self.menu.addAction(a)
            self.actions[name] = a
        self.actions["coverage"].setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.group_filter = QAction(translate("Prepare", "Frågor för den här &gruppen"), window)
        self.group_filter.setObjectName("actionGroupFilter")
        self.group_filter.setCheckable(True)
        self.group_filter.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.group_filter.setToolTip(translate("Prepare", "Under en intervju: visa bara gruppens frågor i trädet; "
                                                          "Page Down går till nästa av dem"))
        self.group_filter.toggled.connect(lambda _: self.apply_filter())
        self.menu.addSeparator()
        self.menu.addAction(self.group_filter)
        # Just above Inställningar: a real action no feature inserts at, so the place holds in any install order
        # (a placeholder `placePrepare` in ui/main_window.ui would be its proper home).
        host.insert("actionSettings", [self.menu, None])
        host.add_shortcut(self.group_filter)
        host.add_shortcut(self.actions["coverage"])
        self.session_changed()
        sessions = window.findChild(SessionsPanel)
        signals = [host.action("actionStartSession").triggered, host.action("actionEndSession").triggered]
        if sessions is not None:
            signals += [sessions.startRequested, sessions.endRequested]
        for signal in signals:
            signal.connect(lambda *_: self.session_changed())  # after the window's own slot: the session is set

    # -- the tree filter during an interview -------------------------------------------
    def running_groups(self) -> tuple[str, ...]:
        sid = getattr(self.evidence, "session_id", None)
        if not sid:
            return ()
        try:
            return self.ev.get("session", sid).bank_groups
        except KompassError:
            return ()

    def session_changed(self) -> None:
        groups = self.running_groups()
        self.group_filter.setEnabled(bool(groups))
        if not groups and self.group_filter.isChecked():
            self.group_filter.setChecked(False)  # toggled → apply_filter shows everything again
        elif groups:
            self.apply_filter()

    def apply_filter(self) -> None:
        """The tree shows the running interview's group's questions (Page Down follows them), or all again."""
        from kompassapp.prepare.scope import group_questions

        if self.tree is None:
            return
        groups = self.running_groups() if self.group_filter.isChecked() else ()
        if groups:
            labels = ", ".join(self.ev.bank.group_by_id[g].label for g in groups if g in self.ev.bank.group_by_id)
            self.tree.set_filter([q.id for q in group_questions(self.ev.bank, groups)],
                                 translate("Prepare", "Frågor för %1").replace("%1", labels))
        elif self.tree.filter_label.startswith(translate("Prepare", "Frågor för %1").replace("%1", "")):
            self.tree.set_filter(None)  # only the filter this room set is lifted

    # -- the menu's commands ------------------------------------------------------------------
    def _save_path(self, title: str, name: str, filters: str) -> Path | None:
        folder = self.ev.path.parent
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(folder / name), filters)
        return Path(path) if path else None

    def _done(self, text: str) -> None:
        self.host.status(text)

    def plan_session(self) -> None:
        from kompassapp.gui.prepare.plan_dialog import PlanDialog
        from kompassapp.prepare.scope import require_groups

        try:
            require_groups(self.ev.bank)
        except KompassError as exc:
            show_kompass_error(self.window, exc)
            return
        dialog = PlanDialog(self.ev, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.ev.add("session", **dialog.values())
        except KompassError as exc:
            show_kompass_error(self.window, exc)
            return
        self._done(translate("Prepare", "Intervjun är planerad."))

    def export_questionnaire(self, path: Path | None = None) -> Path | None:
        from kompassapp.prepare.questionnaire import write_questionnaire

        info = self.ev.info
        path = path or self._save_path(translate("Prepare", "Exportera frågeunderlag"),
                                       f"Frågeunderlag-{info.municipality}-{info.year}.xlsx",
                                       translate("Prepare", "Excel-arbetsbok (*.xlsx)"))
        if path is None:
            return None
        try:
            n = write_questionnaire(self.ev, path)
        except KompassError as exc:
            show_kompass_error(self.window, exc)
            return None
        self._done(translate("Prepare", "Frågeunderlaget är skrivet (%1 frågor).").replace("%1", str(n)))
        return path

    def import_questionnaire(self, path: Path | None = None) -> dict | None:
        from kompassapp.prepare.questionnaire_import import import_questionnaire

        if path is None:
            name, _ = QFileDialog.getOpenFileName(self.window, translate("Prepare", "Läs in ifyllt frågeunderlag"),
                                                  str(self.ev.path.parent),
                                                  translate("Prepare", "Excel-arbetsbok (*.xlsx)"))
            if not name:
                return None
            path = Path(name)
        try:
            counts = import_questionnaire(self.ev, path)
        except KompassError as exc:
            show_kompass_error(self.window, exc)
            return None
        self._done(translate("Prepare", "Frågeunderlaget är inläst: %1 nya, %2 ändrade, %3 borttagna och %4 "
                                        "oförändrade svar.")
                   .replace("%1", str(counts["added"])).replace("%2", str(counts["updated"]))
                   .replace("%3", str(counts["removed"])).replace("%4", str(counts["unchanged"])))
        return counts

    def request_documents(self, path: Path | None = None) -> Path | None:
        from kompassapp.prepare.documents import register_requested, write_request

        info = self.ev.info
        path = path or self._save_path(translate("Prepare", "Dokumentbegäran"),
                                       f"Dokumentbegäran-{info.municipality}-{info.year}.pdf",
                                       translate("Prepare", "PDF (*.pdf);;Excel-arbetsbok (*.xlsx)"))
        if path is None:
            return None
        try:
            write_request(self.ev, path)
            new = register_requested(self.ev)
        except KompassError as exc:
            show_kompass_error(self.window, exc)
            return None
        self._done(translate("Prepare", "Dokumentbegäran är skriven; %1 dokument förda in som begärda.")
                   .replace("%1", str(new)))
        return path

    def write_guides(self, folder: Path | None = None) -> list | None:
        from kompassapp.prepare.guides import write_guides

        if folder is None:
            name = QFileDialog.getExistingDirectory(self.window, translate("Prepare", "Mapp för intervjuguiderna"),
                                                    str(self.ev.path.parent))
            if not name:
                return None
            folder = Path(name)
        try:
            written = write_guides(self.ev, folder)
        except KompassError as exc:
            show_kompass_error(self.window, exc)
            return None
        self._done(translate("Prepare", "%1 intervjuguider skrivna i %2.").replace("%1", str(len(written)))
                   .replace("%2", str(folder)))
        return written

    def show_coverage(self):
        from kompassapp.gui.prepare.coverage_view import CoverageDialog

        if self.coverage_dialog is None:
            self.coverage_dialog = CoverageDialog(self.ev, self.host.select_question, self.window)
            self.host.bridge.changed.connect(lambda *_: self.coverage_dialog.refresh()
                                               if self.coverage_dialog.isVisible() else None)
        else:
            self.coverage_dialog.refresh()
        self.coverage_dialog.show()
        self.coverage_dialog.raise_()
        return self.coverage_dialog


def install(host: Host) -> PrepareRoom:
    return PrepareRoom(host)
