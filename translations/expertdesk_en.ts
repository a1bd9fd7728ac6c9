<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <source>The database %1 already holds %n record(s); demo data only goes into an empty database. Give a new file with --db.</source>
        <translation>
            <numerusform>The database %1 already holds %n record; demo data only goes into an empty database. Give a new file with --db.</numerusform>
            <numerusform>The database %1 already holds %n records; demo data only goes into an empty database. Give a new file with --db.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No records at offset %1; there are %n in all.</source>
        <translation>
            <numerusform>No records at offset %1; there are %n in all.</numerusform>
            <numerusform>No records at offset %1; there are %n in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records %1–%2 of %n.</source>
        <translation>
            <numerusform>Records %1–%2 of %n.</numerusform>
            <numerusform>Records %1–%2 of %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Excluded by a hard filter: %n expert(s).</source>
        <translation>
            <numerusform>Excluded by a hard filter: %n expert.</numerusform>
            <numerusform>Excluded by a hard filter: %n experts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in %1 mission(s).</source>
        <translation>
            <numerusform>%n conflict in %1 mission(s).</numerusform>
            <numerusform>%n conflicts in %1 mission(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n event to %1.</numerusform>
            <numerusform>Wrote %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n unavailability period(s).</source>
        <translation>
            <numerusform>Added %n unavailability period.</numerusform>
            <numerusform>Added %n unavailability periods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s) of %1 (nothing was written):</source>
        <translation>
            <numerusform>Checked %n row of %1 (nothing was written):</numerusform>
            <numerusform>Checked %n rows of %1 (nothing was written):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) of %1:</source>
        <translation>
            <numerusform>Read %n row of %1:</numerusform>
            <numerusform>Read %n rows of %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  imported %n</source>
        <translation>
            <numerusform>  imported %n</numerusform>
            <numerusform>  imported %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  updated %n</source>
        <translation>
            <numerusform>  updated %n</numerusform>
            <numerusform>  updated %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  merged into an existing expert %n</source>
        <translation>
            <numerusform>  merged into an existing expert %n</numerusform>
            <numerusform>  merged into an existing expert %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  waiting for review as possible duplicates %n</source>
        <translation>
            <numerusform>  waiting for review as possible duplicates %n</numerusform>
            <numerusform>  waiting for review as possible duplicates %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  already imported, unchanged %n</source>
        <translation>
            <numerusform>  already imported, unchanged %n</numerusform>
            <numerusform>  already imported, unchanged %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  failed %n</source>
        <translation>
            <numerusform>  failed %n</numerusform>
            <numerusform>  failed %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  institutions created %n</source>
        <translation>
            <numerusform>  institutions created %n</numerusform>
            <numerusform>  institutions created %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %2 % (%n row(s))</source>
        <translation>
            <numerusform>Importing %1: %2 % (%n row)</numerusform>
            <numerusform>Importing %1: %2 % (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the public directory of %n expert(s) to %1.</source>
        <translation>
            <numerusform>Wrote the public directory of %n expert to %1.</numerusform>
            <numerusform>Wrote the public directory of %n experts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open need(s) still want experts; together %2 more.</source>
        <extracomment>%1 needs out of %n open needs still want experts once their missions are counted</extracomment>
        <translation>
            <numerusform>%1 of %n open need still want experts; together %2 more.</numerusform>
            <numerusform>%1 of %n open needs still want experts; together %2 more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s); total score %1.</source>
        <translation>
            <numerusform>%n assignment; total score %1.</numerusform>
            <numerusform>%n assignments; total score %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardTexts</name>
    <message numerus="yes">
        <source>Mean overall rating of %Ln evaluation(s) of missions in the period.</source>
        <translation>
            <numerusform>Mean overall rating of %Ln evaluation of missions in the period.</numerusform>
            <numerusform>Mean overall rating of %Ln evaluations of missions in the period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftMissions</name>
    <message numerus="yes">
        <source>assign %Ln expert(s) to %1</source>
        <extracomment>undo history entry; %Ln experts were assigned to the need %1 in one drop</extracomment>
        <translation>
            <numerusform>assign %Ln expert to %1</numerusform>
            <numerusform>assign %Ln experts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft mission(s) created for %1.</source>
        <translation>
            <numerusform>%Ln draft mission created for %1.</numerusform>
            <numerusform>%Ln draft missions created for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ConflictsDialog</name>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <extracomment>tab title; %Ln is the number of open conflicts</extracomment>
        <translation>
            <numerusform>Conflicts (%Ln)</numerusform>
            <numerusform>Conflicts (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed changes (%Ln)</source>
        <extracomment>tab title; %Ln is the number of changes the server refused</extracomment>
        <translation>
            <numerusform>Failed changes (%Ln)</numerusform>
            <numerusform>Failed changes (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::EntityTexts</name>
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
            <numerusform>%Ln need</numerusform>
            <numerusform>%Ln needs</numerusform>
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
            <numerusform>%Ln evaluation</numerusform>
            <numerusform>%Ln evaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ImportLogDialog</name>
    <message numerus="yes">
        <source>%Ln problem(s) reported by this import, by row of the file:</source>
        <translation>
            <numerusform>%Ln problem reported by this import, by row of the file:</numerusform>
            <numerusform>%Ln problems reported by this import, by row of the file:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) written to %1.</source>
        <translation>
            <numerusform>%Ln problem written to %1.</numerusform>
            <numerusform>%Ln problems written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ImportMappingPage</name>
    <message numerus="yes">
        <source>%Ln column(s) not recognised, not imported: %1</source>
        <translation>
            <numerusform>%Ln column not recognised, not imported: %1</numerusform>
            <numerusform>%Ln columns not recognised, not imported: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::ImportRunPage</name>
    <message numerus="yes">
        <source>%Ln new record(s) to import</source>
        <translation>
            <numerusform>%Ln new record to import</numerusform>
            <numerusform>%Ln new records to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new record(s) imported</source>
        <translation>
            <numerusform>%Ln new record imported</numerusform>
            <numerusform>%Ln new records imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to update</source>
        <translation>
            <numerusform>%Ln to update</numerusform>
            <numerusform>%Ln to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to merge into an existing expert</source>
        <translation>
            <numerusform>%Ln to merge into an existing expert</numerusform>
            <numerusform>%Ln to merge into an existing expert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged into an existing expert</source>
        <translation>
            <numerusform>%Ln merged into an existing expert</numerusform>
            <numerusform>%Ln merged into an existing expert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln set aside for review as possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln set aside for review as possible duplicate(s)</numerusform>
            <numerusform>%Ln set aside for review as possible duplicate(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln already imported</numerusform>
            <numerusform>%Ln already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a problem, not imported</source>
        <translation>
            <numerusform>%Ln row with a problem, not imported</numerusform>
            <numerusform>%Ln rows with a problem, not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read: </source>
        <translation>
            <numerusform>%Ln row read: </numerusform>
            <numerusform>%Ln rows read: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::MainWindow</name>
    <message numerus="yes">
        <source>Import finished: %Ln new record(s).</source>
        <translation>
            <numerusform>Import finished: %Ln new record.</numerusform>
            <numerusform>Import finished: %Ln new records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not imported; their problems are in File › Import Log.</source>
        <translation>
            <numerusform>%Ln row not imported; their problems are in File › Import Log.</numerusform>
            <numerusform>%Ln rows not imported; their problems are in File › Import Log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1.</source>
        <translation>
            <numerusform>%Ln record written to %1.</numerusform>
            <numerusform>%Ln records written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) exported.</source>
        <translation>
            <numerusform>%Ln record exported.</numerusform>
            <numerusform>%Ln records exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Public directory of %Ln expert(s) written to %1.</source>
        <translation>
            <numerusform>Public directory of %Ln expert written to %1.</numerusform>
            <numerusform>Public directory of %Ln experts written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The public directory of %Ln expert(s) is ready to publish.</source>
        <translation>
            <numerusform>The public directory of %Ln expert is ready to publish.</numerusform>
            <numerusform>The public directory of %Ln experts is ready to publish.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::MatchScorer</name>
    <message numerus="yes">
        <source>Already has %Ln mission(s) in %1, the most this expert accepts in a year.</source>
        <translation>
            <numerusform>Already has %Ln mission in %1, the most this expert accepts in a year.</numerusform>
            <numerusform>Already has %Ln missions in %1, the most this expert accepts in a year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The declared unavailability leaves no %Ln free day(s) in a row within the need&apos;s window.</source>
        <translation>
            <numerusform>The declared unavailability leaves no %Ln free day in a row within the need's window.</numerusform>
            <numerusform>The declared unavailability leaves no %Ln free days in a row within the need's window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On another mission: no %Ln free day(s) in a row within the need&apos;s window.</source>
        <translation>
            <numerusform>On another mission: no %Ln free day in a row within the need's window.</numerusform>
            <numerusform>On another mission: no %Ln free days in a row within the need's window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean rating %1/5 over %Ln evaluation(s)</source>
        <translation>
            <numerusform>mean rating %1/5 over %Ln evaluation</numerusform>
            <numerusform>mean rating %1/5 over %Ln evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s) in the last 12 months</source>
        <translation>
            <numerusform>%Ln mission in the last 12 months</numerusform>
            <numerusform>%Ln missions in the last 12 months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::MatchingArea</name>
    <message numerus="yes">
        <source>%Ln draft mission(s) created from the plan.</source>
        <translation>
            <numerusform>%Ln draft mission created from the plan.</numerusform>
            <numerusform>%Ln draft missions created from the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::MatchingBoard</name>
    <message numerus="yes">
        <source>%Ln expert(s) wanted</source>
        <translation>
            <numerusform>%Ln expert wanted</numerusform>
            <numerusform>%Ln experts wanted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::MissionPanel</name>
    <message numerus="yes">
        <source>%1 to %2 (%Ln day(s))</source>
        <translation>
            <numerusform>%1 to %2 (%Ln day)</numerusform>
            <numerusform>%1 to %2 (%Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Passport valid until %1: OK (at least %Ln month(s) after the mission).</source>
        <translation>
            <numerusform>Passport valid until %1: OK (at least %Ln month after the mission).</numerusform>
            <numerusform>Passport valid until %1: OK (at least %Ln months after the mission).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Passport expires on %1: less than %Ln month(s) after the mission.</source>
        <translation>
            <numerusform>Passport expires on %1: less than %Ln month after the mission.</numerusform>
            <numerusform>Passport expires on %1: less than %Ln months after the mission.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::MonthView</name>
    <message numerus="yes">
        <source>+%Ln more</source>
        <extracomment>more missions on a day than fit in the cell</extracomment>
        <translation>
            <numerusform>+%Ln more</numerusform>
            <numerusform>+%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::PlanDialog</name>
    <message numerus="yes">
        <source>Scoring candidates: %1 of %Ln open need(s)…</source>
        <translation>
            <numerusform>Scoring candidates: %1 of %Ln open need…</numerusform>
            <numerusform>Scoring candidates: %1 of %Ln open needs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %Ln draft mission(s)</source>
        <translation>
            <numerusform>&amp;Create %Ln draft mission</numerusform>
            <numerusform>&amp;Create %Ln draft missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %Ln draft mission(s) from a plan</source>
        <extracomment>undo history entry</extracomment>
        <translation>
            <numerusform>create %Ln draft mission from a plan</numerusform>
            <numerusform>create %Ln draft missions from a plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft mission(s) created; these could not be:</source>
        <translation>
            <numerusform>%Ln draft mission created; these could not be:</numerusform>
            <numerusform>%Ln draft missions created; these could not be:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every open need has all the experts it wants (%Ln open need(s)); nothing to propose.</source>
        <translation>
            <numerusform>Every open need has all the experts it wants (%Ln open need); nothing to propose.</numerusform>
            <numerusform>Every open need has all the experts it wants (%Ln open needs); nothing to propose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln open need(s) still want experts.</source>
        <extracomment>%1 needs out of %Ln open needs still want experts once their missions are counted</extracomment>
        <translation>
            <numerusform>%1 of %Ln open need still want experts.</numerusform>
            <numerusform>%1 of %Ln open needs still want experts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Together they want %Ln more expert(s).</source>
        <translation>
            <numerusform>Together they want %Ln more expert.</numerusform>
            <numerusform>Together they want %Ln more experts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan proposes %Ln expert(s); total score %1.</source>
        <extracomment>%1 is the total score of the plan</extracomment>
        <translation>
            <numerusform>The plan proposes %Ln expert; total score %1.</numerusform>
            <numerusform>The plan proposes %Ln experts; total score %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::SchedulingArea</name>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln mission(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln mission to %1.</numerusform>
            <numerusform>Wrote %Ln missions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln unavailability period(s) for %1.</source>
        <translation>
            <numerusform>Added %Ln unavailability period for %1.</numerusform>
            <numerusform>Added %Ln unavailability periods for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::SectorCountryModel</name>
    <message numerus="yes">
        <source>%Ln need(s) in %1 from %2</source>
        <extracomment>tooltip of a cell of the sector × country table: %Ln needs, sector, country</extracomment>
        <translation>
            <numerusform>%Ln need in %1 from %2</numerusform>
            <numerusform>%Ln needs in %1 from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::SuggestionsPanel</name>
    <message numerus="yes">
        <source>%Ln expert(s) excluded by a hard filter</source>
        <translation>
            <numerusform>%Ln expert excluded by a hard filter</numerusform>
            <numerusform>%Ln experts excluded by a hard filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::TimelineView</name>
    <message numerus="yes">
        <source>%1 to %2 (%Ln day(s))</source>
        <extracomment>%1, %2 dates, %Ln the number of days</extracomment>
        <translation>
            <numerusform>%1 to %2 (%Ln day)</numerusform>
            <numerusform>%1 to %2 (%Ln days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::TranslationsArea</name>
    <message numerus="yes">
        <source>%Ln text(s) to translate</source>
        <extracomment>status bar in the Translations area</extracomment>
        <translation>
            <numerusform>%Ln text to translate</numerusform>
            <numerusform>%Ln texts to translate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::server::HttpApi</name>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords: wait %n second and try again.</numerusform>
            <numerusform>Too many wrong passwords: wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::sync::SyncStatus</name>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed change(s)</source>
        <translation>
            <numerusform>%Ln failed change</numerusform>
            <numerusform>%Ln failed changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %Ln minute(s) behind the server&apos;s. Set the date and time correctly: edits are ordered by time when two copies change the same field.</source>
        <translation>
            <numerusform>This computer's clock is %Ln minute behind the server's. Set the date and time correctly: edits are ordered by time when two copies change the same field.</numerusform>
            <numerusform>This computer's clock is %Ln minutes behind the server's. Set the date and time correctly: edits are ordered by time when two copies change the same field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %Ln minute(s) ahead of the server&apos;s. Set the date and time correctly: edits are ordered by time when two copies change the same field.</source>
        <translation>
            <numerusform>This computer's clock is %Ln minute ahead of the server's. Set the date and time correctly: edits are ordered by time when two copies change the same field.</numerusform>
            <numerusform>This computer's clock is %Ln minutes ahead of the server's. Set the date and time correctly: edits are ordered by time when two copies change the same field.</numerusform>
        </translation>
    </message>
</context>
</TS>
