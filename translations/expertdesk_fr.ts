<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChartRenderer</name>
    <message>
        <source>Could not write the image %1. Check that the folder exists and that you may write there.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1. Vérifiez que le dossier existe et que vous disposez des droits d&apos;écriture.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1. Check that the folder exists and that you may write there.</source>
        <translation>Impossible d&apos;écrire le fichier PDF %1. Vérifiez que le dossier existe et que vous disposez des droits d&apos;écriture.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its name; use one of: %2.</source>
        <extracomment>%1 is the file name, %2 the formats, e.g. &quot;png, pdf&quot;</extracomment>
        <translation>Impossible de déterminer le format de %1 d&apos;après son nom&#xa0;; utilisez l&apos;un des formats suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not write the SVG file %1. Check that the folder exists and that you may write there.</source>
        <translation>Impossible d&apos;écrire le fichier SVG %1. Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Create the database or bring it up to date; --demo fills a new one with demo data.</source>
        <translation>Créer la base de données ou la mettre à jour&#xa0;; --demo remplit une nouvelle base avec des données de démonstration.</translation>
    </message>
    <message>
        <source>List the records of a type, optionally filtered.</source>
        <translation>Lister les fiches d&apos;un type, avec un filtre facultatif.</translation>
    </message>
    <message>
        <source>Print one record.</source>
        <translation>Afficher une fiche.</translation>
    </message>
    <message>
        <source>Add a record given as a JSON object (DATA, @FILE or - for standard input); prints its id.</source>
        <translation>Ajouter une fiche fournie sous forme d&apos;objet JSON (DATA, @FILE ou - pour l&apos;entrée standard)&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>Change fields of a record.</source>
        <translation>Modifier des champs d&apos;une fiche.</translation>
    </message>
    <message>
        <source>Delete a record (it is kept as a tombstone for sync).</source>
        <translation>Supprimer une fiche (elle est conservée comme marqueur de suppression pour la synchronisation).</translation>
    </message>
    <message>
        <source>Count the records of every type and the changes waiting to sync.</source>
        <translation>Compter les fiches de chaque type et les modifications en attente de synchronisation.</translation>
    </message>
    <message>
        <source>Rank the experts for an open need, every part of the score explained.</source>
        <translation>Classer les experts pour un besoin ouvert, en détaillant chaque composante du score.</translation>
    </message>
    <message>
        <source>Propose the best assignment of experts to all open needs (nothing is written).</source>
        <translation>Proposer la meilleure affectation des experts à l&apos;ensemble des besoins ouverts (rien n&apos;est enregistré).</translation>
    </message>
    <message>
        <source>Explain the program or one command.</source>
        <translation>Expliquer le programme ou une commande.</translation>
    </message>
    <message>
        <source>The database file; by default $EXPERTDESK_DB or else %1</source>
        <translation>Le fichier de base de données&#xa0;; par défaut $EXPERTDESK_DB, sinon %1</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>Afficher les résultats au format JSON.</translation>
    </message>
    <message>
        <source>Explain the program or the command.</source>
        <translation>Expliquer le programme ou la commande.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>TYPE is experts, institutions, needs, missions or evaluations (the singular works too).</source>
        <translation>TYPE vaut experts, institutions, needs, missions ou evaluations (le singulier est également accepté).</translation>
    </message>
    <message>
        <source>Run &quot;expertdesk-cli COMMAND --help&quot; for the options of a command; docs/cli.md has examples.</source>
        <translation>Exécutez «&#xa0;expertdesk-cli COMMAND --help&#xa0;» pour connaître les options d&apos;une commande&#xa0;; docs/cli.md donne des exemples.</translation>
    </message>
    <message>
        <source>Expert Desk on the command line: manage experts, institutions, needs, missions and evaluations in the local database.</source>
        <translation>Expert Desk en ligne de commande&#xa0;: gérez les experts, les institutions, les besoins, les missions et les évaluations de la base de données locale.</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>L&apos;action à effectuer&#xa0;; voir la liste ci-dessous.</translation>
    </message>
    <message>
        <source>%1. Run &quot;expertdesk-cli --help&quot; for the options.</source>
        <translation>%1. Exécutez «&#xa0;expertdesk-cli --help&#xa0;» pour connaître les options.</translation>
    </message>
    <message>
        <source>expertdesk-cli %1 (database schema %2)</source>
        <translation>expertdesk-cli %1 (schéma de base de données %2)</translation>
    </message>
    <message>
        <source>No command given. Run &quot;expertdesk-cli --help&quot; to see the commands.</source>
        <translation>Aucune commande indiquée. Exécutez «&#xa0;expertdesk-cli --help&#xa0;» pour afficher les commandes.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2. Run &quot;expertdesk-cli --help&quot; for details.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Les commandes sont&#xa0;: %2. Exécutez «&#xa0;expertdesk-cli --help&#xa0;» pour plus de détails.</translation>
    </message>
    <message>
        <source>%1. Run &quot;expertdesk-cli %2 --help&quot; for its options.</source>
        <translation>%1. Exécutez «&#xa0;expertdesk-cli %2 --help&#xa0;» pour connaître ses options.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db exige un nom de fichier.</translation>
    </message>
    <message>
        <source>List scheduling conflicts: double bookings, unavailable experts, dates outside the host&apos;s window, passports, missions starting on a weekend.</source>
        <translation>Lister les conflits de planification&#xa0;: doubles affectations, experts indisponibles, dates en dehors de la période souhaitée par l&apos;institution d&apos;accueil, passeports, missions commençant un week-end.</translation>
    </message>
    <message>
        <source>Write every mission as an all-day event of an iCalendar (.ics) file.</source>
        <translation>Écrire chaque mission sous forme d&apos;événement «&#xa0;journée entière&#xa0;» dans un fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>Add the events of an .ics file to an expert&apos;s unavailability periods.</source>
        <translation>Ajouter les événements d&apos;un fichier .ics aux périodes d&apos;indisponibilité d&apos;un expert.</translation>
    </message>
    <message>
        <source>Write the programme report (KPIs, charts, summary tables) as an A4 PDF.</source>
        <translation>Écrire le rapport du programme (indicateurs clés, graphiques, tableaux récapitulatifs) dans un fichier PDF au format A4.</translation>
    </message>
    <message>
        <source>Send local changes to the server and receive everyone else&apos;s (password on standard input unless the keychain has a sign-in); &quot;sync status&quot; shows what is waiting.</source>
        <translation>Envoyer les modifications locales au serveur et recevoir celles des autres (mot de passe sur l&apos;entrée standard, sauf si le trousseau contient une session)&#xa0;; «&#xa0;sync status&#xa0;» affiche ce qui est en attente.</translation>
    </message>
    <message>
        <source>List the sync conflicts waiting for a person to decide.</source>
        <translation>Lister les conflits de synchronisation en attente d&apos;une décision.</translation>
    </message>
    <message>
        <source>List the local changes the server refused, with its reason.</source>
        <translation>Lister les modifications locales refusées par le serveur, avec le motif du refus.</translation>
    </message>
    <message>
        <source>Draw a dashboard chart as a PNG image, an SVG drawing or a PDF page.</source>
        <translation>Dessiner un graphique du tableau de bord en image PNG, en dessin SVG ou en page PDF.</translation>
    </message>
    <message>
        <source>Bring in the submissions of a JotForm export (CSV or XLSX): new ones added, changed ones updated, duplicates merged or set aside for review, bad rows reported with their reason.</source>
        <translation>Importer les soumissions d’un export JotForm (CSV ou XLSX) : les nouvelles sont ajoutées, les modifiées mises à jour, les doublons fusionnés ou mis de côté pour examen, les lignes erronées signalées avec leur motif.</translation>
    </message>
    <message>
        <source>Write the records of a type, filtered as by list, to a CSV, Excel or JSON file; &quot;export directory&quot; writes the public expert directory (HTML pages and JSON).</source>
        <translation>Écrire les fiches d&apos;un type, filtrées comme avec list, dans un fichier CSV, Excel ou JSON&#xa0;; «&#xa0;export directory&#xa0;» écrit l&apos;annuaire public des experts (pages HTML et JSON).</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>--%1 takes a whole number from 0 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 attend un nombre entier de 0 à %2, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Fill a new, empty database with N demo experts and the needs, missions and evaluations that go with them.</source>
        <translation>Remplir une nouvelle base de données vide avec N experts de démonstration, ainsi que les besoins, missions et évaluations correspondants.</translation>
    </message>
    <message>
        <source>Seed of the demo data; the same seed gives the same data (default 2026).</source>
        <translation>Graine des données de démonstration&#xa0;; une même graine produit les mêmes données (2026 par défaut).</translation>
    </message>
    <message>
        <source>Only records matching all words of TEXT (names, skills, equipment, titles…).</source>
        <translation>Uniquement les fiches contenant tous les mots de TEXT (noms, compétences, équipements, intitulés…).</translation>
    </message>
    <message>
        <source>Only records in the sector CODE, e.g. BME.</source>
        <translation>Uniquement les fiches du secteur CODE, par exemple BME.</translation>
    </message>
    <message>
        <source>Only records in the country ISO2, e.g. PK.</source>
        <translation>Uniquement les fiches du pays ISO2, par exemple PK.</translation>
    </message>
    <message>
        <source>Only records with the status S, e.g. active or matching.</source>
        <translation>Uniquement les fiches ayant le statut S, par exemple active ou matching.</translation>
    </message>
    <message>
        <source>Print at most N records.</source>
        <translation>Afficher au plus N fiches.</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>Ignorer les N premières fiches.</translation>
    </message>
    <message>
        <source>The record: a JSON object, @FILE to read it from a file or - to read standard input. A second --json prints the stored record as JSON.</source>
        <translation>La fiche&#xa0;: un objet JSON, @FILE pour la lire dans un fichier ou - pour la lire sur l&apos;entrée standard. Un second --json affiche la fiche enregistrée au format JSON.</translation>
    </message>
    <message>
        <source>Show the K best candidates (default 10).</source>
        <translation>Afficher les K meilleurs candidats (10 par défaut).</translation>
    </message>
    <message>
        <source>Also list the experts a hard filter excludes, with the reason.</source>
        <translation>Lister aussi les experts exclus par un filtre éliminatoire, avec le motif.</translation>
    </message>
    <message>
        <source>Points of the score parts, a JSON object such as {&quot;skills&quot;: 40, &quot;fairness&quot;: 0}; missing parts keep their default.</source>
        <translation>Points attribués aux composantes du score, sous forme d&apos;objet JSON tel que {&quot;skills&quot;: 40, &quot;fairness&quot;: 0}&#xa0;; les composantes absentes conservent leur valeur par défaut.</translation>
    </message>
    <message>
        <source>Change FIELD to VALUE; repeat for more fields. An empty VALUE clears the field.</source>
        <translation>Donner la valeur VALUE au champ FIELD&#xa0;; à répéter pour d&apos;autres champs. Une valeur VALUE vide efface le champ.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create it first with: expertdesk-cli --db %1 init</source>
        <translation>Il n&apos;existe pas de base de données à l&apos;emplacement %1. Créez-la d&apos;abord avec&#xa0;: expertdesk-cli --db %1 init</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;. Use one of: %2 (the singular works too).</source>
        <translation>Type de fiche inconnu «&#xa0;%1&#xa0;». Utilisez l&apos;un des types suivants&#xa0;: %2 (le singulier est également accepté).</translation>
    </message>
    <message>
        <source>Missing arguments. Usage: expertdesk-cli %1 (types: %2).</source>
        <translation>Arguments manquants. Usage&#xa0;: expertdesk-cli %1 (types&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: expertdesk-cli %2</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Usage&#xa0;: expertdesk-cli %2</translation>
    </message>
    <message>
        <source>No record in %1 has the id &quot;%2&quot;. Find ids with: expertdesk-cli list %1</source>
        <translation>Aucune fiche du type %1 ne porte l&apos;identifiant «&#xa0;%2&#xa0;». Pour trouver les identifiants&#xa0;: expertdesk-cli list %1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: expertdesk-cli init [--demo N] [--seed S]</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Usage&#xa0;: expertdesk-cli init [--demo N] [--seed S]</translation>
    </message>
    <message>
        <source>--seed only applies to demo data; add --demo N.</source>
        <translation>--seed ne s&apos;applique qu&apos;aux données de démonstration&#xa0;; ajoutez --demo N.</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema %2).</source>
        <translation>La base de données %1 est prête (schéma %2).</translation>
    </message>
    <message>
        <source>Created the database %1 (schema %2).</source>
        <translation>Base de données %1 créée (schéma %2).</translation>
    </message>
    <message>
        <source>--demo takes the number of demo experts, at least 1.</source>
        <translation>--demo attend le nombre d&apos;experts de démonstration, au moins 1.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier de 0 à 4294967295, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 already holds %n record(s); demo data only goes into an empty database. Give a new file with --db.</source>
        <translation>
            <numerusform>La base de données %1 contient déjà %n fiche&#xa0;; les données de démonstration ne peuvent être ajoutées qu&apos;à une base vide. Indiquez un nouveau fichier avec --db.</numerusform>
            <numerusform>La base de données %1 contient déjà %n fiches&#xa0;; les données de démonstration ne peuvent être ajoutées qu&apos;à une base vide. Indiquez un nouveau fichier avec --db.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating demo data… %1 of %2 (%3%)</source>
        <translation>Génération des données de démonstration… %1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>Génération des données de démonstration…</translation>
    </message>
    <message>
        <source>Cancelled; no demo data was kept.</source>
        <translation>Opération annulée&#xa0;; aucune donnée de démonstration n&apos;a été conservée.</translation>
    </message>
    <message>
        <source>Could not generate the demo data: %1</source>
        <translation>Impossible de générer les données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generated demo data: %1.</source>
        <translation>Données de démonstration générées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be filtered by sector; --sector works for experts, needs and missions.</source>
        <translation>Le type %1 ne peut pas être filtré par secteur&#xa0;; --sector s&apos;applique aux experts, aux besoins et aux missions.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sector code (e.g. BME, IT, RE).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de secteur (par exemple BME, IT, RE).</translation>
    </message>
    <message>
        <source>%1 cannot be filtered by country; --country works for experts, institutions, needs and missions.</source>
        <translation>Le type %1 ne peut pas être filtré par pays&#xa0;; --country s&apos;applique aux experts, aux institutions, aux besoins et aux missions.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ISO code of an OIC member state (e.g. PK, MA, SN).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le code ISO d&apos;un État membre de l&apos;OCI (par exemple PK, MA, SN).</translation>
    </message>
    <message>
        <source>%1 have no status; leave out --status.</source>
        <translation>Le type %1 n&apos;a pas de statut&#xa0;; retirez --status.</translation>
    </message>
    <message numerus="yes">
        <source>No records at offset %1; there are %n in all.</source>
        <translation>
            <numerusform>Aucune fiche à partir de la position %1&#xa0;; il y en a %n au total.</numerusform>
            <numerusform>Aucune fiche à partir de la position %1&#xa0;; il y en a %n au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Aucune fiche ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>Records %1–%2 of %n.</source>
        <translation>
            <numerusform>Fiches %1 à %2 sur %n.</numerusform>
            <numerusform>Fiches %1 à %2 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n fiche.</numerusform>
            <numerusform>%n fiches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the record with --json DATA: a JSON object, @FILE or - for standard input. The keys are: %1.</source>
        <translation>Indiquez la fiche avec --json DATA&#xa0;: un objet JSON, @FILE ou - pour l&apos;entrée standard. Les clés sont&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The record was not added; nothing was changed:</source>
        <translation>La fiche n&apos;a pas été ajoutée&#xa0;; rien n&apos;a été modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE. The fields are: %1.</source>
        <translation>Indiquez les modifications avec --set FIELD=VALUE. Les champs sont&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The record was not updated; nothing was changed:</source>
        <translation>La fiche n&apos;a pas été mise à jour&#xa0;; rien n&apos;a été modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to change: %1 already has these values.</source>
        <translation>Aucune modification&#xa0;: %1 a déjà ces valeurs.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Fiche %1 mise à jour.</translation>
    </message>
    <message>
        <source>The record was not deleted:</source>
        <translation>La fiche n&apos;a pas été supprimée&#xa0;:</translation>
    </message>
    <message>
        <source>Deleted %1. It is kept as a tombstone so that the deletion reaches other replicas.</source>
        <translation>Fiche %1 supprimée. Elle est conservée comme marqueur de suppression afin que la suppression parvienne aux autres répliques.</translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>header of `stats`: what is counted (experts, outbox…) and the count</extracomment>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the weights file %1: %2.</source>
        <translation>Impossible de lire le fichier de pondérations %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The weights file %1 is not a JSON object: %2.</source>
        <translation>Le fichier de pondérations %1 n&apos;est pas un objet JSON&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The weights in %1 cannot be used: %2</source>
        <translation>Les pondérations de %1 sont inutilisables&#xa0;: %2</translation>
    </message>
    <message>
        <source>at least one weight must be positive.</source>
        <translation>au moins une pondération doit être positive.</translation>
    </message>
    <message>
        <source>Name the need. Usage: expertdesk-cli %1</source>
        <translation>Indiquez le besoin. Usage&#xa0;: expertdesk-cli %1</translation>
    </message>
    <message>
        <source>--top takes a whole number from 1 to 10000, not &quot;%1&quot;.</source>
        <translation>--top attend un nombre entier de 1 à 10000, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No need has the id &quot;%1&quot;. Find ids with: expertdesk-cli list needs --status accepted</source>
        <translation>Aucun besoin ne porte l&apos;identifiant «&#xa0;%1&#xa0;». Pour trouver les identifiants&#xa0;: expertdesk-cli list needs --status accepted</translation>
    </message>
    <message>
        <source>The need %1 is %2; only accepted needs and needs in matching get experts. Change it with: expertdesk-cli update need %3 --set status=accepted</source>
        <translation>Le besoin %1 a le statut «&#xa0;%2&#xa0;»&#xa0;; seuls les besoins acceptés ou en cours d&apos;appariement reçoivent des experts. Pour le modifier&#xa0;: expertdesk-cli update need %3 --set status=accepted</translation>
    </message>
    <message>
        <source>Candidates for %1 — %2</source>
        <translation>Candidats pour %1 — %2</translation>
    </message>
    <message>
        <source>No expert passes the hard filters; add --excluded to see why.</source>
        <translation>Aucun expert ne franchit les filtres éliminatoires&#xa0;; ajoutez --excluded pour en voir les motifs.</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>column headers of `match`: rank, expert, score out of 100, then the seven score parts</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Excluded by a hard filter: %n expert(s).</source>
        <translation>
            <numerusform>Exclu par un filtre éliminatoire&#xa0;: %n expert.</numerusform>
            <numerusform>Exclus par un filtre éliminatoire&#xa0;: %n experts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>Aucun plan n&apos;a pu être établi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Write the chart to FILE, a .png or .pdf file.</source>
        <translation>Écrire le graphique dans FILE, un fichier .png ou .pdf.</translation>
    </message>
    <message>
        <source>Write the report to FILE, a .pdf file.</source>
        <translation>Écrire le rapport dans FILE, un fichier .pdf.</translation>
    </message>
    <message>
        <source>Language of the texts: en, fr or ar (right to left); by default the environment&apos;s.</source>
        <translation>Langue des textes&#xa0;: en, fr ou ar (de droite à gauche)&#xa0;; par défaut, celle de l&apos;environnement.</translation>
    </message>
    <message>
        <source>First day of the period (default: the first day of the month 11 months ago).</source>
        <translation>Premier jour de la période (par défaut&#xa0;: le premier jour du mois, 11 mois en arrière).</translation>
    </message>
    <message>
        <source>Last day of the period (default: the last day of the month 6 months ahead).</source>
        <translation>Dernier jour de la période (par défaut&#xa0;: le dernier jour du mois, 6 mois en avant).</translation>
    </message>
    <message>
        <source>Only the sector CODE, e.g. BME.</source>
        <translation>Uniquement le secteur CODE, par exemple BME.</translation>
    </message>
    <message>
        <source>Only the country ISO2, e.g. PK.</source>
        <translation>Uniquement le pays ISO2, par exemple PK.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE est obligatoire.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its name; end it with one of: %2.</source>
        <extracomment>%1 is the file name, %2 the formats allowed, e.g. &quot;png pdf&quot;</extracomment>
        <translation>Impossible de déterminer le format de %1 d&apos;après son nom&#xa0;; terminez-le par l&apos;une des extensions suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--lang takes en, fr or ar, not &quot;%1&quot;.</source>
        <translation>--lang attend en, fr ou ar, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-11-22, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date telle que 2026-11-22, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The period ends (--to) before it starts (--from).</source>
        <translation>La période se termine (--to) avant de commencer (--from).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ISO code of a member state (e.g. PK, SN).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le code ISO d&apos;un État membre (par exemple PK, SN).</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;. The charts are: %2.</source>
        <translation>Graphique inconnu «&#xa0;%1&#xa0;». Les graphiques sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Le fichier .ics à écrire.</translation>
    </message>
    <message>
        <source>Say what to schedule. Usage: expertdesk-cli schedule conflicts [--json]</source>
        <translation>Indiquez le rapport de planification voulu. Usage&#xa0;: expertdesk-cli schedule conflicts [--json]</translation>
    </message>
    <message>
        <source>Unknown schedule report &quot;%1&quot;. Usage: expertdesk-cli schedule conflicts [--json]</source>
        <translation>Rapport de planification inconnu «&#xa0;%1&#xa0;». Usage&#xa0;: expertdesk-cli schedule conflicts [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in %1 mission(s).</source>
        <translation>
            <numerusform>%n conflit dans %1 mission(s).</numerusform>
            <numerusform>%n conflits dans %1 mission(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Usage: expertdesk-cli export-ics --out FILE</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Usage&#xa0;: expertdesk-cli export-ics --out FILE</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.ics.</source>
        <translation>Indiquez le fichier à écrire avec --out FILE.ics.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%n événement écrit dans %1.</numerusform>
            <numerusform>%n événements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: expertdesk-cli import-ics EXPERT_ID FILE</source>
        <translation>Usage&#xa0;: expertdesk-cli import-ics EXPERT_ID FILE</translation>
    </message>
    <message numerus="yes">
        <source>Added %n unavailability period(s).</source>
        <translation>
            <numerusform>%n période d&apos;indisponibilité ajoutée.</numerusform>
            <numerusform>%n périodes d&apos;indisponibilité ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. https://desk.example.org:8787.</source>
        <translation>L&apos;adresse du serveur, par exemple https://desk.example.org:8787.</translation>
    </message>
    <message>
        <source>The user name to sign in with.</source>
        <translation>Le nom d&apos;utilisateur avec lequel se connecter.</translation>
    </message>
    <message>
        <source>Also compare the digests of every table with the server&apos;s.</source>
        <translation>Comparer aussi les empreintes de chaque table avec celles du serveur.</translation>
    </message>
    <message>
        <source>Unknown sync command &quot;%1&quot;. Usage: expertdesk-cli sync --server URL --user NAME | sync status</source>
        <translation>Commande de synchronisation inconnue «&#xa0;%1&#xa0;». Usage&#xa0;: expertdesk-cli sync --server URL --user NAME | sync status</translation>
    </message>
    <message>
        <source>Give the server and the user: expertdesk-cli sync --server URL --user NAME (password on standard input).</source>
        <translation>Indiquez le serveur et l&apos;utilisateur&#xa0;: expertdesk-cli sync --server URL --user NAME (mot de passe sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1&#xa0;: %2 sur %3…</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1&#xa0;: %2…</translation>
    </message>
    <message>
        <source>Give the password of %1 on standard input.</source>
        <translation>Fournissez le mot de passe de %1 sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Pushed %1 change(s): %2 applied, %3 merged, %4 in conflict, %5 failed.</source>
        <translation>Modifications envoyées&#xa0;: %1 (%2 appliquées, %3 fusionnées, %4 en conflit, %5 en échec).</translation>
    </message>
    <message>
        <source>Pulled %1 row(s).</source>
        <translation>Lignes reçues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s data had been restored: a fresh copy was downloaded and your changes sent again.</source>
        <translation>Les données du serveur avaient été restaurées&#xa0;: une nouvelle copie a été téléchargée et vos modifications ont été renvoyées.</translation>
    </message>
    <message>
        <source>Usage: expertdesk-cli %1 list [--json]</source>
        <translation>Usage&#xa0;: expertdesk-cli %1 list [--json]</translation>
    </message>
    <message>
        <source>%1  %2/%3  %4: server %5, yours %6%7</source>
        <translation>%1  %2/%3  %4&#xa0;: serveur %5, vous %6%7</translation>
    </message>
    <message>
        <source> (resolving)</source>
        <translation> (en cours de résolution)</translation>
    </message>
    <message>
        <source>#%1  %2 %3/%4: %5</source>
        <translation>#%1  %2 %3/%4&#xa0;: %5</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <source>No failed changes.</source>
        <translation>Aucune modification refusée.</translation>
    </message>
    <message>
        <source>A JSON file that says which column feeds which field (docs/cli.md); it overrides the columns recognised by their headers.</source>
        <translation>Un fichier JSON qui indique quelle colonne alimente quel champ (docs/cli.md) ; il remplace les colonnes reconnues par leur en-tête.</translation>
    </message>
    <message>
        <source>Read and check every row, report, and write nothing.</source>
        <translation>Lire et vérifier chaque ligne, en rendre compte, sans rien écrire.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form to import; use jotform-experts or jotform-needs.</source>
        <translation>« %1 » n’est pas un formulaire à importer ; utilisez jotform-experts ou jotform-needs.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2.</source>
        <translation>Impossible de lire la correspondance %1 : %2.</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object: %2.</source>
        <translation>La correspondance %1 n’est pas un objet JSON : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s) of %1 (nothing was written):</source>
        <translation>
            <numerusform>%n ligne de %1 vérifiée (rien n’a été écrit) :</numerusform>
            <numerusform>%n lignes de %1 vérifiées (rien n’a été écrit) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) of %1:</source>
        <translation>
            <numerusform>%n ligne de %1 lue :</numerusform>
            <numerusform>%n lignes de %1 lues :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  imported %n</source>
        <translation>
            <numerusform>  importée(s) : %n</numerusform>
            <numerusform>  importées : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  updated %n</source>
        <translation>
            <numerusform>  mise(s) à jour : %n</numerusform>
            <numerusform>  mises à jour : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  merged into an existing expert %n</source>
        <translation>
            <numerusform>  fusionnée(s) avec un expert existant : %n</numerusform>
            <numerusform>  fusionnées avec un expert existant : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  waiting for review as possible duplicates %n</source>
        <translation>
            <numerusform>  en attente d’examen comme doublon possible : %n</numerusform>
            <numerusform>  en attente d’examen comme doublons possibles : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  already imported, unchanged %n</source>
        <translation>
            <numerusform>  déjà importée, inchangée : %n</numerusform>
            <numerusform>  déjà importées, inchangées : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  failed %n</source>
        <translation>
            <numerusform>  en échec : %n</numerusform>
            <numerusform>  en échec : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  institutions created %n</source>
        <translation>
            <numerusform>  institution créée : %n</numerusform>
            <numerusform>  institutions créées : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>Row %1, %2 (warning): %3</source>
        <translation>Ligne %1, %2 (avertissement) : %3</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>toute la ligne</translation>
    </message>
    <message>
        <source>Columns not imported (map them with --mapping): %1</source>
        <translation>Colonnes non importées (associez-les avec --mapping) : %1</translation>
    </message>
    <message>
        <source>The import stopped early: %1</source>
        <translation>L’import s’est arrêté avant la fin : %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %2 % (%n row(s))</source>
        <translation>
            <numerusform>Import de %1 : %2 % (%n ligne)</numerusform>
            <numerusform>Import de %1 : %2 % (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>csv (UTF-8, opens in Excel), xlsx (an Excel workbook) or json (the records as &quot;show --json&quot; prints them).</source>
        <translation>csv (UTF-8, s&apos;ouvre dans Excel), xlsx (un classeur Excel) ou json (les fiches telles que «&#xa0;show --json&#xa0;» les affiche).</translation>
    </message>
    <message>
        <source>The file to write; for &quot;export directory&quot;, the folder.</source>
        <translation>Le fichier à écrire&#xa0;; pour «&#xa0;export directory&#xa0;», le dossier.</translation>
    </message>
    <message>
        <source>Say what to export. Usage: expertdesk-cli %1</source>
        <translation>Indiquez quoi exporter. Utilisation&#xa0;: expertdesk-cli %1</translation>
    </message>
    <message>
        <source>Name what to write with --out FILE (a folder for &quot;export directory&quot;).</source>
        <translation>Indiquez où écrire avec --out FICHIER (un dossier pour «&#xa0;export directory&#xa0;»).</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;. Export one of: %2, or the public expert directory with &quot;export directory --out DIR&quot;.</source>
        <translation>Impossible d&apos;exporter «&#xa0;%1&#xa0;». Exportez l&apos;un de ces types&#xa0;: %2, ou l&apos;annuaire public des experts avec «&#xa0;export directory --out DOSSIER&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the file format with --format csv, xlsx or json.</source>
        <translation>Choisissez le format du fichier avec --format csv, xlsx ou json.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use csv, xlsx or json.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez csv, xlsx ou json.</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2</source>
        <translation>Exportation… %1 sur %2</translation>
    </message>
    <message>
        <source>Cancelled; %1 was not written.</source>
        <translation>Annulé&#xa0;; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n fiche exportée dans %1.</numerusform>
            <numerusform>%n fiches exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 does not apply to the directory: it always lists every active expert who gave consent, as JSON and HTML.</source>
        <translation>--%1 ne s&apos;applique pas à l&apos;annuaire&#xa0;: il liste toujours tous les experts actifs qui ont donné leur consentement, en JSON et en HTML.</translation>
    </message>
    <message>
        <source>Cancelled; the directory in %1 was not changed.</source>
        <translation>Annulé&#xa0;; l&apos;annuaire dans %1 n&apos;a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the public directory of %n expert(s) to %1.</source>
        <translation>
            <numerusform>Annuaire public de %n expert écrit dans %1.</numerusform>
            <numerusform>Annuaire public de %n experts écrit dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open need(s) still want experts; together %2 more.</source>
        <extracomment>%1 needs out of %n open needs still want experts once their missions are counted</extracomment>
        <translation>
            <numerusform>%1 sur %n besoin ouvert veut encore des experts ; %2 de plus en tout.</numerusform>
            <numerusform>%1 sur %n besoins ouverts veulent encore des experts ; %2 de plus en tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan: none of them can get an eligible expert.</source>
        <translation>Aucun plan : aucun d’entre eux ne peut recevoir d’expert admissible.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s); total score %1.</source>
        <translation>
            <numerusform>%n affectation ; score total %1.</numerusform>
            <numerusform>%n affectations ; score total %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliInput</name>
    <message>
        <source>Cannot read the JSON data from standard input.</source>
        <translation>Impossible de lire les données JSON sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Cannot read the JSON file %1: %2.</source>
        <translation>Impossible de lire le fichier JSON %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The JSON data is empty; give an object such as &apos;{&quot;name&quot;: &quot;Amina Diallo&quot;}&apos;.</source>
        <translation>Les données JSON sont vides&#xa0;; fournissez un objet tel que &apos;{&quot;name&quot;: &quot;Amina Diallo&quot;}&apos;.</translation>
    </message>
    <message>
        <source>The JSON data is not valid: %1 at character %2. Check quotes, commas and braces.</source>
        <translation>Les données JSON ne sont pas valides&#xa0;: %1 au caractère %2. Vérifiez les guillemets, les virgules et les accolades.</translation>
    </message>
    <message>
        <source>The JSON data must be one object such as &apos;{&quot;name&quot;: &quot;Amina Diallo&quot;}&apos;, not a list or a value.</source>
        <translation>Les données JSON doivent former un seul objet tel que &apos;{&quot;name&quot;: &quot;Amina Diallo&quot;}&apos;, et non une liste ou une valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE; write for example --set phone=&quot;+92 51 9220681&quot; (an empty VALUE clears the field).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme FIELD=VALUE&#xa0;; écrivez par exemple --set phone=&quot;+92 51 9220681&quot; (une valeur VALUE vide efface le champ).</translation>
    </message>
    <message>
        <source>The field %1 is set twice; give each field once.</source>
        <translation>Le champ %1 est indiqué deux fois&#xa0;; indiquez chaque champ une seule fois.</translation>
    </message>
    <message>
        <source>give a single value, not a list or an object.</source>
        <translation>indiquez une seule valeur, et non une liste ou un objet.</translation>
    </message>
</context>
<context>
    <name>CsvTableReader</name>
    <message>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Impossible d’ouvrir %1 : %2. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>Not enough memory to read %1.</source>
        <translation>Mémoire insuffisante pour lire %1.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>La lecture de %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file that can be read (%2).</source>
        <translation>%1 n’est pas un fichier CSV lisible (%2).</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Needs by sector</source>
        <translation>Besoins par secteur</translation>
    </message>
    <message>
        <source>Experts by country of residence</source>
        <translation>Experts par pays de résidence</translation>
    </message>
    <message>
        <source>Missions per month by status</source>
        <translation>Missions par mois et par statut</translation>
    </message>
    <message>
        <source>Needs fulfilled by country</source>
        <translation>Besoins satisfaits par pays</translation>
    </message>
    <message>
        <source>Needs submitted</source>
        <extracomment>value axis of the needs-by-sector chart</extracomment>
        <translation>Besoins soumis</translation>
    </message>
    <message>
        <source>Experts on the roster</source>
        <extracomment>value axis of the experts-by-country chart</extracomment>
        <translation>Experts du vivier</translation>
    </message>
    <message>
        <source>Fulfilled (% of needs received)</source>
        <extracomment>value axis: share of the needs received that were fulfilled</extracomment>
        <translation>Satisfaits (% des besoins reçus)</translation>
    </message>
    <message>
        <source>Missions</source>
        <extracomment>value axis of the missions-per-month chart</extracomment>
        <translation>Missions</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <extracomment>a country in the fulfilment chart: %1 its name, %2 needs fulfilled of %3 received</extracomment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>DashboardTexts</name>
    <message>
        <source>Active experts</source>
        <extracomment>dashboard tile: experts whose roster status is active</extracomment>
        <translation>Experts actifs</translation>
    </message>
    <message>
        <source>Experts whose roster status is active.</source>
        <translation>Experts dont le statut dans le vivier est «&#xa0;Actif&#xa0;».</translation>
    </message>
    <message>
        <source>Mean evaluation</source>
        <extracomment>dashboard tile: mean overall rating of the evaluations, out of 5</extracomment>
        <translation>Évaluation moyenne</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour le moment</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Mean overall rating of %Ln evaluation(s) of missions in the period.</source>
        <translation>
            <numerusform>Note globale moyenne de %Ln évaluation de mission de la période.</numerusform>
            <numerusform>Note globale moyenne des %Ln évaluations de missions de la période.</numerusform>
        </translation>
    </message>
    <message>
        <source>Airfare</source>
        <extracomment>dashboard tile: airfare paid by COMSTECH</extracomment>
        <translation>Billets d&apos;avion</translation>
    </message>
    <message>
        <source>Airfare of the missions in the period, not counting cancelled ones, per currency.</source>
        <translation>Coût des billets d&apos;avion des missions de la période, hors missions annulées, par devise.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a period of dates: %1 first day, %2 last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>all sectors</source>
        <translation>tous les secteurs</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>tous les pays</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>what the dashboard or report covers: %1 period, %2 sector, %3 country</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>a percentage, %1 the number</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Needs in progress</source>
        <extracomment>dashboard tile: needs not yet fulfilled, closed, rejected or withdrawn</extracomment>
        <translation>Besoins en cours</translation>
    </message>
    <message>
        <source>Needs received, in screening, accepted, matching, matched or scheduled. The Matching area lists those accepted or matching: the ones that can still get experts.</source>
        <translation>Besoins reçus, en examen, acceptés, en appariement, appariés ou planifiés. L’espace Appariement montre ceux qui sont acceptés ou en appariement : ceux qui peuvent encore recevoir des experts.</translation>
    </message>
    <message>
        <source>Missions in the period</source>
        <extracomment>dashboard tile: missions starting in the dates chosen above the tiles</extracomment>
        <translation>Missions de la période</translation>
    </message>
    <message>
        <source>Missions starting in the period shown, not counting cancelled ones.</source>
        <translation>Missions qui commencent dans la période affichée, hors missions annulées.</translation>
    </message>
</context>
<context>
    <name>DeleteRecordCommand</name>
    <message>
        <source>delete %1</source>
        <extracomment>undo history entry; %1 is the kind of record, e.g. &quot;expert&quot;</extracomment>
        <translation>la suppression de la fiche %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Ask for at least one expert.</source>
        <translation>Demandez au moins un expert.</translation>
    </message>
    <message>
        <source>The database refused the demo data.</source>
        <translation>La base de données a refusé les données de démonstration.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was kept.</source>
        <translation>La génération des données de démonstration a été annulée&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>A demo %1 was refused: %2</source>
        <translation>Une fiche de démonstration (%1) a été refusée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DraftMissions</name>
    <message>
        <source>Override a matching rule</source>
        <translation>Déroger à une règle d&apos;appariement</translation>
    </message>
    <message>
        <source>%1 is excluded for this need: %2

To assign anyway, say why (it is kept with the mission). Cancel leaves everything as it was.</source>
        <translation>Une règle exclut %1 pour ce besoin&#xa0;: %2

Pour l&apos;affecter malgré tout, indiquez-en le motif (il sera conservé avec la mission). «&#xa0;Annuler&#xa0;» laisse tout en l&apos;état.</translation>
    </message>
    <message>
        <source>The need no longer exists.</source>
        <translation>Le besoin n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Need %1 is not open for matching (its status is %2).</source>
        <translation>Le besoin %1 n&apos;est pas ouvert à l&apos;appariement (son statut est «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Select an expert first.</source>
        <translation>Sélectionnez d&apos;abord un expert.</translation>
    </message>
    <message>
        <source>Refused: “%1” is not an expert in this database (unknown or deleted).</source>
        <translation>Refusé&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un expert de cette base de données (inconnu ou supprimé).</translation>
    </message>
    <message>
        <source>Need %1 has no preferred dates yet; set its window before assigning experts.</source>
        <translation>Le besoin %1 n&apos;a pas encore de dates souhaitées&#xa0;; définissez sa période avant d&apos;affecter des experts.</translation>
    </message>
    <message>
        <source>Cannot check the matching rules: %1</source>
        <translation>Impossible de vérifier les règles d&apos;appariement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused: the matching data is out of date; try again.</source>
        <translation>Refusé&#xa0;: les données d&apos;appariement ne sont plus à jour&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Refused: %1 already has a mission for need %2.</source>
        <translation>Refusé&#xa0;: %1 a déjà une mission pour le besoin %2.</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Refusé&#xa0;: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>assign %Ln expert(s) to %1</source>
        <extracomment>undo history entry; %Ln experts were assigned to the need %1 in one drop</extracomment>
        <translation>
            <numerusform>l&apos;affectation de %Ln expert au besoin %1</numerusform>
            <numerusform>l&apos;affectation de %Ln experts au besoin %1</numerusform>
        </translation>
    </message>
    <message>
        <source>assign %1 to %2</source>
        <extracomment>undo history entry: %1 expert name, %2 need reference</extracomment>
        <translation>l&apos;affectation de %1 au besoin %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not every mission could be created:
%1</source>
        <translation>Toutes les missions n&apos;ont pas pu être créées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Draft mission created: %1 for %2.</source>
        <translation>Projet de mission créé&#xa0;: %1 pour %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft mission(s) created for %1.</source>
        <translation>
            <numerusform>%Ln projet de mission créé pour %1.</numerusform>
            <numerusform>%Ln projets de mission créés pour %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Mission status change</source>
        <translation>Changement de statut de mission</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>En cours d&apos;appariement</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Apparié</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Travel booked</source>
        <translation>Voyage réservé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Évaluée</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Technical diploma</source>
        <translation>Diplôme technique</translation>
    </message>
    <message>
        <source>Bachelor</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Doctorat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Institut de recherche</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Étalonnage</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Institution d&apos;accueil</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
</context>
<context>
    <name>ExpertMime</name>
    <message>
        <source>Only experts can be dropped here.</source>
        <translation>Seuls des experts peuvent être déposés ici.</translation>
    </message>
    <message>
        <source>The dropped data is not a list of experts.</source>
        <translation>Les données déposées ne sont pas une liste d&apos;experts.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>file type choices of File › Export…; keep the patterns in brackets as they are</extracomment>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON for programs (*.json)</source>
        <translation>JSON pour les programmes (*.json)</translation>
    </message>
    <message>
        <source>Folder for the Public Expert Directory</source>
        <translation>Dossier de l’annuaire public des experts</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Public Expert Directory</source>
        <translation>Annuaire public des experts</translation>
    </message>
    <message>
        <source>Writing the directory pages…</source>
        <translation>Écriture des pages de l’annuaire…</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Language of the texts</source>
        <translation>Langue des textes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in Arabic script</source>
        <translation>Nom en écriture arabe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Nearest airport (IATA)</source>
        <translation>Aéroport le plus proche (IATA)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Highest degree</source>
        <translation>Diplôme le plus élevé</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Années d&apos;expérience</translation>
    </message>
    <message>
        <source>Roster status</source>
        <translation>Statut dans le vivier</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponibilités</translation>
    </message>
    <message>
        <source>Missions per year at most</source>
        <translation>Nombre maximal de missions par an</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Expiration du passeport</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Form submission</source>
        <translation>Formulaire d&apos;origine</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Focal person</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>Focal person&apos;s position</source>
        <translation>Fonction du point focal</translation>
    </message>
    <message>
        <source>Focal person&apos;s e-mail</source>
        <translation>Courriel du point focal</translation>
    </message>
    <message>
        <source>Focal person&apos;s phone</source>
        <translation>Téléphone du point focal</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Type de prestation</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Compétences requises</translation>
    </message>
    <message>
        <source>Experts wanted</source>
        <translation>Experts demandés</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Personnes à former</translation>
    </message>
    <message>
        <source>Preferred from</source>
        <translation>Début souhaité</translation>
    </message>
    <message>
        <source>Preferred until</source>
        <translation>Fin souhaitée</translation>
    </message>
    <message>
        <source>Dates are flexible</source>
        <translation>Dates flexibles</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Durée (jours)</translation>
    </message>
    <message>
        <source>Host languages</source>
        <translation>Langues de l&apos;institution d&apos;accueil</translation>
    </message>
    <message>
        <source>Interpreter available</source>
        <translation>Interprète disponible</translation>
    </message>
    <message>
        <source>Host provides hotel</source>
        <translation>Hébergement fourni par l&apos;institution d&apos;accueil</translation>
    </message>
    <message>
        <source>Host provides local transport</source>
        <translation>Transport local fourni par l&apos;institution d&apos;accueil</translation>
    </message>
    <message>
        <source>Host provides meals</source>
        <translation>Repas fournis par l&apos;institution d&apos;accueil</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Institution d&apos;accueil</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif d&apos;annulation</translation>
    </message>
    <message>
        <source>Airfare</source>
        <translation>Billet d&apos;avion</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Hotel confirmed by host</source>
        <translation>Hébergement confirmé par l&apos;institution d&apos;accueil</translation>
    </message>
    <message>
        <source>Local transport confirmed by host</source>
        <translation>Transport local confirmé par l&apos;institution d&apos;accueil</translation>
    </message>
    <message>
        <source>Meals confirmed by host</source>
        <translation>Repas confirmés par l&apos;institution d&apos;accueil</translation>
    </message>
    <message>
        <source>Reason for overriding a matching rule</source>
        <translation>Motif de dérogation à une règle d&apos;appariement</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <source>Technical rating</source>
        <translation>Note technique</translation>
    </message>
    <message>
        <source>Communication rating</source>
        <translation>Note de communication</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <source>Equipment back in service</source>
        <translation>Équipement remis en service</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Translated field</source>
        <translation>Champ traduit</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Translated by</source>
        <translation>Traduit par</translation>
    </message>
    <message>
        <source>Translated on</source>
        <translation>Traduit le</translation>
    </message>
    <message>
        <source>Source text translated</source>
        <translation>Texte source traduit</translation>
    </message>
    <message>
        <source>Previous status</source>
        <translation>Statut précédent</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>FileWrittenNotice</name>
    <message>
        <source>Written to %1</source>
        <extracomment>%1 is the full path of the file or folder just written</extracomment>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>ImportLog</name>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped by the user</source>
        <translation>Arrêté par l’utilisateur</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <extracomment>an import whose program was closed or killed before the end of the file</extracomment>
        <translation>Inachevé</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>headers of the CSV file of an import&apos;s problems</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>kind of an import problem: an error kept the row out, a warning did not</extracomment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>The mapping is for the form &quot;%1&quot;, not for this one.</source>
        <translation>Cette correspondance est pour le formulaire « %1 », pas pour celui-ci.</translation>
    </message>
    <message>
        <source>&quot;date_order&quot; must be &quot;month-first&quot; or &quot;day-first&quot;, not &quot;%1&quot;.</source>
        <translation>« date_order » doit valoir « month-first » ou « day-first », pas « %1 ».</translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, which this file does not have.</source>
        <translation>La correspondance nomme la colonne « %1 », que ce fichier n’a pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something this form can import (column &quot;%2&quot;). Use one of: %3, or &quot;ignore&quot;.</source>
        <translation>« %1 » n’est pas une donnée que ce formulaire peut importer (colonne « %2 »). Utilisez l’une de celles-ci : %3, ou « ignore ».</translation>
    </message>
</context>
<context>
    <name>ImportReviews</name>
    <message>
        <source>This submission is no longer waiting for review; another decision was made already.</source>
        <translation>Cette soumission n’attend plus d’examen ; une décision a déjà été prise.</translation>
    </message>
    <message>
        <source>The expert this submission was set aside for has been deleted; keep it apart to add it as a new expert.</source>
        <translation>L’expert pour lequel cette soumission a été mise de côté a été supprimé ; gardez-la à part pour l’ajouter comme nouvel expert.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base de données a refusé la modification : %1</translation>
    </message>
    <message>
        <source>The same name and phone number as an expert already in the database.</source>
        <translation>Même nom et même numéro de téléphone qu’un expert déjà présent dans la base.</translation>
    </message>
    <message>
        <source>The same name and nationality as an expert already in the database.</source>
        <translation>Même nom et même nationalité qu’un expert déjà présent dans la base.</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <source>Submission ID</source>
        <translation>ID de soumission</translation>
    </message>
    <message>
        <source>Submission date</source>
        <translation>Date de soumission</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <source>Consent to publish</source>
        <translation>Consentement à la publication</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Type of institution</source>
        <translation>Type d’institution</translation>
    </message>
    <message>
        <source>Focal person</source>
        <translation>Personne référente</translation>
    </message>
    <message>
        <source>Focal person&apos;s position</source>
        <translation>Fonction de la personne référente</translation>
    </message>
    <message>
        <source>Focal person&apos;s e-mail</source>
        <translation>Courriel de la personne référente</translation>
    </message>
    <message>
        <source>Focal person&apos;s phone</source>
        <translation>Téléphone de la personne référente</translation>
    </message>
    <message>
        <source>Manufacturer and model</source>
        <translation>Fabricant et modèle</translation>
    </message>
</context>
<context>
    <name>InsertRecordCommand</name>
    <message>
        <source>add %1</source>
        <extracomment>undo history entry; %1 is the kind of record, e.g. &quot;expert&quot;</extracomment>
        <translation>l&apos;ajout de la fiche %1</translation>
    </message>
</context>
<context>
    <name>JotformRowParser</name>
    <message>
        <source>&quot;%1&quot; is a date that does not exist.</source>
        <translation>« %1 » est une date qui n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as Jun 12, 2024, 06-12-2024 or 2024-06-12).</source>
        <translation>« %1 » n’est pas une date (écrivez-la Jun 12, 2024, 06-12-2024 ou 2024-06-12).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OIC member state this program knows; write the country&apos;s name in English, French or Arabic, or its two-letter code.</source>
        <translation>« %1 » n’est pas un État membre de l’OCI connu de ce programme ; écrivez le nom du pays en anglais, en français ou en arabe, ou son code à deux lettres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value this program knows here.</source>
        <translation>« %1 » n’est pas une valeur que ce programme connaît ici.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value this program knows; it was left out.</source>
        <translation>« %1 » n’est pas une valeur connue de ce programme ; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>The row holds characters that are not UTF-8 text; save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>La ligne contient des caractères qui ne sont pas du texte UTF-8 ; enregistrez le fichier en « CSV UTF-8 » et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language this program knows; it was left out.</source>
        <translation>« %1 » n’est pas une langue connue de ce programme ; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>Available from %1 (registration form)</source>
        <translation>Disponible à partir du %1 (formulaire d’inscription)</translation>
    </message>
    <message>
        <source>The name of the institution is empty.</source>
        <translation>Le nom de l’institution est vide.</translation>
    </message>
    <message>
        <source>The type of &quot;%1&quot; (university, research institute, hospital, company or laboratory) is not in the file; map a column to it.</source>
        <translation>Le type de « %1 » (université, institut de recherche, hôpital, entreprise ou laboratoire) ne figure pas dans le fichier ; associez-lui une colonne.</translation>
    </message>
    <message>
        <source>A need has one sector; %1 was kept, %2 left out.</source>
        <translation>Un besoin a un seul secteur ; %1 a été gardé, %2 laissé de côté.</translation>
    </message>
    <message>
        <source>The need has no title, equipment or description.</source>
        <translation>Le besoin n’a ni titre, ni équipement, ni description.</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Cannot read matching data: %1</source>
        <translation>Impossible de lire les données d&apos;appariement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan solver found no solution.</source>
        <translation>Le solveur de planification n&apos;a trouvé aucune solution.</translation>
    </message>
    <message>
        <source>The weight “%1” must be a number of 0 or more.</source>
        <translation>La pondération «&#xa0;%1&#xa0;» doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>At least one matching weight must be above 0.</source>
        <translation>Au moins une pondération d&apos;appariement doit être supérieure à 0.</translation>
    </message>
</context>
<context>
    <name>MissionLifecycle</name>
    <message>
        <source>&quot;%1&quot; is not a mission status.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut de mission.</translation>
    </message>
    <message>
        <source>a mission that is %1 cannot change status any more.</source>
        <extracomment>%1 is a mission status, e.g. &quot;Cancelled&quot;</extracomment>
        <translation>une mission au statut «&#xa0;%1&#xa0;» ne peut plus changer de statut.</translation>
    </message>
    <message>
        <source>a mission that is %1 cannot become %2; the next status can be: %3.</source>
        <extracomment>%1 and %2 are mission statuses, %3 the list of allowed ones: &quot;Proposed or Cancelled&quot;</extracomment>
        <translation>une mission au statut «&#xa0;%1&#xa0;» ne peut pas passer au statut «&#xa0;%2&#xa0;»&#xa0;; le statut suivant peut être&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>PlanWorker</name>
    <message>
        <source>Cannot open the database in the planning thread.</source>
        <translation>Impossible d&apos;ouvrir la base de données dans le fil de planification.</translation>
    </message>
</context>
<context>
    <name>ProgrammeReport</name>
    <message>
        <source>COMSTECH Expert Service — Programme Report</source>
        <translation>Service d&apos;experts du COMSTECH — Rapport du programme</translation>
    </message>
    <message>
        <source>Key figures</source>
        <extracomment>report table headers</extracomment>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Needs submitted by sector</source>
        <translation>Besoins soumis par secteur</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Needs received and fulfilled by country</source>
        <translation>Besoins reçus et satisfaits par pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Satisfaits</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Received: needs submitted in the period, whatever their status. Fulfilled: needs fulfilled, or closed after a completed or evaluated mission.</source>
        <translation>Reçus&#xa0;: besoins soumis pendant la période, quel que soit leur statut. Satisfaits&#xa0;: besoins satisfaits, ou clôturés après une mission terminée ou évaluée.</translation>
    </message>
    <message>
        <source>COMSTECH Expert Service</source>
        <translation>Service d&apos;experts du COMSTECH</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>footer of every report page</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not start the report. Check that the file or printer can be written to.</source>
        <translation>Impossible de lancer le rapport. Vérifiez que le fichier est accessible en écriture ou que l&apos;imprimante est disponible.</translation>
    </message>
    <message>
        <source>Could not write the PDF %1. Check that the folder exists and that you may write there.</source>
        <translation>Impossible d&apos;écrire le fichier PDF %1. Vérifiez que le dossier existe et que vous disposez des droits d&apos;écriture.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>Impossible d&apos;effectuer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SetTranslationCommand</name>
    <message>
        <source>remove %1 translation of %2</source>
        <translation>la suppression de la traduction en %1 du champ «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>translate %1 into %2</source>
        <extracomment>undo history entry: &quot;translate Title into French&quot;</extracomment>
        <translation>la traduction du champ «&#xa0;%1&#xa0;» en %2</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 est vide : il n’a pas de ligne d’en-têtes.</translation>
    </message>
</context>
<context>
    <name>TextOutput</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a spoken language and its level 1–4, e.g. &quot;fr (4)&quot;
----------
the id of a linked record and its code or name, e.g. &quot;0193… (N-2611-DF399)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>manufacturer and model of a piece of equipment, e.g. &quot;Siemens Magnetom Aera&quot;
----------
an ISO country code and the country&apos;s name, e.g. &quot;SN Senegal&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>a period of dates, e.g. &quot;2026-12-01–2026-12-20&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Id</source>
        <extracomment>column header of the record id in list tables</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Created %1 by %2; last changed %3 by %4.</source>
        <translation>Fiche créée le %1 par %2&#xa0;; dernière modification le %3 par %4.</translation>
    </message>
</context>
<context>
    <name>UpdateRecordCommand</name>
    <message>
        <source>change %1 of %2</source>
        <extracomment>undo history entry; %1 is a field name, %2 the kind of record: &quot;change E-mail of expert&quot;</extracomment>
        <translation>la modification du champ «&#xa0;%1&#xa0;» (fiche %2)</translation>
    </message>
    <message>
        <source>edit %1</source>
        <extracomment>undo history entry; %1 is the kind of record, e.g. &quot;expert&quot;</extracomment>
        <translation>la modification de la fiche %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
</context>
<context>
    <name>XlsxTableReader</name>
    <message>
        <source>%1 is damaged: its part %2 cannot be read.</source>
        <translation>%1 est endommagé : sa partie %2 est illisible.</translation>
    </message>
    <message>
        <source>%1 is damaged: its text cells cannot be read (%2).</source>
        <translation>%1 est endommagé : ses cellules de texte sont illisibles (%2).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>%1 n’est pas un classeur Excel (.xlsx) lisible.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 n’a aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet cannot be read.</source>
        <translation>%1 est endommagé : sa feuille de calcul est illisible.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet cannot be read past row %2.</source>
        <translation>%1 est endommagé : sa feuille de calcul est illisible après la ligne %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: its worksheet ends in the middle of row %2.</source>
        <translation>%1 est endommagé : sa feuille de calcul s’arrête au milieu de la ligne %2.</translation>
    </message>
    <message>
        <source>%1 is damaged at row %2: %3.</source>
        <translation>%1 est endommagé à la ligne %2 : %3.</translation>
    </message>
</context>
<context>
    <name>ed</name>
    <message>
        <source>The expert is on missions %1 and %2 at the same time, %3 to %4.</source>
        <extracomment>%1 and %2 are mission codes, %3 and %4 the first and last shared day</extracomment>
        <translation>L&apos;expert est affecté simultanément aux missions %1 et %2, du %3 au %4.</translation>
    </message>
    <message>
        <source>Mission %1 falls in a period the expert is unavailable, %2 to %3.</source>
        <translation>La mission %1 tombe pendant une période d&apos;indisponibilité de l&apos;expert, du %2 au %3.</translation>
    </message>
    <message>
        <source>Mission %1 falls in a period the expert is unavailable, %2 to %3 (%4).</source>
        <extracomment>%4 is the reason the expert gave, e.g. &quot;conference&quot;</extracomment>
        <translation>La mission %1 tombe pendant une période d&apos;indisponibilité de l&apos;expert, du %2 au %3 (%4).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Mission %1 is outside the dates the host prefers (%2).</source>
        <extracomment>%2 describes the host&apos;s preferred dates, e.g. &quot;10/01/2027 to 10/02/2027&quot;</extracomment>
        <translation>La mission %1 est en dehors de la période souhaitée par l&apos;institution d&apos;accueil (%2).</translation>
    </message>
    <message>
        <source>The expert&apos;s passport expires on %2, less than %3 months after mission %1 ends.</source>
        <extracomment>%2 is the expiry date, %3 the number of months required after the mission</extracomment>
        <translation>Le passeport de l&apos;expert expire le %2, moins de %3 mois après la fin de la mission %1.</translation>
    </message>
    <message>
        <source>The expert&apos;s passport expiry date is not recorded; check it before mission %1.</source>
        <translation>La date d&apos;expiration du passeport de l&apos;expert n&apos;est pas enregistrée&#xa0;; vérifiez-la avant la mission %1.</translation>
    </message>
    <message>
        <source>Mission %1 starts on a %2, a weekend day at the host (%3).</source>
        <extracomment>%2 is a weekday (&quot;Friday&quot;), %3 the host country&apos;s rest days (&quot;Friday and Saturday&quot;)</extracomment>
        <translation>La mission %1 commence un %2, jour de week-end dans le pays d&apos;accueil (%3).</translation>
    </message>
</context>
<context>
    <name>ed::ChartPanel</name>
    <message>
        <source>Export…</source>
        <extracomment>button under a dashboard chart</extracomment>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export this chart as PNG, SVG or PDF</source>
        <translation>Exporter ce graphique en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>one figure of a stacked bar for a screen reader: %1 the status, %2 the number</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>one bar of a chart for a screen reader: %1 the category, %2 its figures</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ed::Conflict</name>
    <message>
        <source>Double booking</source>
        <translation>Double affectation</translation>
    </message>
    <message>
        <source>Expert unavailable</source>
        <translation>Expert indisponible</translation>
    </message>
    <message>
        <source>Outside the preferred dates</source>
        <translation>En dehors de la période souhaitée</translation>
    </message>
    <message>
        <source>Passport validity</source>
        <translation>Validité du passeport</translation>
    </message>
    <message>
        <source>Starts on a weekend</source>
        <comment>conflict kind</comment>
        <translation>Commence un week-end</translation>
    </message>
</context>
<context>
    <name>ed::ConflictsDialog</name>
    <message>
        <source>Conflicts and Failed Changes</source>
        <translation>Conflits et modifications refusées</translation>
    </message>
    <message>
        <source>You and another coordinator changed the same field differently. The server kept its value; choose which one to keep, or write the right one. Your choice is sent with the next sync.</source>
        <translation>Vous et un autre coordonnateur avez modifié le même champ différemment. Le serveur a conservé sa valeur&#xa0;; choisissez celle à conserver, ou saisissez la bonne valeur. Votre choix sera envoyé lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>My value</source>
        <extracomment>column: the value this computer has</extracomment>
        <translation>Ma valeur</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <extracomment>column: the value the server has</extracomment>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column: whether the person already chose a value</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Failed changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <extracomment>button in the conflicts view: keep the value made on this computer</extracomment>
        <translation>Conserver la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>Conserver ma valeur</translation>
    </message>
    <message>
        <source>Keep &amp;Server&apos;s</source>
        <extracomment>button in the conflicts view: keep the value the server has</extracomment>
        <translation>Conserver celle du &amp;serveur</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation>Conserver la valeur du serveur</translation>
    </message>
    <message>
        <source>&amp;Other value:</source>
        <translation>&amp;Autre valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valeur à conserver</translation>
    </message>
    <message>
        <source>&amp;Use This Value</source>
        <translation>&amp;Utiliser cette valeur</translation>
    </message>
    <message>
        <source>Use the value written</source>
        <translation>Utiliser la valeur saisie</translation>
    </message>
    <message>
        <source>Conflict message</source>
        <translation>Message du conflit</translation>
    </message>
    <message>
        <source>Conflicts and failed changes</source>
        <translation>Conflits et modifications refusées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <extracomment>a conflict about a record one side deleted and the other edited</extracomment>
        <translation>Supprimée ou conservée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>an empty value in the conflicts view</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the kind of record (&quot;Expert&quot;), %2 its name or code
----------
one changed field in the failed changes list: &quot;Phone: +92 300 …&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a user name, %2 a date and time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Chosen; sent with the next sync</source>
        <translation>Choix effectué&#xa0;; envoyé lors de la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <extracomment>tab title; %Ln is the number of open conflicts</extracomment>
        <translation>
            <numerusform>Conflits (%Ln)</numerusform>
            <numerusform>Conflits (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed changes (%Ln)</source>
        <extracomment>tab title; %Ln is the number of changes the server refused</extracomment>
        <translation>
            <numerusform>Modifications refusées (%Ln)</numerusform>
            <numerusform>Modifications refusées (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <extracomment>%1 says why the chosen value could not be saved</extracomment>
        <translation>La valeur n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. The choice is sent to the server with the next sync.</source>
        <translation>Choix enregistré. Il sera envoyé au serveur lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <extracomment>column: who sent the change that met the conflict, and when</extracomment>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The server refused these changes. They are kept here so that nothing is lost silently; re-enter what is still needed in the record, then dismiss the change.</source>
        <translation>Le serveur a refusé ces modifications. Elles sont conservées ici afin que rien ne soit perdu à votre insu&#xa0;; saisissez à nouveau dans la fiche ce qui reste nécessaire, puis écartez la modification.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>Remove the selected refused change from this list (Delete).</source>
        <translation>Retirer de cette liste la modification refusée sélectionnée (Suppr).</translation>
    </message>
    <message>
        <source>Dismiss the selected failed change</source>
        <translation>Écarter la modification refusée sélectionnée</translation>
    </message>
    <message>
        <source>Dismiss Failed Change</source>
        <translation>Écarter la modification refusée</translation>
    </message>
    <message>
        <source>Dismiss the refused change to %1? The record stays as it is now; the change will no longer be listed.</source>
        <extracomment>%1 is the record the refused change was for</extracomment>
        <translation>Écarter la modification refusée de %1&#xa0;? La fiche reste telle qu&apos;elle est&#xa0;; la modification ne sera plus listée.</translation>
    </message>
</context>
<context>
    <name>ed::DashboardArea</name>
    <message>
        <source>The dashboard could not be updated: %1</source>
        <translation>Le tableau de bord n&apos;a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Chart saved as %1.</source>
        <translation>Graphique enregistré sous %1.</translation>
    </message>
    <message>
        <source>Export Programme Report</source>
        <translation>Exporter le rapport du programme</translation>
    </message>
    <message>
        <source>programme-report.pdf</source>
        <translation>rapport-programme.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Rapport enregistré sous %1.</translation>
    </message>
    <message>
        <source>Print Programme Report</source>
        <translation>Imprimer le rapport du programme</translation>
    </message>
    <message>
        <source>&amp;Refresh Dashboard</source>
        <extracomment>action: recompute the dashboard now</extracomment>
        <translation>&amp;Actualiser le tableau de bord</translation>
    </message>
    <message>
        <source>Export Programme &amp;Report (PDF)…</source>
        <translation>Exporter le &amp;rapport du programme (PDF)…</translation>
    </message>
    <message>
        <source>Save the KPIs, charts and summary tables as a PDF for the ministry</source>
        <translation>Enregistrer les indicateurs clés, les graphiques et les tableaux récapitulatifs dans un PDF destiné au ministère</translation>
    </message>
    <message>
        <source>&amp;Print Programme Report…</source>
        <translation>&amp;Imprimer le rapport du programme…</translation>
    </message>
    <message>
        <source>Needs by sector and country (click a cell for the list)</source>
        <extracomment>heading of the sector × country table</extracomment>
        <translation>Besoins par secteur et par pays (cliquez sur une cellule pour afficher la liste)</translation>
    </message>
    <message>
        <source>Needs by sector and country</source>
        <translation>Besoins par secteur et par pays</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <extracomment>file type choices of the chart export dialog</extracomment>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The programme report is ready to send.</source>
        <translation>Le rapport du programme est prêt à être envoyé.</translation>
    </message>
</context>
<context>
    <name>ed::DashboardFilterBar</name>
    <message>
        <source>All sectors</source>
        <extracomment>dashboard filter choice: do not filter by sector</extracomment>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All countries</source>
        <extracomment>dashboard filter choice: do not filter by country</extracomment>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <extracomment>dashboard filter: first day of the period</extracomment>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <extracomment>dashboard filter: last day of the period</extracomment>
        <translation>F&amp;in</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Show one sector only</source>
        <translation>Afficher un seul secteur</translation>
    </message>
    <message>
        <source>Show one country only</source>
        <translation>Afficher un seul pays</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>button: back to the last 12 months and the next 6, all sectors and countries</extracomment>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset the dashboard filters</source>
        <translation>Réinitialiser les filtres du tableau de bord</translation>
    </message>
    <message>
        <source>The last 12 months and the next 6, all sectors and countries</source>
        <translation>Les 12 derniers mois et les 6 prochains, tous secteurs et pays confondus</translation>
    </message>
</context>
<context>
    <name>ed::Database</name>
    <message>
        <source>Cannot open the database %1: %2. Check that the folder exists and you may write to it.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2. Vérifiez que le dossier existe et que vous disposez des droits d&apos;écriture.</translation>
    </message>
    <message>
        <source>This database was written by a newer Expert Desk (schema %1; this version knows up to %2). Install the newer version to open it; nothing was changed.</source>
        <translation>Cette base de données a été écrite par une version plus récente d&apos;Expert Desk (schéma %1&#xa0;; cette version prend en charge jusqu&apos;au schéma %2). Installez la version plus récente pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema %1: %2. The database is unchanged.</source>
        <translation>Impossible de mettre à niveau la base de données vers le schéma %1&#xa0;: %2. La base de données n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>ed::DirectoryPage</name>
    <message>
        <source>COMSTECH Expert Directory</source>
        <translation>Annuaire des experts du COMSTECH</translation>
    </message>
    <message>
        <source>Experts of the COMSTECH Expert Service who agreed to be listed in this directory.</source>
        <translation>Experts du service d&apos;expertise du COMSTECH qui ont accepté de figurer dans cet annuaire.</translation>
    </message>
    <message>
        <source>Search by name, country, sector, skill…</source>
        <translation>Rechercher par nom, pays, secteur, compétence…</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <extracomment>%1 experts shown of %2 in all</extracomment>
        <translation>Affichés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>No expert matches the search.</source>
        <translation>Aucun expert ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Published on %1.</source>
        <translation>Publié le %1.</translation>
    </message>
    <message>
        <source>Other languages:</source>
        <translation>Autres langues&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ed::EntityTexts</name>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Search experts by name, skill, equipment or employer…</source>
        <translation>Rechercher des experts par nom, compétence, équipement ou employeur…</translation>
    </message>
    <message>
        <source>Search institutions by name, city or focal person…</source>
        <translation>Rechercher des institutions par nom, ville ou point focal…</translation>
    </message>
    <message>
        <source>Search needs by reference, title or equipment…</source>
        <translation>Rechercher des besoins par référence, intitulé ou équipement…</translation>
    </message>
    <message>
        <source>Search missions by reference or notes…</source>
        <translation>Rechercher des missions par référence ou notes…</translation>
    </message>
    <message>
        <source>Search evaluations…</source>
        <translation>Rechercher des évaluations…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s)</source>
        <translation>
            <numerusform>%Ln expert</numerusform>
            <numerusform>%Ln experts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln institution(s)</source>
        <translation>
            <numerusform>%Ln institution</numerusform>
            <numerusform>%Ln institutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s)</source>
        <translation>
            <numerusform>%Ln besoin</numerusform>
            <numerusform>%Ln besoins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln mission</numerusform>
            <numerusform>%Ln missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation(s)</source>
        <translation>
            <numerusform>%Ln évaluation</numerusform>
            <numerusform>%Ln évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the expert “%1”? You can undo this with Edit › Undo.</source>
        <translation>Supprimer l&apos;expert «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez annuler cette opération avec Édition › Annuler.</translation>
    </message>
    <message>
        <source>Delete the institution “%1”? You can undo this with Edit › Undo.</source>
        <translation>Supprimer l&apos;institution «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez annuler cette opération avec Édition › Annuler.</translation>
    </message>
    <message>
        <source>Delete the need “%1”? You can undo this with Edit › Undo.</source>
        <translation>Supprimer le besoin «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez annuler cette opération avec Édition › Annuler.</translation>
    </message>
    <message>
        <source>Delete the mission “%1”? You can undo this with Edit › Undo.</source>
        <translation>Supprimer la mission «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez annuler cette opération avec Édition › Annuler.</translation>
    </message>
    <message>
        <source>Delete the evaluation “%1”? You can undo this with Edit › Undo.</source>
        <translation>Supprimer l&apos;évaluation «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez annuler cette opération avec Édition › Annuler.</translation>
    </message>
    <message>
        <source>Export Experts</source>
        <translation>Exporter les experts</translation>
    </message>
    <message>
        <source>Export Institutions</source>
        <translation>Exporter les établissements</translation>
    </message>
    <message>
        <source>Export Needs</source>
        <translation>Exporter les besoins</translation>
    </message>
    <message>
        <source>Export Missions</source>
        <translation>Exporter les missions</translation>
    </message>
    <message>
        <source>Export Evaluations</source>
        <translation>Exporter les évaluations</translation>
    </message>
    <message>
        <source>No expert matches “%1”.</source>
        <translation>Aucun expert ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No institution matches “%1”.</source>
        <translation>Aucun établissement ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No need matches “%1”.</source>
        <translation>Aucun besoin ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No mission matches “%1”.</source>
        <translation>Aucune mission ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No evaluation matches “%1”.</source>
        <translation>Aucune évaluation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No expert matches these filters.</source>
        <translation>Aucun expert ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No institution matches these filters.</source>
        <translation>Aucun établissement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No need matches these filters.</source>
        <translation>Aucun besoin ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No mission matches these filters.</source>
        <translation>Aucune mission ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No evaluation matches these filters.</source>
        <translation>Aucune évaluation ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>To see more, clear the search or set the filters back to “All”.</source>
        <translation>Pour en voir davantage, videz la recherche ou remettez les filtres sur « Tous ».</translation>
    </message>
    <message>
        <source>Every word must begin a word of the record: try fewer or shorter words.</source>
        <translation>Chaque mot doit être le début d’un mot de la fiche : essayez moins de mots, ou des mots plus courts.</translation>
    </message>
    <message>
        <source>Nothing here yet: add a record with New (Ctrl+N), or bring in JotForm submissions (File › Import JotForm Submissions…).</source>
        <extracomment>an empty list with no search and no filter</extracomment>
        <translation>Rien pour l’instant : ajoutez une fiche avec Nouveau (Ctrl+N) ou importez des soumissions JotForm (Fichier › Importer des soumissions JotForm…).</translation>
    </message>
</context>
<context>
    <name>ed::EvaluationDialog</name>
    <message>
        <source>Evaluate mission %1</source>
        <extracomment>dialog title; %1 is a mission code</extracomment>
        <translation>Évaluer la mission %1</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sans note</translation>
    </message>
</context>
<context>
    <name>ed::ExpertDirectory</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the directory in %1.</source>
        <translation>Impossible d&apos;écrire l&apos;annuaire dans %1.</translation>
    </message>
</context>
<context>
    <name>ed::FieldEditor</name>
    <message>
        <source>Not set</source>
        <extracomment>shown in an empty number field
----------
shown in an empty choice field
----------
the empty choice of an optional choice field</extracomment>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a language in a choice: %1 its name in the UI language, %2 its own name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ed::IcsExport</name>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>pas encore confirmé</translation>
    </message>
    <message>
        <source>Mission %1 — status: %2</source>
        <extracomment>ICS event description; %1 is the mission code, %2 its status</extracomment>
        <translation>Mission %1 — statut&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled because: %1</source>
        <translation>Motif d&apos;annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Economy airfare paid by COMSTECH: %1</source>
        <extracomment>%1 is an amount with its currency, e.g. &quot;850.00 USD&quot;</extracomment>
        <translation>Billet d&apos;avion en classe économique payé par le COMSTECH&#xa0;: %1</translation>
    </message>
    <message>
        <source>not booked yet</source>
        <translation>pas encore réservé</translation>
    </message>
    <message>
        <source>Host provides — hotel: %1; local transport: %2; meals: %3</source>
        <translation>Fourni par l&apos;institution d&apos;accueil — hébergement&#xa0;: %1&#xa0;; transport local&#xa0;: %2&#xa0;; repas&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>ICS event title; %1 is the expert&apos;s name, %2 the need&apos;s title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ed::IcsImport</name>
    <message>
        <source>The file is not an iCalendar (.ics) file.</source>
        <translation>Ce fichier n&apos;est pas un fichier iCalendar (.ics).</translation>
    </message>
    <message>
        <source>No expert has the id &quot;%1&quot;.</source>
        <translation>Aucun expert ne porte l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ed::ImportFilePage</name>
    <message>
        <source>Choose the export</source>
        <translation>Choisir l’export</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file exported from JotForm.</source>
        <translation>Un fichier CSV ou Excel (.xlsx) exporté de JotForm.</translation>
    </message>
    <message>
        <source>&amp;Expert registrations</source>
        <translation>Inscriptions d’&amp;experts</translation>
    </message>
    <message>
        <source>&amp;Need assessments</source>
        <translation>Évaluations des &amp;besoins</translation>
    </message>
    <message>
        <source>The form the submissions come from:</source>
        <translation>Le formulaire d’où viennent les soumissions :</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Import JotForm submissions</source>
        <translation>Importer des soumissions JotForm</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ed::ImportLogDialog</name>
    <message>
        <source>Import log</source>
        <translation>Journal des imports</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>import log columns: what became of the rows of a run</extracomment>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnés</translation>
    </message>
    <message>
        <source>For review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importés</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importés</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>&amp;Save Problems As…</source>
        <translation>&amp;Enregistrer les problèmes sous…</translation>
    </message>
    <message>
        <source>Write the selected import&apos;s problems to a CSV table, to correct the spreadsheet</source>
        <translation>Écrire les problèmes de l’import sélectionné dans un tableau CSV, pour corriger la feuille de calcul</translation>
    </message>
    <message>
        <source>Need assessments</source>
        <translation>Évaluations des besoins</translation>
    </message>
    <message>
        <source>Expert registrations</source>
        <translation>Inscriptions d’experts</translation>
    </message>
    <message>
        <source>The rows before were kept; import the file again to finish.</source>
        <translation>Les lignes précédentes ont été conservées ; importez à nouveau le fichier pour terminer.</translation>
    </message>
    <message>
        <source>The import log could not be read: %1</source>
        <translation>Le journal des imports n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Nothing has been imported on this computer yet (File › Import JotForm Submissions…).</source>
        <translation>Rien n’a encore été importé sur cet ordinateur (Fichier › Importer des soumissions JotForm…).</translation>
    </message>
    <message>
        <source>This import reported no problem.</source>
        <translation>Cet import n’a signalé aucun problème.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) reported by this import, by row of the file:</source>
        <translation>
            <numerusform>%Ln problème signalé par cet import, par ligne du fichier :</numerusform>
            <numerusform>%Ln problèmes signalés par cet import, par ligne du fichier :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) written to %1.</source>
        <translation>
            <numerusform>%Ln problème écrit dans %1.</numerusform>
            <numerusform>%Ln problèmes écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - problems.csv</source>
        <extracomment>suggested file name for the problems of an import of FILE; keep %1</extracomment>
        <translation>%1 - problèmes.csv</translation>
    </message>
    <message>
        <source>Save the import&apos;s problems</source>
        <translation>Enregistrer les problèmes de l’import</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ed::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Each column of the file and the field it fills. Columns left on &quot;Not imported&quot; are skipped; your choices are kept for the next import of this form.</source>
        <translation>Chaque colonne du fichier et le champ qu’elle remplit. Les colonnes laissées sur « Non importée » sont ignorées ; vos choix sont conservés pour le prochain import de ce formulaire.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>Importée dans</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>Every column is matched.</source>
        <translation>Toutes les colonnes sont associées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) not recognised, not imported: %1</source>
        <translation>
            <numerusform>%Ln colonne non reconnue, non importée : %1</numerusform>
            <numerusform>%Ln colonnes non reconnues, non importées : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ImportProblemTable</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>toute la ligne</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>ed::ImportReviewDialog</name>
    <message>
        <source>Possible duplicates from imports</source>
        <translation>Doublons possibles issus des imports</translation>
    </message>
    <message>
        <source>Each submission was not imported because it may be an expert already in the database. Merge it into that expert, or keep them apart to add it as a new one.</source>
        <translation>Chaque soumission n’a pas été importée car il peut s’agir d’un expert déjà présent dans la base. Fusionnez-la avec cet expert, ou gardez-les à part pour l’ajouter comme nouvel expert.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>Expert already in the database</source>
        <translation>Expert déjà dans la base</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Merge into the existing expert</source>
        <translation>&amp;Fusionner avec l’expert existant</translation>
    </message>
    <message>
        <source>&amp;Keep apart (new expert)</source>
        <translation>&amp;Garder à part (nouvel expert)</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(supprimé depuis)</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Rien n’attend d’examen.</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>Fusionné.</translation>
    </message>
    <message>
        <source>Added as a new expert.</source>
        <translation>Ajouté comme nouvel expert.</translation>
    </message>
</context>
<context>
    <name>ed::ImportRunPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Every row read and checked; nothing is written yet. Rows with a problem are listed with their row number as the spreadsheet shows it.</source>
        <translation>Chaque ligne est lue et vérifiée ; rien n’est encore écrit. Les lignes en défaut sont listées avec leur numéro tel que le tableur l’affiche.</translation>
    </message>
    <message>
        <source>The good rows are imported; rows with a problem are kept in the import log.</source>
        <translation>Les lignes correctes sont importées ; les lignes en défaut sont conservées dans le journal d’import.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new record(s) to import</source>
        <translation>
            <numerusform>%Ln nouvel enregistrement à importer</numerusform>
            <numerusform>%Ln nouveaux enregistrements à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new record(s) imported</source>
        <translation>
            <numerusform>%Ln nouvel enregistrement importé</numerusform>
            <numerusform>%Ln nouveaux enregistrements importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln à mettre à jour</numerusform>
            <numerusform>%Ln à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to merge into an existing expert</source>
        <translation>
            <numerusform>%Ln à fusionner avec un expert existant</numerusform>
            <numerusform>%Ln à fusionner avec des experts existants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged into an existing expert</source>
        <translation>
            <numerusform>%Ln fusionné avec un expert existant</numerusform>
            <numerusform>%Ln fusionnés avec des experts existants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln set aside for review as possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln mis de côté pour examen comme doublon possible</numerusform>
            <numerusform>%Ln mis de côté pour examen comme doublons possibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln déjà importé</numerusform>
            <numerusform>%Ln déjà importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a problem, not imported</source>
        <translation>
            <numerusform>%Ln ligne en défaut, non importée</numerusform>
            <numerusform>%Ln lignes en défaut, non importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read: </source>
        <translation>
            <numerusform>%Ln ligne lue : </numerusform>
            <numerusform>%Ln lignes lues : </numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the rows before were kept; import the file again to finish.</source>
        <translation>Arrêté : les lignes précédentes sont conservées ; importez le fichier à nouveau pour terminer.</translation>
    </message>
    <message>
        <source>The file could not be read to the end: %1</source>
        <translation>Le fichier n’a pas pu être lu jusqu’au bout : %1</translation>
    </message>
</context>
<context>
    <name>ed::ImportWizard</name>
    <message>
        <source>Import JotForm submissions</source>
        <translation>Importer des soumissions JotForm</translation>
    </message>
</context>
<context>
    <name>ed::JsonListEditor</name>
    <message>
        <source>Level (1–4)</source>
        <translation>Niveau (1–4)</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <extracomment>column header: the skill is required, not just welcome</extracomment>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>adds a row to a list such as languages or skills</extracomment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <extracomment>%1 is the name of a list field, e.g. &quot;Languages&quot;</extracomment>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>removes the selected row of a list such as languages or skills</extracomment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <extracomment>%1 is the name of a list field, e.g. &quot;Languages&quot;</extracomment>
        <translation>Retirer la ligne sélectionnée de %1</translation>
    </message>
</context>
<context>
    <name>ed::MainWindow</name>
    <message>
        <source>Expert Desk</source>
        <translation>Expert Desk</translation>
    </message>
    <message>
        <source>&amp;Experts</source>
        <translation>&amp;Experts</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <source>&amp;Missions</source>
        <translation>&amp;Missions</translation>
    </message>
    <message>
        <source>Show the expert roster</source>
        <translation>Afficher le vivier d&apos;experts</translation>
    </message>
    <message>
        <source>Show the needs and the institutions</source>
        <translation>Afficher les besoins et les institutions</translation>
    </message>
    <message>
        <source>Show the missions</source>
        <translation>Afficher les missions</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <extracomment>toolbar/menu action: start a new record in the current area</extracomment>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new record in the current list</source>
        <translation>Créer une nouvelle fiche dans la liste affichée</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the record in the form</source>
        <translation>Enregistrer la fiche du formulaire</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <extracomment>undo the unsaved changes in the form</extracomment>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes in the form</source>
        <translation>Abandonner les modifications non enregistrées du formulaire</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Supprimer la fiche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Rechercher dans la liste affichée</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <extracomment>Edit menu: opens the settings dialog (language)</extracomment>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Change the language and other settings</source>
        <translation>Modifier la langue et d&apos;autres paramètres</translation>
    </message>
    <message>
        <source>&amp;About Expert Desk</source>
        <translation>À &amp;propos d&apos;Expert Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>menu title; keep an &amp; before the letter that opens the menu with Alt</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>menu title</extracomment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>menu title</extracomment>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>submenu of View: the language of the user interface</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>menu title</extracomment>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>name of the main toolbar (shown when the user right-clicks the toolbar area)</extracomment>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>Needs and institutions</source>
        <translation>Besoins et institutions</translation>
    </message>
    <message>
        <source>Record count</source>
        <translation>Nombre de fiches</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>%1 is what would be undone, e.g. &quot;edit expert&quot;</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>%1 is what would be redone, e.g. &quot;edit expert&quot;</extracomment>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>About Expert Desk</source>
        <translation>À propos d&apos;Expert Desk</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>Les données de démonstration n&apos;ont pas pu être créées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them now?</source>
        <translation>Le formulaire contient des modifications non enregistrées. Voulez-vous les enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>M&amp;atching</source>
        <translation>A&amp;ppariement</translation>
    </message>
    <message>
        <source>Match experts to open needs</source>
        <translation>Apparier les experts aux besoins ouverts</translation>
    </message>
    <message>
        <source>Ma&amp;tching</source>
        <extracomment>menu title: matching experts to needs</extracomment>
        <translation>A&amp;ppariement</translation>
    </message>
    <message>
        <source>T&amp;ranslations</source>
        <extracomment>area of the main window: translating the texts of records</extracomment>
        <translation>T&amp;raductions</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <extracomment>area of the main window: month calendar and timeline of missions</extracomment>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <extracomment>area of the main window: charts and reports for managers</extracomment>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Translate titles, descriptions, names and biographies</source>
        <translation>Traduire les intitulés, les descriptions, les noms et les biographies</translation>
    </message>
    <message>
        <source>Show the missions on a calendar and a timeline per expert</source>
        <translation>Afficher les missions sur un calendrier et sur une frise chronologique par expert</translation>
    </message>
    <message>
        <source>Show charts and reports on the programme</source>
        <translation>Afficher les graphiques et les rapports sur le programme</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <extracomment>menu title: calendar export/import and calendar options</extracomment>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <extracomment>menu title: dashboard refresh, report export and printing</extracomment>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Sign &amp;In to a Server…</source>
        <extracomment>File menu: opens the dialog to sign in to (or out of) the sync server</extracomment>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Sign in to your organisation&apos;s server to share changes</source>
        <translation>Se connecter au serveur de votre organisation pour partager les modifications</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <extracomment>File menu: send local changes to the server and fetch the others&apos; now</extracomment>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send your changes to the server and fetch the others&apos; now</source>
        <translation>Envoyer vos modifications au serveur et récupérer celles des autres maintenant</translation>
    </message>
    <message>
        <source>&amp;Conflicts and Failed Changes…</source>
        <translation>Con&amp;flits et modifications refusées…</translation>
    </message>
    <message>
        <source>Choose between your value and the server&apos;s where both changed</source>
        <translation>Choisir entre votre valeur et celle du serveur lorsque les deux ont été modifiées</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Expert Desk %1&lt;/h3&gt;&lt;p&gt;The desktop application of the COMSTECH Expert Service: volunteer engineers from the OIC member states train staff and maintain equipment at institutions in other member states.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Copyright © 2026 COMSTECH. Free software under the GNU General Public License, version 3 or later; it comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Expert Desk %1&lt;/h3&gt;&lt;p&gt;L&apos;application de bureau du Service d&apos;experts du COMSTECH&#xa0;: des ingénieurs bénévoles des États membres de l&apos;OCI forment le personnel et assurent la maintenance des équipements d&apos;institutions situées dans d&apos;autres États membres.&lt;/p&gt;&lt;p&gt;Conçue avec Qt %2.&lt;/p&gt;&lt;p&gt;Copyright © 2026 COMSTECH. Logiciel libre distribué sous la licence publique générale GNU (GNU General Public License), version 3 ou ultérieure&#xa0;; il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved translation</source>
        <translation>Traduction non enregistrée</translation>
    </message>
    <message>
        <source>The translation in the editor is not saved. Save it now?</source>
        <translation>La traduction de l&apos;éditeur n&apos;est pas enregistrée. Voulez-vous l&apos;enregistrer maintenant&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln new record(s).</source>
        <translation>
            <numerusform>Import terminé : %Ln nouvel enregistrement.</numerusform>
            <numerusform>Import terminé : %Ln nouveaux enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import JotForm Submissions…</source>
        <translation>&amp;Importer des soumissions JotForm…</translation>
    </message>
    <message>
        <source>Bring in expert registrations or need assessments exported from JotForm (CSV or XLSX)</source>
        <translation>Importer des inscriptions d’experts ou des évaluations de besoins exportées de JotForm (CSV ou XLSX)</translation>
    </message>
    <message>
        <source>&amp;Review Possible Duplicates…</source>
        <translation>&amp;Examiner les doublons possibles…</translation>
    </message>
    <message>
        <source>Merge or keep apart the submissions an import set aside as possibly an expert already in the database</source>
        <translation>Fusionner ou garder à part les soumissions qu’un import a mises de côté comme pouvant être un expert déjà dans la base</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Public Expert Directory</source>
        <translation>Annuaire public des experts</translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <extracomment>File menu: writes the records of the current list (with its search and filters) to a file</extracomment>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <source>Write the records the list shows, with its search and filters, as a CSV table, an Excel workbook or JSON</source>
        <translation>Écrire les fiches que montre la liste, avec sa recherche et ses filtres, en tableau CSV, en classeur Excel ou en JSON</translation>
    </message>
    <message>
        <source>Export Public &amp;Directory…</source>
        <translation>Exporter l’&amp;annuaire public…</translation>
    </message>
    <message>
        <source>Write the directory of experts who agreed to be listed, as web pages in English, French and Arabic, for the COMSTECH website</source>
        <translation>Écrire l’annuaire des experts qui ont accepté d’y figurer, en pages web en anglais, en français et en arabe, pour le site de la COMSTECH</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not imported; their problems are in File › Import Log.</source>
        <translation>
            <numerusform>%Ln ligne non importée ; ses problèmes sont dans Fichier › Journal des imports.</numerusform>
            <numerusform>%Ln lignes non importées ; leurs problèmes sont dans Fichier › Journal des imports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Log…</source>
        <translation>&amp;Journal des imports…</translation>
    </message>
    <message>
        <source>Every import made on this computer, how it ended, and the problems of its rows</source>
        <translation>Chaque import fait sur cet ordinateur, son issue et les problèmes de ses lignes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln fiche écrite dans %1.</numerusform>
            <numerusform>%Ln fiches écrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) exported.</source>
        <translation>
            <numerusform>%Ln fiche exportée.</numerusform>
            <numerusform>%Ln fiches exportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Public directory of %Ln expert(s) written to %1.</source>
        <translation>
            <numerusform>Annuaire public de %Ln expert écrit dans %1.</numerusform>
            <numerusform>Annuaire public de %Ln experts écrit dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The public directory of %Ln expert(s) is ready to publish.</source>
        <translation>
            <numerusform>L’annuaire public de %Ln expert est prêt à être publié.</numerusform>
            <numerusform>L’annuaire public de %Ln experts est prêt à être publié.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::MatchScorer</name>
    <message>
        <source>Skills and equipment</source>
        <translation>Compétences et équipement</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Track record</source>
        <translation>Antécédents</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Équité</translation>
    </message>
    <message>
        <source>Not active on the roster.</source>
        <translation>N&apos;est pas actif dans le vivier.</translation>
    </message>
    <message>
        <source>Works for the host institution (%1).</source>
        <translation>Travaille pour l&apos;institution d&apos;accueil (%1).</translation>
    </message>
    <message>
        <source>Speaks none of the host&apos;s languages (%1) at working level, and no interpreter is provided.</source>
        <translation>Ne parle aucune des langues de l&apos;institution d&apos;accueil (%1) à un niveau professionnel, et aucun interprète n&apos;est prévu.</translation>
    </message>
    <message>
        <source>Lacks the mandatory skill “%1”.</source>
        <translation>Ne possède pas la compétence obligatoire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Lacks a mandatory skill.</source>
        <translation>Ne possède pas une compétence obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>On another mission: no %Ln free day(s) in a row within the need&apos;s window.</source>
        <translation>
            <numerusform>Déjà en mission&#xa0;: aucune plage libre de %Ln jour(s) consécutif(s) dans la période souhaitée du besoin.</numerusform>
            <numerusform>Déjà en mission&#xa0;: aucune plage libre de %Ln jour(s) consécutif(s) dans la période souhaitée du besoin.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: level %2/4 (%3 asked)</source>
        <translation>%1&#xa0;: niveau %2/4 (niveau %3 demandé)</translation>
    </message>
    <message>
        <source>%1: not listed</source>
        <translation>%1&#xa0;: ne figure pas au profil</translation>
    </message>
    <message>
        <source>has serviced %1 (level %2/4)</source>
        <translation>a déjà entretenu %1 (niveau %2/4)</translation>
    </message>
    <message>
        <source>has serviced other %1 equipment</source>
        <translation>a déjà entretenu d&apos;autres équipements %1</translation>
    </message>
    <message>
        <source>has not serviced %1</source>
        <translation>n&apos;a jamais entretenu %1</translation>
    </message>
    <message>
        <source>No particular skill is asked for.</source>
        <translation>Aucune compétence particulière n&apos;est demandée.</translation>
    </message>
    <message>
        <source>Meets %1 of %2 skill requirements.</source>
        <translation>Satisfait à %1 des %2 exigences de compétences.</translation>
    </message>
    <message>
        <source>The need has no dates yet.</source>
        <translation>Le besoin n&apos;a pas encore de dates.</translation>
    </message>
    <message>
        <source>free %1 % of the window</source>
        <translation>libre sur %1&#xa0;% de la période</translation>
    </message>
    <message>
        <source>speaks %1 %2/4</source>
        <translation>parle %1 %2/4</translation>
    </message>
    <message>
        <source>speaks %1 %2/4; an interpreter is provided</source>
        <translation>parle %1 %2/4&#xa0;; un interprète est prévu</translation>
    </message>
    <message>
        <source>an interpreter is provided</source>
        <translation>un interprète est prévu</translation>
    </message>
    <message>
        <source>The host has not named its languages.</source>
        <translation>L&apos;institution d&apos;accueil n&apos;a pas indiqué ses langues.</translation>
    </message>
    <message>
        <source>No evaluations yet: the programme mean %1/5 is used.</source>
        <translation>Aucune évaluation pour le moment&#xa0;: la moyenne du programme, %1/5, est utilisée.</translation>
    </message>
    <message numerus="yes">
        <source>mean rating %1/5 over %Ln evaluation(s)</source>
        <translation>
            <numerusform>note moyenne de %1/5 sur %Ln évaluation(s)</numerusform>
            <numerusform>note moyenne de %1/5 sur %Ln évaluation(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the primary sector</source>
        <translation>%1 est le secteur principal</translation>
    </message>
    <message>
        <source>%1 is a secondary sector</source>
        <translation>%1 est un secteur secondaire</translation>
    </message>
    <message>
        <source>does not work in %1</source>
        <translation>ne travaille pas dans le secteur %1</translation>
    </message>
    <message>
        <source>lives in the host country</source>
        <translation>réside dans le pays d&apos;accueil</translation>
    </message>
    <message>
        <source>lives in the same OIC region</source>
        <translation>réside dans la même région de l&apos;OCI</translation>
    </message>
    <message>
        <source>lives in another OIC region</source>
        <translation>réside dans une autre région de l&apos;OCI</translation>
    </message>
    <message>
        <source>no missions in the last 12 months</source>
        <translation>aucune mission au cours des 12 derniers mois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s) in the last 12 months</source>
        <translation>
            <numerusform>%Ln mission(s) au cours des 12 derniers mois</numerusform>
            <numerusform>%Ln mission(s) au cours des 12 derniers mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already has %Ln mission(s) in %1, the most this expert accepts in a year.</source>
        <translation>
            <numerusform>A déjà %Ln mission en %1, soit le maximum que cet expert accepte par an.</numerusform>
            <numerusform>A déjà %Ln missions en %1, soit le maximum que cet expert accepte par an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The declared unavailability leaves no %Ln free day(s) in a row within the need&apos;s window.</source>
        <translation>
            <numerusform>Les indisponibilités déclarées ne laissent aucune plage libre de %Ln jour dans la période souhaitée du besoin.</numerusform>
            <numerusform>Les indisponibilités déclarées ne laissent aucune plage libre de %Ln jours consécutifs dans la période souhaitée du besoin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already has a mission for this need.</source>
        <translation>A déjà une mission pour ce besoin.</translation>
    </message>
</context>
<context>
    <name>ed::MatchingArea</name>
    <message>
        <source>Matching board and suggestions</source>
        <translation>Tableau d&apos;appariement et suggestions</translation>
    </message>
    <message>
        <source>Propose &amp;Plan…</source>
        <translation>Proposer un &amp;plan…</translation>
    </message>
    <message>
        <source>Compute the best assignment of experts to all open needs</source>
        <translation>Calculer la meilleure affectation des experts à l&apos;ensemble des besoins ouverts</translation>
    </message>
    <message>
        <source>Matching &amp;Weights…</source>
        <translation>P&amp;ondérations de l&apos;appariement…</translation>
    </message>
    <message>
        <source>Change how much each part of the match score counts</source>
        <translation>Modifier la pondération de chaque composante du score d&apos;appariement</translation>
    </message>
    <message>
        <source>&amp;Refresh Matching</source>
        <extracomment>reload the matching board from the database</extracomment>
        <translation>&amp;Actualiser l&apos;appariement</translation>
    </message>
    <message>
        <source>Reload the open needs, experts and scores</source>
        <translation>Recharger les besoins ouverts, les experts et les scores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft mission(s) created from the plan.</source>
        <translation>
            <numerusform>%Ln projet de mission créé à partir du plan.</numerusform>
            <numerusform>%Ln projets de mission créés à partir du plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching weights saved.</source>
        <translation>Pondérations de l&apos;appariement enregistrées.</translation>
    </message>
</context>
<context>
    <name>ed::MatchingBoard</name>
    <message>
        <source>Open needs</source>
        <translation>Besoins ouverts</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Filter needs by sector</source>
        <translation>Filtrer les besoins par secteur</translation>
    </message>
    <message>
        <source>Filter needs by country</source>
        <translation>Filtrer les besoins par pays</translation>
    </message>
    <message>
        <source>Filter needs by priority</source>
        <translation>Filtrer les besoins par priorité</translation>
    </message>
    <message>
        <source>Drop experts on a need to create draft missions.</source>
        <translation>Déposez des experts sur un besoin pour créer des projets de mission.</translation>
    </message>
    <message>
        <source>Search experts…</source>
        <translation>Rechercher des experts…</translation>
    </message>
    <message>
        <source>Search experts</source>
        <translation>Rechercher des experts</translation>
    </message>
    <message>
        <source>Drag experts onto a need, or select a need and press Ctrl+Return.</source>
        <translation>Faites glisser des experts sur un besoin, ou sélectionnez un besoin et appuyez sur Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>&amp;Assign to need</source>
        <translation>&amp;Affecter au besoin</translation>
    </message>
    <message>
        <source>Assign the selected experts to the selected need</source>
        <translation>Affecter les experts sélectionnés au besoin sélectionné</translation>
    </message>
    <message>
        <source>&amp;Assign Expert to Need</source>
        <translation>&amp;Affecter l&apos;expert au besoin</translation>
    </message>
    <message>
        <source>Create draft missions for the selected experts and need (can be undone)</source>
        <translation>Créer des projets de mission pour les experts et le besoin sélectionnés (opération annulable)</translation>
    </message>
    <message>
        <source>Board status</source>
        <translation>État du tableau</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a sector heading in the board with its number of open needs</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Score %1 of 100 for the selected need</source>
        <translation>Score de %1 sur 100 pour le besoin sélectionné</translation>
    </message>
    <message>
        <source>excluded</source>
        <extracomment>score column of an expert a hard filter excludes from the selected need</extracomment>
        <translation>exclu</translation>
    </message>
    <message>
        <source>Select a need and at least one expert, then press Assign.</source>
        <translation>Sélectionnez un besoin et au moins un expert, puis cliquez sur «&#xa0;Affecter au besoin&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s) wanted</source>
        <translation>
            <numerusform>%Ln expert demandé</numerusform>
            <numerusform>%Ln experts demandés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>tooltip of an expert on the board: %1 name, %2 e.g. &quot;Cairo University, Egypt&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Needs accepted or matching: the ones that can still get experts.</source>
        <translation>Besoins acceptés ou en appariement : ceux qui peuvent encore recevoir des experts.</translation>
    </message>
</context>
<context>
    <name>ed::MissionAccessibility</name>
    <message>
        <source>%1, %2, %3 to %4, %5</source>
        <extracomment>a mission read by a screen reader: %1 code, %2 expert, %3 first day, %4 last day, %5 status</extracomment>
        <translation>%1, %2, du %3 au %4, %5</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <source>Move one day later</source>
        <translation>Décaler d’un jour plus tard</translation>
    </message>
    <message>
        <source>Move one day earlier</source>
        <translation>Avancer d’un jour</translation>
    </message>
    <message>
        <source>Move one week later</source>
        <translation>Décaler d’une semaine plus tard</translation>
    </message>
    <message>
        <source>Move one week earlier</source>
        <translation>Avancer d’une semaine</translation>
    </message>
    <message>
        <source>Arrow keys on the selected mission</source>
        <translation>Touches fléchées sur la mission sélectionnée</translation>
    </message>
</context>
<context>
    <name>ed::MissionPanel</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Change the mission&apos;s status</source>
        <translation>Modifier le statut de la mission</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>Statut suivant</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>Economy airfare (COMSTECH)</source>
        <translation>Billet d&apos;avion en classe économique (COMSTECH)</translation>
    </message>
    <message>
        <source>Airfare amount</source>
        <translation>Montant du billet d&apos;avion</translation>
    </message>
    <message>
        <source>Airfare currency</source>
        <translation>Devise du billet d&apos;avion</translation>
    </message>
    <message>
        <source>USD</source>
        <comment>currency placeholder</comment>
        <translation>USD</translation>
    </message>
    <message>
        <source>Add evaluation…</source>
        <translation>Ajouter une évaluation…</translation>
    </message>
    <message>
        <source>Add an evaluation of the mission</source>
        <translation>Ajouter une évaluation de la mission</translation>
    </message>
    <message>
        <source>Select a mission in the calendar or the timeline.</source>
        <translation>Sélectionnez une mission dans le calendrier ou la frise chronologique.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%Ln day(s))</source>
        <translation>
            <numerusform>Du %1 au %2 (%Ln jour)</numerusform>
            <numerusform>Du %1 au %2 (%Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 (Hijri, civil calendar)</source>
        <translation>Du %1 au %2 (calendrier hégirien civil)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Passport: expiry date not recorded.</source>
        <translation>Passeport&#xa0;: date d&apos;expiration non enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Passport valid until %1: OK (at least %Ln month(s) after the mission).</source>
        <translation>
            <numerusform>Passeport valide jusqu&apos;au %1&#xa0;: OK (au moins %Ln mois après la mission).</numerusform>
            <numerusform>Passeport valide jusqu&apos;au %1&#xa0;: OK (au moins %Ln mois après la mission).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Passport expires on %1: less than %Ln month(s) after the mission.</source>
        <translation>
            <numerusform>Le passeport expire le %1&#xa0;: moins de %Ln mois après la mission.</numerusform>
            <numerusform>Le passeport expire le %1&#xa0;: moins de %Ln mois après la mission.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel mission</source>
        <translation>Annuler la mission</translation>
    </message>
    <message>
        <source>Why is the mission cancelled?</source>
        <translation>Pourquoi la mission est-elle annulée&#xa0;?</translation>
    </message>
    <message>
        <source>A mission is cancelled only with a reason.</source>
        <translation>Une mission ne peut être annulée qu&apos;avec un motif.</translation>
    </message>
</context>
<context>
    <name>ed::MonthView</name>
    <message>
        <source>Month calendar of missions</source>
        <translation>Calendrier mensuel des missions</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more</source>
        <extracomment>more missions on a day than fit in the cell</extracomment>
        <translation>
            <numerusform>+%Ln autre</numerusform>
            <numerusform>+%Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hijri (civil calendar): %1 to %2</source>
        <translation>Calendrier hégirien civil&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>Drag a mission to move it, drag its ends to change its length; with the keyboard, arrow keys move the selected mission and Shift+arrow changes its end.</source>
        <translation>Faites glisser une mission pour la déplacer, faites glisser ses extrémités pour changer sa durée&#xa0;; au clavier, les flèches déplacent la mission sélectionnée et Maj+flèche change sa fin.</translation>
    </message>
</context>
<context>
    <name>ed::OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <extracomment>shown in a date field that has no date</extracomment>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>button that empties a date field</extracomment>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
</context>
<context>
    <name>ed::PlanDialog</name>
    <message>
        <source>&amp;Propose plan</source>
        <translation>&amp;Proposer un plan</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>&amp;Create draft missions</source>
        <translation>&amp;Créer les projets de mission</translation>
    </message>
    <message>
        <source>Propose a plan</source>
        <translation>Proposer un plan</translation>
    </message>
    <message>
        <source>The plan gives each open need the experts that make the total score highest; each expert gets at most one need. Nothing is written until you create the missions.</source>
        <translation>Le plan attribue à chaque besoin ouvert les experts qui maximisent le score total&#xa0;; chaque expert reçoit au plus un besoin. Rien n&apos;est enregistré tant que vous n&apos;avez pas créé les missions.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Propose plan</source>
        <translation>Proposer un plan</translation>
    </message>
    <message>
        <source>Stop planning</source>
        <translation>Arrêter la planification</translation>
    </message>
    <message>
        <source>Planning progress</source>
        <translation>Progression de la planification</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Résumé du plan</translation>
    </message>
    <message>
        <source>Weights used</source>
        <translation>Pondérations utilisées</translation>
    </message>
    <message>
        <source>Proposed assignments</source>
        <translation>Affectations proposées</translation>
    </message>
    <message>
        <source>Tick the assignments to turn into draft missions.</source>
        <translation>Cochez les affectations à transformer en projets de mission.</translation>
    </message>
    <message>
        <source>Tick all assignments</source>
        <translation>Cocher toutes les affectations</translation>
    </message>
    <message>
        <source>Untick all assignments</source>
        <translation>Décocher toutes les affectations</translation>
    </message>
    <message>
        <source>Create draft missions</source>
        <translation>Créer les projets de mission</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>one weight in the plan summary, e.g. &quot;Skills and equipment 35&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Weights: %1.</source>
        <translation>Pondérations&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reading the needs and experts…</source>
        <translation>Lecture des besoins et des experts…</translation>
    </message>
    <message numerus="yes">
        <source>Scoring candidates: %1 of %Ln open need(s)…</source>
        <translation>
            <numerusform>Évaluation des candidats&#xa0;: %1 sur %Ln besoin ouvert…</numerusform>
            <numerusform>Évaluation des candidats&#xa0;: %1 sur %Ln besoins ouverts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Planning was stopped; nothing was proposed.</source>
        <translation>La planification a été arrêtée&#xa0;; aucune proposition n&apos;a été faite.</translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>Aucun plan n&apos;a pu être établi&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %Ln draft mission(s)</source>
        <translation>
            <numerusform>&amp;Créer %Ln projet de mission</numerusform>
            <numerusform>&amp;Créer %Ln projets de mission</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %Ln draft mission(s) from a plan</source>
        <extracomment>undo history entry</extracomment>
        <translation>
            <numerusform>la création de %Ln projet de mission à partir d&apos;un plan</numerusform>
            <numerusform>la création de %Ln projets de mission à partir d&apos;un plan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the need is gone or has no dates.</source>
        <translation>%1&#xa0;: le besoin n&apos;existe plus ou n&apos;a pas de dates.</translation>
    </message>
    <message>
        <source>Proposed by the matching plan of %1 (score %2). Weights: %3</source>
        <extracomment>kept in the notes of a mission made from a plan; %3 is the weights as JSON</extracomment>
        <translation>Proposée par le plan d&apos;appariement du %1 (score %2). Pondérations&#xa0;: %3</translation>
    </message>
    <message>
        <source>assign %1 to %2</source>
        <translation>l&apos;affectation de %1 au besoin %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft mission(s) created; these could not be:</source>
        <translation>
            <numerusform>%Ln projet de mission créé&#xa0;; les suivants n&apos;ont pas pu l&apos;être&#xa0;:</numerusform>
            <numerusform>%Ln projets de mission créés&#xa0;; les suivants n&apos;ont pas pu l&apos;être&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>dates of a proposed mission: %1 first day, %2 last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>None of them can get an eligible expert.</source>
        <translation>Aucun d’entre eux ne peut recevoir d’expert admissible.</translation>
    </message>
    <message numerus="yes">
        <source>Every open need has all the experts it wants (%Ln open need(s)); nothing to propose.</source>
        <translation>
            <numerusform>Chaque besoin ouvert a tous les experts souhaités (%Ln besoin ouvert) ; rien à proposer.</numerusform>
            <numerusform>Chaque besoin ouvert a tous les experts souhaités (%Ln besoins ouverts) ; rien à proposer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln open need(s) still want experts.</source>
        <extracomment>%1 needs out of %Ln open needs still want experts once their missions are counted</extracomment>
        <translation>
            <numerusform>%1 sur %Ln besoin ouvert veut encore des experts.</numerusform>
            <numerusform>%1 sur %Ln besoins ouverts veulent encore des experts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Together they want %Ln more expert(s).</source>
        <translation>
            <numerusform>Ensemble, ils demandent encore %Ln expert.</numerusform>
            <numerusform>Ensemble, ils demandent encore %Ln experts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan proposes %Ln expert(s); total score %1.</source>
        <extracomment>%1 is the total score of the plan</extracomment>
        <translation>
            <numerusform>Le plan propose %Ln expert ; score total %1.</numerusform>
            <numerusform>Le plan propose %Ln experts ; score total %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::RecordBrowser</name>
    <message>
        <source>All sectors</source>
        <extracomment>filter choice: do not filter by sector</extracomment>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>Filtrer par secteur</translation>
    </message>
    <message>
        <source>All countries</source>
        <extracomment>filter choice: do not filter by country</extracomment>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Filtrer par pays</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>filter choice: do not filter by status</extracomment>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>button under the form: throw away the unsaved changes</extracomment>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Revert the changes in the form</source>
        <translation>Abandonner les modifications du formulaire</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>button under the form</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The form has changes that are not saved. Save them now?</source>
        <translation>Le formulaire contient des modifications non enregistrées. Voulez-vous les enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Fiche non enregistrée&#xa0;: veuillez corriger les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Fiche enregistrée.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Fiche supprimée.</translation>
    </message>
</context>
<context>
    <name>ed::RecordExport</name>
    <message>
        <source>Only %1 of the %2 records could be read; nothing was written. Try again.</source>
        <translation>Seules %1 des %2 fiches ont pu être lues&#xa0;; rien n&apos;a été écrit. Réessayez.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet: %1</source>
        <translation>Impossible d&apos;écrire le classeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ed::RecordForm</name>
    <message>
        <source>%1 *</source>
        <extracomment>form label; %1 is a field name. The asterisk marks a required field.</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Record form</source>
        <translation>Formulaire de la fiche</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>form title; %1 is the kind of record, e.g. &quot;expert&quot;</extracomment>
        <translation>Nouvelle fiche %1</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <extracomment>form title of a record with unsaved changes</extracomment>
        <translation>%1 (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Written in</source>
        <extracomment>form label of the language the record&apos;s texts (title, description…) are written in</extracomment>
        <translation>Langue de rédaction</translation>
    </message>
</context>
<context>
    <name>ed::RecordFormatter</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>a need named in a list or a heading: %1 its reference, %2 its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 %2/4</source>
        <extracomment>language name and speaking level out of 4, e.g. &quot;French 4/4&quot;</extracomment>
        <translation>%1 %2/4</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>an unavailability period: start date – end date</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separator between the items of a list shown in one table cell</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ed::RecordRepository</name>
    <message>
        <source>%1 has no field &quot;%2&quot;; the fields are: %3.</source>
        <translation>Le type de fiche «&#xa0;%1&#xa0;» n&apos;a pas de champ «&#xa0;%2&#xa0;»&#xa0;; les champs sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the ISO code of an OIC member state (e.g. PK, MA, SN).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le code ISO d&apos;un État membre de l&apos;OCI (par exemple PK, MA, SN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sector code (e.g. BME, IT, RE).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de secteur (par exemple BME, IT, RE).</translation>
    </message>
    <message>
        <source>no %1 has the id &quot;%2&quot;.</source>
        <translation>aucune fiche %1 ne porte l&apos;identifiant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>a record with the id &quot;%1&quot; exists already.</source>
        <translation>une fiche portant l&apos;identifiant «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base de données a refusé la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>this %1 was deleted; restore it before editing.</source>
        <translation>cette fiche %1 a été supprimée&#xa0;; restaurez-la avant de la modifier.</translation>
    </message>
</context>
<context>
    <name>ed::SchedulingArea</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Calendar views</source>
        <translation>Vues du calendrier</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>Sec&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by host country</source>
        <translation>Filtrer par pays d&apos;accueil</translation>
    </message>
    <message>
        <source>Filter by sector</source>
        <translation>Filtrer par secteur</translation>
    </message>
    <message>
        <source>Filter by mission status</source>
        <translation>Filtrer par statut de mission</translation>
    </message>
    <message>
        <source>Show &amp;Hijri dates</source>
        <translation>Afficher les dates &amp;hégiriennes</translation>
    </message>
    <message>
        <source>Show Hijri dates beside Gregorian dates</source>
        <translation>Afficher les dates hégiriennes à côté des dates grégoriennes</translation>
    </message>
    <message>
        <source>Islamic civil (tabular) calendar; it can differ by a day from a calendar based on moon sighting.</source>
        <translation>Calendrier hégirien civil (tabulaire)&#xa0;; il peut différer d&apos;un jour d&apos;un calendrier fondé sur l&apos;observation du croissant de lune.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Scheduling conflicts</source>
        <translation>Conflits de planification</translation>
    </message>
    <message>
        <source>&amp;Export Missions to Calendar (.ics)…</source>
        <translation>&amp;Exporter les missions vers un calendrier (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import Expert Unavailability (.ics)…</source>
        <translation>&amp;Importer les indisponibilités d&apos;un expert (.ics)…</translation>
    </message>
    <message>
        <source>Show &amp;Hijri Dates</source>
        <translation>Afficher les dates &amp;hégiriennes</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Aller à &amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <extracomment>month title with the Hijri months it spans, e.g. &quot;November 2026 (Jumada I – Jumada II 1448)&quot;</extracomment>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Export Missions to Calendar</source>
        <translation>Exporter les missions vers un calendrier</translation>
    </message>
    <message>
        <source>missions.ics</source>
        <translation>missions.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln mission(s) to %1.</source>
        <translation>
            <numerusform>%Ln mission exportée vers %1.</numerusform>
            <numerusform>%Ln missions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Expert Unavailability</source>
        <translation>Importer les indisponibilités d&apos;un expert</translation>
    </message>
    <message>
        <source>Expert:</source>
        <translation>Expert&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln unavailability period(s) for %1.</source>
        <translation>
            <numerusform>%Ln période d&apos;indisponibilité ajoutée pour %1.</numerusform>
            <numerusform>%Ln périodes d&apos;indisponibilité ajoutées pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluate mission %1</source>
        <translation>l&apos;évaluation de la mission %1</translation>
    </message>
</context>
<context>
    <name>ed::SchedulingState</name>
    <message>
        <source>The mission is no longer in the database.</source>
        <translation>La mission ne figure plus dans la base de données.</translation>
    </message>
    <message>
        <source>change the dates of mission %1</source>
        <extracomment>undo history entry; %1 is a mission code</extracomment>
        <translation>la modification des dates de la mission %1</translation>
    </message>
</context>
<context>
    <name>ed::SectorCountryModel</name>
    <message numerus="yes">
        <source>%Ln need(s) in %1 from %2</source>
        <extracomment>tooltip of a cell of the sector × country table: %Ln needs, sector, country</extracomment>
        <translation>
            <numerusform>%Ln besoin — secteur&#xa0;: %1, pays&#xa0;: %2</numerusform>
            <numerusform>%Ln besoins — secteur&#xa0;: %1, pays&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>label of the choice of the user interface language in Preferences</extracomment>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Langue de l&apos;interface utilisateur</translation>
    </message>
    <message>
        <source>The language changes at once; no restart is needed. Arabic shows the window from right to left.</source>
        <translation>La langue change immédiatement, sans redémarrage. En arabe, la fenêtre s&apos;affiche de droite à gauche.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>ed::SignInDialog</name>
    <message>
        <source>Sign In to a Server</source>
        <extracomment>window title of File › Sign in to a server…</extracomment>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Sign in to your organisation&apos;s Expert Desk server to share your changes with the other coordinators. You can keep working offline; changes are sent when the server can be reached.</source>
        <translation>Connectez-vous au serveur Expert Desk de votre organisation pour partager vos modifications avec les autres coordonnateurs. Vous pouvez continuer à travailler hors ligne&#xa0;; les modifications sont envoyées dès que le serveur est accessible.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <extracomment>label of the field for the server&apos;s web address</extracomment>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <extracomment>button: sign in to the sync server</extracomment>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <extracomment>button: sign out of the sync server (the session token is forgotten)</extracomment>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <extracomment>%1 is a user name, %2 a server address</extracomment>
        <translation>Connecté en tant que %1 sur %2.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The server address is not valid. Write it like https://expertdesk.example.org.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas valide. Écrivez-la sous la forme https://expertdesk.example.org.</translation>
    </message>
    <message>
        <source>Signed in. The system keychain is not available, so the session is kept only until Expert Desk closes: the password will be asked each time. (%1)</source>
        <translation>Connecté. Le trousseau du système n&apos;est pas disponible&#xa0;: la session n&apos;est donc conservée que jusqu&apos;à la fermeture d&apos;Expert Desk, et le mot de passe sera demandé à chaque fois. (%1)</translation>
    </message>
    <message>
        <source>Signed out. Your changes stay on this computer and are sent after the next sign-in.</source>
        <translation>Déconnecté. Vos modifications restent sur cet ordinateur et seront envoyées après la prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>ed::SuggestionsPanel</name>
    <message>
        <source>Show the &amp;best:</source>
        <translation>Afficher les &amp;meilleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Number of suggestions</source>
        <translation>Nombre de suggestions</translation>
    </message>
    <message>
        <source>Show e&amp;xcluded experts</source>
        <extracomment>check box of the suggestions panel</extracomment>
        <translation>Afficher les experts e&amp;xclus</translation>
    </message>
    <message>
        <source>Show excluded experts</source>
        <translation>Afficher les experts exclus</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Suggested experts</source>
        <translation>Experts suggérés</translation>
    </message>
    <message>
        <source>Best first; expand a row to see every part of the score explained.</source>
        <translation>Les meilleurs en premier&#xa0;; développez une ligne pour voir le détail de chaque composante du score.</translation>
    </message>
    <message>
        <source>Excluded because</source>
        <translation>Motif d&apos;exclusion</translation>
    </message>
    <message>
        <source>Excluded experts</source>
        <translation>Experts exclus</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>A&amp;ffecter</translation>
    </message>
    <message>
        <source>Assign the selected expert</source>
        <translation>Affecter l&apos;expert sélectionné</translation>
    </message>
    <message>
        <source>Create a draft mission for the selected expert (can be undone)</source>
        <translation>Créer un projet de mission pour l&apos;expert sélectionné (opération annulable)</translation>
    </message>
    <message>
        <source>Suggestions status</source>
        <translation>État des suggestions</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>a ranked suggestion: %1 rank, %2 expert name</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>Score de %1 sur 100</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>points a score part earned out of its maximum, e.g. &quot;12.5 / 15&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Select a need to see the best experts for it.</source>
        <translation>Sélectionnez un besoin pour voir les experts les mieux adaptés.</translation>
    </message>
    <message>
        <source>No expert passes the hard filters for this need.</source>
        <translation>Aucun expert ne franchit les filtres éliminatoires pour ce besoin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s) excluded by a hard filter</source>
        <translation>
            <numerusform>%Ln expert exclu par un filtre éliminatoire</numerusform>
            <numerusform>%Ln experts exclus par un filtre éliminatoire</numerusform>
        </translation>
    </message>
    <message>
        <source>Best experts for %1</source>
        <extracomment>title of the suggestions panel: %1 need reference, %2 its title heading of the suggestions; %1 is the need, e.g. &quot;N-2611-00029 — MRI maintenance training&quot;</extracomment>
        <translation>Meilleurs experts pour %1</translation>
    </message>
</context>
<context>
    <name>ed::SyncIndicator</name>
    <message>
        <source>Not signed in</source>
        <extracomment>status bar: the desk is not connected to a sync server</extracomment>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign in to a server to share changes with other coordinators.</source>
        <translation>Connectez-vous à un serveur pour partager les modifications avec les autres coordonnateurs.</translation>
    </message>
    <message>
        <source>Click to see the conflicts and failed changes.</source>
        <translation>Cliquez pour afficher les conflits et les modifications refusées.</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2. Click to sync now.</source>
        <extracomment>%1 is a user name, %2 a server address</extracomment>
        <translation>Connecté en tant que %1 sur %2. Cliquez pour synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <extracomment>accessible name of the sync state in the status bar</extracomment>
        <translation>État de la synchronisation</translation>
    </message>
</context>
<context>
    <name>ed::TimelineView</name>
    <message>
        <source>Timeline of missions per expert</source>
        <translation>Frise chronologique des missions par expert</translation>
    </message>
    <message>
        <source>Drag a mission to move it, drag its ends to change its length; with the keyboard, arrow keys move the selected mission and Shift+arrow changes its end.</source>
        <translation>Faites glisser une mission pour la déplacer, ou ses extrémités pour modifier sa durée&#xa0;; au clavier, les touches fléchées déplacent la mission sélectionnée et Maj+flèche modifie sa fin.</translation>
    </message>
    <message>
        <source>Expert</source>
        <comment>timeline column</comment>
        <translation>Expert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</source>
        <extracomment>tooltip title; %1 mission code, %2 expert, %3 need title</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%Ln day(s))</source>
        <extracomment>%1, %2 dates, %Ln the number of days</extracomment>
        <translation>
            <numerusform>Du %1 au %2 (%Ln jour)</numerusform>
            <numerusform>Du %1 au %2 (%Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hijri (civil calendar): %1 to %2</source>
        <translation>Calendrier hégirien civil&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ed::TranslationEditor</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>button of the translation editor: save the translation and stay on it</extracomment>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save the translation (%1)</source>
        <translation>Enregistrer la traduction (%1)</translation>
    </message>
    <message>
        <source>Save the translation</source>
        <translation>Enregistrer la traduction</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <extracomment>button of the translation editor: leave this text for later and go to the next one</extracomment>
        <translation>Pa&amp;sser</translation>
    </message>
    <message>
        <source>Skip to the next text without saving</source>
        <translation>Passer au texte suivant sans enregistrer</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <extracomment>button of the translation editor: save, then go to the next text in the queue</extracomment>
        <translation>Enregistrer et s&amp;uivant</translation>
    </message>
    <message>
        <source>Save the translation and go to the next text (%1)</source>
        <translation>Enregistrer la traduction et passer au texte suivant (%1)</translation>
    </message>
    <message>
        <source>Save the translation and go to the next text</source>
        <translation>Enregistrer la traduction et passer au texte suivant</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Write the translation here…</source>
        <extracomment>placeholder of the translation box before a text is chosen in the queue</extracomment>
        <translation>Saisissez la traduction ici…</translation>
    </message>
    <message>
        <source>Choose a text in the list to translate it.</source>
        <translation>Choisissez un texte dans la liste pour le traduire.</translation>
    </message>
    <message>
        <source>Who translated what</source>
        <extracomment>heading above the list of translations of the record shown in the editor</extracomment>
        <translation>Qui a traduit quoi</translation>
    </message>
    <message>
        <source>Translations of this record</source>
        <translation>Traductions de cette fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>header of the translation history: which field of the record</extracomment>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Translated by</source>
        <extracomment>header of the translation history: the translator</extracomment>
        <translation>Traduit par</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>header of the translation history: date and time</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>header of the translation history: current or outdated</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 of this %2</source>
        <extracomment>above the side-by-side editor: %1 is the field (Title), %2 the kind of record (need)</extracomment>
        <translation>%1 de cette fiche %2</translation>
    </message>
    <message>
        <source>Source (%1)</source>
        <extracomment>label of the read-only source text; %1 is its language, e.g. &quot;English&quot;</extracomment>
        <translation>Source (%1)</translation>
    </message>
    <message>
        <source>Translation into %1</source>
        <extracomment>label of the translation box; %1 is the language to translate into, e.g. &quot;French&quot;</extracomment>
        <translation>Traduction en %1</translation>
    </message>
    <message>
        <source>Source text in %1</source>
        <translation>Texte source en %1</translation>
    </message>
    <message>
        <source>The source text has changed since it was translated: check the translation and save it again.</source>
        <translation>Le texte source a changé depuis la traduction&#xa0;: vérifiez la traduction et enregistrez-la à nouveau.</translation>
    </message>
    <message>
        <source>Write the translation first; to leave it for later, choose Skip.</source>
        <translation>Saisissez d&apos;abord la traduction&#xa0;; pour la remettre à plus tard, choisissez «&#xa0;Passer&#xa0;».</translation>
    </message>
    <message>
        <source>%1 translation saved.</source>
        <extracomment>status bar message after saving in the translation editor; %1 is the language</extracomment>
        <translation>Traduction en %1 enregistrée.</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>À jour</translation>
    </message>
</context>
<context>
    <name>ed::TranslationQueueModel</name>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>translation queue header: the expert, institution or need</extracomment>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>translation queue header: which field of the record (biography, title…)</extracomment>
        <translation>Champ</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>translation queue header: the language the text is written in</extracomment>
        <translation>Langue source</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>translation queue header: the language to translate into</extracomment>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>translation queue header: missing or outdated</extracomment>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ed::TranslationStore</name>
    <message>
        <source>%1 has no fields to translate.</source>
        <translation>Le type de fiche «&#xa0;%1&#xa0;» n&apos;a aucun champ à traduire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a translatable field of %2; those are: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ traduisible de la fiche %2&#xa0;; les champs traduisibles sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Expert Desk translates into; use %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue vers laquelle Expert Desk traduit&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>no %1 has the id &quot;%2&quot;.</source>
        <translation>aucune fiche %1 ne porte l&apos;identifiant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 of this %2 is written in %3 already; edit the record itself to change it.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de cette fiche %2 est déjà rédigé en %3&#xa0;; pour le modifier, modifiez directement la fiche.</translation>
    </message>
    <message>
        <source>%1 of this %2 is empty: there is nothing to translate yet.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de cette fiche %2 est vide&#xa0;: il n&apos;y a encore rien à traduire.</translation>
    </message>
    <message>
        <source>Write the translation, or remove it.</source>
        <translation>Saisissez la traduction, ou supprimez-la.</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>La base de données est occupée&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved.</source>
        <translation>La base de données a refusé la modification&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This %1 has no %2 translation of %3.</source>
        <translation>Cette fiche %1 n&apos;a pas de traduction en %2 du champ «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ed::TranslationTabs</name>
    <message>
        <source>Translations of %1</source>
        <extracomment>accessible name of the language tabs under a field; %1 is the field, e.g. &quot;Title&quot;</extracomment>
        <translation>Traductions du champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Save the record to translate its %1.</source>
        <extracomment>shown instead of the language tabs while the record is not saved yet</extracomment>
        <translation>Enregistrez la fiche pour traduire son champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>accessible name of a translation editor: &quot;Title in French&quot;</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Save translation</source>
        <extracomment>button in a translation tab</extracomment>
        <translation>Enregistrer la traduction</translation>
    </message>
    <message>
        <source>Save the %1 translation of %2</source>
        <extracomment>accessible name of the button: &quot;Save the French translation of Title&quot;</extracomment>
        <translation>Enregistrer la traduction en %1 du champ «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Translated by %1 on %2</source>
        <extracomment>under a translation: %1 is who translated it, %2 the date and time</extracomment>
        <translation>Traduit par %1 le %2</translation>
    </message>
    <message>
        <source>Not translated yet.</source>
        <extracomment>under an empty translation tab</extracomment>
        <translation>Pas encore traduit.</translation>
    </message>
    <message>
        <source>Outdated: the source text has changed since this translation was made.</source>
        <translation>Obsolète&#xa0;: le texte source a changé depuis cette traduction.</translation>
    </message>
    <message>
        <source>Translated from: %1</source>
        <extracomment>tooltip of the outdated marker; %1 is the source text as it was when translated</extracomment>
        <translation>Traduit à partir de&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (outdated)</source>
        <extracomment>language tab of a translation whose source changed since; %1 is the language</extracomment>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <extracomment>language tab without a translation yet; %1 is the language</extracomment>
        <translation>%1 (manquante)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <extracomment>language tab with unsaved changes; %1 is the tab&apos;s text</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 translation saved.</source>
        <extracomment>status bar message; %1 is the language</extracomment>
        <translation>Traduction en %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>ed::TranslationsArea</name>
    <message>
        <source>Translate &amp;into:</source>
        <extracomment>filter label in the Translations area: the language to translate into</extracomment>
        <translation>Traduire &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <extracomment>filter label in the Translations area: experts, institutions or needs</extracomment>
        <translation>Fic&amp;hes&#xa0;:</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>Kind of record to translate</source>
        <translation>Type de fiche à traduire</translation>
    </message>
    <message>
        <source>Texts to translate</source>
        <translation>Textes à traduire</translation>
    </message>
    <message>
        <source>Save and go to the next text</source>
        <translation>Enregistrer et passer au texte suivant</translation>
    </message>
    <message>
        <source>All languages</source>
        <extracomment>translation queue filter: every target language</extracomment>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All records</source>
        <extracomment>translation queue filter: experts, institutions and needs</extracomment>
        <translation>Toutes les fiches</translation>
    </message>
    <message numerus="yes">
        <source>%Ln text(s) to translate</source>
        <extracomment>status bar in the Translations area</extracomment>
        <translation>
            <numerusform>%Ln texte à traduire</numerusform>
            <numerusform>%Ln textes à traduire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::Validation</name>
    <message>
        <source>each language needs a two-letter code such as &quot;fr&quot;.</source>
        <translation>chaque langue doit avoir un code à deux lettres, par exemple &quot;fr&quot;.</translation>
    </message>
    <message>
        <source>each language level must be from 1 (basic) to 4 (native).</source>
        <translation>chaque niveau de langue doit être compris entre 1 (notions) et 4 (langue maternelle).</translation>
    </message>
    <message>
        <source>a sector code is empty.</source>
        <translation>un code de secteur est vide.</translation>
    </message>
    <message>
        <source>each skill needs a name.</source>
        <translation>chaque compétence doit avoir un nom.</translation>
    </message>
    <message>
        <source>each skill level must be from 1 (basic) to 4 (expert).</source>
        <translation>chaque niveau de compétence doit être compris entre 1 (débutant) et 4 (expert).</translation>
    </message>
    <message>
        <source>years of practice must be a whole number from 0 to 70.</source>
        <translation>les années de pratique doivent être un nombre entier de 0 à 70.</translation>
    </message>
    <message>
        <source>&quot;mandatory&quot; must be true or false.</source>
        <translation>&quot;mandatory&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <source>each piece of equipment needs a manufacturer and a model.</source>
        <translation>chaque équipement doit avoir un fabricant et un modèle.</translation>
    </message>
    <message>
        <source>each equipment level must be from 1 (basic) to 4 (expert).</source>
        <translation>chaque niveau d&apos;équipement doit être compris entre 1 (débutant) et 4 (expert).</translation>
    </message>
    <message>
        <source>each period needs a start and an end date written as 2026-11-22.</source>
        <translation>chaque période doit avoir une date de début et une date de fin, écrites sous la forme 2026-11-22.</translation>
    </message>
    <message>
        <source>a period ends (%1) before it starts (%2).</source>
        <translation>une période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range %2 to %3.</source>
        <translation>%1 est en dehors de la plage autorisée (de %2 à %3).</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 is not yes or no (write true or false).</source>
        <translation>%1 n&apos;est ni oui ni non (écrivez true ou false).</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2026-11-22.</source>
        <translation>%1 n&apos;est pas une date&#xa0;; écrivez-la sous la forme 2026-11-22.</translation>
    </message>
    <message>
        <source>%1 is not one of: %2.</source>
        <translation>%1 ne fait pas partie des valeurs autorisées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 n&apos;est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <source>%1 is not a phone number; write it with the country code, e.g. +92 51 9220681.</source>
        <translation>%1 n&apos;est pas un numéro de téléphone valide&#xa0;; indiquez-le avec l&apos;indicatif du pays, par exemple +92 51 9220681.</translation>
    </message>
    <message>
        <source>%1 is not a JSON list.</source>
        <translation>%1 n&apos;est pas une liste JSON.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2.</source>
        <translation>la date de fin %1 est antérieure à la date de début %2.</translation>
    </message>
    <message>
        <source>say why the mission is cancelled.</source>
        <translation>indiquez le motif d&apos;annulation de la mission.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed here.</source>
        <translation>Ce texte a %1 caractères ; %2 au plus sont permis ici.</translation>
    </message>
    <message>
        <source>This text holds a control character (code %1); remove it.</source>
        <translation>Ce texte contient un caractère de contrôle (code %1) ; supprimez-le.</translation>
    </message>
    <message>
        <source>This text holds an invalid character; type it again.</source>
        <translation>Ce texte contient un caractère non valide ; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>This list has %1 entries; at most %2 are allowed.</source>
        <translation>Cette liste a %1 entrées ; %2 au plus sont permises.</translation>
    </message>
</context>
<context>
    <name>ed::WeightsDialog</name>
    <message>
        <source>Matching weights</source>
        <translation>Pondérations de l&apos;appariement</translation>
    </message>
    <message>
        <source>Points each part of the match score can earn. Scores are scaled to 0–100 whatever the total, so only the proportions count.</source>
        <translation>Points que chaque composante du score d&apos;appariement peut rapporter. Les scores sont ramenés sur une échelle de 0 à 100 quel que soit le total&#xa0;: seules les proportions comptent.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Pondération&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>form label of a weight, e.g. &quot;Skills and equipment:&quot;</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Total of the weights</source>
        <translation>Total des pondérations</translation>
    </message>
    <message>
        <source>Save the weights</source>
        <translation>Enregistrer les pondérations</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restore the default weights</source>
        <translation>Restaurer les pondérations par défaut</translation>
    </message>
    <message>
        <source>Total: %1 points, scaled to 100.</source>
        <translation>Total&#xa0;: %1 points, ramené à 100.</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>Au moins une pondération doit être supérieure à zéro.</translation>
    </message>
</context>
<context>
    <name>ed::WelcomeDialog</name>
    <message>
        <source>Welcome to Expert Desk</source>
        <translation>Bienvenue dans Expert Desk</translation>
    </message>
    <message>
        <source>This database has no records yet. How do you want to start?</source>
        <translation>Cette base de données ne contient encore aucune fiche. Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Sign in to a server</source>
        <extracomment>first-run choice: connect to the organisation&apos;s server</extracomment>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Download the records your organisation shares and keep them in sync. You can work offline; changes are sent when the server can be reached.</source>
        <translation>Téléchargez les fiches partagées par votre organisation et maintenez-les synchronisées. Vous pouvez travailler hors ligne&#xa0;; les modifications sont envoyées dès que le serveur est accessible.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <extracomment>first-run choice: fill the database with invented records</extracomment>
        <translation>Charger des données de démonstration</translation>
    </message>
    <message>
        <source>Invented experts, institutions, needs and missions to try Expert Desk. Do not use it for real work.</source>
        <translation>Des experts, institutions, besoins et missions fictifs pour essayer Expert Desk. Ne les utilisez pas pour un travail réel.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <extracomment>first-run choice: an empty database</extracomment>
        <translation>Commencer avec une base de données vide</translation>
    </message>
    <message>
        <source>Enter your own records. You can sign in to a server later from the File menu.</source>
        <translation>Saisissez vos propres fiches. Vous pourrez vous connecter à un serveur plus tard depuis le menu Fichier.</translation>
    </message>
</context>
<context>
    <name>ed::server</name>
    <message>
        <source>The body must be a JSON object (%1 at byte %2).</source>
        <translation>Le corps de la requête doit être un objet JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Usage: user add NAME --role admin|coordinator|translator|manager, user remove NAME, user passwd NAME, user list.</source>
        <translation>Usage&#xa0;: user add NOM --role admin|coordinator|translator|manager, user remove NOM, user passwd NOM, user list.</translation>
    </message>
    <message>
        <source>--role must be admin, coordinator, translator or manager.</source>
        <translation>--role doit valoir admin, coordinator, translator ou manager.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;; use add, remove, passwd or list.</source>
        <translation>Commande utilisateur inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez add, remove, passwd ou list.</translation>
    </message>
    <message>
        <source>Expert Desk sync server (see docs/api.md).</source>
        <translation>Serveur de synchronisation d&apos;Expert Desk (voir docs/api.md).</translation>
    </message>
    <message>
        <source>SQLite database file of the server.</source>
        <translation>Fichier de base de données SQLite du serveur.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>PostgreSQL connection, e.g. &quot;host=127.0.0.1 dbname=expertdesk user=ed&quot;.</source>
        <translation>Connexion PostgreSQL, par exemple &quot;host=127.0.0.1 dbname=expertdesk user=ed&quot;.</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:8787).</source>
        <translation>Adresse et port d&apos;écoute (127.0.0.1:8787 par défaut).</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HÔTE:PORT</translation>
    </message>
    <message>
        <source>PEM certificate: serve HTTPS.</source>
        <translation>Certificat PEM&#xa0;: active le service en HTTPS.</translation>
    </message>
    <message>
        <source>PEM private key of the certificate.</source>
        <translation>Clé privée PEM du certificat.</translation>
    </message>
    <message>
        <source>Worker threads (default 64).</source>
        <translation>Nombre de fils de traitement (64 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds (default 3600; env EXPERTDESK_TOKEN_TTL).</source>
        <translation>Durée de vie du jeton d&apos;accès en secondes (3600 par défaut&#xa0;; variable d&apos;environnement EXPERTDESK_TOKEN_TTL).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Refresh token lifetime in seconds (default 30 days; env EXPERTDESK_REFRESH_TTL).</source>
        <translation>Durée de vie du jeton d&apos;actualisation en secondes (30 jours par défaut&#xa0;; variable d&apos;environnement EXPERTDESK_REFRESH_TTL).</translation>
    </message>
    <message>
        <source>Role of a new user: admin, coordinator, translator or manager.</source>
        <translation>Rôle d&apos;un nouvel utilisateur&#xa0;: admin, coordinator, translator ou manager.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Nothing to serve; or user add|remove|passwd|list NAME; or epoch reset.</source>
        <translation>Aucune commande pour lancer le serveur&#xa0;; sinon user add|remove|passwd|list NOM, ou epoch reset.</translation>
    </message>
    <message>
        <source>libsodium failed to start.</source>
        <translation>Échec de l&apos;initialisation de libsodium.</translation>
    </message>
    <message>
        <source>Name the store: --db FILE (SQLite) or --pg CONNINFO (PostgreSQL).</source>
        <translation>Indiquez le stockage&#xa0;: --db FICHIER (SQLite) ou --pg CONNINFO (PostgreSQL).</translation>
    </message>
    <message>
        <source>Cannot load the reference data: %1</source>
        <translation>Impossible de charger les données de référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, e.g. 127.0.0.1:8787.</source>
        <translation>--listen doit être de la forme HÔTE:PORT, par exemple 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>Connections one address may hold open (default 128; 0: no cap, behind a proxy).</source>
        <translation>Connexions qu’une même adresse peut garder ouvertes (128 par défaut ; 0 : sans limite, derrière un proxy).</translation>
    </message>
    <message>
        <source>Seconds a connection may stay silent before it is closed (default 10).</source>
        <translation>Secondes pendant lesquelles une connexion peut rester muette avant d’être fermée (10 par défaut).</translation>
    </message>
</context>
<context>
    <name>ed::server::HttpApi</name>
    <message>
        <source>Give both --tls-cert and --tls-key, or neither.</source>
        <translation>Indiquez à la fois --tls-cert et --tls-key, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Cannot load the TLS certificate %1 or key %2.</source>
        <translation>Impossible de charger le certificat TLS %1 ou la clé %2.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; is another server running there?</source>
        <translation>Impossible d&apos;écouter sur %1:%2&#xa0;; un autre serveur y fonctionne-t-il déjà&#xa0;?</translation>
    </message>
    <message>
        <source>There is no such endpoint; see docs/api.md.</source>
        <translation>Ce point de terminaison n&apos;existe pas&#xa0;; voir docs/api.md.</translation>
    </message>
    <message>
        <source>The request body is larger than 1 MiB.</source>
        <translation>Le corps de la requête dépasse 1&#xa0;Mio.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
    <message>
        <source>The server failed to answer; the error is in its log.</source>
        <translation>Le serveur n&apos;a pas pu répondre&#xa0;; l&apos;erreur figure dans son journal.</translation>
    </message>
    <message>
        <source>This server syncs database schema %1 to %2, and this copy of Expert Desk has schema %3. Install the version of Expert Desk that matches the server.</source>
        <translation>Ce serveur synchronise les schémas de base de données %1 à %2, et cette copie d&apos;Expert Desk utilise le schéma %3. Installez la version d&apos;Expert Desk qui correspond au serveur.</translation>
    </message>
    <message>
        <source>Sign in first: send &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Connectez-vous d&apos;abord&#xa0;: envoyez &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <source>The token is unknown or has expired; refresh it or sign in again.</source>
        <translation>Le jeton est inconnu ou a expiré&#xa0;; actualisez-le ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>Send {&quot;user&quot;: NAME, &quot;password&quot;: PASSWORD}.</source>
        <translation>Envoyez {&quot;user&quot;: NAME, &quot;password&quot;: PASSWORD}.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Send {&quot;refresh_token&quot;: TOKEN}.</source>
        <translation>Envoyez {&quot;refresh_token&quot;: TOKEN}.</translation>
    </message>
    <message>
        <source>The refresh token is unknown, used or expired; sign in again.</source>
        <translation>Le jeton d&apos;actualisation est inconnu, déjà utilisé ou expiré&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Managers may read but not change records.</source>
        <translation>Les gestionnaires peuvent consulter les fiches, mais pas les modifier.</translation>
    </message>
    <message>
        <source>The server database is unavailable; try again later.</source>
        <translation>La base de données du serveur est indisponible&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Only coordinators resolve conflicts.</source>
        <translation>Seuls les coordonnateurs peuvent résoudre les conflits.</translation>
    </message>
    <message>
        <source>Use %1 for this endpoint.</source>
        <translation>Utilisez %1 pour ce point de terminaison.</translation>
    </message>
    <message>
        <source>format must be &quot;changes&quot; or &quot;rows&quot;.</source>
        <translation>format doit valoir «&#xa0;changes&#xa0;» ou «&#xa0;rows&#xa0;».</translation>
    </message>
    <message>
        <source>The request has too many or too large headers.</source>
        <translation>La requête a trop d’en-têtes, ou des en-têtes trop longs.</translation>
    </message>
    <message>
        <source>The %1 header must be a whole number.</source>
        <translation>L’en-tête %1 doit être un nombre entier.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Trop de mots de passe erronés : attendez %n seconde et réessayez.</numerusform>
            <numerusform>Trop de mots de passe erronés : attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is checking many passwords at once; try again in a moment.</source>
        <translation>Le serveur vérifie beaucoup de mots de passe en même temps ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>status must be &quot;open&quot; or &quot;all&quot;.</source>
        <translation>status doit valoir « open » ou « all ».</translation>
    </message>
    <message>
        <source>Send {&quot;id&quot;: CONFLICT_ID}.</source>
        <translation>Envoyez {&quot;id&quot;: ID_DU_CONFLIT}.</translation>
    </message>
</context>
<context>
    <name>ed::server::ServerDatabase</name>
    <message>
        <source>Cannot read the PostgreSQL connection string; write it as &quot;host=127.0.0.1 port=5432 dbname=expertdesk user=expertdesk&quot;.</source>
        <translation>Impossible de lire la chaîne de connexion PostgreSQL&#xa0;; écrivez-la sous la forme &quot;host=127.0.0.1 port=5432 dbname=expertdesk user=expertdesk&quot;.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n&apos;est pas installé (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver is not installed (package libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé (paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(PostgreSQL)</source>
        <translation>(PostgreSQL)</translation>
    </message>
    <message>
        <source>This database was written by a newer expertdesk-server (schema %1; this one knows up to %2). Run the newer server; nothing was changed.</source>
        <translation>Cette base de données a été écrite par une version plus récente d&apos;expertdesk-server (schéma %1&#xa0;; cette version prend en charge jusqu&apos;au schéma %2). Exécutez le serveur plus récent&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>impossible d&apos;enregistrer la version du schéma</translation>
    </message>
    <message>
        <source>cannot initialise the sync state</source>
        <translation>impossible d&apos;initialiser l&apos;état de synchronisation</translation>
    </message>
    <message>
        <source>Could not upgrade the server database to schema %1: %2. The database is unchanged.</source>
        <translation>Impossible de mettre à niveau la base de données du serveur vers le schéma %1&#xa0;: %2. La base de données n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>ed::server::SyncService</name>
    <message>
        <source>Managers may read but not change records.</source>
        <translation>Les gestionnaires peuvent consulter les fiches, mais pas les modifier.</translation>
    </message>
    <message>
        <source>Translators may not add or delete %1 records.</source>
        <translation>Les traducteurs ne peuvent ni ajouter ni supprimer de fiches %1.</translation>
    </message>
    <message>
        <source>Translators may only change translatable fields; %1 is not one.</source>
        <translation>Les traducteurs ne peuvent modifier que les champs traduisibles&#xa0;; %1 n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not the ISO code of an OIC member state (e.g. PK, MA, SN).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas le code ISO d&apos;un État membre de l&apos;OCI (par exemple PK, MA, SN).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a sector code (e.g. BME, IT, RE).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un code de secteur (par exemple BME, IT, RE).</translation>
    </message>
    <message>
        <source>%1: no %2 has the id &quot;%3&quot; on the server (push it first, or it was deleted).</source>
        <translation>%1&#xa0;: aucune fiche %2 ne porte l&apos;identifiant «&#xa0;%3&#xa0;» sur le serveur (envoyez-la d&apos;abord, ou elle a été supprimée).</translation>
    </message>
    <message>
        <source>The server database is unavailable; try again later.</source>
        <translation>La base de données du serveur est indisponible&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot; to sync.</source>
        <translation>Il n&apos;existe pas de table «&#xa0;%1&#xa0;» à synchroniser.</translation>
    </message>
    <message>
        <source>hlc must look like 0001795334400000:00000:client-id.</source>
        <translation>hlc doit être de la forme 0001795334400000:00000:client-id.</translation>
    </message>
    <message>
        <source>The server could not store the change; try again later.</source>
        <translation>Le serveur n&apos;a pas pu enregistrer la modification&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server&apos;s data was restored or replaced since this copy last synced; download a fresh copy and send your changes again.</source>
        <translation>Les données du serveur ont été restaurées ou remplacées depuis la dernière synchronisation de cette copie&#xa0;; téléchargez une nouvelle copie et renvoyez vos modifications.</translation>
    </message>
    <message>
        <source>This copy last synced before changes the server no longer keeps (cursor %1); download a fresh copy and send your changes again.</source>
        <translation>La dernière synchronisation de cette copie est antérieure à des modifications que le serveur ne conserve plus (curseur %1)&#xa0;; téléchargez une nouvelle copie et renvoyez vos modifications.</translation>
    </message>
    <message>
        <source>There is no open conflict with the id &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun conflit ouvert portant l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot store the new epoch.</source>
        <translation>Impossible d&apos;enregistrer la nouvelle époque.</translation>
    </message>
</context>
<context>
    <name>ed::server::UserStore</name>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>Un nom d&apos;utilisateur comporte de 1 à 64 caractères&#xa0;: lettres, chiffres, points, tirets, traits de soulignement ou @.</translation>
    </message>
    <message>
        <source>A password has 8 to 1024 characters.</source>
        <translation>Un mot de passe comporte de 8 à 1024 caractères.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Mémoire insuffisante pour hacher le mot de passe.</translation>
    </message>
    <message>
        <source>The user %1 exists already (or the database refused it: %2).</source>
        <translation>L&apos;utilisateur %1 existe déjà (ou la base de données l&apos;a refusé&#xa0;: %2).</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>L&apos;utilisateur %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>ed::sync::CredentialStore</name>
    <message>
        <source>No keychain is available (%1); you will be asked for the password each time Expert Desk starts.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1)&#xa0;; le mot de passe vous sera demandé à chaque démarrage d&apos;Expert Desk.</translation>
    </message>
</context>
<context>
    <name>ed::sync::Mutation</name>
    <message>
        <source>a mutation needs mutation_id, table_name, row_id and hlc.</source>
        <translation>une mutation doit comporter mutation_id, table_name, row_id et hlc.</translation>
    </message>
    <message>
        <source>mutation %1: an id or the hlc is too long.</source>
        <translation>mutation %1&#xa0;: un identifiant ou le hlc est trop long.</translation>
    </message>
    <message>
        <source>mutation %1: client_seq must be a positive whole number.</source>
        <translation>mutation %1&#xa0;: client_seq doit être un nombre entier positif.</translation>
    </message>
    <message>
        <source>mutation %1: base_version must be a whole number, 0 if never synced.</source>
        <translation>mutation %1&#xa0;: base_version doit être un nombre entier (0 si jamais synchronisé).</translation>
    </message>
    <message>
        <source>mutation %1: op must be insert, update or delete.</source>
        <translation>mutation %1&#xa0;: op doit valoir insert, update ou delete.</translation>
    </message>
    <message>
        <source>mutation %1: changes must be an object of {&quot;field&quot;: {&quot;old&quot;: …, &quot;new&quot;: …}}.</source>
        <translation>mutation %1&#xa0;: changes doit être un objet de la forme {&quot;field&quot;: {&quot;old&quot;: …, &quot;new&quot;: …}}.</translation>
    </message>
    <message>
        <source>mutation %1: the change of %2 must be an object with old and new.</source>
        <translation>mutation %1&#xa0;: la modification de %2 doit être un objet comportant old et new.</translation>
    </message>
    <message>
        <source>mutation %1: row_id and mutation_id may hold only letters A-Z, digits and the signs - _ . :</source>
        <translation>mutation %1 : row_id et mutation_id ne peuvent contenir que des lettres A-Z, des chiffres et les signes - _ . :</translation>
    </message>
</context>
<context>
    <name>ed::sync::PushRequest</name>
    <message>
        <source>client_id is missing or longer than 64 characters.</source>
        <translation>client_id est absent ou dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>schema_version is missing; send the client&apos;s database schema version.</source>
        <translation>schema_version est absent&#xa0;; envoyez la version du schéma de la base de données du client.</translation>
    </message>
    <message>
        <source>mutations must be a list.</source>
        <translation>mutations doit être une liste.</translation>
    </message>
    <message>
        <source>a push holds at most %1 mutations; this one has %2. Send them in several pushes.</source>
        <translation>un envoi contient au plus %1 mutations&#xa0;; celui-ci en contient %2. Répartissez-les sur plusieurs envois.</translation>
    </message>
    <message>
        <source>each mutation must be an object.</source>
        <translation>chaque mutation doit être un objet.</translation>
    </message>
    <message>
        <source>client_id may hold only letters A-Z, digits and the signs - _ . :</source>
        <translation>client_id ne peut contenir que des lettres A-Z, des chiffres et les signes - _ . :</translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncClient</name>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation>Impossible de joindre le serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The server refused to sign in (%1): %2</source>
        <translation>Le serveur a refusé la connexion (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was lost, the next sync continues.</source>
        <translation>Synchronisation annulée&#xa0;; rien n&apos;a été perdu, la prochaine synchronisation reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in has expired; sign in again.</source>
        <translation>La session a expiré&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Le serveur a répondu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The local database refused the sync: %1</source>
        <translation>La base de données locale a refusé la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in to %1 first.</source>
        <translation>Connectez-vous d&apos;abord à %1.</translation>
    </message>
    <message>
        <source>The conflict names an unknown table %1.</source>
        <translation>Le conflit fait référence à une table inconnue, %1.</translation>
    </message>
    <message>
        <source>The server sent data this version cannot read (%1). Nothing was changed; try again later or tell the server&apos;s administrator.</source>
        <translation>Le serveur a envoyé des données que cette version ne sait pas lire (%1). Rien n&apos;a été modifié ; réessayez plus tard ou prévenez l&apos;administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncHttp</name>
    <message>
        <source>this computer does not trust the server&apos;s certificate (%1); check the server address, or ask its administrator</source>
        <translation>cet ordinateur ne fait pas confiance au certificat du serveur (%1) ; vérifiez l&apos;adresse du serveur ou adressez-vous à son administrateur</translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncMerge</name>
    <message>
        <source>deleted: must be true or false.</source>
        <translation>deleted&#xa0;: doit valoir true ou false.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>Le type de fiche «&#xa0;%1&#xa0;» n&apos;a pas de champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This record was deleted on the server while you edited it; your changes are kept as a conflict for someone to resolve.</source>
        <translation>Cette fiche a été supprimée sur le serveur pendant que vous la modifiiez&#xa0;; vos modifications sont conservées sous forme de conflit en attente de résolution.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you last synced it, so it was not deleted; the deletion is kept as a conflict for someone to resolve.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche après votre dernière synchronisation&#xa0;; elle n&apos;a donc pas été supprimée. La suppression est conservée sous forme de conflit en attente de résolution.</translation>
    </message>
    <message>
        <source>Someone else changed %1 at the same time; the server kept their value and recorded a conflict for someone to resolve.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 au même moment&#xa0;; le serveur a conservé la valeur de l&apos;autre utilisateur et enregistré un conflit en attente de résolution.</translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncStatus</name>
    <message>
        <source>Syncing %1 of %2…</source>
        <extracomment>Status bar while syncing; %1 of %2 are changes or rows.</extracomment>
        <translation>Synchronisation&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed change(s)</source>
        <translation>
            <numerusform>%Ln modification refusée</numerusform>
            <numerusform>%Ln modifications refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <extracomment>status bar, when this computer&apos;s clock is wrong by more than 5 minutes</extracomment>
        <translation>Vérifiez l&apos;horloge</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %Ln minute(s) behind the server&apos;s. Set the date and time correctly: edits are ordered by time when two copies change the same field.</source>
        <translation>
            <numerusform>L&apos;horloge de cet ordinateur retarde de %Ln minute sur celle du serveur. Réglez correctement la date et l&apos;heure : les modifications sont ordonnées par l&apos;heure lorsque deux copies changent le même champ.</numerusform>
            <numerusform>L&apos;horloge de cet ordinateur retarde de %Ln minutes sur celle du serveur. Réglez correctement la date et l&apos;heure : les modifications sont ordonnées par l&apos;heure lorsque deux copies changent le même champ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %Ln minute(s) ahead of the server&apos;s. Set the date and time correctly: edits are ordered by time when two copies change the same field.</source>
        <translation>
            <numerusform>L&apos;horloge de cet ordinateur avance de %Ln minute sur celle du serveur. Réglez correctement la date et l&apos;heure : les modifications sont ordonnées par l&apos;heure lorsque deux copies changent le même champ.</numerusform>
            <numerusform>L&apos;horloge de cet ordinateur avance de %Ln minutes sur celle du serveur. Réglez correctement la date et l&apos;heure : les modifications sont ordonnées par l&apos;heure lorsque deux copies changent le même champ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncStore</name>
    <message>
        <source>There is no open conflict with the id %1; sync to refresh the list.</source>
        <translation>Il n&apos;existe aucun conflit ouvert portant l&apos;identifiant %1&#xa0;; synchronisez pour actualiser la liste.</translation>
    </message>
    <message>
        <source>Cannot store the clock of this copy.</source>
        <translation>Impossible d&apos;enregistrer l&apos;horloge de cette copie.</translation>
    </message>
    <message>
        <source>This failed change is no longer listed; close and reopen the list.</source>
        <translation>Cette modification refusée n&apos;est plus dans la liste&#xa0;; fermez puis rouvrez la liste.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>COMSTECH Expert Service desk</source>
        <translation>Application de bureau du Service d&apos;experts du COMSTECH</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Fichier de base de données à ouvrir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <extracomment>placeholder for a file name in the command-line help</extracomment>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Expert Desk</source>
        <translation>Expert Desk</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
</context>
</TS>
