<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Sieve::Authors::SemanticScholarClient</name>
    <message numerus="yes">
        <source>The authors of %n paper(s) were not looked up on Semantic Scholar. %1</source>
        <extracomment>%1 says why, e.g. &quot;api.semanticscholar.org answered with HTTP 500 4 times; ...&quot;</extracomment>
        <translation>
            <numerusform>The authors of %n paper were not looked up on Semantic Scholar. %1</numerusform>
            <numerusform>The authors of %n papers were not looked up on Semantic Scholar. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Cli::CommandLine</name>
    <message numerus="yes">
        <source>%1: %n paper(s) in %2</source>
        <translation>
            <numerusform>%1: %n paper in %2</numerusform>
            <numerusform>%1: %n papers in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later day(s) scored</source>
        <extracomment>The first of three parts of one line, joined by &quot;; &quot;</extracomment>
        <translation>
            <numerusform>%n later day scored</numerusform>
            <numerusform>%n later days scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n day(s) are the rating pool, not scored</source>
        <translation>
            <numerusform>the first day is the rating pool, not scored</numerusform>
            <numerusform>the first %n days are the rating pool, not scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) from the pool (%1 relevant, %2 irrelevant)</source>
        <extracomment>%1 and %2 count the relevant and the irrelevant ones of the %n ratings</extracomment>
        <translation>
            <numerusform>%n rating from the pool (%1 relevant, %2 irrelevant)</numerusform>
            <numerusform>%n ratings from the pool (%1 relevant, %2 irrelevant)</numerusform>
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
    <name>Sieve::Platform::KeychainSecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked and waiting for a password; unlock it and try again.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second. It may be locked and waiting for a password; unlock it and try again.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds. It may be locked and waiting for a password; unlock it and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::AppShell</name>
    <message numerus="yes">
        <source>The LLM could not score %n paper(s); see the run panel.</source>
        <translation>
            <numerusform>The LLM could not score %n paper; see the run panel.</numerusform>
            <numerusform>The LLM could not score %n papers; see the run panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::AuthorsPage</name>
    <message numerus="yes">
        <source>Added %n author(s).</source>
        <translation>
            <numerusform>Added %n author.</numerusform>
            <numerusform>Added %n authors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed.</source>
        <translation>
            <numerusform>%n already followed.</numerusform>
            <numerusform>%n already followed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::CriteriaEditor</name>
    <message numerus="yes">
        <source>%1: %n paper(s) moved; %2 entered the top %3 and %4 left it.</source>
        <extracomment>%1 which ranking, %n papers moved, %2 top size, %3 entered, %4 left</extracomment>
        <translation>
            <numerusform>%1: %n paper moved; %2 entered the top %3 and %4 left it.</numerusform>
            <numerusform>%1: %n papers moved; %2 entered the top %3 and %4 left it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::DayListModel</name>
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
<context>
    <name>Sieve::Ui::PdfViewer</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::ProfileMenu</name>
    <message numerus="yes">
        <source>The %n rating(s) given under it are deleted with it.</source>
        <translation>
            <numerusform>The %n rating given under it is deleted with it.</numerusform>
            <numerusform>The %n ratings given under it are deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n LLM run(s) and their scores stay in the library, and so do the papers, your notes and your stars.</source>
        <translation>
            <numerusform>Its %n LLM run and its scores stay in the library, and so do the papers, your notes and your stars.</numerusform>
            <numerusform>Its %n LLM runs and their scores stay in the library, and so do the papers, your notes and your stars.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::RunPanel</name>
    <message numerus="yes">
        <source>%n paper(s) by followed authors</source>
        <translation>
            <numerusform>%n paper by followed authors</numerusform>
            <numerusform>%n papers by followed authors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) not looked up on Semantic Scholar; the h-index filter let them through.</source>
        <translation>
            <numerusform>%n paper not looked up on Semantic Scholar; the h-index filter let it through.</numerusform>
            <numerusform>%n papers not looked up on Semantic Scholar; the h-index filter let them through.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen: %n paper(s) that skipped the LLM.</source>
        <extracomment>The papers the reader chose in the list to send to the LLM after a filter skipped them</extracomment>
        <translation>
            <numerusform>Chosen: %n paper that skipped the LLM.</numerusform>
            <numerusform>Chosen: %n papers that skipped the LLM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This day was not scored with these settings yet: Start scores the whole day, the %n chosen paper(s) included.</source>
        <translation>
            <numerusform>This day was not scored with these settings yet: Start scores the whole day, the chosen paper included.</numerusform>
            <numerusform>This day was not scored with these settings yet: Start scores the whole day, the %n chosen papers included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Local ranker: %1 of %n paper(s) go to the LLM, expected to hold about %2 % of the relevant ones.</source>
        <extracomment>%1 papers sent of %n, %2 the expected share of the relevant papers among them in percent</extracomment>
        <translation>
            <numerusform>Local ranker: %1 of %n paper goes to the LLM, expected to hold about %2 % of the relevant ones.</numerusform>
            <numerusform>Local ranker: %1 of %n papers go to the LLM, expected to hold about %2 % of the relevant ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 scored, %n failed (%2).</source>
        <extracomment>%1 papers scored, %n papers failed, %2 the most common reason</extracomment>
        <translation>
            <numerusform>%1 scored, %n failed (%2).</numerusform>
            <numerusform>%1 scored, %n failed (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 scored; the budget ran out before %n paper(s).</source>
        <translation>
            <numerusform>%1 scored; the budget ran out before %n paper.</numerusform>
            <numerusform>%1 scored; the budget ran out before %n papers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) already answered by earlier runs cost nothing.</source>
        <translation>
            <numerusform>%n paper already answered by an earlier run costs nothing.</numerusform>
            <numerusform>%n papers already answered by earlier runs cost nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n request(s) to send: %1, %2.</source>
        <extracomment>%n requests to send, %1 tokens, %2 the cost in dollars or &quot;cost unknown&quot;</extracomment>
        <translation>
            <numerusform>About %n request to send: %1, %2.</numerusform>
            <numerusform>About %n requests to send: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paper(s) are answered by earlier runs under these criteria: starting costs nothing.</source>
        <translation>
            <numerusform>The paper is answered by an earlier run under these criteria: starting costs nothing.</numerusform>
            <numerusform>All %n papers are answered by earlier runs under these criteria: starting costs nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paper(s) scored.</source>
        <translation>
            <numerusform>The paper is scored.</numerusform>
            <numerusform>All %n papers scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paper(s) settled: %1 scored, %2 from earlier answers.</source>
        <translation>
            <numerusform>The paper is settled: %1 scored, %2 from earlier answers.</numerusform>
            <numerusform>All %n papers settled: %1 scored, %2 from earlier answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %1 of %n paper(s) settled. Their answers are kept: Start continues where the run stopped.</source>
        <translation>
            <numerusform>Cancelled with %1 of %n paper settled. Its answer is kept: Start continues where the run stopped.</numerusform>
            <numerusform>Cancelled with %1 of %n papers settled. Their answers are kept: Start continues where the run stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n failed paper(s)</source>
        <translation>
            <numerusform>Show the failed paper</numerusform>
            <numerusform>Show %n failed papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n looked up on Semantic Scholar</source>
        <translation>
            <numerusform>%n looked up on Semantic Scholar</numerusform>
            <numerusform>%n looked up on Semantic Scholar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped by the h-index filter</source>
        <translation>
            <numerusform>%n skipped by the h-index filter</numerusform>
            <numerusform>%n skipped by the h-index filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It did not answer for %n of them; a later run asks again.</source>
        <translation>
            <numerusform>It did not answer for %n of them; a later run asks again.</numerusform>
            <numerusform>It did not answer for %n of them; a later run asks again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::TrayIcon</name>
    <message numerus="yes">
        <source>PaperSieve: %n unread pick(s)</source>
        <translation>
            <numerusform>PaperSieve: %n unread pick</numerusform>
            <numerusform>PaperSieve: %n unread picks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relevant paper(s) arrived. Best: %1</source>
        <translation>
            <numerusform>%n relevant paper arrived. Best: %1</numerusform>
            <numerusform>%n relevant papers arrived. Best: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
