<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CardWords</name>
    <message numerus="yes">
        <source>Last done %n day(s) ago</source>
        <translation>
            <numerusform>Last done %n day ago</numerusform>
            <numerusform>Last done %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be sent; tried again next time</source>
        <translation>
            <numerusform>%n record could not be sent; tried again next time</numerusform>
            <numerusform>%n records could not be sent; tried again next time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be sent; tried again next time</source>
        <translation>
            <numerusform>%n file could not be sent; tried again next time</numerusform>
            <numerusform>%n files could not be sent; tried again next time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n still to come)</source>
        <translation>
            <numerusform>%1 (%n still to come)</numerusform>
            <numerusform>%1 (%n still to come)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>Exported %n session to %1</numerusform>
            <numerusform>Exported %n sessions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercise(s)</source>
        <translation>
            <numerusform>%n own exercise</numerusform>
            <numerusform>%n own exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %1 has %n problem(s)</source>
        <translation>
            <numerusform>nothing imported: %1 has %n problem</numerusform>
            <numerusform>nothing imported: %1 has %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Routine %1: %2 (%n exercise(s))</source>
        <translation>
            <numerusform>Routine %1: %2 (%n exercise)</numerusform>
            <numerusform>Routine %1: %2 (%n exercises)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a break after every %n min at the computer</source>
        <translation>
            <numerusform>a break after every %n min at the computer</numerusform>
            <numerusform>a break after every %n min at the computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>every %n min</numerusform>
            <numerusform>every %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there are %n daily reminders already; remove one first</source>
        <translation>
            <numerusform>there is %n daily reminder already; remove one first</numerusform>
            <numerusform>there are %n daily reminders already; remove one first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n session to %1.</numerusform>
            <numerusform>Exported %n sessions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message numerus="yes">
        <source>%n thing(s) need(s) your attention; everything else works as usual.</source>
        <translation>
            <numerusform>%n thing needs your attention; everything else works as usual.</numerusform>
            <numerusform>%n things need your attention; everything else works as usual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n-day streak</numerusform>
            <numerusform>%n-day streak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak: stretch today to keep it</source>
        <translation>
            <numerusform>%n-day streak: stretch today to keep it</numerusform>
            <numerusform>%n-day streak: stretch today to keep it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsNote</name>
    <message numerus="yes">
        <source>%n record(s) in the history could not be read and are left out of what is shown.</source>
        <translation>
            <numerusform>%n record in the history could not be read and is left out of what is shown.</numerusform>
            <numerusform>%n records in the history could not be read and are left out of what is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message numerus="yes">
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <source>Your %n-day streak ends at %1 unless you stretch today.</source>
        <translation>
            <numerusform>Your %n-day streak ends at %1 unless you stretch today.</numerusform>
            <numerusform>Your %n-day streak ends at %1 unless you stretch today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been at the computer for %n minute(s).</source>
        <translation>
            <numerusform>You have been at the computer for %n minute.</numerusform>
            <numerusform>You have been at the computer for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min.</source>
        <translation>
            <numerusform>%1, %n min.</numerusform>
            <numerusform>%1, %n min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s)</source>
        <translation>
            <numerusform>%1 of %n day</numerusform>
            <numerusform>%1 of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) in a row (longest %1)</source>
        <translation>
            <numerusform>%n week in a row (longest %1)</numerusform>
            <numerusform>%n weeks in a row (longest %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more day(s) this week reach(es) your goal.</source>
        <translation>
            <numerusform>%n more day this week reaches your goal.</numerusform>
            <numerusform>%n more days this week reach your goal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row!</source>
        <translation>
            <numerusform>%n day in a row!</numerusform>
            <numerusform>%n days in a row!</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <source>Last merged %1; %n other computer(s) seen.</source>
        <translation>
            <numerusform>Last merged %1; %n other computer seen.</numerusform>
            <numerusform>Last merged %1; %n other computers seen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file version(s) changed on two computers kept as a copy; the latest: %1.</source>
        <translation>
            <numerusform>%n file version changed on two computers kept as a copy; the latest: %1.</numerusform>
            <numerusform>%n file versions changed on two computers kept as a copy; the latest: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message numerus="yes">
        <source>Sync: %1 (and %n more)</source>
        <translation>
            <numerusform>Sync: %1 (and %n more)</numerusform>
            <numerusform>Sync: %1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message numerus="yes">
        <source>Week of %1: %2 min, %n day(s) counted</source>
        <translation>
            <numerusform>Week of %1: %2 min, %n day counted</numerusform>
            <numerusform>Week of %1: %2 min, %n days counted</numerusform>
        </translation>
    </message>
</context>
</TS>
