# SPDX-License-Identifier: MIT
"""Team work in the window: hand out copies, merge them back, and show where the auditors disagree.

`install(host)` puts it all into a window (gui/base/host.py):
- Arkiv ▸ Skapa kopia för utvärderare … (`merge.make_copy`) and Arkiv ▸ Slå ihop kopior … (`merge.merge`
  for each chosen copy, after a backup of the open file, since a merge cannot be undone with Ctrl+Z),
  followed by a report of what came in, what conflicted and where the auditors disagree;
- the consensus page ("Samsyn", Ctrl+5, gui/consensus.py), shown once the file holds answers from
  more than one auditor, and a status-bar link counting the questions still to decide;
- beside the question, the other auditors' answers when they differ from this auditor's own;
- on the chart, the team's or one auditor's profile and the auditors' overlay (gui/team_chart.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from kompassapp import backups
from kompassapp.errors import KompassError
from kompassapp.evaluation import Evaluation
from kompassapp.merge import Conflict, MergeReport, make_copy, merge
from kompassapp.gui.base.errors import show_error
from kompassapp.gui.base.host import Host
from kompassapp.gui.base.i18n import time_text
from kompassapp.gui.base.pick import SUFFIX, SuggestedPath, safe_file_name
from kompassapp.gui.base.plaintext import esc as _esc
from kompassapp.gui.forms.ui_copy_dialog import Ui_CopyDialog
from kompassapp.gui.forms.ui_merge_report import Ui_MergeReportDialog
from kompassapp.gui.team.consensus import ConsensusPanel, choice_label

if TYPE_CHECKING:
    from kompassapp.gui.chart.profile_panel import ProfilePanel
    from kompassapp.gui.team.team_chart import TeamChart

translate = QCoreApplication.translate  # a literal context and text at each call, for pyside6-lupdate


def choose_copies(parent: QWidget | None, folder: str = "") -> list[Path]:
    """The auditors' copies to merge (a file dialog; tests replace this function)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, translate("Team", "Välj utvärderarnas kopior att slå ihop"), folder,
                                            translate("Team", "Utvärderingar (*.kompass)"))
    return [Path(p) for p in paths]


# -- the merge report, in Swedish --------------------------------------------------------
ENTITY_ORDER = ("answer", "consensus", "note", "session", "participant", "document", "finding", "member", "info")
def entity_name(entity: str) -> str:
    names = {"member": translate("Team", "Utvärderare i teamet"), "session": translate("Team", "Intervjuer"),
             "participant": translate("Team", "Intervjuade"), "document": translate("Team", "Dokument"),
             "note": translate("Team", "Anteckningar"), "finding": translate("Team", "Iakttagelser"),
             "answer": translate("Team", "Svar"), "consensus": translate("Team", "Gemensamma svar"),
             "info": translate("Team", "Uppgifter om utvärderingen")}
    return names.get(entity, entity)


def _record_name(c: Conflict) -> str:
    """How a conflicting record is named for people: 'Anteckningen «Protokoll publiceras»', …"""
    if c.entity == "answer":
        return translate("Team", "%2s svar på fråga %1").replace("%1", c.ident).replace("%2", c.auditor)
    if c.entity == "consensus":
        return translate("Team", "Det gemensamma svaret på fråga %1").replace("%1", c.ident)
    one = {"member": translate("Team", "Utvärderaren"), "session": translate("Team", "Intervjun"),
           "participant": translate("Team", "Den intervjuade"), "document": translate("Team", "Dokumentet"),
           "note": translate("Team", "Anteckningen"), "finding": translate("Team", "Iakttagelsen")}.get(c.entity, c.entity)
    return f"{one} «{c.label[:40]}»" if c.label else one


def field_name(column: str) -> str:
    names = {"text": translate("Team", "texten"), "title": translate("Team", "titeln"), "name": translate("Team", "namnet"),
             "role": translate("Team", "rollen"), "unit": translate("Team", "enheten"), "kind": translate("Team", "typen"),
             "date": translate("Team", "datumet"), "link": translate("Team", "länken"), "place": translate("Team", "platsen"),
             "starts_at": translate("Team", "starttiden"), "ends_at": translate("Team", "sluttiden"),
             "group_name": translate("Team", "gruppens namn"), "auditors": translate("Team", "utvärderarna"),
             "municipality": translate("Team", "kommunen"), "position": translate("Team", "ordningen"),
             "choice": translate("Team", "svaret"), "comment": translate("Team", "kommentaren"),
             "status": translate("Team", "statusen"), "_links": translate("Team", "frågorna"),
             "url": translate("Team", "webbadressen"), "source_kind": translate("Team", "källan"),
             "session_id": translate("Team", "intervjun"), "participant_id": translate("Team", "den som talar"),
             "document_id": translate("Team", "dokumentet"), "area_id": translate("Team", "området")}
    return names.get(column, column)


def conflict_text(c: Conflict) -> str:
    """A conflict of the core's merge report in the interface's language."""
    if c.kind == "deleted":
        return translate("Team", "%1: borttagen i en kopia men ändrad i en annan. Den förblir borttagen, med de "
                                 "senaste ändringarna i sig (återställ den om du vill använda dem).") \
            .replace("%1", _record_name(c))
    return translate("Team", "%1: %2 ändrades i två kopior. Den senaste ändringen gäller; den som %3 gjorde "
                             "%4 finns kvar i ändringsloggen.") \
        .replace("%1", _record_name(c)).replace("%2", field_name(c.field)) \
        .replace("%3", c.author or "?").replace("%4", time_text(c.at) if c.at else "?")


@dataclass
class MergeOutcome:
    path: Path
    report: MergeReport | None = None
    error: str = ""  # why this copy could not be merged (nothing of it came in)


def report_html(ev: Evaluation, outcomes: list[MergeOutcome], disputed: list[str]) -> str:
    """The report dialog's text: per copy what came in, later edits taken, conflicts; then the disagreements."""
    parts = []
    for o in outcomes:
        parts.append(f"<h3>{_esc(o.path.name)}</h3>")
        if o.error:
            failed = translate("Team", "Kunde inte slås ihop; inget från kopian har kommit in.")
            parts.append(f"<p style='color:#b02020'><b>{_esc(failed)}</b><br>{_esc(o.error)}</p>")
            continue
        r = o.report
        if not r.changed_anything:
            parts.append(f"<p>{_esc(translate('Team', 'Inget nytt: allt i kopian fanns redan i filen.'))}</p>")
            continue
        kinds = [k for k in ENTITY_ORDER if r.added.get(k) or r.updated.get(k)]
        if kinds:
            rows = "".join(f"<tr><td>{_esc(entity_name(k))}</td><td align='right'>{r.added.get(k, 0)}</td>"
                           f"<td align='right'>{r.updated.get(k, 0)}</td></tr>" for k in kinds)
            head = (translate("Team", "Uppgift"), translate("Team", "Nya"),
                    translate("Team", "Senare ändringar som togs in"))
            parts.append("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse: collapse'>"
                         f"<tr><th align='left'>{_esc(head[0])}</th><th>{_esc(head[1])}</th>"
                         f"<th>{_esc(head[2])}</th></tr>{rows}</table>")
        if r.conflicts:
            title = translate("Team", "Konflikter (%1)").replace("%1", str(len(r.conflicts)))
            explain = translate("Team", "samma uppgift ändrad i flera kopior; inget har tagits bort:")
            parts.append(f"<p><b>{_esc(title)}</b> – {_esc(explain)}</p><ul>"
                         + "".join(f"<li>{_esc(conflict_text(c))}</li>" for c in r.conflicts) + "</ul>")
        else:
            parts.append(f"<p>{_esc(translate('Team', 'Inga konflikter.'))}</p>")
    if disputed:
        bank, by = ev.bank, ev.auditor_answers(disputed)
        title = translate("Team", "Oenighet: %1 frågor").replace("%1", str(len(disputed))) if len(disputed) > 1 \
            else translate("Team", "Oenighet: 1 fråga")
        explain = translate("Team", "Här har utvärderarna valt olika svar. Frågorna räknas som obesvarade tills du "
                                    "fastställt ett gemensamt svar i Samsyn.")
        parts.append(f"<h3>{_esc(title)}</h3><p>{_esc(explain)}</p><ul>")
        for qid in disputed:
            answers = " · ".join(f"{who}: {choice_label(bank, qid, a.choice) or '–'}" for who, a in by.get(qid, {}).items())
            parts.append(f"<li><b>{_esc(qid)}</b> {_esc(bank.questions[qid].text)}<br><i>{_esc(answers)}</i></li>")
        parts.append("</ul>")
    else:
        title = translate("Team", "Ingen oenighet")
        explain = translate("Team", "Det finns ingen fråga där utvärderarna valt olika svar och som saknar gemensamt svar.")
        parts.append(f"<h3>{_esc(title)}</h3><p>{_esc(explain)}</p>")
    return "\n".join(parts)


class MergeReportDialog(QDialog):
    """Accepted (the Samsyn button) when the lead wants to go through the disagreements."""

    def __init__(self, ev: Evaluation, outcomes: list[MergeOutcome], backup: Path, disputed: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MergeReportDialog()
        self.ui.setupUi(self)
        merged = sum(1 for o in outcomes if o.report is not None)
        failed = len(outcomes) - merged
        head = self.tr("<b>%1 av %2 kopior har slagits ihop med %3.</b>").replace("%1", str(merged)) \
            .replace("%2", str(len(outcomes))).replace("%3", _esc(ev.path.name))
        if failed:
            head += " " + self.tr("<span style='color:#b02020'>%1 kunde inte slås ihop (se nedan).</span>") \
                .replace("%1", str(failed))
        self.ui.headingLabel.setText(head)
        self.ui.reportView.setHtml(report_html(ev, outcomes, disputed))
        self.ui.backupLabel.setText(self.tr("En sammanslagning kan inte ångras med Ctrl+Z. Filen som den var före "
                                            "sammanslagningen finns som säkerhetskopia: %1").replace("%1", str(backup)))
        self.ui.consensusButton.setVisible(bool(disputed))
        self.ui.consensusButton.clicked.connect(self.accept)
        (self.ui.consensusButton if disputed else self.ui.closeButton).setDefault(True)
        self.text = self.ui.reportView.toPlainText  # for tests


class CopyDialog(QDialog):
    """Name the auditor and where the copy goes; on accept, `path` is the copy written."""

    def __init__(self, ev: Evaluation, parent: QWidget | None = None):
        super().__init__(parent)
        self.ev = ev
        self.ui = Ui_CopyDialog()
        self.ui.setupUi(self)
        self.path: Path | None = None
        self.folder = ev.path.parent
        for name in [m.name for m in ev.team() if m.name and m.name != ev.auditor]:
            self.ui.nameCombo.addItem(name)
        self.ui.nameCombo.setCurrentText("")
        self.file = SuggestedPath(self.ui.fileEdit, self.ui.browseButton, self._suggested_path,
                                  self.tr("Spara kopian som"))
        self.ui.nameCombo.currentTextChanged.connect(self.file.refresh)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _suggested_path(self) -> Path:
        name = safe_file_name(self.ui.nameCombo.currentText() or self.tr("utvärderare"))
        return self.folder / f"{self.ev.path.stem}-{name}{SUFFIX}"

    def accept(self) -> None:
        name = self.ui.nameCombo.currentText().strip()
        text = self.ui.fileEdit.text().strip()
        path = Path(text).expanduser()
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        problem = ""
        if not name:
            problem = self.tr("Skriv utvärderarens namn.")
        elif not text:
            problem = self.tr("Välj var kopian ska sparas.")
        elif path.exists():
            problem = self.tr("Filen %1 finns redan. Välj ett annat namn.").replace("%1", str(path))
        if not problem:
            try:
                self.path = make_copy(self.ev.path, path, name, author=self.ev.author)
            except (KompassError, OSError) as exc:
                problem = self.tr("Kopian kunde inte skapas. %1").replace("%1", str(exc))
        if problem:
            self.ui.problemLabel.setText(f"<b>{_esc(problem)}</b>")
            return
        super().accept()


class Team(QObject):
    """The team features of one window."""

    def __init__(self, host: Host):
        super().__init__(host)
        self.w = host
        self.chart: TeamChart | None = None
        window = host.widget
        # -- the consensus page ------------------------------------------------------------
        self.consensus = ConsensusPanel(host.ev, host.scores, host.stack)
        self.consensus.setObjectName("consensusPanel")
        host.pages.addTab(self.consensus, self.tr("Samsyn"))
        self.consensus.countChanged.connect(self._count_changed)
        self.consensus.jumpToQuestion.connect(self._jump_to_question)
        self.show_action = QAction(self.tr("&Samsyn (oeniga frågor)"), window)
        self.show_action.setObjectName("actionShowConsensus")
        self.show_action.setShortcut(QKeySequence("Ctrl+5"))
        self.show_action.setToolTip(self.tr("Frågor där utvärderarna svarat olika: fastställ teamets svar (Ctrl+5)"))
        self.show_action.triggered.connect(lambda: self.show_consensus())
        host.insert("placePages", [self.show_action])
        host.add_shortcut(self.show_action)
        # -- Arkiv: copies and merging -----------------------------------------------------
        self.copy_action = QAction(self.tr("Skapa &kopia för utvärderare …"), window)
        self.copy_action.setObjectName("actionMakeCopy")
        self.copy_action.setToolTip(self.tr("En kopia av utvärderingen som en utvärderare arbetar i på sin egen dator"))
        self.copy_action.triggered.connect(self.make_copy)
        self.merge_action = QAction(self.tr("Slå &ihop kopior …"), window)
        self.merge_action.setObjectName("actionMergeCopies")
        self.merge_action.setToolTip(self.tr("Hämta in allt från utvärderarnas kopior: anteckningar, register och svar"))
        self.merge_action.triggered.connect(lambda: self.merge_copies())
        host.insert("placeTeam", [self.copy_action, self.merge_action])
        # -- the status bar and the question panel -----------------------------------------
        self.status = QLabel()
        self.status.setObjectName("disputedStatus")
        self.status.setToolTip(self.tr("Frågor där utvärderarna svarat olika och som ännu saknar gemensamt svar"))
        self.status.linkActivated.connect(lambda _: self.show_consensus())
        host.status_bar().addPermanentWidget(self.status)
        self.answers_box = QLabel()
        self.answers_box.setObjectName("teamAnswersBox")
        self.answers_box.setWordWrap(True)
        self.answers_box.setTextFormat(Qt.TextFormat.RichText)
        self.answers_box.setStyleSheet("QLabel#teamAnswersBox { background: #fff6e8; color: #3a2a10; border: 1px solid "
                                       "#e3b26b; border-radius: 4px; padding: 6px; }")
        self.answers_box.linkActivated.connect(lambda _: self.show_consensus(host.question_id))
        host.beside_answer(self.answers_box)
        self.answers_box.hide()
        host.questionSelected.connect(lambda _: self.update_answers_box())
        host.scores.answerChanged.connect(self._answer_changed)
        host.scores.reloaded.connect(self._reloaded)
        host.chartBuilt.connect(self.install_chart)
        if host.chart is not None:
            self.install_chart(host.chart)
        self._reloaded()

    # -- state --------------------------------------------------------------------------
    def is_team(self) -> bool:
        return len(self.w.scores.auditors()) > 1 or bool(self.w.scores.agreed)

    def _reloaded(self) -> None:
        pages = self.w.pages
        pages.setTabVisible(pages.indexOf(self.consensus), self.is_team())
        self._count_changed(len(self.w.scores.disputed))
        self.update_answers_box()

    def _count_changed(self, n: int) -> None:
        pages = self.w.pages
        i = pages.indexOf(self.consensus)
        title = self.tr("Samsyn (%1)").replace("%1", str(n)) if n else self.tr("Samsyn")
        if pages.tabText(i) != title:  # on every answer: no relayout of the tab bar unless it changed
            pages.setTabText(i, title)
        if n:
            text = self.tr("<a href='#'>%1 frågor med oenighet</a>").replace("%1", str(n)) if n > 1 \
                else self.tr("<a href='#'>1 fråga med oenighet</a>")
            if self.status.text() != text:
                self.status.setText(text)
        if self.status.isVisibleTo(self.w.widget) != bool(n):
            self.status.setVisible(bool(n))

    def _answer_changed(self, question_id: str) -> None:
        if question_id == self.w.question_id:
            self.update_answers_box()

    def update_answers_box(self) -> None:
        """The other auditors' answers beside the question, when they differ from this auditor's own."""
        w, box = self.w, self.answers_box
        q = w.question_id
        scores = w.scores
        by = scores.by_auditor.get(q, {}) if q else {}
        me = w.ev.auditor
        own = by.get(me)
        others = {who: a for who, a in by.items() if who != me}
        agreed = w.ev.consensus([q]).get(q) if q in scores.agreed else None
        differs = any(a.choice != (own.choice if own else None) for a in others.values())
        if not q or not (differs or q in scores.disputed or agreed):
            box.hide()
            return
        bank = w.ev.bank
        listed = " · ".join(f"<b>{_esc(who)}</b>: {_esc(choice_label(bank, q, a.choice) or '–')}"
                            for who, a in others.items())
        lines = []
        if others:
            line = self.tr("Andra utvärderares svar: %1").replace("%1", listed)
            if own is not None and own.choice is not None:
                line = self.tr("Ditt svar (%1): <b>%2</b> · ").replace("%1", _esc(me)) \
                    .replace("%2", _esc(choice_label(bank, q, own.choice))) + line
            lines.append(line)
        if agreed is not None:
            lines.append(self.tr("Teamets gemensamma svar: <b>%1</b>").replace("%1", _esc(choice_label(bank, q, agreed.choice)))
                         + (f" – {_esc(agreed.comment)}" if agreed.comment else "")
                         + " " + self.tr("(<a href='#'>ändra i Samsyn</a>)"))
        elif q in scores.disputed:
            lines.append("<span style='color:#b02020'>" + self.tr("<b>Oenighet:</b> frågan räknas som obesvarad tills "
                                                                  "teamet fastställt ett svar.") + "</span> "
                         + self.tr("<a href='#'>Avgör i Samsyn (Ctrl+5)</a>"))
        if own is None or own.choice is None:
            lines.append(self.tr("Du (%1) har inte svarat på frågan; knapparna ovan gäller ditt eget svar.")
                         .replace("%1", _esc(me or "–")))
        box.setText("<br>".join(lines))
        box.show()

    # -- actions ------------------------------------------------------------------------
    def install_chart(self, panel: ProfilePanel) -> TeamChart:
        from kompassapp.gui.team.team_chart import TeamChart  # with the chart: pyqtgraph loads after the first paint

        self.chart = TeamChart(panel, self.w.scores)
        return self.chart

    def show_consensus(self, question_id: str | None = None) -> None:
        pages = self.w.pages
        pages.setTabVisible(pages.indexOf(self.consensus), True)
        self.w.show_page(self.consensus)
        self.consensus.refresh()
        self.consensus.select(question_id if question_id in self.consensus.open_questions()
                              + self.consensus.decided_questions() else None)
        self.consensus.ui.questionList.setFocus()

    def _jump_to_question(self, question_id: str) -> None:
        self.w.select_question(question_id)

    def make_copy(self) -> Path | None:
        if not self.w.flush_edits():  # the copy is made from the file: the comment being typed goes with it
            return None
        dlg = CopyDialog(self.w.ev, self.w.widget)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.path is None:
            return None
        name = dlg.ui.nameCombo.currentText().strip()
        self.w.status(self.tr("Kopian för %1 är sparad: %2. Slå ihop den med Arkiv ▸ Slå ihop kopior "
                              "… när utvärderaren är klar.").replace("%1", name).replace("%2", str(dlg.path)), 15000)
        return dlg.path

    def merge_copies(self, paths: list[Path] | None = None) -> list[MergeOutcome]:
        """Merge the chosen copies into the open file (backup first), then show the report."""
        w = self.w
        if paths is None:
            paths = choose_copies(w.widget, str(w.ev.path.parent))
        if not paths or not w.flush_edits():
            return []
        try:
            backup = backups.take(w.ev)
        except KompassError as exc:
            title = self.tr("Kopiorna slogs inte ihop")
            show_error(w.widget, title, title + ".", self.tr("Ingen säkerhetskopia kunde tas före sammanslagningen, så "
                                                      "filen har inte ändrats.") + "\n\n" + str(exc))
            return []
        outcomes = []
        for path in paths:
            try:
                outcomes.append(MergeOutcome(Path(path), merge(w.ev, path)))
            except KompassError as exc:
                outcomes.append(MergeOutcome(Path(path), error=str(exc)))
        if any(o.report is not None and o.report.changed_anything for o in outcomes):
            w.stack.clear()  # the steps before the merge no longer describe the file (the views heard ChangeKind.ALL)
        disputed = sorted(w.scores.disputed, key=list(w.ev.bank.questions).index)
        dlg = MergeReportDialog(w.ev, outcomes, backup, disputed, w.widget)
        self.last_report = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.show_consensus()
        return outcomes


def install(host: Host) -> Team:
    return Team(host)
