<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Sieve::Cli::CommandLine</name>
    <message numerus="yes">
        <source>%1: %n paper(s) in %2</source>
        <translation>
            <numerusform>%1: %n paper in %2</numerusform>
            <numerusform>%1: %n papers in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Net::Messages</name>
    <message numerus="yes">
        <source>%1 answered with HTTP %2 %n times; try again later.</source>
        <extracomment>%1 is a service such as arXiv, %2 an HTTP status code such as 503</extracomment>
        <translation>
            <numerusform>%1 answered with HTTP %2 once; try again later.</numerusform>
            <numerusform>%1 answered with HTTP %2 %n times; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 asked us to wait %n minutes before the next request; try again later.</source>
        <translation>
            <numerusform>%1 asked us to wait %n minute before the next request; try again later.</numerusform>
            <numerusform>%1 asked us to wait %n minutes before the next request; try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::DayListModel</name>
    <message numerus="yes">
        <source>%n relevant</source>
        <translation>
            <numerusform>%n relevant</numerusform>
            <numerusform>%n relevant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relevant</source>
        <translation>
            <numerusform>%n relevant</numerusform>
            <numerusform>%n relevant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <extracomment>Appended to the day&apos;s summary while a filter narrows the list</extracomment>
        <translation>
            <numerusform> · %n shown</numerusform>
            <numerusform> · %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in the whole library for “%1”</source>
        <translation>
            <numerusform>%n result in the whole library for “%1”</numerusform>
            <numerusform>%n results in the whole library for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank %1 of %n</source>
        <translation>
            <numerusform>Rank %1 of %n</numerusform>
            <numerusform>Rank %1 of %n</numerusform>
        </translation>
    </message>
</context>
</TS>
