<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../partnertracker/gui/chart.py" line="+39"/>
        <source>Visits and agreements per month</source>
        <translation>Visites et accords par mois</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{month}: {visits} visits, {agreements} agreements</source>
        <translation>{month}&#xa0;: {visits} visites, {agreements} accords</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No visit or agreement dated in these months yet.</source>
        <translation>Aucune visite ni aucun accord daté sur ces mois pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <location filename="../../partnertracker/gui/models.py" line="+534"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F2 edits</source>
        <translation>F2 pour modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY (F2 edits)</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA (F2 pour modifier)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>planned, signed, expired or terminated (F2 edits)</source>
        <translation>prévu, signé, expiré ou résilié (F2 pour modifier)</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <location filename="../../partnertracker/gui/views/agreements.py" line="+19"/>
        <source>Filter agreements by title…</source>
        <translation>Filtrer les accords par intitulé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show agreements with this status</source>
        <translation>Afficher les accords ayant ce statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>date</source>
        <translation>date</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../partnertracker/gui/export.py" line="+196"/>
        <source>%Ln row(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln ligne exportée dans {path}</numerusform>
            <numerusform>%Ln lignes exportées dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnertracker/gui/undo.py" line="+49"/>
        <source>Delete %n organisation(s)</source>
        <translation>
            <numerusform>Supprimer %n organisation</numerusform>
            <numerusform>Supprimer %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n person(s)</source>
        <translation>
            <numerusform>Supprimer %n personne</numerusform>
            <numerusform>Supprimer %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n visit(s)</source>
        <translation>
            <numerusform>Supprimer %n visite</numerusform>
            <numerusform>Supprimer %n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n invitation(s)</source>
        <translation>
            <numerusform>Supprimer %n invitation</numerusform>
            <numerusform>Supprimer %n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n agreement(s)</source>
        <translation>
            <numerusform>Supprimer %n accord</numerusform>
            <numerusform>Supprimer %n accords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n follow-up(s)</source>
        <translation>
            <numerusform>Supprimer %n suivi</numerusform>
            <numerusform>Supprimer %n suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n dispatch(es)</source>
        <translation>
            <numerusform>Supprimer %n dépêche</numerusform>
            <numerusform>Supprimer %n dépêches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Supprimer %n fiche</numerusform>
            <numerusform>Supprimer %n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnertracker/reports/build.py" line="+482"/>
        <source>%n record(s) dated only to the year are counted in the summary but in no month.</source>
        <translation>
            <numerusform>%n fiche datée seulement à l&apos;année est comptée dans le résumé mais dans aucun mois.</numerusform>
            <numerusform>%n fiches datées seulement à l&apos;année sont comptées dans le résumé mais dans aucun mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+269"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../partnertracker/reports/formats/html_page.py" line="+90"/>
        <source>… and %Ln more row(s) (the exported file has them all).</source>
        <translation>
            <numerusform>… et %Ln ligne de plus (le fichier exporté la contient).</numerusform>
            <numerusform>… et %Ln lignes de plus (le fichier exporté les contient toutes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../partnertracker/gui/dashboard.py" line="+176"/>
        <source>dispatches waiting in the inbox</source>
        <translation>dépêches en attente dans la boîte de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending invitations</source>
        <translation>invitations en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue follow-ups</source>
        <translation>suivis en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits in the last 12 months</source>
        <translation>visites sur les 12 derniers mois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting in the inbox</source>
        <translation>En attente dans la boîte de réception</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The inbox is empty.</source>
        <translation>La boîte de réception est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending invitations, oldest first</source>
        <translation>Invitations en attente, les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No invitation is waiting for an answer.</source>
        <translation>Aucune invitation n&apos;attend de réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing is overdue.</source>
        <translation>Rien n&apos;est en retard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent visits</source>
        <translation>Visites récentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No visit recorded yet.</source>
        <translation>Aucune visite enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visits and agreements per month, last 12 months</source>
        <translation>Visites et accords par mois, 12 derniers mois</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Good day, {name}</source>
        <translation>Bonjour, {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partnerships of {organisation}</source>
        <translation>Partenariats — {organisation}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(untitled dispatch)</source>
        <translation>(dépêche sans titre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{inviter} → {invitee}</source>
        <translation>{inviter} → {invitee}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{parties} ({days} days)</source>
        <translation>{parties} ({days} jours)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due {date}: {what}</source>
        <translation>échéance {date}&#xa0;: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{visitors} → {host}</source>
        <translation>{visitors} → {host}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>under 30 days</source>
        <translation>moins de 30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between 30 and 90 days</source>
        <translation>entre 30 et 90 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 90 days</source>
        <translation>plus de 90 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with no issue date</source>
        <translation>sans date d&apos;émission</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../partnertracker/gui/first_run.py" line="+61"/>
        <source>type your name: it becomes the default owner of follow-ups</source>
        <translation>saisissez votre nom&#xa0;: il devient le responsable par défaut des suivis</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+2"/>
        <source>Welcome to partnertracker</source>
        <translation>Bienvenue dans partnertracker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database keeps the partners, visits, invitations and agreements of one organisation: yours. Visits and invitations are seen from it (incoming, outgoing, issued, received).</source>
        <translation>Cette base de données regroupe les partenaires, les visites, les invitations et les accords d&apos;une organisation&#xa0;: la vôtre. Les visites et les invitations sont vues de son point de vue (entrantes, sortantes, émises, reçues).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My organisation is already in the database:</source>
        <translation>Mon organisation figure déjà dans la base&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create my organisation:</source>
        <translation>Créer mon organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Ministry of Higher Education</source>
        <translation>p. ex. Ministère de l&apos;Enseignement supérieur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>as it should appear on follow-ups</source>
        <translation>tel qu&apos;il doit figurer sur les suivis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the sample dispatches (French and English) to try the review</source>
        <translation>Charger les dépêches d&apos;exemple (en français et en anglais) pour essayer la relecture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Intergovernmental organisation</source>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government or ministry</source>
        <translation>Gouvernement ou ministère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“{typed}” is not a country of the list: choose one from the list, or clear the field.</source>
        <translation>«&#xa0;{typed}&#xa0;» n&apos;est pas un pays de la liste&#xa0;: choisissez-en un dans la liste, ou videz le champ.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../partnertracker/gui/views/invitations.py" line="+142"/>
        <source>Create follow-up</source>
        <translation>Créer un suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is to be done, e.g. reply to the invitation</source>
        <translation>Ce qui doit être fait, p. ex. répondre à l&apos;invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD; leave empty for no due date</source>
        <translation>AAAA-MM-JJ&#xa0;; laisser vide s&apos;il n&apos;y a pas d&apos;échéance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due on:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../partnertracker/gui/models.py" line="+27"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is to be done (F2 edits)</source>
        <translation>Ce qui doit être fait (F2 pour modifier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who does it (F2 edits)</source>
        <translation>Qui s&apos;en charge (F2 pour modifier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date, YYYY-MM-DD (F2 edits)</source>
        <translation>Date d&apos;échéance, AAAA-MM-JJ (F2 pour modifier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low, normal or high (F2 edits)</source>
        <translation>basse, normale ou haute (F2 pour modifier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../partnertracker/gui/views/follow_ups.py" line="+22"/>
        <source>Filter follow-ups by what is to be done…</source>
        <translation>Filtrer les suivis par action…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show follow-ups with this status</source>
        <translation>Afficher les suivis ayant ce statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;My follow-ups</source>
        <translation>&amp;Mes suivis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the follow-ups owned by you ({name})</source>
        <translation>Uniquement les suivis dont vous êtes responsable ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no officer name set</source>
        <translation>aucun nom d&apos;agent renseigné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected follow-ups done (Space also works)</source>
        <translation>Marquer les suivis sélectionnés comme faits (Espace fonctionne aussi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the selected follow-ups open again</source>
        <translation>Remettre les suivis sélectionnés à faire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>due date</source>
        <translation>date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a follow-up needs a description: say what is to be done</source>
        <translation>un suivi doit avoir une description&#xa0;: indiquez ce qui doit être fait</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mark follow-up done</source>
        <translation>Marquer le suivi comme fait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen follow-up</source>
        <translation>Rouvrir le suivi</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../partnertracker/gui/search.py" line="+118"/>
        <source>Search everything (Ctrl+K)</source>
        <translation>Tout rechercher (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>HonourDialog</name>
    <message>
        <location filename="../../partnertracker/gui/views/invitations.py" line="-95"/>
        <source>Invitation honoured</source>
        <translation>Invitation honorée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By a visit already logged:</source>
        <translation>Par une visite déjà enregistrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By a new visit:</source>
        <translation>Par une nouvelle visite&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visits with the inviter or the invitee, newest first</source>
        <translation>Visites avec l&apos;invitant ou l&apos;invité, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day of the visit, or only its month or year if that is all you know</source>
        <translation>Le jour de la visite, ou seulement son mois ou son année si c&apos;est tout ce que vous savez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full visit form…</source>
        <translation>&amp;Formulaire complet de visite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the visit with its participants, venue, areas and summary</source>
        <translation>Enregistrer la visite avec ses participants, son lieu, ses domaines et son résumé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{text}” is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-07-14)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ, AAAA-MM ou AAAA (p. ex. 2025-07-14)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../partnertracker/gui/importing.py" line="+155"/>
        <source>Import dispatches</source>
        <translation>Importer des dépêches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatches (*.txt *.html *.htm *.eml *.md);;All files (*)</source>
        <translation>Dépêches (*.txt *.html *.htm *.eml *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a folder of dispatches</source>
        <translation>Importer un dossier de dépêches</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This dispatch was already imported; nothing new was added.</source>
        <translation>Cette dépêche avait déjà été importée&#xa0;; rien de nouveau n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatch imported; it is waiting in the Inbox.</source>
        <translation>Dépêche importée&#xa0;; elle attend dans la boîte de réception.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An import is already running; wait for it to end or cancel it.</source>
        <translation>Une importation est déjà en cours&#xa0;; attendez qu&apos;elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing dispatches…</source>
        <translation>Importation des dépêches…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some files were not imported</source>
        <translation>Certains fichiers n&apos;ont pas été importés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import stopped before the end.</source>
        <translation>L&apos;importation s&apos;est arrêtée avant la fin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{imported}, {duplicates}, {skipped}.</source>
        <translation>{imported}, {duplicates}, {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dispatch(es) imported</source>
        <translation>
            <numerusform>%n dépêche importée</numerusform>
            <numerusform>%n dépêches importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: the dispatches imported before stay imported.</source>
        <translation>Annulé&#xa0;: les dépêches déjà importées le restent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped:</source>
        <translation>Ignorés&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  … and {n} more</source>
        <translation>  … et {n} de plus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../partnertracker/gui/views/inbox.py" line="+51"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed items</source>
        <translation>Éléments proposés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations, people, visits, invitations, agreements and follow-ups proposed</source>
        <translation>Organisations, personnes, visites, invitations, accords et suivis proposés</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Untitled dispatch</source>
        <translation>Dépêche sans titre</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location line="+62"/>
        <source>Nothing to review. Import dispatches with File ▸ Import… (Ctrl+I), paste one (Ctrl+Shift+V) or drop files on the window.</source>
        <translation>Rien à relire. Importez des dépêches avec Fichier ▸ Importer… (Ctrl+I), collez-en une (Ctrl+Maj+V) ou déposez des fichiers sur la fenêtre.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%Ln dispatch(es) waiting for review</source>
        <translation>
            <numerusform>%Ln dépêche en attente de relecture</numerusform>
            <numerusform>%Ln dépêches en attente de relecture</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open this dispatch</source>
        <translation>Impossible d&apos;ouvrir cette dépêche</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <location filename="../../partnertracker/gui/models.py" line="-133"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued: home invites; received: home is invited</source>
        <translation>Émise&#xa0;: nous invitons&#xa0;; reçue&#xa0;: nous sommes invités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inviter</source>
        <translation>Invitant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitee</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (days)</source>
        <translation>Âge (jours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days since the invitation was issued</source>
        <translation>Jours écoulés depuis l&apos;émission de l&apos;invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply by</source>
        <translation>Réponse avant le</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pending for more than {days} days</source>
        <translation>En attente depuis plus de {days} jours</translation>
    </message>
</context>
<context>
    <name>InvitationsView</name>
    <message>
        <location filename="../../partnertracker/gui/views/invitations.py" line="+53"/>
        <source>Filter invitations by what they are for, event or city…</source>
        <translation>Filtrer les invitations par objet, événement ou ville…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show invitations with this status</source>
        <translation>Afficher les invitations ayant ce statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Honoured</source>
        <translation>Honorée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued: home invites; received: home is invited</source>
        <translation>Émise&#xa0;: nous invitons&#xa0;; reçue&#xa0;: nous sommes invités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued and received</source>
        <translation>Émises et reçues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Émises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Between others</source>
        <translation>Entre tiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stand out after </source>
        <translation>signaler après </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending invitations older than this are highlighted</source>
        <translation>Les invitations en attente plus anciennes que ce délai sont mises en évidence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date recorded with the new status</source>
        <translation>La date enregistrée avec le nouveau statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status date:</source>
        <translation>&amp;Date du statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Accepted</source>
        <translation>&amp;Acceptée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The invitation was accepted</source>
        <translation>L&apos;invitation a été acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declined</source>
        <translation>Re&amp;fusée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The invitation was declined</source>
        <translation>L&apos;invitation a été refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Honoured…</source>
        <translation>&amp;Honorée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visit took place: pick it or log it</source>
        <translation>La visite a eu lieu&#xa0;: choisissez-la ou enregistrez-la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpired</source>
        <translation>E&amp;xpirée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answer came in time</source>
        <translation>Aucune réponse n&apos;est arrivée à temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawn</source>
        <translation>&amp;Retirée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The inviter withdrew it</source>
        <translation>L&apos;invitant l&apos;a retirée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create &amp;follow-up…</source>
        <translation>Créer un &amp;suivi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up action on the selected invitation</source>
        <translation>Une action de suivi sur l&apos;invitation sélectionnée</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark invitation {status}</source>
        <translation>Marquer l&apos;invitation comme {status}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mark invitation honoured</source>
        <translation>Marquer l&apos;invitation comme honorée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Create follow-up</source>
        <translation>Créer un suivi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up created</source>
        <translation>Suivi créé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../partnertracker/gui/main_window.py" line="+63"/>
        <source>{file} — partnertracker</source>
        <translation>{file} — partnertracker</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../partnertracker/gui/views/record_views.py" line="+24"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../partnertracker/gui/views/record_views.py" line="+1"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../partnertracker/gui/views/record_views.py" line="+1"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../partnertracker/gui/views/record_views.py" line="+1"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../partnertracker/gui/views/record_views.py" line="+1"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{view} will appear here.</source>
        <translation>{view} apparaîtra ici.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import dispatch files (text, HTML, e-mail)</source>
        <translation>Importer des fichiers de dépêches (texte, HTML, courriel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import every dispatch in a folder</source>
        <translation>Importer toutes les dépêches d&apos;un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste dispatch…</source>
        <translation>&amp;Coller une dépêche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the dispatch text on the clipboard</source>
        <translation>Importer le texte de dépêche présent dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy of the database</source>
        <translation>Enregistrer une copie de la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search partners, people, visits, invitations, agreements and dispatches</source>
        <translation>Rechercher parmi les partenaires, personnes, visites, invitations, accords et dépêches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About partnertracker</source>
        <translation>À &amp;propos de partnertracker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;sidebar</source>
        <translation>Afficher la barre &amp;latérale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Takes effect the next time partnertracker starts</source>
        <translation>Prend effet au prochain démarrage de partnertracker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The interface language will change the next time partnertracker starts.</source>
        <translation>La langue de l&apos;interface changera au prochain démarrage de partnertracker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database this window works on</source>
        <translation>La base de données sur laquelle travaille cette fenêtre</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save a backup of the database</source>
        <translation>Enregistrer une sauvegarde de la base de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Databases (*.sqlite)</source>
        <translation>Bases de données (*.sqlite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving a backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup saved to {path}</source>
        <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving a backup of the database</source>
        <translation>Sauvegarde de la base de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About partnertracker</source>
        <translation>À propos de partnertracker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;partnertracker&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Partner organisations, visits, invitations, agreements and follow-ups, read from dispatches.&lt;br&gt;&lt;br&gt;Database: {path}</source>
        <translation>&lt;b&gt;partnertracker&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Organisations partenaires, visites, invitations, accords et suivis, tirés des dépêches.&lt;br&gt;&lt;br&gt;Base de données&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../partnertracker/gui/models.py" line="-120"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The partner&apos;s canonical name</source>
        <translation>Le nom officiel du partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO 3166 country code</source>
        <translation>Code pays ISO 3166</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship status</source>
        <translation>Statut de la relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of the latest visit either way</source>
        <translation>Date de la dernière visite, dans un sens ou dans l&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open invitations</source>
        <translation>Invitations en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations to or from this partner still pending</source>
        <translation>Invitations de ou vers ce partenaire encore en attente</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location line="-71"/>
        <source>{hint} (not sortable)</source>
        <translation>{hint} (non triable)</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <location filename="../../partnertracker/gui/views/partners.py" line="+41"/>
        <source>Filter partners by name, acronym or alias…</source>
        <translation>Filtrer les partenaires par nom, sigle ou autre nom…</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location line="+54"/>
        <source>Two-letter ISO country code</source>
        <translation>Code pays ISO à deux lettres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved when you leave the field</source>
        <translation>Enregistré quand vous quittez le champ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved when you press Enter or leave the field</source>
        <translation>Enregistré quand vous appuyez sur Entrée ou quittez le champ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;cronym:</source>
        <translation>Si&amp;gle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&amp;quarters city:</source>
        <translation>&amp;Ville du siège&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other names of the partner, in any language; Delete removes one</source>
        <translation>Autres noms du partenaire, dans toutes les langues&#xa0;; Suppr en retire un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another name and press Enter</source>
        <translation>Autre nom, puis Entrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headquarters, regional offices, campuses: choose one to change it; Delete removes it</source>
        <translation>Siège, bureaux régionaux, campus&#xa0;: choisissez-en un pour le modifier&#xa0;; Suppr le retire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other names and sites</source>
        <translation>Autres noms et implantations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People of this partner with their current title</source>
        <translation>Personnes de ce partenaire avec leur fonction actuelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter or double-click opens the record, or the dispatch&apos;s text</source>
        <translation>Entrée ou un double-clic ouvre la fiche, ou le texte de la dépêche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a partner in the list to see its page.</source>
        <translation>Choisissez un partenaire dans la liste pour afficher sa page.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No other names recorded</source>
        <translation>Aucun autre nom enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No people recorded</source>
        <translation>Aucune personne enregistrée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a partner needs a name; the old one is kept</source>
        <translation>un partenaire doit avoir un nom&#xa0;; l&apos;ancien est conservé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>acronym</source>
        <translation>sigle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>headquarters city</source>
        <translation>ville du siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relationship</source>
        <translation>relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other names</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sites</source>
        <translation>implantations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the partner&apos;s {field}</source>
        <translation>Modifier le champ «&#xa0;{field}&#xa0;» du partenaire</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>What the site is: choose or type (“Beijing campus”)</source>
        <translation>Nature de l&apos;implantation&#xa0;: choisissez ou saisissez («&#xa0;campus de Pékin&#xa0;»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of site</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-letter ISO country code (MA, FR, CN); may stay empty</source>
        <translation>Code pays ISO à deux lettres (MA, FR, CN)&#xa0;; peut rester vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add site</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the site typed above to this partner</source>
        <translation>Ajouter à ce partenaire l&apos;implantation saisie ci-dessus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save site</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the chosen site with what is typed above</source>
        <translation>Remplacer l&apos;implantation choisie par ce qui est saisi ci-dessus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move site</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen site (Ctrl+Z brings it back)</source>
        <translation>Supprimer l&apos;implantation choisie (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>headquarters</source>
        <translation>siège</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>regional office</source>
        <translation>bureau régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campus</source>
        <translation>campus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>liaison office</source>
        <translation>bureau de liaison</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No sites recorded</source>
        <translation>Aucune implantation enregistrée</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>this partner already has that site</source>
        <translation>ce partenaire a déjà cette implantation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a site to the partner</source>
        <translation>Ajouter une implantation au partenaire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change a site of the partner</source>
        <translation>Modifier une implantation du partenaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove a site of the partner</source>
        <translation>Supprimer une implantation du partenaire</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../partnertracker/gui/importing.py" line="-180"/>
        <source>the pasted text is empty: copy the text of a dispatch, then paste it again</source>
        <translation>le texte collé est vide&#xa0;: copiez le texte d&apos;une dépêche, puis collez-le à nouveau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste a dispatch</source>
        <translation>Coller une dépêche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the text of the dispatch, dateline included:</source>
        <translation>Collez le texte de la dépêche, lieu et date d&apos;émission compris&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste the text of the dispatch here.</source>
        <translation>Collez ici le texte de la dépêche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../../partnertracker/gui/views/review_model.py" line="+54"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation areas</source>
        <translation>Domaines de coopération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>new ({count} similar)</source>
        <translation>nouveau (similaires&#xa0;: {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link: {name}</source>
        <translation>lien&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On accept</source>
        <translation>Si accepté</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>confidence: {value}%</source>
        <translation>confiance&#xa0;: {value} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a guess: check it against the text</source>
        <translation>une supposition&#xa0;: à vérifier dans le texte</translation>
    </message>
</context>
<context>
    <name>RecordListPicker</name>
    <message>
        <location filename="../../partnertracker/gui/views/pickers.py" line="+97"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the one typed to the list (Enter)</source>
        <translation>Ajouter à la liste celui qui est saisi (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete removes the selected one</source>
        <translation>Suppr retire l&apos;élément sélectionné</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../partnertracker/gui/views/record_list.py" line="+120"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the list; Esc clears</source>
        <translation>Tapez pour filtrer la liste&#xa0;; Échap efface</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected records (Ctrl+Z brings them back)</source>
        <translation>Supprimer les fiches sélectionnées (Ctrl+Z les rétablit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Change {field}</source>
        <translation>Modifier le champ «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{shown} of {total} shown (scroll for more)</source>
        <translation>{shown} sur {total} affichées (faites défiler pour en voir plus)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Deleted %n record(s); Ctrl+Z to undo</source>
        <translation>
            <numerusform>%n fiche supprimée&#xa0;; Ctrl+Z pour annuler</numerusform>
            <numerusform>%n fiches supprimées&#xa0;; Ctrl+Z pour annuler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not a {what}: write it as {example} (e.g. 2025-07-14)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une {what} valide&#xa0;: écrivez-la sous la forme {example} (p.&#xa0;ex. 2025-07-14)</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../partnertracker/gui/views/pickers.py" line="-62"/>
        <location line="+45"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Type part of the {what}&apos;s name</source>
        <translation>Tapez une partie du nom ({what})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no {what} is called “{text}”: pick one from the suggestions, or add it first</source>
        <translation>«&#xa0;{text}&#xa0;» ne correspond à aucun nom ({what})&#xa0;: choisissez dans les suggestions, ou ajoutez-le d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” matches several {what}s: pick one from the suggestions</source>
        <translation>«&#xa0;{text}&#xa0;» correspond à plusieurs noms ({what})&#xa0;: choisissez dans les suggestions</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../partnertracker/reports/build.py" line="-693"/>
        <source>intergovernmental</source>
        <translation>intergouvernementale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>government</source>
        <translation>gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>university</source>
        <translation>université</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>foundation</source>
        <translation>fondation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media</source>
        <translation>médias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prospect</source>
        <translation>potentiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dormant</source>
        <translation>en sommeil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>former</source>
        <translation>ancien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outgoing</source>
        <translation>sortante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incoming</source>
        <translation>entrante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external</source>
        <translation>entre tiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issued</source>
        <translation>émise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>completed</source>
        <translation>effectuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>honoured</source>
        <translation>honorée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>talk</source>
        <translation>conférence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MoU</source>
        <translation>protocole d&apos;accord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cooperation agreement</source>
        <translation>accord de coopération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terminated</source>
        <translation>résilié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visiting organisations</source>
        <translation>Organisations en visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+266"/>
        <location line="+101"/>
        <location line="+36"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>Cooperation areas</source>
        <translation>Domaines de coopération</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+223"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>event: {event}</source>
        <translation>événement&#xa0;: {event}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {city}</source>
        <translation>à {city}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply due: invitation from {inviter} to {invitee}</source>
        <translation>Réponse attendue&#xa0;: invitation de {inviter} à {invitee}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner:</source>
        <translation>Partenaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+233"/>
        <location line="+129"/>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Age (days)</source>
        <translation>Âge (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+232"/>
        <location line="+130"/>
        <source>Inviter</source>
        <translation>Invitant</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+233"/>
        <location line="+129"/>
        <source>Invitee</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+232"/>
        <location line="+130"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+233"/>
        <location line="+129"/>
        <source>What and where</source>
        <translation>Quoi et où</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+234"/>
        <location line="+128"/>
        <source>Reply by</source>
        <translation>Réponse avant le</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued by us, awaiting the invitee&apos;s reply</source>
        <translation>Émises par nous, en attente de la réponse de l&apos;invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invitation we issued is awaiting a reply.</source>
        <translation>Aucune invitation émise par nous n&apos;attend de réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, awaiting our reply</source>
        <translation>Reçues, en attente de notre réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invitation we received is awaiting our reply.</source>
        <translation>Aucune invitation reçue n&apos;attend notre réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between other organisations</source>
        <translation>Entre d&apos;autres organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pending invitation between other organisations.</source>
        <translation>Aucune invitation en attente entre d&apos;autres organisations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending invitations</source>
        <translation>Invitations en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations still unanswered on {day}, oldest first</source>
        <translation>Invitations toujours sans réponse au {day}, les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No invitation is pending: every invitation recorded has had its answer.</source>
        <translation>Aucune invitation en attente&#xa0;: chaque invitation enregistrée a reçu sa réponse.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+223"/>
        <location line="+9"/>
        <location line="+105"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="-337"/>
        <location line="+224"/>
        <location line="+112"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="-335"/>
        <location line="+336"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="-335"/>
        <location line="+220"/>
        <location line="+9"/>
        <location line="+105"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-334"/>
        <location line="+221"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open follow-up actions</source>
        <translation>Actions de suivi ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By owner and due date, overdue first, on {day}</source>
        <translation>Par responsable et échéance, les retards d&apos;abord, au {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-up action is overdue.</source>
        <translation>Aucune action de suivi n&apos;est en retard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, not yet due</source>
        <translation>Ouvertes, pas encore échues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other follow-up action is open.</source>
        <translation>Aucune autre action de suivi n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No follow-up action is open.</source>
        <translation>Aucune action de suivi n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Activity report</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits, invitations, agreements and follow-up actions</source>
        <translation>Visites, invitations, accords et actions de suivi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+75"/>
        <source>Visits received (incoming)</source>
        <translation>Visites reçues (entrantes)</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+78"/>
        <source>Visits made (outgoing)</source>
        <translation>Visites effectuées (sortantes)</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+18"/>
        <location line="+34"/>
        <location line="+52"/>
        <source>Invitations issued</source>
        <translation>Invitations émises</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+18"/>
        <location line="+34"/>
        <location line="+53"/>
        <source>Invitations received</source>
        <translation>Invitations reçues</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+18"/>
        <location line="+100"/>
        <source>Agreements signed</source>
        <translation>Accords signés</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+127"/>
        <source>Follow-up actions opened</source>
        <translation>Actions de suivi ouvertes</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+135"/>
        <source>Follow-up actions closed</source>
        <translation>Actions de suivi closes</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+143"/>
        <source>Partners met for the first time</source>
        <translation>Partenaires rencontrés pour la première fois</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+104"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+34"/>
        <location line="+16"/>
        <source>Visits received</source>
        <translation>Visites reçues</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+34"/>
        <location line="+16"/>
        <source>Visits made</source>
        <translation>Visites effectuées</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity per month</source>
        <translation>Activité par mois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No visit or invitation in this period.</source>
        <translation>Aucune visite ni invitation sur cette période.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Per cooperation area</source>
        <translation>Par domaine de coopération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation area</source>
        <translation>Domaine de coopération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visit in this period named a cooperation area.</source>
        <translation>Aucune visite de cette période n&apos;a nommé de domaine de coopération.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No partner visited us in this period.</source>
        <translation>Aucun partenaire ne nous a rendu visite sur cette période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We visited no partner in this period.</source>
        <translation>Nous n&apos;avons visité aucun partenaire sur cette période.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visits planned, not yet made</source>
        <translation>Visites prévues, pas encore effectuées</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+101"/>
        <location line="+8"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+18"/>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+82"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Status since</source>
        <translation>Statut depuis le</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>We issued no invitation in this period.</source>
        <translation>Nous n&apos;avons émis aucune invitation sur cette période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We received no invitation in this period.</source>
        <translation>Nous n&apos;avons reçu aucune invitation sur cette période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitation outcomes</source>
        <translation>Suites données aux invitations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitations issued or received in the period, by their status today.</source>
        <translation>Invitations émises ou reçues sur la période, selon leur statut aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invitation in this period.</source>
        <translation>Aucune invitation sur cette période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+112"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+112"/>
        <location line="+22"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+28"/>
        <location line="+37"/>
        <location line="+47"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+113"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+113"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>No agreement was signed in this period.</source>
        <translation>Aucun accord n&apos;a été signé sur cette période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened on</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No follow-up action was opened in this period.</source>
        <translation>Aucune action de suivi n&apos;a été ouverte sur cette période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed on</source>
        <translation>Close le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No follow-up action was closed in this period.</source>
        <translation>Aucune action de suivi n&apos;a été close sur cette période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First met</source>
        <translation>Première rencontre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>No new partner was met in this period.</source>
        <translation>Aucun nouveau partenaire n&apos;a été rencontré sur cette période.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was recorded between {start} and {end}: no visit, invitation, agreement or follow-up action.</source>
        <translation>Rien n&apos;a été enregistré entre le {start} et le {end}&#xa0;: ni visite, ni invitation, ni accord, ni action de suivi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Partner dossier: {partner}</source>
        <translation>Dossier partenaire&#xa0;: {partner}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details, people, visits, invitations, agreements, follow-ups and sources</source>
        <translation>Détails, personnes, visites, invitations, accords, suivis et sources</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Also known as</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites</source>
        <translation>Implantations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <comment>a person&apos;s position</comment>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No person of this partner is recorded.</source>
        <translation>Aucune personne de ce partenaire n&apos;est enregistrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No visit with this partner is recorded.</source>
        <translation>Aucune visite avec ce partenaire n&apos;est enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No invitation with this partner is recorded.</source>
        <translation>Aucune invitation avec ce partenaire n&apos;est enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No agreement with this partner is recorded.</source>
        <translation>Aucun accord avec ce partenaire n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No follow-up action for this partner is recorded.</source>
        <translation>Aucune action de suivi pour ce partenaire n&apos;est enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest dispatches</source>
        <translation>Dernières dépêches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dateline</source>
        <translation>Lieu d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dispatch mentions this partner.</source>
        <translation>Aucune dépêche ne mentionne ce partenaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No activity with {partner} is recorded yet: no visit, invitation, agreement or follow-up action.</source>
        <translation>Aucune activité avec {partner} n&apos;est encore enregistrée&#xa0;: ni visite, ni invitation, ni accord, ni action de suivi.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The list is empty.</source>
        <translation>La liste est vide.</translation>
    </message>
    <message>
        <location filename="../../partnertracker/reports/content.py" line="+91"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Period: {period}</source>
        <translation>Période&#xa0;: {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on {day}</source>
        <translation>Établi le {day}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>en</source>
        <comment>the code of the language this translation is in</comment>
        <translation>fr</translation>
    </message>
    <message>
        <location filename="../../partnertracker/reports/formats/csv_table.py" line="+26"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../partnertracker/reports/formats/ics.py" line="+67"/>
        <source>Nothing dated to put in a calendar: no follow-up due date and no reply-by date.</source>
        <translation>Rien de daté à mettre dans un agenda&#xa0;: aucune échéance de suivi ni date limite de réponse.</translation>
    </message>
    <message>
        <location filename="../../partnertracker/reports/formats/markdown.py" line="+30"/>
        <source>The chart has nothing to show.</source>
        <translation>Le graphique n&apos;a rien à montrer.</translation>
    </message>
    <message>
        <location filename="../../partnertracker/reports/formats/pdf.py" line="+49"/>
        <source>{title} · page {page} of {pages}</source>
        <translation>{title} · page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../partnertracker/reports/formats/xlsx.py" line="+67"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../partnertracker/gui/views/reports.py" line="+52"/>
        <source>Pending invitations</source>
        <translation>Invitations en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner dossier</source>
        <translation>Dossier partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (LibreOffice, Word)</source>
        <translation>Texte OpenDocument (LibreOffice, Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (texte pour tableur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (follow-ups, reply-by dates)</source>
        <translation>iCalendar (suivis, dates limites de réponse)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Which report to build</source>
        <translation>Le rapport à produire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The activity report covers these days</source>
        <translation>Le rapport d&apos;activité couvre ces jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, acronym or alias</source>
        <translation>Nom, sigle ou autre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The partner whose dossier to build</source>
        <translation>Le partenaire dont le dossier est à produire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The kind of file Save… writes</source>
        <translation>Le type de fichier qu&apos;écrit Enregistrer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report to a file in the chosen format (Ctrl+S)</source>
        <translation>Écrire le rapport dans un fichier au format choisi (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report as previewed (Ctrl+P)</source>
        <translation>Imprimer le rapport tel qu&apos;il est prévisualisé (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;artner:</source>
        <translation>Parte&amp;naire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The report&apos;s preview appears here.</source>
        <translation>L&apos;aperçu du rapport s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>iCalendar holds follow-up due dates and invitation reply-by dates only.</source>
        <translation>iCalendar ne contient que les échéances des suivis et les dates limites de réponse aux invitations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a few letters of a name, an acronym or an alias.</source>
        <translation>Tapez quelques lettres d&apos;un nom, d&apos;un sigle ou d&apos;un autre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits, invitations, agreements and follow-ups of the period, month by month.</source>
        <translation>Visites, invitations, accords et suivis de la période, mois par mois.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Building the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a partner&apos;s name, acronym or alias to see the dossier.</source>
        <translation>Tapez le nom, le sigle ou un autre nom d&apos;un partenaire pour afficher son dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period starts after it ends: choose an earlier first day or a later last day.</source>
        <translation>La période commence après sa fin&#xa0;: choisissez un premier jour plus tôt ou un dernier jour plus tard.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the report…</source>
        <translation>Production du rapport…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report</source>
        <translation>Enregistrement du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report saved to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving cancelled; no file was written or replaced.</source>
        <translation>Enregistrement annulé&#xa0;; aucun fichier n&apos;a été écrit ni remplacé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report sent to the printer</source>
        <translation>Rapport envoyé à l&apos;imprimante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>ReviewHighlight</name>
    <message>
        <location filename="../../partnertracker/gui/views/review_highlight.py" line="+36"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigger word</source>
        <translation>mot déclencheur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooperation area</source>
        <translation>domaine de coopération</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Colours of the words the proposal is built on</source>
        <translation>Couleurs des mots sur lesquels repose la proposition</translation>
    </message>
</context>
<context>
    <name>ReviewUndo</name>
    <message>
        <location filename="../../partnertracker/gui/views/review_undo.py" line="+31"/>
        <source>Review of dispatch #{id}</source>
        <translation>Relecture de la dépêche n° {id}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../partnertracker/gui/views/review.py" line="+111"/>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>← Inbox</source>
        <translation>← Boîte de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the dispatches waiting for review (Esc)</source>
        <translation>Revenir aux dépêches en attente de relecture (Échap)</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+172"/>
        <source>Selected item</source>
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add what the proposal missed: select its words in the text first</source>
        <translation>Ajouter ce que la proposition a manqué&#xa0;: sélectionnez d&apos;abord ses mots dans le texte</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+128"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+16"/>
        <location line="+12"/>
        <source>Country (ISO code)</source>
        <translation>Pays (code ISO)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Honorific</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… with</source>
        <translation>… avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visiting people</source>
        <translation>Personnes en visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host&apos;s people</source>
        <translation>Personnes de l&apos;hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Inviter</source>
        <translation>Invitant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inviter&apos;s people</source>
        <translation>Personnes de l&apos;invitant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitee</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitee&apos;s people</source>
        <translation>Personnes de l&apos;invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>… and</source>
        <translation>… et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+53"/>
        <source>Untick what is wrong, correct what is close, then accept.</source>
        <translation>Décochez ce qui est faux, corrigez ce qui est approchant, puis acceptez.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive this dispatch without writing anything</source>
        <translation>Archiver cette dépêche sans rien enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the ticked items in one go (Ctrl+Enter)</source>
        <translation>Enregistrer en une fois les éléments cochés (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This dispatch is no longer in the database.</source>
        <translation>Cette dépêche ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This dispatch was already {state}; it is shown for reference.</source>
        <translation>Cette dépêche a déjà été {state}&#xa0;; elle est affichée pour information.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed</source>
        <translation>relue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Untitled dispatch</source>
        <translation>Dépêche sans titre</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tick the people on this side; Space ticks the selected one. Someone missing: select the name in the text, then Add ▸ Person.</source>
        <translation>Cochez les personnes de ce côté&#xa0;; Espace coche celle qui est sélectionnée. Quelqu&apos;un manque&#xa0;: sélectionnez son nom dans le texte, puis Ajouter ▸ Personne.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left out of this proposal: tick them under People to write them</source>
        <translation>Laissées hors de cette proposition&#xa0;: cochez-les sous Personnes pour les enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No people in this proposal</source>
        <translation>Aucune personne dans cette proposition</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Link to a record the database already holds, or create a new one</source>
        <translation>Lier à une fiche déjà présente dans la base, ou en créer une nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record</source>
        <translation>Créer une nouvelle fiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Link to {name}</source>
        <translation>Lier à {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link to record #{id}</source>
        <translation>Lier à la fiche n° {id}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+4"/>
        <source>The proposal was not accepted</source>
        <translation>La proposition n&apos;a pas été acceptée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept dispatch</source>
        <translation>Accepter la dépêche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The dispatch was not archived</source>
        <translation>La dépêche n&apos;a pas été archivée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject dispatch</source>
        <translation>Rejeter la dépêche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispatch archived; nothing was written.</source>
        <translation>Dépêche archivée&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{reason}

Nothing was written and your corrections are still here; fix the item or try again.</source>
        <translation>{reason}

Rien n&apos;a été enregistré et vos corrections sont toujours là&#xa0;; corrigez l&apos;élément ou réessayez.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n accord</numerusform>
            <numerusform>%n accords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>(%n linked to existing records)</source>
        <translation>
            <numerusform>(%n liée à une fiche existante)</numerusform>
            <numerusform>(%n liées à des fiches existantes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) left out for want of an organisation.</source>
        <translation>
            <numerusform>%n élément laissé de côté faute d&apos;organisation.</numerusform>
            <numerusform>%n éléments laissés de côté faute d&apos;organisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Accepted: {parts} written; the dispatch is reviewed.</source>
        <translation>Acceptée&#xa0;: {parts} dans la base&#xa0;; la dépêche est relue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../partnertracker/gui/search.py" line="-72"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatches</source>
        <translation>Dépêches</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../partnertracker/gui/models.py" line="+314"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visit to {host} in {city}</source>
        <translation>Visite chez {host} à {city}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit to {host}</source>
        <translation>Visite chez {host}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit in {city}</source>
        <translation>Visite à {city}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invitation from {inviter} to {invitee}</source>
        <translation>Invitation adressée par {inviter} à {invitee}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation from {inviter} to {invitee} ({status})</source>
        <translation>Invitation adressée par {inviter} à {invitee} ({status})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(untitled dispatch)</source>
        <translation>(dépêche sans titre)</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../partnertracker/gui/views/visits.py" line="+41"/>
        <source>Log a visit</source>
        <translation>Enregistrer une visite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2025-07-14, or 2025-07, or 2025</source>
        <translation>2025-07-14, ou 2025-07, ou 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never more precise than you know: the day, the month or only the year</source>
        <translation>Jamais plus précis que ce que vous savez&#xa0;: le jour, le mois ou seulement l&apos;année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the date will be shown</source>
        <translation>Comment la date sera affichée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as typed</source>
        <translation>telle que saisie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision of the date; &apos;as typed&apos; takes it from what you wrote</source>
        <translation>Précision de la date&#xa0;; «&#xa0;telle que saisie&#xa0;» la déduit de ce que vous avez écrit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>worked out from the home organisation</source>
        <translation>déduit de notre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outgoing (home visits a partner)</source>
        <translation>sortante (nous rendons visite à un partenaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming (a partner visits home)</source>
        <translation>entrante (un partenaire nous rend visite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between others</source>
        <translation>entre tiers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MA, FR, CN…</source>
        <translation>MA, FR, CN…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter ISO country code</source>
        <translation>Code pays ISO à deux lettres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation areas discussed; Space ticks the current one</source>
        <translation>Domaines de coopération abordés&#xa0;; Espace coche celui en cours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the visit was about</source>
        <translation>L&apos;objet de la visite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The invitation this visit honours; it is marked honoured</source>
        <translation>L&apos;invitation que cette visite honore&#xa0;; elle est marquée comme honorée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{inviter} → {invitee}, {issued}</source>
        <translation>{inviter} → {invitee}, {issued}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undated</source>
        <translation>non datée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Di&amp;rection:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visiting side:</source>
        <translation>&amp;Côté visiteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;enue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Areas:</source>
        <translation>Do&amp;maines&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honours &amp;invitation:</source>
        <translation>Honore l&apos;&amp;invitation&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the visit (Ctrl+Enter)</source>
        <translation>Enregistrer la visite (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“{text}” is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2025-07-14)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ, AAAA-MM ou AAAA (p. ex. 2025-07-14)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+61"/>
        <source>Edit visit</source>
        <translation>Modifier la visite</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Change it from the Invitations view (Honoured…)</source>
        <translation>À modifier depuis la vue Invitations (Honorée…)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the date {date} is known to the {known} only: it cannot have {chosen} precision</source>
        <translation>la date {date} n&apos;est connue qu&apos;avec la précision «&#xa0;{known}&#xa0;»&#xa0;: elle ne peut pas avoir la précision «&#xa0;{chosen}&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{code}” is not a country code; use the two-letter ISO code (MA, FR, CN)</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code pays&#xa0;: utilisez le code ISO à deux lettres (MA, FR, CN)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a partner cannot visit itself: the host is also on the visiting side</source>
        <translation>un partenaire ne peut pas se rendre visite&#xa0;: l&apos;hôte figure aussi parmi les visiteurs</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Log visit</source>
        <translation>Enregistrer la visite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log visit honouring an invitation</source>
        <translation>Enregistrer la visite honorant une invitation</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../partnertracker/gui/models.py" line="-242"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As precise as the source says: day, month or year</source>
        <translation>Aussi précise que la source&#xa0;: jour, mois ou année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing: home visits a partner; incoming: a partner visits home</source>
        <translation>Sortante&#xa0;: nous rendons visite à un partenaire&#xa0;; entrante&#xa0;: un partenaire nous rend visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visiting side</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>VisitsView</name>
    <message>
        <location filename="../../partnertracker/gui/views/visits.py" line="+18"/>
        <source>Filter visits by host, city, venue or summary…</source>
        <translation>Filtrer les visites par hôte, ville, lieu ou résumé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds visits with words starting with what you type; Esc clears</source>
        <translation>Trouve les visites dont des mots commencent par ce que vous tapez&#xa0;; Échap efface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing: home visits a partner; incoming: a partner visits home</source>
        <translation>Sortante&#xa0;: nous rendons visite à un partenaire&#xa0;; entrante&#xa0;: un partenaire nous rend visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All directions</source>
        <translation>Tous les sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing</source>
        <translation>Sortantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Entrantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Between others</source>
        <translation>Entre tiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log visit…</source>
        <translation>&amp;Enregistrer une visite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a visit by hand</source>
        <translation>Enregistrer une visite à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit visit…</source>
        <translation>&amp;Modifier la visite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected visit in the form (Enter)</source>
        <translation>Ouvrir la visite sélectionnée dans le formulaire (Entrée)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Visit logged</source>
        <translation>Visite enregistrée</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../partnertracker/gui/app.py" line="+51"/>
        <source>partnertracker cannot open its database</source>
        <translation>partnertracker ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}

Database: {path}</source>
        <translation>{message}

Base de données&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../partnertracker/gui/errors.py" line="+46"/>
        <location line="+21"/>
        <source>partnertracker</source>
        <translation>partnertracker</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Something went wrong, and this action may not have finished.

The details were saved to {path}; please send that file to whoever supports partnertracker.</source>
        <translation>Un incident est survenu et cette action n&apos;est peut-être pas allée à son terme.

Les détails ont été enregistrés dans {path}&#xa0;; merci d&apos;envoyer ce fichier à la personne qui assure le support de partnertracker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong, and this action may not have finished.

{error}</source>
        <translation>Un incident est survenu et cette action n&apos;est peut-être pas allée à son terme.

{error}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../partnertracker/gui/export.py" line="-83"/>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Exporting the list</source>
        <translation>Export de la liste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save every row the list shows, in its order, as CSV or XLSX (Ctrl+E)</source>
        <translation>Enregistrer toutes les lignes affichées, dans leur ordre, au format CSV ou XLSX (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../partnertracker/gui/models.py" line="-377"/>
        <source>Intergovernmental</source>
        <translation>Intergouvernementale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospect</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Former</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing</source>
        <translation>Sortante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Entre tiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honoured</source>
        <translation>Honorée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Talk</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MoU</source>
        <translation>Protocole d&apos;accord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cooperation agreement</source>
        <translation>Accord de coopération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewed</source>
        <translation>Relue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispatch</source>
        <translation>Dépêche</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../partnertracker/gui/operations.py" line="+133"/>
        <location line="+3"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../partnertracker/gui/undo.py" line="-28"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement</source>
        <translation>accord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch</source>
        <translation>dépêche</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Edit {kind}</source>
        <translation>Modifier&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>this {kind} is no longer in the database</source>
        <translation>cette fiche ({kind}) n&apos;est plus dans la base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change {field}</source>
        <translation>Modifier le champ «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete {kind}</source>
        <translation>Supprimer&#xa0;: {kind}</translation>
    </message>
</context>
</TS>
