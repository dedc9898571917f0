<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Sieve::Arxiv::ArxivClient</name>
    <message>
        <source>Choose at least one arXiv category to fetch.</source>
        <translation>Wählen Sie mindestens eine arXiv-Kategorie zum Abrufen.</translation>
    </message>
</context>
<context>
    <name>Sieve::Arxiv::AtomParser</name>
    <message>
        <source>The arXiv search service sent something that is not a list of papers. Try again later.</source>
        <translation>Der arXiv-Suchdienst hat etwas gesendet, das keine Liste von Artikeln ist. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The arXiv search service refused the request: %1</source>
        <translation>Der arXiv-Suchdienst hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The arXiv search results break off or are malformed at line %1, column %2; fetch them again in a few minutes.</source>
        <translation>Die arXiv-Suchergebnisse brechen in Zeile %1, Spalte %2 ab oder sind fehlerhaft; rufen Sie sie in einigen Minuten erneut ab.</translation>
    </message>
</context>
<context>
    <name>Sieve::Arxiv::PdfDownloader</name>
    <message>
        <source>arXiv did not send a PDF for %1. It may not be ready yet: try again later, or open the paper in the browser.</source>
        <translation>arXiv hat kein PDF für %1 gesendet. Vielleicht ist es noch nicht bereit: Versuchen Sie es später erneut oder öffnen Sie den Artikel im Browser.</translation>
    </message>
    <message>
        <source>The PDF of %1 arrived incomplete. Try again.</source>
        <translation>Das PDF von %1 ist unvollständig angekommen. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Sieve::Arxiv::RssParser</name>
    <message>
        <source>The arXiv feed could not be read: the server sent something that is not an RSS feed. Try again later.</source>
        <translation>Der arXiv-Feed konnte nicht gelesen werden: Der Server hat etwas gesendet, das kein RSS-Feed ist. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The arXiv feed could not be read quickly.</source>
        <extracomment>Only tests and benchmarks that ask for the fast scanner alone see this.</extracomment>
        <translation>Der arXiv-Feed konnte nicht schnell gelesen werden.</translation>
    </message>
    <message>
        <source>The arXiv feed breaks off or is malformed at line %1, column %2; fetch it again in a few minutes.</source>
        <translation>Der arXiv-Feed bricht in Zeile %1, Spalte %2 ab oder ist fehlerhaft; rufen Sie ihn in einigen Minuten erneut ab.</translation>
    </message>
</context>
<context>
    <name>Sieve::Arxiv::Taxonomy</name>
    <message>
        <source>The list of arXiv categories could not be read.</source>
        <translation>Die Liste der arXiv-Kategorien konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Sieve::Authors::SemanticScholarClient</name>
    <message>
        <source>Semantic Scholar cannot be asked: the network is not available.</source>
        <translation>Semantic Scholar kann nicht befragt werden: Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>The authors of %n paper(s) were not looked up on Semantic Scholar. %1</source>
        <extracomment>%1 says why, e.g. &quot;api.semanticscholar.org answered with HTTP 500 4 times; ...&quot;</extracomment>
        <translation>
            <numerusform>Die Autoren von %n Artikel wurden nicht bei Semantic Scholar nachgeschlagen. %1</numerusform>
            <numerusform>Die Autoren von %n Artikeln wurden nicht bei Semantic Scholar nachgeschlagen. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Cli::CommandLine</name>
    <message>
        <source>Keep the library in &lt;dir&gt; instead of the default folder.</source>
        <translation>Die Bibliothek in &lt;dir&gt; statt im Standardordner ablegen.</translation>
    </message>
    <message>
        <source>Talk to &lt;url&gt; instead of arXiv (RSS at &lt;url&gt;/rss, the API at &lt;url&gt;/api/query).</source>
        <translation>Mit &lt;url&gt; statt mit arXiv sprechen (RSS unter &lt;url&gt;/rss, die API unter &lt;url&gt;/api/query).</translation>
    </message>
    <message>
        <source>Comma-separated arXiv categories, e.g. astro-ph.GA,cs.LG.</source>
        <translation>Kommagetrennte arXiv-Kategorien, z. B. astro-ph.GA,cs.LG.</translation>
    </message>
    <message>
        <source>The announcement day, YYYY-MM-DD.</source>
        <translation>Der Ankündigungstag, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>First announcement day of a range, YYYY-MM-DD.</source>
        <translation>Erster Ankündigungstag eines Zeitraums, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Last announcement day of a range, YYYY-MM-DD.</source>
        <translation>Letzter Ankündigungstag eines Zeitraums, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Keep papers listed as these types: new,cross,replace,replace-cross (default: all).</source>
        <translation>Artikel dieser Listungsarten behalten: new,cross,replace,replace-cross (Standard: alle).</translation>
    </message>
    <message>
        <source>Fetch every announcement day missing between the oldest and newest stored day.</source>
        <translation>Jeden fehlenden Ankündigungstag zwischen dem ältesten und dem neuesten gespeicherten Tag abrufen.</translation>
    </message>
    <message>
        <source>Keep only papers whose primary category is one of --categories.</source>
        <translation>Nur Artikel behalten, deren Hauptkategorie zu --categories gehört.</translation>
    </message>
    <message>
        <source>Export format: md or json.</source>
        <translation>Exportformat: md oder json.</translation>
    </message>
    <message>
        <source>Also print the engine&apos;s log (papersieve.* categories).</source>
        <translation>Auch das Protokoll der Engine ausgeben (Kategorien papersieve.*).</translation>
    </message>
    <message>
        <source>Write the export to &lt;file&gt; (&quot;-&quot; for standard output).</source>
        <translation>Den Export nach &lt;file&gt; schreiben (&quot;-&quot; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Labelled papers to evaluate the local ranker on (JSON lines).</source>
        <translation>Gelabelte Artikel, an denen der lokale Ranker gemessen wird (JSON Lines).</translation>
    </message>
    <message>
        <source>The profile&apos;s criteria (Markdown) to rank with.</source>
        <translation>Die Kriterien des Profils (Markdown), nach denen gerankt wird.</translation>
    </message>
    <message>
        <source>Simulate a reader who rated &lt;n&gt; papers of the earliest days.</source>
        <translation>Einen Leser simulieren, der &lt;n&gt; Artikel der frühesten Tage bewertet hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) in %2</source>
        <translation>
            <numerusform>%1: %n Artikel in %2</numerusform>
            <numerusform>%1: %n Artikel in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no announcement (arXiv listed nothing that weekday)</source>
        <translation>%1: keine Ankündigung (arXiv hat an diesem Wochentag nichts gelistet)</translation>
    </message>
    <message>
        <source>%1: not announced yet; fetch again later</source>
        <translation>%1: noch nicht angekündigt; später erneut abrufen</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>fetch needs --categories, e.g. --categories astro-ph.GA,astro-ph.CO.</source>
        <translation>fetch braucht --categories, z. B. --categories astro-ph.GA,astro-ph.CO.</translation>
    </message>
    <message>
        <source>--announce-types takes a list of new, cross, replace and replace-cross.</source>
        <translation>--announce-types erwartet eine Liste aus new, cross, replace und replace-cross.</translation>
    </message>
    <message>
        <source>--date must be a day written YYYY-MM-DD.</source>
        <translation>--date muss ein Tag im Format JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>--from and --to must both be days written YYYY-MM-DD, in order.</source>
        <translation>--from und --to müssen beide Tage im Format JJJJ-MM-TT sein, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>--arxiv-url must be an address such as https://export.arxiv.org.</source>
        <translation>--arxiv-url muss eine Adresse wie https://export.arxiv.org sein.</translation>
    </message>
    <message>
        <source>The library has no days yet; run &quot;papersieve fetch&quot; first.</source>
        <translation>Die Bibliothek enthält noch keine Tage; führen Sie zuerst „papersieve fetch“ aus.</translation>
    </message>
    <message>
        <source>export needs --date YYYY-MM-DD.</source>
        <translation>export braucht --date JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--format must be md or json.</source>
        <translation>--format muss md oder json sein.</translation>
    </message>
    <message>
        <source>export needs --output FILE (or - for standard output).</source>
        <translation>export braucht --output DATEI (oder - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>eval needs --labels FILE and --criteria FILE.</source>
        <translation>eval braucht --labels DATEI und --criteria DATEI.</translation>
    </message>
    <message>
        <source>--ratings takes a number of papers, 0 or more.</source>
        <translation>--ratings erwartet eine Anzahl von Artikeln, 0 oder mehr.</translation>
    </message>
    <message>
        <source>No announcement day is missing between the stored days, so there was nothing to fetch.</source>
        <translation>Zwischen den gespeicherten Tagen fehlt kein Ankündigungstag, es gab also nichts abzurufen.</translation>
    </message>
    <message>
        <source>arXiv announces Monday to Friday and %1 to %2 holds no such day, so there was nothing to fetch.</source>
        <translation>arXiv kündigt montags bis freitags an, und von %1 bis %2 liegt kein solcher Tag, es gab also nichts abzurufen.</translation>
    </message>
    <message>
        <source>Usage: papersieve [command] [options]

With no command, PaperSieve opens its window.

Commands:
  fetch    Fetch an announcement day (or a range) into the library.
           --categories LIST [--date DAY | --from DAY --to DAY | --fill-gaps]
           [--announce-types LIST] [--primary-only]
           --fill-gaps fetches every announcement day missing between the
           oldest and the newest stored day.
  days     List the stored days with their status and counts.
  export   Write a stored day&apos;s digest.
           --date DAY [--format md|json] --output FILE
%1  eval     Measure the local ranker against labelled days; the last line reads
           spearman=... ndcg10=... recall30=... recall50=...
           --labels FILE --criteria FILE [--ratings N]

Global options:
  --data-dir DIR   Keep the library in DIR.
  --arxiv-url URL  Use another arXiv server (RSS at URL/rss, API at URL/api/query).
  --verbose        Also print the engine&apos;s log.
  --help, --version

Exit codes: 0 done, 1 failed, 2 bad usage, 3 network error, 4 bad data,
5 some papers failed (run).
</source>
        <translation>Aufruf: papersieve [Befehl] [Optionen]

Ohne Befehl öffnet PaperSieve sein Fenster.

Befehle:
  fetch    Einen Ankündigungstag (oder einen Zeitraum) in die Bibliothek abrufen.
           --categories LISTE [--date TAG | --from TAG --to TAG | --fill-gaps]
           [--announce-types LISTE] [--primary-only]
           --fill-gaps ruft jeden Ankündigungstag ab, der zwischen dem ältesten
           und dem neuesten gespeicherten Tag fehlt.
  days     Die gespeicherten Tage mit Status und Anzahlen auflisten.
  export   Den Digest eines gespeicherten Tages schreiben.
           --date TAG [--format md|json] --output DATEI
%1  eval     Den lokalen Ranker an gelabelten Tagen messen; die letzte Zeile lautet
           spearman=... ndcg10=... recall30=... recall50=...
           --labels DATEI --criteria DATEI [--ratings N]

Globale Optionen:
  --data-dir ORDNER Die Bibliothek in ORDNER ablegen.
  --arxiv-url URL  Einen anderen arXiv-Server nutzen (RSS unter URL/rss, API unter URL/api/query).
  --verbose        Auch das Protokoll der Engine ausgeben.
  --help, --version

Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 falscher Aufruf, 3 Netzwerkfehler, 4 fehlerhafte Daten,
5 einige Artikel fehlgeschlagen (run).
</translation>
    </message>
    <message>
        <source>arXiv announces Monday to Friday; %1 is a %2, so give a weekday.</source>
        <translation>arXiv kündigt montags bis freitags an; %1 ist ein %2, geben Sie also einen Wochentag an.</translation>
    </message>
    <message>
        <source>The criteria file %1 could not be opened; check its path and that you may read it.</source>
        <translation>Die Kriterien-Datei %1 konnte nicht geöffnet werden; prüfen Sie den Pfad und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>papersieve needs one command; choose one of those below.</source>
        <translation>papersieve braucht einen Befehl; wählen Sie einen der folgenden.</translation>
    </message>
    <message>
        <source>papersieve has no command &quot;%1&quot;; choose one of those below.</source>
        <translation>papersieve kennt keinen Befehl „%1“; wählen Sie einen der folgenden.</translation>
    </message>
    <message>
        <source>The labels file %1 holds no papers.</source>
        <translation>Die Label-Datei %1 enthält keine Paper.</translation>
    </message>
    <message>
        <source>The labels file %1 holds a single day, the rating pool; the evaluation needs at least one more day to score.</source>
        <translation>Die Label-Datei %1 enthält nur einen Tag, den Bewertungspool; die Auswertung braucht mindestens einen weiteren Tag, den sie bewerten kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n later day(s) scored</source>
        <extracomment>The first of three parts of one line, joined by &quot;; &quot;</extracomment>
        <translation>
            <numerusform>%n späterer Tag bewertet</numerusform>
            <numerusform>%n spätere Tage bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n day(s) are the rating pool, not scored</source>
        <translation>
            <numerusform>der erste Tag ist der Bewertungspool und wird nicht bewertet</numerusform>
            <numerusform>die ersten %n Tage sind der Bewertungspool und werden nicht bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) from the pool (%1 relevant, %2 irrelevant)</source>
        <extracomment>%1 and %2 count the relevant and the irrelevant ones of the %n ratings</extracomment>
        <translation>
            <numerusform>%n Bewertung aus dem Pool (%1 relevant, %2 irrelevant)</numerusform>
            <numerusform>%n Bewertungen aus dem Pool (%1 relevant, %2 irrelevant)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Cli::PricesCommand</name>
    <message>
        <source>Set a model&apos;s price: MODEL=INPUT,CACHED,OUTPUT in dollars per million tokens.</source>
        <translation>Den Preis eines Modells setzen: MODELL=EINGABE,GECACHT,AUSGABE in Dollar pro Million Token.</translation>
    </message>
    <message>
        <source>Remove a model from the table.</source>
        <translation>Ein Modell aus der Tabelle entfernen.</translation>
    </message>
    <message>
        <source>  prices   Show the price table ($ per million tokens: input, cached input, output).
           [--set-price MODEL=IN,CACHED,OUT] [--remove-price MODEL]
</source>
        <translation>  prices   Die Preistabelle anzeigen ($ pro Million Token: Eingabe, gecachte Eingabe, Ausgabe).
           [--set-price MODELL=EIN,GECACHT,AUS] [--remove-price MODELL]
</translation>
    </message>
    <message>
        <source>--set-price takes MODEL=INPUT,CACHED,OUTPUT, e.g. gpt-4.1-mini=0.4,0.1,1.6.</source>
        <translation>--set-price erwartet MODELL=EINGABE,GECACHT,AUSGABE, z. B. gpt-4.1-mini=0.4,0.1,1.6.</translation>
    </message>
</context>
<context>
    <name>Sieve::Cli::RunCommand</name>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>arXiv has not announced papers for that day yet; run again later.</source>
        <translation>arXiv hat für diesen Tag noch keine Artikel angekündigt; später erneut ausführen.</translation>
    </message>
    <message>
        <source>%1 scored (%2 from earlier answers), %3 failed, %4 skipped, %5 over budget; %6 requests, %7 tokens, %8</source>
        <translation>%1 bewertet (%2 aus früheren Antworten), %3 fehlgeschlagen, %4 übersprungen, %5 über dem Budget; %6 Anfragen, %7 Token, %8</translation>
    </message>
    <message>
        <source>Run the same command again to retry the failed papers; answers already stored are not paid for again.</source>
        <translation>Führen Sie denselben Befehl erneut aus, um die fehlgeschlagenen Artikel zu wiederholen; bereits gespeicherte Antworten werden nicht erneut bezahlt.</translation>
    </message>
    <message>
        <source>Authors: %1 papers by followed authors, %2 below the h-index cutoff skip the LLM; Semantic Scholar: %3 requests, %4 papers answered from the library, %5 not known yet, %6 not looked up</source>
        <translation>Autoren: %1 Artikel von gefolgten Autoren, %2 unter der h-Index-Schwelle überspringen das LLM; Semantic Scholar: %3 Anfragen, %4 Artikel aus der Bibliothek beantwortet, %5 noch nicht bekannt, %6 nicht nachgeschlagen</translation>
    </message>
    <message>
        <source>Semantic Scholar: %1 The h-index filter stepped aside for the papers it could not look up.</source>
        <translation>Semantic Scholar: %1 Der h-Index-Filter wurde für die Artikel ausgesetzt, die nicht nachgeschlagen werden konnten.</translation>
    </message>
    <message>
        <source>--prefilter and --min-recall take a share between 0 and 1, e.g. 0.5.</source>
        <translation>--prefilter und --min-recall erwarten einen Anteil zwischen 0 und 1, z. B. 0.5.</translation>
    </message>
    <message>
        <source>Local ranker: %1 of %2 papers go to the LLM; they should hold about %3 % of the day&apos;s relevant papers.</source>
        <translation>Lokaler Ranker: %1 von %2 Artikeln gehen an das LLM; sie sollten etwa %3 % der relevanten Artikel des Tages enthalten.</translation>
    </message>
    <message>
        <source>--provider must be openai or anthropic.</source>
        <translation>--provider muss openai oder anthropic sein.</translation>
    </message>
    <message>
        <source>--llm-url must be an https:// address (plain http:// only to this computer).</source>
        <translation>--llm-url muss eine https://-Adresse sein (einfaches http:// nur zu diesem Rechner).</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>--batch-size takes a number of papers, 1 or more.</source>
        <translation>--batch-size erwartet eine Anzahl von Artikeln, 1 oder mehr.</translation>
    </message>
    <message>
        <source>--budget takes an amount in US dollars, e.g. 0.50.</source>
        <translation>--budget erwartet einen Betrag in US-Dollar, z. B. 0.50.</translation>
    </message>
    <message>
        <source>--rpm takes a number of requests per minute (0: no limit).</source>
        <translation>--rpm erwartet eine Anzahl von Anfragen pro Minute (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Name the reading profile the run belongs to.</source>
        <translation>Das Leseprofil angeben, zu dem der Lauf gehört.</translation>
    </message>
    <message>
        <source>openai (any compatible endpoint) or anthropic.</source>
        <translation>openai (jeder kompatible Endpunkt) oder anthropic.</translation>
    </message>
    <message>
        <source>The LLM endpoint&apos;s address.</source>
        <translation>Die Adresse des LLM-Endpunkts.</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>Das zu fragende Modell.</translation>
    </message>
    <message>
        <source>Requests in flight at once.</source>
        <translation>Gleichzeitig laufende Anfragen.</translation>
    </message>
    <message>
        <source>Papers per request.</source>
        <translation>Artikel pro Anfrage.</translation>
    </message>
    <message>
        <source>Stop before spending more (US dollars).</source>
        <translation>Anhalten, bevor mehr ausgegeben wird (US-Dollar).</translation>
    </message>
    <message>
        <source>Requests per minute the account allows (0: no limit).</source>
        <translation>Anfragen pro Minute, die das Konto erlaubt (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Ask about titles first and skip clear misses.</source>
        <translation>Zuerst nur nach Titeln fragen und klare Fehltreffer überspringen.</translation>
    </message>
    <message>
        <source>Followed authors, one name or s2:ID per line.</source>
        <translation>Gefolgte Autoren, ein Name oder s2:ID pro Zeile.</translation>
    </message>
    <message>
        <source>Skip the LLM for papers with no author of this h-index (0: off).</source>
        <translation>Das LLM für Artikel ohne Autor mit diesem h-Index überspringen (0: aus).</translation>
    </message>
    <message>
        <source>Another Semantic Scholar server.</source>
        <translation>Ein anderer Semantic-Scholar-Server.</translation>
    </message>
    <message>
        <source>Send only this share of the day, best first by the local ranker (0..1).</source>
        <translation>Nur diesen Anteil des Tages senden, die besten zuerst laut lokalem Ranker (0..1).</translation>
    </message>
    <message>
        <source>Send the fewest papers the local ranker expects to hold this share of the relevant ones (0..1).</source>
        <translation>So wenige Artikel senden, wie laut lokalem Ranker diesen Anteil der relevanten enthalten (0..1).</translation>
    </message>
    <message>
        <source>--date must be a day written YYYY-MM-DD.</source>
        <translation>--date muss ein Tag im Format JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>--h-cutoff takes an h-index, 0 or more.</source>
        <translation>--h-cutoff erwartet einen h-Index, 0 oder mehr.</translation>
    </message>
    <message>
        <source>--s2-url must be an https:// address (plain http:// only to this computer).</source>
        <translation>--s2-url muss eine https://-Adresse sein (einfaches http:// nur zu diesem Rechner).</translation>
    </message>
    <message>
        <source>No API key for %1: set PAPERSIEVE_API_KEY or save a key in the app&apos;s settings.%2</source>
        <translation>Kein API-Schlüssel für %1: Setzen Sie PAPERSIEVE_API_KEY oder speichern Sie einen Schlüssel in den Einstellungen der App.%2</translation>
    </message>
    <message>
        <source>%1: about %2 requests, %3 tokens, %4 (before cached answers are reused)</source>
        <translation>%1: etwa %2 Anfragen, %3 Token, %4 (bevor zwischengespeicherte Antworten wiederverwendet werden)</translation>
    </message>
    <message>
        <source>%1 requests, %2 tokens, %3</source>
        <translation>%1 Anfragen, %2 Token, %3</translation>
    </message>
    <message>
        <source>arXiv announces Monday to Friday; %1 is a %2, so give a weekday.</source>
        <translation>arXiv kündigt montags bis freitags an; %1 ist ein %2, geben Sie also einen Wochentag an.</translation>
    </message>
    <message>
        <source>--tpm takes a number of tokens per minute (0: no limit).</source>
        <translation>--tpm erwartet eine Anzahl von Token pro Minute (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Tokens per minute the account allows, prompt and answer (0: no limit).</source>
        <translation>Token pro Minute, die das Konto erlaubt, Anfrage und Antwort zusammen (0: keine Grenze).</translation>
    </message>
    <message>
        <source>There is no profile named %1; give --criteria FILE to create it.</source>
        <translation>Es gibt kein Profil namens %1; geben Sie --criteria DATEI an, um es anzulegen.</translation>
    </message>
    <message>
        <source>There is no profile named %1; give --criteria FILE to create it, or name one of these: %2.</source>
        <translation>Es gibt kein Profil namens %1; geben Sie --criteria DATEI an, um es anzulegen, oder nennen Sie eines dieser: %2.</translation>
    </message>
    <message>
        <source>That day is not in the library; fetch it first, or give --categories so that run fetches it.</source>
        <translation>Dieser Tag ist nicht in der Bibliothek; rufen Sie ihn zuerst ab oder geben Sie --categories an, damit run ihn abruft.</translation>
    </message>
    <message>
        <source>The authors file %1 could not be opened; check its path and that you may read it.</source>
        <translation>Die Autoren-Datei %1 konnte nicht geöffnet werden; prüfen Sie den Pfad und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The criteria file %1 could not be opened; check its path and that you may read it.</source>
        <translation>Die Kriterien-Datei %1 konnte nicht geöffnet werden; prüfen Sie den Pfad und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>--title-batch-size takes a number of titles, 1 or more.</source>
        <translation>--title-batch-size erwartet eine Anzahl von Titeln, 1 oder mehr.</translation>
    </message>
    <message>
        <source>--adaptive-threshold takes a number of papers (0: off).</source>
        <translation>--adaptive-threshold erwartet eine Anzahl von Artikeln (0: aus).</translation>
    </message>
    <message>
        <source>Titles per request of the title pre-filter.</source>
        <translation>Titel pro Anfrage des Titel-Vorfilters.</translation>
    </message>
    <message>
        <source>Above this many papers, grow the batch size: N papers give batch-size times ceil(log2(N / threshold) + 1) (0: off).</source>
        <translation>Ab so vielen Artikeln die Stapelgröße erhöhen: N Artikel ergeben batch-size mal ceil(log2(N / threshold) + 1) (0: aus).</translation>
    </message>
    <message>
        <source>  run      Score a day with an LLM (fetching it first when --categories is given).
           [--date DAY] [--criteria FILE] [--profile NAME]
           [--provider openai|anthropic] [--llm-url URL] [--model NAME]
           [--concurrency N] [--batch-size N] [--budget USD] [--rpm N] [--tpm N]
           [--title-filter] [--title-batch-size N] [--adaptive-threshold N]
           [--authors FILE] [--h-cutoff N] [--s2-url URL]
           [--prefilter SHARE | --min-recall SHARE].
           The key comes from PAPERSIEVE_API_KEY or the
           system keychain. Exit code 5: some papers failed or were left over
           budget; run again to retry them.
</source>
        <translation>  run      Einen Tag mit einem LLM bewerten (vorher abrufen, wenn --categories angegeben ist).
           [--date TAG] [--criteria DATEI] [--profile NAME]
           [--provider openai|anthropic] [--llm-url URL] [--model NAME]
           [--concurrency N] [--batch-size N] [--budget USD] [--rpm N] [--tpm N]
           [--title-filter] [--title-batch-size N] [--adaptive-threshold N]
           [--authors DATEI] [--h-cutoff N] [--s2-url URL]
           [--prefilter ANTEIL | --min-recall ANTEIL].
           Der Schlüssel kommt aus PAPERSIEVE_API_KEY oder dem
           Schlüsselbund des Systems. Exit-Code 5: einige Artikel fehlgeschlagen oder
           über dem Budget; erneut ausführen, um sie zu wiederholen.
</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest</name>
    <message>
        <source>This file is not a PaperSieve digest this version can read.</source>
        <translation>Diese Datei ist kein PaperSieve-Digest, den diese Version lesen kann.</translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; could not be opened.</source>
        <translation>Der Digest „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The digest could not be saved to &quot;%1&quot;; check that the folder exists and that you may write to it.</source>
        <translation>Der Digest konnte nicht unter „%1“ gespeichert werden; prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::AuthorEnricher</name>
    <message>
        <source>no author with an h-index of %1 or more (highest %2)</source>
        <translation>kein Autor mit einem h-Index von %1 oder mehr (höchster %2)</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::DayFetcher</name>
    <message>
        <source>Fetching the arXiv feed of %1</source>
        <translation>Der arXiv-Feed von %1 wird abgerufen</translation>
    </message>
    <message>
        <source>The arXiv feed does not say which day it announces; try again later.</source>
        <translation>Der arXiv-Feed gibt nicht an, welchen Tag er ankündigt; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>arXiv&apos;s feed still shows %1.</source>
        <translation>Der arXiv-Feed zeigt noch %1.</translation>
    </message>
    <message>
        <source>Fetching %1 for %2 from the arXiv API</source>
        <translation>%1 für %2 wird über die arXiv-API abgerufen</translation>
    </message>
    <message>
        <source>The fetch was cancelled.</source>
        <translation>Der Abruf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::DayScorer</name>
    <message>
        <source>the model sent an empty answer</source>
        <translation>das Modell hat eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>the model&apos;s answer could not be read</source>
        <translation>die Antwort des Modells konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the model&apos;s answer was cut off</source>
        <translation>die Antwort des Modells wurde abgeschnitten</translation>
    </message>
    <message>
        <source>the model gave a score outside 1 to 10</source>
        <translation>das Modell hat eine Bewertung außerhalb von 1 bis 10 vergeben</translation>
    </message>
    <message>
        <source>the model&apos;s answer left it out</source>
        <translation>die Antwort des Modells hat ihn ausgelassen</translation>
    </message>
    <message>
        <source>%1 has no papers in the library; fetch the day first.</source>
        <translation>%1 hat keine Artikel in der Bibliothek; rufen Sie den Tag zuerst ab.</translation>
    </message>
    <message>
        <source>judged irrelevant from its title</source>
        <translation>nach dem Titel als irrelevant eingestuft</translation>
    </message>
    <message>
        <source>No LLM provider is configured.</source>
        <translation>Kein LLM-Anbieter ist eingerichtet.</translation>
    </message>
    <message>
        <source>A scoring run is already going on.</source>
        <translation>Es läuft bereits eine Bewertung.</translation>
    </message>
    <message>
        <source>The price of %1 is unknown, so a budget cannot be kept. Add its price to the price table or run without a budget.</source>
        <translation>Der Preis von %1 ist unbekannt, daher kann kein Budget eingehalten werden. Tragen Sie den Preis in die Preistabelle ein oder starten Sie ohne Budget.</translation>
    </message>
    <message>
        <source>the run&apos;s budget was reached</source>
        <translation>das Budget des Laufs war erreicht</translation>
    </message>
    <message>
        <source>provider error: %1</source>
        <translation>Fehler des Anbieters: %1</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::DigestBuilder</name>
    <message>
        <source>%1 is not in the library; fetch it first with &quot;papersieve fetch&quot;.</source>
        <translation>%1 ist nicht in der Bibliothek; rufen Sie den Tag zuerst mit „papersieve fetch“ ab.</translation>
    </message>
    <message>
        <source>%1 has no papers (%2), so there is nothing to export; choose a day that &quot;papersieve days&quot; lists with papers.</source>
        <translation>%1 hat keine Artikel (%2), es gibt also nichts zu exportieren; wählen Sie einen Tag, den „papersieve days“ mit Artikeln auflistet.</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::LocalPrefilter</name>
    <message>
        <source>skipped by local ranker</source>
        <translation>vom lokalen Ranker übersprungen</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::SampleDays</name>
    <message>
        <source>A sample day could not be read.</source>
        <translation>Ein Beispieltag konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Sieve::Library</name>
    <message>
        <source>The papers of %1 could not be saved to the library; it still holds what it had before.</source>
        <translation>Die Artikel von %1 konnten nicht in der Bibliothek gespeichert werden; sie enthält weiterhin den vorherigen Stand.</translation>
    </message>
    <message>
        <source>A day without a date cannot be saved.</source>
        <translation>Ein Tag ohne Datum kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The library could not be opened; check that its folder exists and can be written to.</source>
        <translation>Die Bibliothek konnte nicht geöffnet werden; prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The library was written by a newer version of PaperSieve and was left unchanged; update PaperSieve to open it.</source>
        <translation>Die Bibliothek wurde von einer neueren Version von PaperSieve geschrieben und blieb unverändert; aktualisieren Sie PaperSieve, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The library is busy or cannot be written to; close other PaperSieve windows, then try again.</source>
        <translation>Die Bibliothek ist belegt oder nicht beschreibbar; schließen Sie andere PaperSieve-Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The library could not save the day; check that the disk is not full, then fetch again.</source>
        <translation>Die Bibliothek konnte den Tag nicht speichern; prüfen Sie, ob der Datenträger voll ist, und rufen Sie ihn erneut ab.</translation>
    </message>
    <message>
        <source>The library could not be upgraded to this version of PaperSieve and was left as it was; keep using the version that wrote it, and report the problem.</source>
        <translation>Die Bibliothek konnte nicht auf diese Version von PaperSieve aktualisiert werden und blieb unverändert; verwenden Sie weiter die Version, die sie geschrieben hat, und melden Sie das Problem.</translation>
    </message>
    <message>
        <source>The library could not save the scores; check that the disk is not full.</source>
        <translation>Die Bibliothek konnte die Bewertungen nicht speichern; prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>The file is not a PDF, so it was not kept.</source>
        <translation>Die Datei ist kein PDF und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>The PDF arrived incomplete, so it was not kept.</source>
        <translation>Das PDF ist unvollständig angekommen und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>The PDF folder cannot be created. Check the data folder&apos;s permissions.</source>
        <translation>Der PDF-Ordner kann nicht angelegt werden. Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>The PDF could not be saved. Check the free disk space.</source>
        <translation>Das PDF konnte nicht gespeichert werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>This paper is not in the library.</source>
        <translation>Dieser Artikel ist nicht in der Bibliothek.</translation>
    </message>
    <message>
        <source>The library could not save your change.</source>
        <translation>Die Bibliothek konnte Ihre Änderung nicht speichern.</translation>
    </message>
    <message>
        <source>A rating goes from 1 to 5.</source>
        <translation>Eine Bewertung reicht von 1 bis 5.</translation>
    </message>
</context>
<context>
    <name>Sieve::Library::AuthorStore</name>
    <message>
        <source>The library could not save what Semantic Scholar said.</source>
        <translation>Die Bibliothek konnte die Angaben von Semantic Scholar nicht speichern.</translation>
    </message>
    <message>
        <source>The library is busy.</source>
        <translation>Die Bibliothek ist belegt.</translation>
    </message>
    <message>
        <source>The library could not save.</source>
        <translation>Die Bibliothek konnte nicht speichern.</translation>
    </message>
</context>
<context>
    <name>Sieve::Library::ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The profile could not be removed.</source>
        <translation>Das Profil konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The profile could not be renamed.</source>
        <translation>Das Profil konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt schon ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>“%1” is the only profile and cannot be deleted.</source>
        <translation>„%1“ ist das einzige Profil und kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Sieve::Library::RunStore</name>
    <message>
        <source>The price could not be saved.</source>
        <translation>Der Preis konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The price could not be removed.</source>
        <translation>Der Preis konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Sieve::Net::Messages</name>
    <message numerus="yes">
        <source>%1 answered with HTTP %2 %n times; try again later.</source>
        <extracomment>%1 is a service such as arXiv, %2 an HTTP status code such as 503</extracomment>
        <translation>
            <numerusform>%1 hat %n-mal mit HTTP %2 geantwortet; versuchen Sie es später erneut.</numerusform>
            <numerusform>%1 hat %n-mal mit HTTP %2 geantwortet; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 asked us to wait %n minutes before the next request; try again later.</source>
        <translation>
            <numerusform>%1 bittet, vor der nächsten Anfrage %n Minute zu warten; versuchen Sie es später erneut.</numerusform>
            <numerusform>%1 bittet, vor der nächsten Anfrage %n Minuten zu warten; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download from %1 was cancelled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; check your connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet; prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established; check the system&apos;s date and certificates, then try again.</source>
        <translation>Eine sichere Verbindung zu %1 konnte nicht hergestellt werden; prüfen Sie Datum und Zertifikate des Systems und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere it cannot be followed safely; check its address.</source>
        <translation>%1 hat die Anfrage an ein Ziel umgeleitet, dem nicht sicher gefolgt werden kann; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 could not be reached; check your connection and try again.</source>
        <translation>%1 ist nicht erreichbar; prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP %2; check its address and try again.</source>
        <extracomment>%1 is a service such as arXiv, %2 an HTTP status code such as 404</extracomment>
        <translation>%1 hat die Anfrage mit HTTP %2 abgelehnt; prüfen Sie die Adresse und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 can only be fetched over a secure connection; give an https:// address.</source>
        <translation>%1 kann nur über eine sichere Verbindung abgerufen werden; geben Sie eine https://-Adresse an.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB, more than PaperSieve accepts; check its address.</source>
        <translation>%1 hat mehr als %2 MB gesendet, mehr als PaperSieve annimmt; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer was complete; try again in a few minutes.</source>
        <translation>%1 hat die Verbindung getrennt, bevor die Antwort vollständig war; versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>Sieve::Platform::Autostart</name>
    <message>
        <source>Starting with the session could not be set up.</source>
        <translation>Der Start mit der Sitzung konnte nicht eingerichtet werden.</translation>
    </message>
</context>
<context>
    <name>Sieve::Platform::KeychainSecretStore</name>
    <message>
        <source>The system keychain refused access: %1. Unlock it or allow PaperSieve to use it, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1. Entsperren Sie ihn oder erlauben Sie PaperSieve den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1. Keys cannot be stored on this machine until it is.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1. Bis dahin können auf diesem Rechner keine Schlüssel gespeichert werden.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1.</source>
        <translation>Der Schlüsselbund des Systems ist fehlgeschlagen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked and waiting for a password; unlock it and try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet. Vielleicht ist er gesperrt und wartet auf ein Passwort; entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet. Vielleicht ist er gesperrt und wartet auf ein Passwort; entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ranker::Evaluation</name>
    <message>
        <source>The labels file %1 could not be opened; check its path and that you may read it.</source>
        <translation>Die Label-Datei %1 konnte nicht geöffnet werden; prüfen Sie den Pfad und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Line %1 of the labels file is not a JSON object with date, arxiv_id, title, abstract and relevance; fix or remove it.</source>
        <translation>Zeile %1 der Label-Datei ist kein JSON-Objekt mit date, arxiv_id, title, abstract und relevance; korrigieren oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>Sieve::Ranker::LocalRanker</name>
    <message>
        <source>Keywords</source>
        <extracomment>Shown when a paper matched the keyword list of the criteria.</extracomment>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Your ratings</source>
        <extracomment>Shown when a paper resembles the papers the reader rated up.</extracomment>
        <translation>Ihre Bewertungen</translation>
    </message>
</context>
<context>
    <name>Sieve::Scoring</name>
    <message>
        <source>The prompt has no &quot;## Relevant Topics&quot; section. Add your topics under that heading.</source>
        <translation>Der Prompt hat keinen Abschnitt „## Relevant Topics“. Fügen Sie Ihre Themen unter dieser Überschrift ein.</translation>
    </message>
</context>
<context>
    <name>Sieve::Scoring::Provider</name>
    <message>
        <source>%1 sent an answer that could not be read.</source>
        <translation>%1 hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP %2); check the key set for this provider.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP %2); prüfen Sie den Schlüssel dieses Anbieters.</translation>
    </message>
</context>
<context>
    <name>Sieve::Scoring::ProviderJob</name>
    <message>
        <source>No network client is available.</source>
        <translation>Kein Netzwerk-Client verfügbar.</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::AppShell</name>
    <message>
        <source>LLM run</source>
        <translation>LLM-Lauf</translation>
    </message>
    <message>
        <source>&amp;Fetch Latest Papers</source>
        <translation>&amp;Neueste Artikel abrufen</translation>
    </message>
    <message>
        <source>Fetch the newest announcement day of your categories (%1)</source>
        <translation>Den neuesten Ankündigungstag Ihrer Kategorien abrufen (%1)</translation>
    </message>
    <message>
        <source>Score This Day with the &amp;LLM…</source>
        <translation>Diesen Tag mit dem &amp;LLM bewerten…</translation>
    </message>
    <message>
        <source>Show the run panel: estimate, progress and failures (%1)</source>
        <translation>Die Laufansicht zeigen: Schätzung, Fortschritt und Fehler (%1)</translation>
    </message>
    <message>
        <source>Edit &amp;Criteria…</source>
        <translation>&amp;Kriterien bearbeiten…</translation>
    </message>
    <message>
        <source>Edit what you care about and re-score the day (%1)</source>
        <translation>Bearbeiten, was Sie interessiert, und den Tag neu bewerten (%1)</translation>
    </message>
    <message>
        <source>Check for New Papers &amp;Automatically</source>
        <translation>&amp;Automatisch nach neuen Artikeln suchen</translation>
    </message>
    <message>
        <source>After arXiv announces (20:00 New York time, Sunday to Thursday), fetch and rank the new day once.</source>
        <translation>Nach der arXiv-Ankündigung (20:00 Uhr New Yorker Zeit, sonntags bis donnerstags) den neuen Tag einmal abrufen und ranken.</translation>
    </message>
    <message>
        <source>Start with the &amp;Session</source>
        <translation>Mit der &amp;Sitzung starten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Show Icon in System &amp;Tray</source>
        <translation>Symbol im &amp;Infobereich anzeigen</translation>
    </message>
    <message>
        <source>Choose the categories you follow in the settings first.</source>
        <translation>Wählen Sie zuerst in den Einstellungen die Kategorien, denen Sie folgen.</translation>
    </message>
    <message>
        <source>Fetched the latest day.</source>
        <translation>Der neueste Tag wurde abgerufen.</translation>
    </message>
    <message>
        <source>The LLM run was cancelled; the local ranker ordered the day.</source>
        <translation>Der LLM-Lauf wurde abgebrochen; der lokale Ranker hat den Tag geordnet.</translation>
    </message>
    <message numerus="yes">
        <source>The LLM could not score %n paper(s); see the run panel.</source>
        <translation>
            <numerusform>Das LLM konnte %n Artikel nicht bewerten; siehe die Laufansicht.</numerusform>
            <numerusform>Das LLM konnte %n Artikel nicht bewerten; siehe die Laufansicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The LLM run failed; the local ranker ordered the day.</source>
        <translation>Der LLM-Lauf ist fehlgeschlagen; der lokale Ranker hat den Tag geordnet.</translation>
    </message>
    <message>
        <source>Start &amp;Minimised to the Tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>When the session starts PaperSieve, show only its tray icon; the window opens from there.</source>
        <translation>Wenn PaperSieve mit der Sitzung startet, nur das Symbol im Infobereich zeigen; von dort öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>Set &amp;Up a Feed…</source>
        <translation>&amp;Feed einrichten…</translation>
    </message>
    <message>
        <source>Choose categories and criteria, and fetch today&apos;s papers, in one screen</source>
        <translation>Kategorien und Kriterien wählen und die heutigen Artikel abrufen, auf einer Seite</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::AuthorsPage</name>
    <message>
        <source>A name as papers list it, e.g. Hernández-Lobato, José Miguel; or s2:1741101</source>
        <translation>Ein Name, wie Artikel ihn angeben, z. B. Hernández-Lobato, José Miguel; oder s2:1741101</translation>
    </message>
    <message>
        <source>Follo&amp;w:</source>
        <translation>F&amp;olgen:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Author</source>
        <extracomment>Column headers of the followed authors: the entry, and how the matcher reads it</extracomment>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Followed authors</source>
        <translation>Gefolgte Autoren</translation>
    </message>
    <message>
        <source>&amp;Followed authors:</source>
        <translation>&amp;Gefolgte Autoren:</translation>
    </message>
    <message>
        <source>Paste Authors</source>
        <translation>Autoren einfügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Bea&amp;rbeiten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Add a l&amp;ist…</source>
        <translation>L&amp;iste hinzufügen…</translation>
    </message>
    <message>
        <source>Paste many authors at once, one per line (Ctrl+V in the list does the same)</source>
        <translation>Viele Autoren auf einmal einfügen, einen pro Zeile (Strg+V in der Liste tut dasselbe)</translation>
    </message>
    <message>
        <source>Skip the LLM for papers without an author of &amp;h-index</source>
        <translation>LLM überspringen für Artikel ohne Autor mit &amp;h-Index</translation>
    </message>
    <message>
        <source> or more</source>
        <extracomment>After the h-index cutoff: &quot;... an author of h-index [10] or more&quot;</extracomment>
        <translation> oder mehr</translation>
    </message>
    <message>
        <source>Least h-index</source>
        <translation>Mindest-h-Index</translation>
    </message>
    <message>
        <source> of 20</source>
        <extracomment>After the followed-author score: &quot;[20] of 20&quot;</extracomment>
        <translation> von 20</translation>
    </message>
    <message>
        <source>Semantic Scholar API key</source>
        <translation>Semantic-Scholar-API-Schlüssel</translation>
    </message>
    <message>
        <source>Optional: paste a Semantic Scholar API key</source>
        <translation>Optional: einen Semantic-Scholar-API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Semantic Scholar is asked in a few requests per day. Papers it does not know yet, or cannot be asked about, go to the LLM as usual; followed authors&apos; papers always do.</source>
        <translation>Semantic Scholar wird mit wenigen Anfragen pro Tag gefragt. Artikel, die es noch nicht kennt oder zu denen es nicht gefragt werden kann, gehen wie gewohnt an das LLM; Artikel gefolgter Autoren immer.</translation>
    </message>
    <message>
        <source>Sc&amp;ore of a followed author&apos;s paper:</source>
        <translation>P&amp;unktzahl eines Artikels gefolgter Autoren:</translation>
    </message>
    <message>
        <source>Semantic Scholar API &amp;key:</source>
        <translation>Semantic-Scholar-API-S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Optional: Semantic Scholar answers without a key, more slowly when it is busy. The key is kept in the system keychain, never in a file.</source>
        <translation>Optional: Semantic Scholar antwortet auch ohne Schlüssel, bei hoher Last aber langsamer. Der Schlüssel wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Semantic Scholar author %1, matched once Semantic Scholar knows the paper</source>
        <translation>Semantic-Scholar-Autor %1, erkannt, sobald Semantic Scholar den Artikel kennt</translation>
    </message>
    <message>
        <source>Semantic Scholar author %1, or by name as “%2”</source>
        <translation>Semantic-Scholar-Autor %1, oder beim Namen als „%2“</translation>
    </message>
    <message>
        <source>Not a Semantic Scholar id (s2: takes digits); read as the name “%1”</source>
        <translation>Keine Semantic-Scholar-ID (nach s2: folgen Ziffern); gelesen als der Name „%1“</translation>
    </message>
    <message>
        <source>Matches no one: the name has no letters</source>
        <translation>Passt zu niemandem: der Name enthält keine Buchstaben</translation>
    </message>
    <message>
        <source>Only an author listed as just “%1”: add a given name or an initial</source>
        <translation>Nur ein Autor, der genau als „%1“ angegeben ist: einen Vornamen oder eine Initiale ergänzen</translation>
    </message>
    <message>
        <source>By name, read as “%1”; accents, initials, order and hyphens may differ</source>
        <translation>Beim Namen, gelesen als „%1“; Akzente, Initialen, Reihenfolge und Bindestriche dürfen abweichen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n author(s).</source>
        <translation>
            <numerusform>%n Autor hinzugefügt.</numerusform>
            <numerusform>%n Autoren hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed.</source>
        <translation>
            <numerusform>%n war bereits auf der Liste.</numerusform>
            <numerusform>%n waren bereits auf der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Followed Authors</source>
        <translation>Gefolgte Autoren hinzufügen</translation>
    </message>
    <message>
        <source>One author per line: a name, or s2: and a Semantic Scholar author id. Lines starting with # are skipped.</source>
        <translation>Ein Autor pro Zeile: ein Name, oder s2: und eine Semantic-Scholar-Autor-ID. Zeilen, die mit # beginnen, werden übersprungen.</translation>
    </message>
    <message>
        <source>%1 is already followed.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
    <message>
        <source>Papers by followed authors rank first with the score below and pass every cutoff and filter.</source>
        <translation>Artikel gefolgter Autoren stehen mit der Punktzahl unten vorn und passieren jede Schwelle und jeden Filter.</translation>
    </message>
    <message>
        <source>Already followed.</source>
        <translation>Steht bereits auf der Liste.</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::CategoryListModel</name>
    <message>
        <source>%1  %2</source>
        <extracomment>A category in the picker: its code, then its name, e.g. &quot;cs.LG Machine Learning&quot;</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::CategoryPicker</name>
    <message>
        <source>&amp;Find a category:</source>
        <translation>Kategorie &amp;finden:</translation>
    </message>
    <message>
        <source>A code, a subject or a field: cs.LG, machine learning, galaxies</source>
        <translation>Ein Kürzel, ein Fach oder ein Gebiet: cs.LG, machine learning, Galaxien</translation>
    </message>
    <message>
        <source>Find a category</source>
        <translation>Eine Kategorie finden</translation>
    </message>
    <message>
        <source>Matching categories</source>
        <translation>Passende Kategorien</translation>
    </message>
    <message>
        <source>Space or Enter follows or unfollows the selected category.</source>
        <translation>Leertaste oder Eingabe folgt der gewählten Kategorie oder entfolgt ihr.</translation>
    </message>
    <message>
        <source>F&amp;ollowing:</source>
        <translation>&amp;Gefolgt:</translation>
    </message>
    <message>
        <source>Followed categories</source>
        <translation>Gefolgte Kategorien</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::ColumnChooser</name>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::CriteriaEditor</name>
    <message>
        <source>▲ %1</source>
        <extracomment>A paper moved up this many places</extracomment>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <extracomment>A paper moved down this many places</extracomment>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not listed</source>
        <extracomment>In the before/after table: the paper was not in that order</extracomment>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <extracomment>First entry of the presets list, a prompt rather than a preset</extracomment>
        <translation>Mit einer Vorlage beginnen…</translation>
    </message>
    <message>
        <source>Replace the three texts with a preset; Undo brings yours back.</source>
        <translation>Die drei Texte durch eine Vorlage ersetzen; Rückgängig holt Ihre zurück.</translation>
    </message>
    <message>
        <source>Import prompt file…</source>
        <translation>Prompt-Datei importieren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change in this text</source>
        <translation>Die letzte Änderung in diesem Text rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo what was undone in this text</source>
        <translation>Das Rückgängiggemachte in diesem Text wiederherstellen</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <source>Re-score this day</source>
        <translation>Diesen Tag neu bewerten</translation>
    </message>
    <message>
        <source>Re-rank the day with the local ranker and the edited criteria. Free and offline; nothing is saved.</source>
        <translation>Den Tag mit dem lokalen Ranker und den bearbeiteten Kriterien neu ranken. Kostenlos und offline; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Also re-score with the LLM…</source>
        <translation>Auch mit dem LLM neu bewerten…</translation>
    </message>
    <message>
        <source>Show what an LLM run with the edited criteria would cost; papers whose answer cannot change are not paid for again.</source>
        <translation>Zeigen, was ein LLM-Lauf mit den bearbeiteten Kriterien kosten würde; Artikel, deren Antwort sich nicht ändern kann, werden nicht erneut bezahlt.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Save the edited texts to this profile</source>
        <translation>Die bearbeiteten Texte in diesem Profil speichern</translation>
    </message>
    <message>
        <source>Undo edit</source>
        <translation>Bearbeitung verwerfen</translation>
    </message>
    <message>
        <source>Bring back the texts as they were saved</source>
        <translation>Die Texte wie gespeichert zurückholen</translation>
    </message>
    <message>
        <source>Machine learning (the default)</source>
        <translation>Maschinelles Lernen (Standard)</translation>
    </message>
    <message>
        <source>Astrophysics: galaxies and dark matter</source>
        <translation>Astrophysik: Galaxien und Dunkle Materie</translation>
    </message>
    <message>
        <source>Preset “%1” loaded. Undo brings your texts back.</source>
        <translation>Vorlage „%1“ geladen. Rückgängig holt Ihre Texte zurück.</translation>
    </message>
    <message>
        <source>Import a prompt file</source>
        <translation>Eine Prompt-Datei importieren</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Imported %1. Undo brings your texts back; Keep saves them.</source>
        <translation>%1 importiert. Rückgängig holt Ihre Texte zurück; Behalten speichert sie.</translation>
    </message>
    <message>
        <source>%1 is not in the library.</source>
        <translation>%1 ist nicht in der Bibliothek.</translation>
    </message>
    <message>
        <source>Choose a day to re-score first.</source>
        <translation>Wählen Sie zuerst einen Tag zum Neubewerten.</translation>
    </message>
    <message>
        <source>Re-ranking with the local ranker…</source>
        <translation>Neu ranken mit dem lokalen Ranker…</translation>
    </message>
    <message>
        <source>Reading the LLM&apos;s current order…</source>
        <translation>Die aktuelle Reihenfolge des LLM wird gelesen…</translation>
    </message>
    <message>
        <source>Check the estimate, then press Start to re-score with the LLM.</source>
        <translation>Prüfen Sie die Schätzung und drücken Sie dann Start, um mit dem LLM neu zu bewerten.</translation>
    </message>
    <message>
        <source>Local ranker</source>
        <translation>Lokaler Ranker</translation>
    </message>
    <message>
        <source>LLM (before: the local order, the day had no LLM scores)</source>
        <translation>LLM (vorher: die lokale Reihenfolge, der Tag hatte keine LLM-Bewertungen)</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) moved; %2 entered the top %3 and %4 left it.</source>
        <extracomment>%1 which ranking, %n papers moved, %2 top size, %3 entered, %4 left</extracomment>
        <translation>
            <numerusform>%1: %n Artikel verschoben; %2 kamen in die Top %3 und %4 fielen heraus.</numerusform>
            <numerusform>%1: %n Artikel verschoben; %2 kamen in die Top %3 und %4 fielen heraus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered the top %1</source>
        <translation>In die Top %1 gekommen</translation>
    </message>
    <message>
        <source>Left the top %1</source>
        <translation>Aus den Top %1 gefallen</translation>
    </message>
    <message>
        <source>Criteria saved. The next runs use them.</source>
        <translation>Kriterien gespeichert. Die nächsten Läufe verwenden sie.</translation>
    </message>
    <message>
        <source>Edit the criteria, then press “Re-score this day” to see how each paper of the day moves. Nothing is saved until you press Keep.</source>
        <translation>Bearbeiten Sie die Kriterien und drücken Sie dann „Diesen Tag neu bewerten“, um zu sehen, wie sich jeder Artikel des Tages verschiebt. Gespeichert wird erst, wenn Sie „Behalten“ drücken.</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::DayListModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A day in the list of days: short weekday, then the date</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A day&apos;s paper count, then whether it was scored, e.g. &quot;212 papers · scored&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>e.g. &quot;212 papers · 37 relevant · scored&quot;</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n relevant</source>
        <translation>
            <numerusform>%n relevant</numerusform>
            <numerusform>%n relevant</numerusform>
        </translation>
    </message>
    <message>
        <source>No announcement</source>
        <translation>Keine Ankündigung</translation>
    </message>
    <message>
        <source>Not announced yet</source>
        <translation>Noch nicht angekündigt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1
arXiv had not announced this day yet; it is checked again later.</source>
        <extracomment>Tool tip of a day whose feed still showed the previous day</extracomment>
        <translation>%1
arXiv hatte diesen Tag noch nicht angekündigt; er wird später erneut geprüft.</translation>
    </message>
    <message>
        <source>%1
Fetching failed: %2</source>
        <translation>%1
Abruf fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>scored</source>
        <extracomment>A day the LLM scored</extracomment>
        <translation>bewertet</translation>
    </message>
    <message>
        <source>sample</source>
        <extracomment>A bundled example day, shown before the reader has fetched their own</extracomment>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>unscored</source>
        <extracomment>A day only the local ranker ranked</extracomment>
        <translation>unbewertet</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <extracomment>The button of a desktop notification that opens the paper it names</extracomment>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::InlineMessage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::KeyField</name>
    <message>
        <source>Paste the API key</source>
        <translation>Den API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Kept only in the system keychain.</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Save key to the system keychain</source>
        <translation>Schlüssel im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Remo&amp;ve key</source>
        <translation>Schlüssel en&amp;tfernen</translation>
    </message>
    <message>
        <source>Talking to the system keychain</source>
        <translation>Verbindung zum Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>Der Schlüssel wird aus dem Schlüsselbund des Systems entfernt…</translation>
    </message>
    <message>
        <source>The key was removed from the system keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>No system keychain available</source>
        <translation>Kein Schlüsselbund des Systems verfügbar</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::MainWindow</name>
    <message>
        <source>%1 topic “%2”</source>
        <extracomment>A topic of the reader&apos;s criteria that a paper matched, with its weight</extracomment>
        <translation>%1 Thema „%2“</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tool tip followed by the action&apos;s keyboard shortcut, e.g. &quot;Star this paper (S)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PaperSieve</source>
        <translation>PaperSieve</translation>
    </message>
    <message>
        <source>Ranking the papers of %1…</source>
        <translation>Die Artikel von %1 werden gerankt…</translation>
    </message>
    <message>
        <source>The papers of this day could not be read from the library.</source>
        <translation>Die Artikel dieses Tages konnten nicht aus der Bibliothek gelesen werden.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>The reading profile whose criteria rank the papers</source>
        <translation>Das Leseprofil, dessen Kriterien die Artikel ranken</translation>
    </message>
    <message>
        <source>Filter this day — Enter searches the library</source>
        <translation>Diesen Tag filtern – Eingabe durchsucht die Bibliothek</translation>
    </message>
    <message>
        <source>Whole Library</source>
        <translation>Ganze Bibliothek</translation>
    </message>
    <message>
        <source>Search every stored day instead of filtering this one (Enter in the search box)</source>
        <translation>Alle gespeicherten Tage durchsuchen statt diesen zu filtern (Eingabe im Suchfeld)</translation>
    </message>
    <message>
        <source>Offline — fetching and LLM scoring need the network</source>
        <translation>Offline – Abrufen und LLM-Bewertung brauchen das Netzwerk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;Next Paper</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>Select the next paper</source>
        <translation>Den nächsten Artikel auswählen</translation>
    </message>
    <message>
        <source>&amp;Previous Paper</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>Select the previous paper</source>
        <translation>Den vorherigen Artikel auswählen</translation>
    </message>
    <message>
        <source>&amp;Go to Its Day</source>
        <translation>Zu seinem &amp;Tag</translation>
    </message>
    <message>
        <source>Show the day of the paper found in the library</source>
        <translation>Den Tag des in der Bibliothek gefundenen Artikels zeigen</translation>
    </message>
    <message>
        <source>N&amp;ewer Day</source>
        <translation>N&amp;euerer Tag</translation>
    </message>
    <message>
        <source>Show the day after this one</source>
        <translation>Den Tag nach diesem zeigen</translation>
    </message>
    <message>
        <source>&amp;Older Day</source>
        <translation>Ä&amp;lterer Tag</translation>
    </message>
    <message>
        <source>Show the day before this one</source>
        <translation>Den Tag vor diesem zeigen</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Read the PDF in PaperSieve</source>
        <translation>Das PDF in PaperSieve lesen</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Mit &amp;Stern markieren</translation>
    </message>
    <message>
        <source>Star or unstar this paper</source>
        <translation>Stern für diesen Artikel setzen oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark this paper read or unread</source>
        <translation>Diesen Artikel als gelesen oder ungelesen markieren</translation>
    </message>
    <message>
        <source>Rate &amp;Up</source>
        <translation>&amp;Hochstufen</translation>
    </message>
    <message>
        <source>More papers like this one</source>
        <translation>Mehr Artikel wie diesen</translation>
    </message>
    <message>
        <source>Rate &amp;Down</source>
        <translation>He&amp;rabstufen</translation>
    </message>
    <message>
        <source>Fewer papers like this one</source>
        <translation>Weniger Artikel wie diesen</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz…</translation>
    </message>
    <message>
        <source>Write a note on this paper</source>
        <translation>Eine Notiz zu diesem Artikel schreiben</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter this day&apos;s papers</source>
        <translation>Die Artikel dieses Tages filtern</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>Filter &amp;löschen</translation>
    </message>
    <message>
        <source>Show every paper of the day again</source>
        <translation>Wieder alle Artikel des Tages zeigen</translation>
    </message>
    <message>
        <source>&amp;Ranking Order</source>
        <translation>&amp;Ranking-Reihenfolge</translation>
    </message>
    <message>
        <source>Sort the papers as the ranking does</source>
        <translation>Die Artikel so sortieren wie das Ranking</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Die Bibliothek wird geöffnet…</translation>
    </message>
    <message>
        <source>No day is stored yet.</source>
        <translation>Noch ist kein Tag gespeichert.</translation>
    </message>
    <message>
        <source>Nothing in the library matches “%1”.</source>
        <translation>Nichts in der Bibliothek passt zu „%1“.</translation>
    </message>
    <message>
        <source>Relevance %1/10 · novelty %2/10</source>
        <translation>Relevanz %1/10 · Neuheit %2/10</translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message>
        <source>Not sent to the LLM: %1</source>
        <translation>Nicht an das LLM gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rank %1 of %n</source>
        <translation>
            <numerusform>Rang %1 von %n</numerusform>
            <numerusform>Rang %1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in the whole library for “%1”</source>
        <translation>
            <numerusform>%n Treffer in der ganzen Bibliothek für „%1“</numerusform>
            <numerusform>%n Treffer in der ganzen Bibliothek für „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relevant</source>
        <translation>
            <numerusform>%n relevant</numerusform>
            <numerusform>%n relevant</numerusform>
        </translation>
    </message>
    <message>
        <source>scored by %1</source>
        <translation>bewertet von %1</translation>
    </message>
    <message>
        <source>ranked by the local ranker</source>
        <translation>vom lokalen Ranker gerankt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <extracomment>Appended to the day&apos;s summary while a filter narrows the list</extracomment>
        <translation>
            <numerusform> · %n angezeigt</numerusform>
            <numerusform> · %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No paper of this day matches “%1”. Press Enter to search the whole library.</source>
        <translation>Kein Artikel dieses Tages passt zu „%1“. Drücken Sie Eingabe, um die ganze Bibliothek zu durchsuchen.</translation>
    </message>
    <message>
        <source>Starred.</source>
        <translation>Mit Stern markiert.</translation>
    </message>
    <message>
        <source>Star removed.</source>
        <translation>Stern entfernt.</translation>
    </message>
    <message>
        <source>Marked read.</source>
        <translation>Als gelesen markiert.</translation>
    </message>
    <message>
        <source>Marked unread.</source>
        <translation>Als ungelesen markiert.</translation>
    </message>
    <message>
        <source>Rated %1/5.</source>
        <translation>Mit %1/5 bewertet.</translation>
    </message>
    <message>
        <source>Not &amp;Interested</source>
        <translation>&amp;Kein Interesse</translation>
    </message>
    <message>
        <source>Far fewer papers like this one; again to take it back</source>
        <translation>Deutlich weniger Artikel wie diesen; erneut, um es zurückzunehmen</translation>
    </message>
    <message>
        <source>Score with the &amp;LLM</source>
        <translation>Mit dem &amp;LLM bewerten</translation>
    </message>
    <message>
        <source>Send the chosen papers that skipped the LLM to it after all</source>
        <translation>Die ausgewählten übersprungenen Artikel doch noch an das LLM senden</translation>
    </message>
    <message>
        <source>Not interested: fewer papers like this one.</source>
        <translation>Kein Interesse: weniger Artikel wie dieser.</translation>
    </message>
    <message>
        <source>No longer marked not interested.</source>
        <translation>„Kein Interesse“ zurückgenommen.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Make, rename, duplicate or delete reading profiles</source>
        <translation>Leseprofile anlegen, umbenennen, duplizieren oder löschen</translation>
    </message>
    <message>
        <source>Set Up Your Feed…</source>
        <translation>Eigenen Feed einrichten…</translation>
    </message>
    <message>
        <source>Choose your categories and criteria in one screen, then fetch today&apos;s papers</source>
        <translation>Kategorien und Kriterien auf einer Seite wählen, dann die heutigen Artikel abrufen</translation>
    </message>
    <message>
        <source>Open PDF in System &amp;Viewer</source>
        <translation>PDF im System&amp;betrachter öffnen</translation>
    </message>
    <message>
        <source>Download the PDF if needed and open it in your PDF viewer</source>
        <translation>Das PDF bei Bedarf herunterladen und in Ihrem PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <source>These are sample days from arXiv, ranked offline by the local ranker. Set up your own feed: your categories and what you care about, in one screen.</source>
        <translation>Dies sind Beispieltage von arXiv, offline vom lokalen Ranker geordnet. Richten Sie Ihren eigenen Feed ein: Ihre Kategorien und was Sie interessiert, auf einer Seite.</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>S&amp;palten</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::NoteEditor</name>
    <message>
        <source>Your note on this paper (N)</source>
        <translation>Ihre Notiz zu diesem Artikel (N)</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::PaperTableModel</name>
    <message>
        <source>%1 et al.</source>
        <extracomment>The first authors of a paper with more, e.g. &quot;A. Smith, B. Jones et al.&quot;</extracomment>
        <translation>%1 u. a.</translation>
    </message>
    <message>
        <source>The local ranker&apos;s score: the LLM did not score this day</source>
        <translation>Die Punktzahl des lokalen Rankers: Das LLM hat diesen Tag nicht bewertet</translation>
    </message>
    <message>
        <source>Relevance plus novelty, as the LLM judged them</source>
        <translation>Relevanz plus Neuheit, wie das LLM sie beurteilt hat</translation>
    </message>
    <message>
        <source>◆ Followed author: %1</source>
        <translation>◆ Gefolgter Autor: %1</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Mit Stern</translation>
    </message>
    <message>
        <source>Rated %1/5</source>
        <translation>Mit %1/5 bewertet</translation>
    </message>
    <message>
        <source>✎ Has a note</source>
        <translation>✎ Hat eine Notiz</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ Gelesen</translation>
    </message>
    <message>
        <source>⚠ Not scored: %1</source>
        <translation>⚠ Nicht bewertet: %1</translation>
    </message>
    <message>
        <source>↷ Not sent to the LLM: %1</source>
        <translation>↷ Nicht an das LLM gesendet: %1</translation>
    </message>
    <message>
        <source>Position in the ranked list; sort by it to get the ranking back</source>
        <translation>Position in der gerankten Liste; danach sortieren stellt das Ranking wieder her</translation>
    </message>
    <message>
        <source>Relevance plus novelty, or the local ranker&apos;s score on unscored days</source>
        <translation>Relevanz plus Neuheit oder die Punktzahl des lokalen Rankers an unbewerteten Tagen</translation>
    </message>
    <message>
        <source>Followed author, star, rating, note, read, not scored</source>
        <translation>Gefolgter Autor, Stern, Bewertung, Notiz, gelesen, nicht bewertet</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column header: position in the ranked list</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Rel</source>
        <extracomment>Column header, short for relevance (0 to 10)</extracomment>
        <translation>Rel</translation>
    </message>
    <message>
        <source>Nov</source>
        <extracomment>Column header, short for novelty (0 to 10)</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Local</source>
        <extracomment>Column header: the local ranker&apos;s score</extracomment>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Marks</source>
        <extracomment>Column header: the paper&apos;s marks (star, rating, read…)</extracomment>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>⊘ Not interested</source>
        <translation>⊘ Kein Interesse</translation>
    </message>
    <message>
        <source>The local ranker&apos;s score; it ranks this paper #%1 of the day</source>
        <extracomment>Tool tip of the local ranker&apos;s score; %1 is the paper&apos;s place in the local ranking</extracomment>
        <translation>Punktzahl des lokalen Rankers; er setzt diesen Artikel auf Platz %1 des Tages</translation>
    </message>
    <message>
        <source>Score given by the local ranker, which works offline; higher is more relevant</source>
        <translation>Punktzahl des lokalen Rankers, der offline arbeitet; höher ist relevanter</translation>
    </message>
    <message>
        <source>Rank</source>
        <extracomment>Column name in the header&apos;s menu: position in the ranked list</extracomment>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message>
        <source>Local Score</source>
        <extracomment>Column name in the header&apos;s menu: the local ranker&apos;s score</extracomment>
        <translation>Lokale Punkte</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::PdfOpener</name>
    <message>
        <source>Getting the PDF of %1…</source>
        <translation>PDF von %1 wird geholt…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Title of the PDF window: the arXiv id, then the paper&apos;s title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Downloading the PDF: %1 %</source>
        <translation>PDF wird heruntergeladen: %1 %</translation>
    </message>
    <message>
        <source>Downloading the PDF: %1</source>
        <translation>PDF wird heruntergeladen: %1</translation>
    </message>
    <message>
        <source>Opened the PDF in your PDF viewer.</source>
        <translation>Das PDF wurde in Ihrem PDF-Betrachter geöffnet.</translation>
    </message>
    <message>
        <source>No program opened the PDF; it is kept at %1.</source>
        <translation>Kein Programm hat das PDF geöffnet; es liegt unter %1.</translation>
    </message>
    <message>
        <source>You are offline and this PDF was never opened before; it opens once the network is back.</source>
        <translation>Sie sind offline, und dieses PDF wurde noch nie geöffnet; es öffnet sich, sobald das Netz wieder da ist.</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::PdfViewer</name>
    <message>
        <source>The PDF file is missing. Open the paper again to download it.</source>
        <translation>Die PDF-Datei fehlt. Öffnen Sie den Artikel erneut, um sie herunterzuladen.</translation>
    </message>
    <message>
        <source>This PDF is protected and cannot be shown here. Open it in the browser instead.</source>
        <translation>Dieses PDF ist geschützt und kann hier nicht angezeigt werden. Öffnen Sie es stattdessen im Browser.</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF. Open the paper in the browser instead.</source>
        <translation>Diese Datei kann nicht als PDF gelesen werden. Öffnen Sie den Artikel stattdessen im Browser.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open in System Viewer</source>
        <translation>Im Systembetrachter öffnen</translation>
    </message>
    <message>
        <source>Open this PDF in the desktop&apos;s viewer (%1)</source>
        <translation>Dieses PDF im Betrachter des Desktops öffnen (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Downloading the PDF…</source>
        <translation>Das PDF wird heruntergeladen…</translation>
    </message>
    <message>
        <source>%1 of %2 kB</source>
        <translation>%1 von %2 kB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>First Page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Last Page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>The zoom of the PDF&apos;s pages in per cent</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A button&apos;s tool tip: its name, then its keyboard shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find in this PDF</source>
        <translation>In diesem PDF suchen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>The match shown of the matches found so far in the PDF</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Next Match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Previous Match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::PreviewDocument</name>
    <message>
        <source>★ Starred</source>
        <translation>★ Mit Stern</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Rated %1/5</source>
        <translation>Mit %1/5 bewertet</translation>
    </message>
    <message>
        <source>No paper selected.</source>
        <translation>Kein Artikel ausgewählt.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Local ranker</source>
        <translation>Lokaler Ranker</translation>
    </message>
    <message>
        <source>◆ Followed author</source>
        <extracomment>The badge of a paper by an author the reader follows</extracomment>
        <translation>◆ Gefolgter Autor</translation>
    </message>
    <message>
        <source>Followed author</source>
        <translation>Gefolgter Autor</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::ProfileMenu</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>A profile for another field, with its own categories, criteria and ratings</source>
        <translation>Ein Profil für ein weiteres Fachgebiet, mit eigenen Kategorien, Kriterien und Bewertungen</translation>
    </message>
    <message>
        <source>&amp;Duplicate “%1”…</source>
        <translation>„%1“ &amp;duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Rename “%1”…</source>
        <translation>„%1“ &amp;umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete “%1”…</source>
        <translation>„%1“ &amp;löschen…</translation>
    </message>
    <message>
        <source>Wait until the LLM run of this profile has ended.</source>
        <translation>Warten Sie, bis der LLM-Lauf dieses Profils beendet ist.</translation>
    </message>
    <message>
        <source>The only profile cannot be deleted.</source>
        <translation>Das einzige Profil kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Made the profile “%1”.</source>
        <translation>Profil „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Made the profile “%1”, a copy of “%2”.</source>
        <translation>Profil „%1“ als Kopie von „%2“ angelegt.</translation>
    </message>
    <message>
        <source>Renamed the profile “%1” to “%2”.</source>
        <translation>Profil „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>The %n rating(s) given under it are deleted with it.</source>
        <translation>
            <numerusform>Die %n darin vergebene Bewertung wird mit gelöscht.</numerusform>
            <numerusform>Die %n darin vergebenen Bewertungen werden mit gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n LLM run(s) and their scores stay in the library, and so do the papers, your notes and your stars.</source>
        <translation>
            <numerusform>Sein %n LLM-Lauf und dessen Punktzahlen bleiben in der Bibliothek, ebenso die Artikel, Ihre Notizen und Ihre Sterne.</numerusform>
            <numerusform>Seine %n LLM-Läufe und deren Punktzahlen bleiben in der Bibliothek, ebenso die Artikel, Ihre Notizen und Ihre Sterne.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleted the profile “%1”.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The papers, your notes and your stars stay in the library.</source>
        <translation>Die Artikel, Ihre Notizen und Ihre Sterne bleiben in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::ProfileNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>e.g. Machine learning</source>
        <translation>z. B. Maschinelles Lernen</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>A copy of “%1”</source>
        <translation>Eine Kopie von „%1“</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen mit:</translation>
    </message>
    <message>
        <source>A preset brings its criteria and suggested categories; a copy brings everything of the profile, its ratings too. The settings open next, for the categories and criteria of the new profile.</source>
        <translation>Eine Vorlage bringt ihre Kriterien und vorgeschlagenen Kategorien mit; eine Kopie alles aus dem Profil, auch seine Bewertungen. Danach öffnen sich die Einstellungen für die Kategorien und Kriterien des neuen Profils.</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The suggested name of a copy of a profile</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The copy starts with the categories, criteria, settings and ratings of “%1”; from then on each profile learns on its own.</source>
        <translation>Die Kopie beginnt mit den Kategorien, Kriterien, Einstellungen und Bewertungen von „%1“; danach lernt jedes Profil für sich.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>Its ratings, runs and scheduled days keep going with it.</source>
        <translation>Seine Bewertungen, Läufe und geplanten Tage gehen mit.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::RunPanel</name>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>An amount in US dollars, e.g. $0.0123</extracomment>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop now; answers already received are kept and a later start continues from there.</source>
        <translation>Jetzt anhalten; bereits erhaltene Antworten bleiben erhalten, und ein späterer Start setzt dort fort.</translation>
    </message>
    <message>
        <source>%v of %m papers</source>
        <extracomment>Progress of a stage of a scoring run: papers settled of all papers</extracomment>
        <translation>%v von %m Artikeln</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ask again for the failed papers only</source>
        <translation>Nur für die fehlgeschlagenen Artikel erneut fragen</translation>
    </message>
    <message>
        <source>Show papers</source>
        <translation>Artikel zeigen</translation>
    </message>
    <message>
        <source>Set up a provider…</source>
        <translation>Anbieter einrichten…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Start a scoring run again where a cancelled or interrupted one stopped</extracomment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>no day chosen</source>
        <translation>kein Tag gewählt</translation>
    </message>
    <message>
        <source>LLM scoring · %1</source>
        <translation>LLM-Bewertung · %1</translation>
    </message>
    <message>
        <source>LLM scoring · %1 · %2</source>
        <translation>LLM-Bewertung · %1 · %2</translation>
    </message>
    <message>
        <source>Choose a day to score.</source>
        <translation>Wählen Sie einen Tag zum Bewerten.</translation>
    </message>
    <message numerus="yes">
        <source>All %n paper(s) are answered by earlier runs under these criteria: starting costs nothing.</source>
        <translation>
            <numerusform>%n Artikel ist durch frühere Läufe mit diesen Kriterien beantwortet: Der Start kostet nichts.</numerusform>
            <numerusform>Alle %n Artikel sind durch frühere Läufe mit diesen Kriterien beantwortet: Der Start kostet nichts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n request(s) to send: %1, %2.</source>
        <extracomment>%n requests to send, %1 tokens, %2 the cost in dollars or &quot;cost unknown&quot;</extracomment>
        <translation>
            <numerusform>Etwa %n Anfrage zu senden: %1, %2.</numerusform>
            <numerusform>Etwa %n Anfragen zu senden: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) already answered by earlier runs cost nothing.</source>
        <translation>
            <numerusform>%n Artikel, der durch frühere Läufe beantwortet ist, kostet nichts.</numerusform>
            <numerusform>%n Artikel, die durch frühere Läufe beantwortet sind, kosten nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>No LLM provider is set up, so this day is ranked by the local ranker only. Add a provider and its key to score it with an LLM.</source>
        <translation>Kein LLM-Anbieter ist eingerichtet, daher rankt nur der lokale Ranker diesen Tag. Fügen Sie einen Anbieter und seinen Schlüssel hinzu, um ihn mit einem LLM zu bewerten.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %1 of %n paper(s) settled. Their answers are kept: Start continues where the run stopped.</source>
        <translation>
            <numerusform>Abgebrochen, %1 von %n Artikel erledigt. Die Antworten bleiben erhalten: Start setzt dort fort, wo der Lauf angehalten hat.</numerusform>
            <numerusform>Abgebrochen, %1 von %n Artikeln erledigt. Die Antworten bleiben erhalten: Start setzt dort fort, wo der Lauf angehalten hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 scored, %n failed (%2).</source>
        <extracomment>%1 papers scored, %n papers failed, %2 the most common reason</extracomment>
        <translation>
            <numerusform>%1 bewertet, %n fehlgeschlagen (%2).</numerusform>
            <numerusform>%1 bewertet, %n fehlgeschlagen (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 scored; the budget ran out before %n paper(s).</source>
        <translation>
            <numerusform>%1 bewertet; für %n Artikel reichte das Budget nicht mehr.</numerusform>
            <numerusform>%1 bewertet; für %n Artikel reichte das Budget nicht mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paper(s) scored.</source>
        <translation>
            <numerusform>%n Artikel bewertet.</numerusform>
            <numerusform>Alle %n Artikel bewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paper(s) settled: %1 scored, %2 from earlier answers.</source>
        <translation>
            <numerusform>%n Artikel erledigt: %1 bewertet, %2 aus früheren Antworten.</numerusform>
            <numerusform>Alle %n Artikel erledigt: %1 bewertet, %2 aus früheren Antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n failed paper(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagenen Artikel zeigen</numerusform>
            <numerusform>%n fehlgeschlagene Artikel zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the authors…</source>
        <translation>Die Autoren werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) by followed authors</source>
        <translation>
            <numerusform>%n Artikel von gefolgten Autoren</numerusform>
            <numerusform>%n Artikel von gefolgten Autoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n looked up on Semantic Scholar</source>
        <translation>
            <numerusform>%n bei Semantic Scholar nachgeschlagen</numerusform>
            <numerusform>%n bei Semantic Scholar nachgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped by the h-index filter</source>
        <translation>
            <numerusform>%n vom h-Index-Filter übersprungen</numerusform>
            <numerusform>%n vom h-Index-Filter übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Authors: %1.</source>
        <extracomment>The author stage&apos;s counts, e.g. &quot;Authors: 2 papers by followed authors · 40 looked up…&quot;</extracomment>
        <translation>Autoren: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) not looked up on Semantic Scholar; the h-index filter let them through.</source>
        <translation>
            <numerusform>%n Artikel nicht bei Semantic Scholar nachgeschlagen; der h-Index-Filter hat ihn durchgelassen.</numerusform>
            <numerusform>%n Artikel nicht bei Semantic Scholar nachgeschlagen; der h-Index-Filter hat sie durchgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It did not answer for %n of them; a later run asks again.</source>
        <translation>
            <numerusform>Für %n davon kam keine Antwort; ein späterer Lauf fragt erneut.</numerusform>
            <numerusform>Für %n davon kam keine Antwort; ein späterer Lauf fragt erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking the day locally…</source>
        <translation>Der Tag wird lokal gerankt…</translation>
    </message>
    <message numerus="yes">
        <source>Chosen: %n paper(s) that skipped the LLM.</source>
        <extracomment>The papers the reader chose in the list to send to the LLM after a filter skipped them</extracomment>
        <translation>
            <numerusform>Ausgewählt: %n übersprungener Artikel.</numerusform>
            <numerusform>Ausgewählt: %n übersprungene Artikel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This day was not scored with these settings yet: Start scores the whole day, the %n chosen paper(s) included.</source>
        <translation>
            <numerusform>Dieser Tag wurde mit diesen Einstellungen noch nicht bewertet: Start bewertet den ganzen Tag, den ausgewählten Artikel eingeschlossen.</numerusform>
            <numerusform>Dieser Tag wurde mit diesen Einstellungen noch nicht bewertet: Start bewertet den ganzen Tag, die %n ausgewählten Artikel eingeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to the LLM:</source>
        <translation>An das LLM senden:</translation>
    </message>
    <message>
        <source>Every paper</source>
        <extracomment>What a run sends to the LLM: every paper of the day</extracomment>
        <translation>Jeden Artikel</translation>
    </message>
    <message>
        <source>The local ranker&apos;s best</source>
        <extracomment>What a run sends to the LLM: the local ranker&apos;s best share of the day, e.g. 50 %</extracomment>
        <translation>Die besten laut lokalem Ranker</translation>
    </message>
    <message>
        <source>Enough papers for a recall of</source>
        <extracomment>What a run sends to the LLM: the fewest papers expected to hold this share of the day&apos;s relevant ones, e.g. 95 %</extracomment>
        <translation>Genug Artikel für eine Trefferquote von</translation>
    </message>
    <message>
        <source>The local ranker decides which papers are worth LLM tokens. The others are listed as skipped by the local ranker and can still be scored one by one. Papers by followed authors are always sent. The choice is kept with the profile.</source>
        <translation>Der lokale Ranker entscheidet, welche Artikel LLM-Tokens wert sind. Die übrigen werden als vom lokalen Ranker übersprungen aufgeführt und können weiterhin einzeln bewertet werden. Artikel gefolgter Autoren werden immer gesendet. Die Auswahl wird mit dem Profil gespeichert.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Of the day&apos;s relevant papers, the share expected among those sent</source>
        <translation>Der Anteil der relevanten Artikel des Tages, der unter den gesendeten erwartet wird</translation>
    </message>
    <message>
        <source>The share of the day sent, best first</source>
        <translation>Der gesendete Anteil des Tages, die besten zuerst</translation>
    </message>
    <message>
        <source>The day could not be ranked locally for this profile. Choose the profile in the window, then start again.</source>
        <translation>Der Tag konnte für dieses Profil nicht lokal gerankt werden. Wählen Sie das Profil im Fenster und starten Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Local ranker: %1 of %n paper(s) go to the LLM, expected to hold about %2 % of the relevant ones.</source>
        <extracomment>%1 papers sent of %n, %2 the expected share of the relevant papers among them in percent</extracomment>
        <translation>
            <numerusform>Lokaler Ranker: %1 von %n Artikel geht an das LLM und sollte etwa %2 % der relevanten enthalten.</numerusform>
            <numerusform>Lokaler Ranker: %1 von %n Artikeln gehen an das LLM und sollten etwa %2 % der relevanten enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Authors</source>
        <extracomment>A stage of a scoring run: looking up the papers&apos; authors on Semantic Scholar</extracomment>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Followed authors and the h-index filter</source>
        <translation>Gefolgte Autoren und der h-Index-Filter</translation>
    </message>
    <message>
        <source>Titles</source>
        <extracomment>A stage of a scoring run: the LLM judges the papers by their titles first</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Papers the LLM judged by their titles first</source>
        <translation>Artikel, die das LLM zuerst nach ihrem Titel beurteilt hat</translation>
    </message>
    <message>
        <source>Abstracts</source>
        <extracomment>A stage of a scoring run: the LLM scores the papers from their abstracts</extracomment>
        <translation>Zusammenfassungen</translation>
    </message>
    <message>
        <source>Papers the LLM scored from their abstracts</source>
        <translation>Artikel, die das LLM anhand ihrer Zusammenfassung bewertet hat</translation>
    </message>
    <message>
        <source>nothing to ask</source>
        <translation>nichts zu fragen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The author stage of a scoring run was cancelled</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>The author stage of a scoring run has ended</extracomment>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::SettingsDialog</name>
    <message>
        <source>Set up PaperSieve</source>
        <translation>PaperSieve einrichten</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Kriterien</translation>
    </message>
    <message>
        <source>&amp;LLM</source>
        <translation>LL&amp;M</translation>
    </message>
    <message>
        <source>Librar&amp;y</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Preise</translation>
    </message>
    <message>
        <source>The library is not open, so categories and criteria cannot be saved now.</source>
        <translation>Die Bibliothek ist nicht geöffnet, daher können Kategorien und Kriterien jetzt nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Listings to keep</source>
        <translation>Zu behaltende Listungen</translation>
    </message>
    <message>
        <source>&amp;New papers</source>
        <translation>&amp;Neue Artikel</translation>
    </message>
    <message>
        <source>Cross-lis&amp;ts from other categories</source>
        <translation>Cross-Listings aus anderen Ka&amp;tegorien</translation>
    </message>
    <message>
        <source>R&amp;eplacements (new versions)</source>
        <translation>&amp;Ersetzungen (neue Versionen)</translation>
    </message>
    <message>
        <source>Replaced cross-l&amp;ists</source>
        <translation>Ersetzte Cross-L&amp;istings</translation>
    </message>
    <message>
        <source>Only papers whose &amp;primary category I follow</source>
        <translation>Nur Artikel, deren &amp;Hauptkategorie ich folge</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen mit:</translation>
    </message>
    <message>
        <source>Your own criteria</source>
        <extracomment>Shown in the preset chooser when the criteria are the reader&apos;s own</extracomment>
        <translation>Ihre eigenen Kriterien</translation>
    </message>
    <message>
        <source>&amp;Use preset</source>
        <translation>Vorlage &amp;verwenden</translation>
    </message>
    <message>
        <source>Replaces the criteria below with the preset (Undo brings them back).</source>
        <translation>Ersetzt die Kriterien unten durch die Vorlage (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <source>&amp;Import prompt file…</source>
        <translation>Prompt-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>What you care about, in plain &amp;words:</source>
        <translation>Was Sie interessiert, in einfachen &amp;Worten:</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Number your topics and give each a Relevant and an Irrelevant line; the local ranker and the LLM both read them.</source>
        <translation>Nummerieren Sie Ihre Themen und geben Sie jedem eine Relevant- und eine Irrelevant-Zeile; der lokale Ranker und das LLM lesen beide.</translation>
    </message>
    <message>
        <source>OpenAI or a compatible endpoint</source>
        <translation>OpenAI oder ein kompatibler Endpunkt</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source>US$ </source>
        <translation>US$ </translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Budget 0: a run may spend any amount
----------
Requests per minute 0: the app does not slow down on its own
----------
Tokens per minute 0: the app does not slow down on its own</extracomment>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Co&amp;ncurrency:</source>
        <translation>&amp;Gleichzeitigkeit:</translation>
    </message>
    <message>
        <source>B&amp;udget per run:</source>
        <translation>B&amp;udget pro Lauf:</translation>
    </message>
    <message>
        <source>Requests per m&amp;inute:</source>
        <translation>Anfragen pro M&amp;inute:</translation>
    </message>
    <message>
        <source>Without a key, papers are ranked by the local ranker only. The key is kept in the system keychain, never in a file.</source>
        <translation>Ohne Schlüssel rankt nur der lokale Ranker die Artikel. Der Schlüssel liegt im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Gecachte Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens</source>
        <translation>Preise in US-Dollar pro Million Token</translation>
    </message>
    <message>
        <source>&amp;Add model</source>
        <translation>Modell &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove model</source>
        <translation>Modell &amp;entfernen</translation>
    </message>
    <message>
        <source>US dollars per million tokens. A model missing here is shown as &quot;cost unknown&quot; and cannot be given a budget.</source>
        <translation>US-Dollar pro Million Token. Ein hier fehlendes Modell wird als „Kosten unbekannt“ angezeigt und kann kein Budget bekommen.</translation>
    </message>
    <message>
        <source>The price of %1 is not a number of dollars.</source>
        <translation>Der Preis von %1 ist kein Dollarbetrag.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Den Datenordner wählen</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Keep no PDFs</source>
        <extracomment>PDF cache limit 0</extracomment>
        <translation>Keine PDFs behalten</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Leave empty for the default. A new folder is used from the next start; the current library is not moved.</source>
        <translation>Leer lassen für den Standard. Ein neuer Ordner gilt ab dem nächsten Start; die aktuelle Bibliothek wird nicht verschoben.</translation>
    </message>
    <message>
        <source>&amp;PDF cache limit:</source>
        <translation>&amp;PDF-Cache-Grenze:</translation>
    </message>
    <message>
        <source>The settings could not be written to %1. Check that the folder is writable.</source>
        <translation>Die Einstellungen konnten nicht nach %1 geschrieben werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Import a prompt file</source>
        <translation>Eine Prompt-Datei importieren</translation>
    </message>
    <message>
        <source>Markdown or text (*.md *.txt);;All (*)</source>
        <translation>Markdown oder Text (*.md *.txt);;Alle (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Imported the criteria of %1. OK keeps them.</source>
        <translation>Die Kriterien aus %1 importiert. OK behält sie.</translation>
    </message>
    <message>
        <source>Plain http:// would send your key unencrypted. Use an https:// address; http:// is only allowed for this computer (localhost).</source>
        <translation>Einfaches http:// würde Ihren Schlüssel unverschlüsselt senden. Verwenden Sie eine https://-Adresse; http:// ist nur für diesen Rechner (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, for example %1.</source>
        <translation>Geben Sie eine Webadresse ein, die mit https:// beginnt, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Paste the provider&apos;s API key</source>
        <translation>Den API-Schlüssel des Anbieters einfügen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The language choice that follows the system&apos;s language</extracomment>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language applies at the next start.</source>
        <translation>Die Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>&amp;Autoren</translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation>&amp;Tokens pro Minute:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>At once</source>
        <extracomment>Mark-read delay 0: a paper counts as read as soon as it is selected</extracomment>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Mark as read af&amp;ter:</source>
        <translation>Als gelesen markieren &amp;nach:</translation>
    </message>
    <message>
        <source>How long a paper stays selected before it counts as read.</source>
        <translation>Wie lange ein Artikel ausgewählt bleibt, bevor er als gelesen gilt.</translation>
    </message>
    <message>
        <source>Set up PaperSieve · profile “%1”</source>
        <extracomment>The settings window&apos;s title; %1 is the reading profile whose categories and criteria it edits</extracomment>
        <translation>PaperSieve einrichten · Profil „%1“</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::SetupDialog</name>
    <message>
        <source>Set Up Your Feed</source>
        <translation>Eigenen Feed einrichten</translation>
    </message>
    <message>
        <source>Three questions, and today&apos;s papers of your field are listed and ranked for you. Everything here can be changed later in Tools › Settings.</source>
        <translation>Drei Fragen, und die heutigen Artikel Ihres Fachs werden für Sie aufgelistet und geordnet. Alles hier lässt sich später unter Werkzeuge › Einstellungen ändern.</translation>
    </message>
    <message>
        <source>1. The categories you follow</source>
        <translation>1. Die Kategorien, denen Sie folgen</translation>
    </message>
    <message>
        <source>2. What you care about</source>
        <translation>2. Was Sie interessiert</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen mit:</translation>
    </message>
    <message>
        <source>Your own criteria</source>
        <extracomment>Shown in the preset chooser when the criteria are the reader&apos;s own</extracomment>
        <translation>Ihre eigenen Kriterien</translation>
    </message>
    <message>
        <source>Then say it in your own &amp;words:</source>
        <translation>Dann in Ihren eigenen &amp;Worten:</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Each numbered topic has a Relevant and an Irrelevant line; the local ranker and the LLM both read them.</source>
        <translation>Jedes nummerierte Thema hat eine Zeile „Relevant“ und eine Zeile „Irrelevant“; der lokale Ranker und das LLM lesen beide.</translation>
    </message>
    <message>
        <source>3. An LLM to score the papers (optional)</source>
        <translation>3. Ein LLM, das die Artikel bewertet (optional)</translation>
    </message>
    <message>
        <source>OpenAI or a compatible endpoint</source>
        <translation>OpenAI oder ein kompatibler Endpunkt</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the provider&apos;s API key, or leave it empty</source>
        <translation>API-Schlüssel des Anbieters einfügen oder leer lassen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>No key is needed: the local ranker orders the papers on this computer. A key is kept in the system keychain, never in a file; the model, address and limits are in Settings.</source>
        <translation>Kein Schlüssel nötig: Der lokale Ranker ordnet die Artikel auf diesem Rechner. Ein Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei; Modell, Adresse und Limits finden Sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Follow at least one category and write what you care about.</source>
        <translation>Folgen Sie mindestens einer Kategorie und schreiben Sie, was Sie interessiert.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1. Check that the folder is writable.</source>
        <translation>Die Einstellungen konnten nicht nach %1 geschrieben werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Finish and Fetch &amp;Today&apos;s Papers</source>
        <extracomment>Ends the first-start setup: saves it and fetches today&apos;s papers</extracomment>
        <translation>Fer&amp;tig – heutige Artikel abrufen</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::TrayIcon</name>
    <message>
        <source>PaperSieve</source>
        <translation>PaperSieve</translation>
    </message>
    <message>
        <source>&amp;Show PaperSieve</source>
        <translation>PaperSieve an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>PaperSieve: %n unread pick(s)</source>
        <translation>
            <numerusform>PaperSieve: %n ungelesener Treffer</numerusform>
            <numerusform>PaperSieve: %n ungelesene Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing relevant arrived today.</source>
        <translation>Heute ist nichts Relevantes eingetroffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n relevant paper(s) arrived. Best: %1</source>
        <translation>
            <numerusform>%n relevanter Artikel eingetroffen. Bester: %1</numerusform>
            <numerusform>%n relevante Artikel eingetroffen. Bester: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New papers for %1</source>
        <translation>Neue Artikel für %1</translation>
    </message>
</context>
</TS>
