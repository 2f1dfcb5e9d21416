"""Preparation's words for people (sv/en), part of kompassapp.messages' one catalogue.

Kept here so that messages.py stays small; messages.py merges MESSAGES, ARGPARSE_SV and
DOMAIN_ERRORS_SV into its own.
"""

MESSAGES = {
    "prepare.nothing": {"sv": "ange vad som ska skrivas: --questionnaire UT.xlsx, --documents UT.xlsx|UT.pdf "
                              "och/eller --guides MAPP",
                        "en": "say what to write: --questionnaire OUT.xlsx, --documents OUT.xlsx|OUT.pdf "
                              "and/or --guides DIR"},
    "prepare.questionnaire": {"sv": "{out}: frågeunderlaget skrivet ({questions}, {areas})",
                              "en": "{out}: questionnaire written ({questions}, {areas})"},
    "prepare.documents": {"sv": "{out}: dokumentbegäran skriven ({documents}); {new} nya i dokumentregistret "
                                "som begärda",
                          "en": "{out}: document request written ({documents}); {new} new in the document "
                                "register as requested"},
    "prepare.guide": {"sv": "{out}: intervjuguide för {group} ({questions})",
                      "en": "{out}: interview guide for {group} ({questions})"},
    "prepare.no_sessions": {"sv": "inga planerade intervjuer med intervjugrupper ur banken; planera dem i fönstret "
                                  "(Arkiv ▸ Förberedelser ▸ Planera intervju) först",
                            "en": "no planned interviews with interview groups from the bank; plan them in the "
                                  "window (Arkiv ▸ Förberedelser ▸ Planera intervju) first"},
    "questionnaire.imported": {
        "sv": "{file}: frågeunderlaget inläst i {target}: {added} nya, {updated} ändrade, {removed} borttagna, "
              "{unchanged} oförändrade svar",
        "en": "{file}: questionnaire imported into {target}: {added} new, {updated} changed, {removed} removed, "
              "{unchanged} unchanged answers"},
}

ARGPARSE_SV = {
    "before the visit: the municipality's questionnaire, the document request, interview guides":
        "före besöket: kommunens frågeunderlag, dokumentbegäran, intervjuguider",
    "write the municipality's questionnaire (Excel) to fill in": "skriv kommunens frågeunderlag (Excel) att fylla i",
    "write the list of documents to request (.xlsx or .pdf) and mark them requested in the register":
        "skriv listan över dokument att begära (.xlsx eller .pdf) och markera dem som begärda i registret",
    "write one interview guide (PDF) per planned interview into this folder":
        "skriv en intervjuguide (PDF) per planerad intervju i den här mappen",
    "last day to answer (YYYY-MM-DD; default three weeks before the visit)":
        "sista svarsdag (ÅÅÅÅ-MM-DD; standard tre veckor före besöket)",
    "whom the municipality asks about the questionnaire (default: the team)":
        "vem kommunen kan fråga om underlaget (standard: teamet)",
    "read the municipality's filled questionnaire into the evaluation (again: updates, no duplicates)":
        "läs in kommunens ifyllda frågeunderlag i utvärderingen (igen: uppdaterar, inga dubbletter)",
}

# English domain messages of preparation → Swedish; see messages.DOMAIN_ERRORS_SV.
DOMAIN_ERRORS_SV = [
    (r"(?P<f>[^:]+): (?P<c>(?:'[^']+'|[^\s!']+)!\S+): expected question (?P<q>\S+) here, found (?P<x>.*) \(rows moved, inserted or "
     r"deleted, or the number changed\)",
     "{f}: {c}: här ska fråga {q} stå, men det står {x} (rader flyttade, infogade eller borttagna, eller numret "
     "ändrat)"),
    (r"(?P<f>[^:]+): (?P<c>(?:'[^']+'|[^\s!']+)!\S+): merged cells; the questionnaire is read cell by cell \(unmerge them and write "
     r"the text in one cell\)",
     "{f}: {c}: sammanfogade celler; underlaget läses cell för cell (dela upp dem och skriv texten i en cell)"),
    (r"(?P<f>[^:]+): (?P<c>(?:'[^']+'|[^\s!']+)!\S+): the sheet is missing \(renamed or deleted\)",
     "{f}: {c}: fliken saknas (omdöpt eller borttagen)"),
    (r"(?P<f>[^:]+): (?P<c>(?:'[^']+'|[^\s!']+)!\S+): made for another evaluation \((?P<o>.*)\), not for (?P<t>.*)",
     "{f}: {c}: gjort för en annan utvärdering ({o}), inte för {t}"),
    (r"(?P<f>[^:]+): (?P<c>(?:'[^']+'|[^\s!']+)!\S+): text below the last question \((?P<q>\S+), row (?P<r>\d+)\); rows must not be "
     r"added \(write in the row of the question it belongs to\)",
     "{f}: {c}: text under den sista frågan ({q}, rad {r}); rader får inte läggas till (skriv på raden för den "
     "fråga texten hör till)"),
    (r"(?P<f>[^:]+): (?P<c>(?:'[^']+'|[^\s!']+)!\S+): text outside the questionnaire's columns; write it under (?P<a>'[^']*') or "
     r"(?P<b>'[^']*')",
     "{f}: {c}: text utanför underlagets kolumner; skriv den under {a} eller {b}"),
    (r"(?P<f>[^:]+): (?P<c>(?:'[^']+'|[^\s!']+)!\S+): the heading must be (?P<h>'[^']*'), found (?P<x>'.*') \(columns moved, inserted "
     r"or renamed\)",
     "{f}: {c}: rubriken ska vara {h}, men är {x} (kolumner flyttade, infogade eller omdöpta)"),
    (r"(?P<f>[^:]+): (?P<c>(?:'[^']+'|[^\s!']+)!\S+): not a questionnaire made by Kompassapp (?P<rest>.*)",
     "{f}: {c}: inget frågeunderlag från Kompassapp {rest}"),
    (r"(?P<f>[^:]+): (?P<c>(?:'[^']+'|[^\s!']+)!\S+): a sheet the questionnaire does not have \(renamed or added\); answers belong "
     r"in the area sheets as exported",
     "{f}: {c}: en flik som underlaget inte har (omdöpt eller tillagd); svaren hör hemma i områdesflikarna"),
    (r"the bank (?P<b>.*) has no interview groups(?P<rest>.*)",
     "banken {b} har inga intervjugrupper{rest}"),
    (r"the bank (?P<b>.*) lists no documents(?P<rest>.*)", "banken {b} anger inga dokument{rest}"),
]
