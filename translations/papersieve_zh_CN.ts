<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Sieve::Arxiv::ArxivClient</name>
    <message>
        <source>Choose at least one arXiv category to fetch.</source>
        <translation>请至少选择一个要获取的 arXiv 分类。</translation>
    </message>
</context>
<context>
    <name>Sieve::Arxiv::AtomParser</name>
    <message>
        <source>The arXiv search service sent something that is not a list of papers. Try again later.</source>
        <translation>arXiv 搜索服务返回的内容不是论文列表。请稍后重试。</translation>
    </message>
    <message>
        <source>The arXiv search service refused the request: %1</source>
        <translation>arXiv 搜索服务拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The arXiv search results break off or are malformed at line %1, column %2; fetch them again in a few minutes.</source>
        <translation>arXiv 搜索结果在第 %1 行第 %2 列处中断或格式错误；请几分钟后重新获取。</translation>
    </message>
</context>
<context>
    <name>Sieve::Arxiv::PdfDownloader</name>
    <message>
        <source>arXiv did not send a PDF for %1. It may not be ready yet: try again later, or open the paper in the browser.</source>
        <translation>arXiv 没有返回 %1 的 PDF。它可能尚未生成：请稍后重试，或在浏览器中打开该论文。</translation>
    </message>
    <message>
        <source>The PDF of %1 arrived incomplete. Try again.</source>
        <translation>%1 的 PDF 下载不完整。请重试。</translation>
    </message>
</context>
<context>
    <name>Sieve::Arxiv::RssParser</name>
    <message>
        <source>The arXiv feed could not be read: the server sent something that is not an RSS feed. Try again later.</source>
        <translation>无法读取 arXiv 订阅源：服务器返回的内容不是 RSS 订阅源。请稍后重试。</translation>
    </message>
    <message>
        <source>The arXiv feed could not be read quickly.</source>
        <extracomment>Only tests and benchmarks that ask for the fast scanner alone see this.</extracomment>
        <translation>无法快速读取 arXiv 订阅源。</translation>
    </message>
    <message>
        <source>The arXiv feed breaks off or is malformed at line %1, column %2; fetch it again in a few minutes.</source>
        <translation>arXiv 订阅源在第 %1 行第 %2 列处中断或格式错误；请几分钟后重新获取。</translation>
    </message>
</context>
<context>
    <name>Sieve::Arxiv::Taxonomy</name>
    <message>
        <source>The list of arXiv categories could not be read.</source>
        <translation>无法读取 arXiv 分类列表。</translation>
    </message>
</context>
<context>
    <name>Sieve::Authors::SemanticScholarClient</name>
    <message>
        <source>Semantic Scholar cannot be asked: the network is not available.</source>
        <translation>无法查询 Semantic Scholar：网络不可用。</translation>
    </message>
    <message numerus="yes">
        <source>The authors of %n paper(s) were not looked up on Semantic Scholar. %1</source>
        <extracomment>%1 says why, e.g. &quot;api.semanticscholar.org answered with HTTP 500 4 times; ...&quot;</extracomment>
        <translation>
            <numerusform>%n 篇论文的作者未在 Semantic Scholar 上查询。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Cli::CommandLine</name>
    <message>
        <source>Keep the library in &lt;dir&gt; instead of the default folder.</source>
        <translation>将文库保存在 &lt;dir&gt; 而不是默认文件夹中。</translation>
    </message>
    <message>
        <source>Talk to &lt;url&gt; instead of arXiv (RSS at &lt;url&gt;/rss, the API at &lt;url&gt;/api/query).</source>
        <translation>连接 &lt;url&gt; 而不是 arXiv（RSS 位于 &lt;url&gt;/rss，API 位于 &lt;url&gt;/api/query）。</translation>
    </message>
    <message>
        <source>Comma-separated arXiv categories, e.g. astro-ph.GA,cs.LG.</source>
        <translation>以逗号分隔的 arXiv 分类，例如 astro-ph.GA,cs.LG。</translation>
    </message>
    <message>
        <source>The announcement day, YYYY-MM-DD.</source>
        <translation>公告日，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>First announcement day of a range, YYYY-MM-DD.</source>
        <translation>日期范围的第一个公告日，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Last announcement day of a range, YYYY-MM-DD.</source>
        <translation>日期范围的最后一个公告日，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Keep papers listed as these types: new,cross,replace,replace-cross (default: all).</source>
        <translation>保留这些列表类型的论文：new,cross,replace,replace-cross（默认：全部）。</translation>
    </message>
    <message>
        <source>Fetch every announcement day missing between the oldest and newest stored day.</source>
        <translation>获取最早与最新已存日期之间缺失的每个公告日。</translation>
    </message>
    <message>
        <source>Keep only papers whose primary category is one of --categories.</source>
        <translation>仅保留主分类属于 --categories 的论文。</translation>
    </message>
    <message>
        <source>Export format: md or json.</source>
        <translation>导出格式：md 或 json。</translation>
    </message>
    <message>
        <source>Also print the engine&apos;s log (papersieve.* categories).</source>
        <translation>同时输出引擎日志（papersieve.* 类别）。</translation>
    </message>
    <message>
        <source>Write the export to &lt;file&gt; (&quot;-&quot; for standard output).</source>
        <translation>将导出内容写入 &lt;file&gt;（“-”表示标准输出）。</translation>
    </message>
    <message>
        <source>Labelled papers to evaluate the local ranker on (JSON lines).</source>
        <translation>用于评估本地排序器的已标注论文（JSON Lines）。</translation>
    </message>
    <message>
        <source>The profile&apos;s criteria (Markdown) to rank with.</source>
        <translation>用于排序的阅读档案评判标准（Markdown）。</translation>
    </message>
    <message>
        <source>Simulate a reader who rated &lt;n&gt; papers of the earliest days.</source>
        <translation>模拟一位已为最早几天中 &lt;n&gt; 篇论文评分的读者。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) in %2</source>
        <translation>
            <numerusform>%1：%2 中有 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no announcement (arXiv listed nothing that weekday)</source>
        <translation>%1：无公告（arXiv 在该工作日未发布任何论文）</translation>
    </message>
    <message>
        <source>%1: not announced yet; fetch again later</source>
        <translation>%1：尚未公告；请稍后再获取</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>fetch needs --categories, e.g. --categories astro-ph.GA,astro-ph.CO.</source>
        <translation>fetch 需要 --categories，例如 --categories astro-ph.GA,astro-ph.CO。</translation>
    </message>
    <message>
        <source>--announce-types takes a list of new, cross, replace and replace-cross.</source>
        <translation>--announce-types 接受由 new、cross、replace 和 replace-cross 组成的列表。</translation>
    </message>
    <message>
        <source>--date must be a day written YYYY-MM-DD.</source>
        <translation>--date 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--from and --to must both be days written YYYY-MM-DD, in order.</source>
        <translation>--from 和 --to 都必须是 YYYY-MM-DD 格式的日期，且按先后顺序。</translation>
    </message>
    <message>
        <source>--arxiv-url must be an address such as https://export.arxiv.org.</source>
        <translation>--arxiv-url 必须是类似 https://export.arxiv.org 的地址。</translation>
    </message>
    <message>
        <source>The library has no days yet; run &quot;papersieve fetch&quot; first.</source>
        <translation>文库中还没有任何日期；请先运行“papersieve fetch”。</translation>
    </message>
    <message>
        <source>export needs --date YYYY-MM-DD.</source>
        <translation>export 需要 --date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--format must be md or json.</source>
        <translation>--format 必须是 md 或 json。</translation>
    </message>
    <message>
        <source>export needs --output FILE (or - for standard output).</source>
        <translation>export 需要 --output 文件（或用 - 表示标准输出）。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>eval needs --labels FILE and --criteria FILE.</source>
        <translation>eval 需要 --labels 文件和 --criteria 文件。</translation>
    </message>
    <message>
        <source>--ratings takes a number of papers, 0 or more.</source>
        <translation>--ratings 接受论文数量，0 或更多。</translation>
    </message>
    <message>
        <source>No announcement day is missing between the stored days, so there was nothing to fetch.</source>
        <translation>已存储的日期之间没有缺少任何公告日，因此无需获取。</translation>
    </message>
    <message>
        <source>arXiv announces Monday to Friday and %1 to %2 holds no such day, so there was nothing to fetch.</source>
        <translation>arXiv 在周一至周五发布公告，而 %1 至 %2 之间没有这样的日子，因此无需获取。</translation>
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
        <translation>用法：papersieve [命令] [选项]

不带命令时，PaperSieve 打开主窗口。

命令：
  fetch    将一个公告日（或一段日期）获取到文库中。
           --categories 列表 [--date 日期 | --from 日期 --to 日期 | --fill-gaps]
           [--announce-types 列表] [--primary-only]
           --fill-gaps 获取最早与最新已保存日期之间缺少的每个公告日。
  days     列出已保存的日期及其状态和数量。
  export   写出某个已保存日期的文摘。
           --date 日期 [--format md|json] --output 文件
%1  eval     用已标注的日期评估本地排序器；最后一行为
           spearman=... ndcg10=... recall30=... recall50=...
           --labels 文件 --criteria 文件 [--ratings N]

全局选项：
  --data-dir 目录  将文库保存在该目录中。
  --arxiv-url URL  使用其他 arXiv 服务器（RSS 位于 URL/rss，API 位于 URL/api/query）。
  --verbose        同时输出引擎日志。
  --help, --version

退出码：0 完成，1 失败，2 用法错误，3 网络错误，4 数据错误，
5 部分论文失败（run）。
</translation>
    </message>
    <message>
        <source>arXiv announces Monday to Friday; %1 is a %2, so give a weekday.</source>
        <translation>arXiv 在周一至周五发布公告；%1 是%2，请指定一个工作日。</translation>
    </message>
    <message>
        <source>The criteria file %1 could not be opened; check its path and that you may read it.</source>
        <translation>无法打开评判标准文件 %1；请检查其路径以及是否有读取权限。</translation>
    </message>
    <message>
        <source>papersieve needs one command; choose one of those below.</source>
        <translation>papersieve 需要一个命令；请从下列命令中选择一个。</translation>
    </message>
    <message>
        <source>papersieve has no command &quot;%1&quot;; choose one of those below.</source>
        <translation>papersieve 没有“%1”这个命令；请从下列命令中选择一个。</translation>
    </message>
    <message>
        <source>The labels file %1 holds no papers.</source>
        <translation>标注文件 %1 中没有论文。</translation>
    </message>
    <message>
        <source>The labels file %1 holds a single day, the rating pool; the evaluation needs at least one more day to score.</source>
        <translation>标注文件 %1 只有一天，即评分池；评估至少还需要一天用于评分。</translation>
    </message>
    <message numerus="yes">
        <source>%n later day(s) scored</source>
        <extracomment>The first of three parts of one line, joined by &quot;; &quot;</extracomment>
        <translation>
            <numerusform>已为之后的 %n 天评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n day(s) are the rating pool, not scored</source>
        <translation>
            <numerusform>前 %n 天为评分池，不参与评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) from the pool (%1 relevant, %2 irrelevant)</source>
        <extracomment>%1 and %2 count the relevant and the irrelevant ones of the %n ratings</extracomment>
        <translation>
            <numerusform>评分池中有 %n 条评分（%1 条相关，%2 条不相关）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Cli::PricesCommand</name>
    <message>
        <source>Set a model&apos;s price: MODEL=INPUT,CACHED,OUTPUT in dollars per million tokens.</source>
        <translation>设置模型价格：MODEL=INPUT,CACHED,OUTPUT，单位为美元/百万 token。</translation>
    </message>
    <message>
        <source>Remove a model from the table.</source>
        <translation>从价格表中删除一个模型。</translation>
    </message>
    <message>
        <source>  prices   Show the price table ($ per million tokens: input, cached input, output).
           [--set-price MODEL=IN,CACHED,OUT] [--remove-price MODEL]
</source>
        <translation>  prices   显示价格表（美元/百万 token：输入、缓存输入、输出）。
           [--set-price MODEL=IN,CACHED,OUT] [--remove-price MODEL]
</translation>
    </message>
    <message>
        <source>--set-price takes MODEL=INPUT,CACHED,OUTPUT, e.g. gpt-4.1-mini=0.4,0.1,1.6.</source>
        <translation>--set-price 接受 MODEL=INPUT,CACHED,OUTPUT，例如 gpt-4.1-mini=0.4,0.1,1.6。</translation>
    </message>
</context>
<context>
    <name>Sieve::Cli::RunCommand</name>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>arXiv has not announced papers for that day yet; run again later.</source>
        <translation>arXiv 尚未公布这一天的论文；请稍后再运行。</translation>
    </message>
    <message>
        <source>%1 scored (%2 from earlier answers), %3 failed, %4 skipped, %5 over budget; %6 requests, %7 tokens, %8</source>
        <translation>已评分 %1 篇（%2 篇来自先前的回答），失败 %3 篇，跳过 %4 篇，超出预算 %5 篇；%6 次请求，%7 个 token，%8</translation>
    </message>
    <message>
        <source>Run the same command again to retry the failed papers; answers already stored are not paid for again.</source>
        <translation>再次运行同一命令即可重试失败的论文；已保存的回答不会重复计费。</translation>
    </message>
    <message>
        <source>Authors: %1 papers by followed authors, %2 below the h-index cutoff skip the LLM; Semantic Scholar: %3 requests, %4 papers answered from the library, %5 not known yet, %6 not looked up</source>
        <translation>作者：%1 篇论文来自关注的作者，%2 篇低于 h 指数阈值而跳过 LLM；Semantic Scholar：%3 次请求，%4 篇论文由文库作答，%5 篇尚不可知，%6 篇未查询</translation>
    </message>
    <message>
        <source>Semantic Scholar: %1 The h-index filter stepped aside for the papers it could not look up.</source>
        <translation>Semantic Scholar：%1 对无法查询的论文，h 指数过滤器已暂停使用。</translation>
    </message>
    <message>
        <source>--prefilter and --min-recall take a share between 0 and 1, e.g. 0.5.</source>
        <translation>--prefilter 和 --min-recall 接受 0 到 1 之间的比例，例如 0.5。</translation>
    </message>
    <message>
        <source>Local ranker: %1 of %2 papers go to the LLM; they should hold about %3 % of the day&apos;s relevant papers.</source>
        <translation>本地排序器：%2 篇论文中有 %1 篇交给 LLM；它们应包含当天约 %3 % 的相关论文。</translation>
    </message>
    <message>
        <source>--provider must be openai or anthropic.</source>
        <translation>--provider 必须是 openai 或 anthropic。</translation>
    </message>
    <message>
        <source>--llm-url must be an https:// address (plain http:// only to this computer).</source>
        <translation>--llm-url 必须是 https:// 地址（仅连接本机时可用 http://）。</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency 接受 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>--batch-size takes a number of papers, 1 or more.</source>
        <translation>--batch-size 接受论文数量，1 或更多。</translation>
    </message>
    <message>
        <source>--budget takes an amount in US dollars, e.g. 0.50.</source>
        <translation>--budget 接受以美元计的金额，例如 0.50。</translation>
    </message>
    <message>
        <source>--rpm takes a number of requests per minute (0: no limit).</source>
        <translation>--rpm 接受每分钟请求数（0：不限）。</translation>
    </message>
    <message>
        <source>Name the reading profile the run belongs to.</source>
        <translation>指定本次运行所属的阅读档案。</translation>
    </message>
    <message>
        <source>openai (any compatible endpoint) or anthropic.</source>
        <translation>openai（任何兼容端点）或 anthropic。</translation>
    </message>
    <message>
        <source>The LLM endpoint&apos;s address.</source>
        <translation>LLM 端点的地址。</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>要询问的模型。</translation>
    </message>
    <message>
        <source>Requests in flight at once.</source>
        <translation>同时进行的请求数。</translation>
    </message>
    <message>
        <source>Papers per request.</source>
        <translation>每次请求的论文数。</translation>
    </message>
    <message>
        <source>Stop before spending more (US dollars).</source>
        <translation>超出该花费前停止（美元）。</translation>
    </message>
    <message>
        <source>Requests per minute the account allows (0: no limit).</source>
        <translation>账户允许的每分钟请求数（0：不限）。</translation>
    </message>
    <message>
        <source>Ask about titles first and skip clear misses.</source>
        <translation>先只询问标题，跳过明显不相关的论文。</translation>
    </message>
    <message>
        <source>Followed authors, one name or s2:ID per line.</source>
        <translation>关注的作者，每行一个姓名或 s2:ID。</translation>
    </message>
    <message>
        <source>Skip the LLM for papers with no author of this h-index (0: off).</source>
        <translation>没有作者达到该 h 指数的论文跳过 LLM（0：关闭）。</translation>
    </message>
    <message>
        <source>Another Semantic Scholar server.</source>
        <translation>另一个 Semantic Scholar 服务器。</translation>
    </message>
    <message>
        <source>Send only this share of the day, best first by the local ranker (0..1).</source>
        <translation>只发送当天的这一比例，按本地排序器从高到低（0..1）。</translation>
    </message>
    <message>
        <source>Send the fewest papers the local ranker expects to hold this share of the relevant ones (0..1).</source>
        <translation>发送本地排序器预计能包含该比例相关论文的最少论文（0..1）。</translation>
    </message>
    <message>
        <source>--date must be a day written YYYY-MM-DD.</source>
        <translation>--date 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--h-cutoff takes an h-index, 0 or more.</source>
        <translation>--h-cutoff 接受 h 指数，0 或更大。</translation>
    </message>
    <message>
        <source>--s2-url must be an https:// address (plain http:// only to this computer).</source>
        <translation>--s2-url 必须是 https:// 地址（仅连接本机时可用 http://）。</translation>
    </message>
    <message>
        <source>No API key for %1: set PAPERSIEVE_API_KEY or save a key in the app&apos;s settings.%2</source>
        <translation>%1 没有 API 密钥：请设置 PAPERSIEVE_API_KEY，或在应用设置中保存密钥。%2</translation>
    </message>
    <message>
        <source>%1: about %2 requests, %3 tokens, %4 (before cached answers are reused)</source>
        <translation>%1：约 %2 次请求，%3 个 token，%4（未计入复用的缓存回答）</translation>
    </message>
    <message>
        <source>%1 requests, %2 tokens, %3</source>
        <translation>%1 次请求，%2 个 token，%3</translation>
    </message>
    <message>
        <source>arXiv announces Monday to Friday; %1 is a %2, so give a weekday.</source>
        <translation>arXiv 在周一至周五发布公告；%1 是%2，请指定一个工作日。</translation>
    </message>
    <message>
        <source>--tpm takes a number of tokens per minute (0: no limit).</source>
        <translation>--tpm 接受每分钟 token 数（0：不限）。</translation>
    </message>
    <message>
        <source>Tokens per minute the account allows, prompt and answer (0: no limit).</source>
        <translation>账户每分钟允许的 token 数，提示与回答合计（0：不限）。</translation>
    </message>
    <message>
        <source>There is no profile named %1; give --criteria FILE to create it.</source>
        <translation>没有名为 %1 的阅读档案；请提供 --criteria 文件来创建它。</translation>
    </message>
    <message>
        <source>There is no profile named %1; give --criteria FILE to create it, or name one of these: %2.</source>
        <translation>没有名为 %1 的阅读档案；请提供 --criteria 文件来创建它，或指定以下之一：%2。</translation>
    </message>
    <message>
        <source>That day is not in the library; fetch it first, or give --categories so that run fetches it.</source>
        <translation>文库中没有这一天；请先获取，或提供 --categories 让 run 自动获取。</translation>
    </message>
    <message>
        <source>The authors file %1 could not be opened; check its path and that you may read it.</source>
        <translation>无法打开作者文件 %1；请检查其路径以及是否有读取权限。</translation>
    </message>
    <message>
        <source>The criteria file %1 could not be opened; check its path and that you may read it.</source>
        <translation>无法打开评判标准文件 %1；请检查其路径以及是否有读取权限。</translation>
    </message>
    <message>
        <source>--title-batch-size takes a number of titles, 1 or more.</source>
        <translation>--title-batch-size 接受标题数量，至少为 1。</translation>
    </message>
    <message>
        <source>--adaptive-threshold takes a number of papers (0: off).</source>
        <translation>--adaptive-threshold 接受论文数量（0：关闭）。</translation>
    </message>
    <message>
        <source>Titles per request of the title pre-filter.</source>
        <translation>标题预筛选每次请求的标题数。</translation>
    </message>
    <message>
        <source>Above this many papers, grow the batch size: N papers give batch-size times ceil(log2(N / threshold) + 1) (0: off).</source>
        <translation>论文数超过此值时增大批量：N 篇论文对应 batch-size 乘以 ceil(log2(N / threshold) + 1)（0：关闭）。</translation>
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
        <translation>  run      用 LLM 为某一天评分（提供 --categories 时先获取）。
           [--date 日期] [--criteria 文件] [--profile 名称]
           [--provider openai|anthropic] [--llm-url URL] [--model 名称]
           [--concurrency N] [--batch-size N] [--budget USD] [--rpm N] [--tpm N]
           [--title-filter] [--title-batch-size N] [--adaptive-threshold N]
           [--authors 文件] [--h-cutoff N] [--s2-url URL]
           [--prefilter 比例 | --min-recall 比例]。
           密钥来自 PAPERSIEVE_API_KEY 或
           系统钥匙串。退出码 5：部分论文失败或超出
           预算；再次运行即可重试。
</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest</name>
    <message>
        <source>This file is not a PaperSieve digest this version can read.</source>
        <translation>此文件不是本版本可读取的 PaperSieve 文摘。</translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; could not be opened.</source>
        <translation>无法打开文摘“%1”。</translation>
    </message>
    <message>
        <source>The digest could not be saved to &quot;%1&quot;; check that the folder exists and that you may write to it.</source>
        <translation>无法将文摘保存到“%1”；请检查该文件夹是否存在以及是否有写入权限。</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::AuthorEnricher</name>
    <message>
        <source>no author with an h-index of %1 or more (highest %2)</source>
        <translation>没有 h 指数达到 %1 的作者（最高为 %2）</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::DayFetcher</name>
    <message>
        <source>Fetching the arXiv feed of %1</source>
        <translation>正在获取 %1 的 arXiv 订阅源</translation>
    </message>
    <message>
        <source>The arXiv feed does not say which day it announces; try again later.</source>
        <translation>arXiv 订阅源未说明其公告的是哪一天；请稍后重试。</translation>
    </message>
    <message>
        <source>arXiv&apos;s feed still shows %1.</source>
        <translation>arXiv 订阅源仍显示 %1。</translation>
    </message>
    <message>
        <source>Fetching %1 for %2 from the arXiv API</source>
        <translation>正在通过 arXiv API 获取 %2 的 %1</translation>
    </message>
    <message>
        <source>The fetch was cancelled.</source>
        <translation>获取已取消。</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::DayScorer</name>
    <message>
        <source>the model sent an empty answer</source>
        <translation>模型返回了空回答</translation>
    </message>
    <message>
        <source>the model&apos;s answer could not be read</source>
        <translation>无法读取模型的回答</translation>
    </message>
    <message>
        <source>the model&apos;s answer was cut off</source>
        <translation>模型的回答被截断</translation>
    </message>
    <message>
        <source>the model gave a score outside 1 to 10</source>
        <translation>模型给出的分数不在 1 到 10 之间</translation>
    </message>
    <message>
        <source>the model&apos;s answer left it out</source>
        <translation>模型的回答遗漏了这篇论文</translation>
    </message>
    <message>
        <source>%1 has no papers in the library; fetch the day first.</source>
        <translation>文库中没有 %1 的论文；请先获取这一天。</translation>
    </message>
    <message>
        <source>judged irrelevant from its title</source>
        <translation>根据标题判定为不相关</translation>
    </message>
    <message>
        <source>No LLM provider is configured.</source>
        <translation>尚未配置 LLM 提供商。</translation>
    </message>
    <message>
        <source>A scoring run is already going on.</source>
        <translation>已有一次评分正在进行。</translation>
    </message>
    <message>
        <source>The price of %1 is unknown, so a budget cannot be kept. Add its price to the price table or run without a budget.</source>
        <translation>%1 的价格未知，因此无法控制预算。请在价格表中添加其价格，或不设预算运行。</translation>
    </message>
    <message>
        <source>the run&apos;s budget was reached</source>
        <translation>已达到本次运行的预算</translation>
    </message>
    <message>
        <source>provider error: %1</source>
        <translation>提供商错误：%1</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::DigestBuilder</name>
    <message>
        <source>%1 is not in the library; fetch it first with &quot;papersieve fetch&quot;.</source>
        <translation>%1 不在文库中；请先用“papersieve fetch”获取。</translation>
    </message>
    <message>
        <source>%1 has no papers (%2), so there is nothing to export; choose a day that &quot;papersieve days&quot; lists with papers.</source>
        <translation>%1 没有论文（%2），因此没有可导出的内容；请选择“papersieve days”列出的有论文的日期。</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::LocalPrefilter</name>
    <message>
        <source>skipped by local ranker</source>
        <translation>被本地排序器跳过</translation>
    </message>
</context>
<context>
    <name>Sieve::Digest::SampleDays</name>
    <message>
        <source>A sample day could not be read.</source>
        <translation>无法读取示例日期。</translation>
    </message>
</context>
<context>
    <name>Sieve::Library</name>
    <message>
        <source>The papers of %1 could not be saved to the library; it still holds what it had before.</source>
        <translation>无法将 %1 的论文保存到文库；文库仍保留原有内容。</translation>
    </message>
    <message>
        <source>A day without a date cannot be saved.</source>
        <translation>无法保存没有日期的一天。</translation>
    </message>
    <message>
        <source>The library could not be opened; check that its folder exists and can be written to.</source>
        <translation>无法打开文库；请检查其文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The library was written by a newer version of PaperSieve and was left unchanged; update PaperSieve to open it.</source>
        <translation>该文库由更新版本的 PaperSieve 写入，未被改动；请更新 PaperSieve 后再打开。</translation>
    </message>
    <message>
        <source>The library is busy or cannot be written to; close other PaperSieve windows, then try again.</source>
        <translation>文库正忙或无法写入；请关闭其他 PaperSieve 窗口后重试。</translation>
    </message>
    <message>
        <source>The library could not save the day; check that the disk is not full, then fetch again.</source>
        <translation>文库无法保存这一天；请检查磁盘是否已满，然后重新获取。</translation>
    </message>
    <message>
        <source>The library could not be upgraded to this version of PaperSieve and was left as it was; keep using the version that wrote it, and report the problem.</source>
        <translation>无法将文库升级到此版本的 PaperSieve，文库保持原样；请继续使用写入它的版本，并报告此问题。</translation>
    </message>
    <message>
        <source>The library could not save the scores; check that the disk is not full.</source>
        <translation>文库无法保存评分；请检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>The file is not a PDF, so it was not kept.</source>
        <translation>该文件不是 PDF，因此未保存。</translation>
    </message>
    <message>
        <source>The PDF arrived incomplete, so it was not kept.</source>
        <translation>PDF 下载不完整，因此未保存。</translation>
    </message>
    <message>
        <source>The PDF folder cannot be created. Check the data folder&apos;s permissions.</source>
        <translation>无法创建 PDF 文件夹。请检查数据文件夹的权限。</translation>
    </message>
    <message>
        <source>The PDF could not be saved. Check the free disk space.</source>
        <translation>无法保存 PDF。请检查可用磁盘空间。</translation>
    </message>
    <message>
        <source>This paper is not in the library.</source>
        <translation>该论文不在文库中。</translation>
    </message>
    <message>
        <source>The library could not save your change.</source>
        <translation>文库无法保存您的更改。</translation>
    </message>
    <message>
        <source>A rating goes from 1 to 5.</source>
        <translation>评分范围为 1 到 5。</translation>
    </message>
</context>
<context>
    <name>Sieve::Library::AuthorStore</name>
    <message>
        <source>The library could not save what Semantic Scholar said.</source>
        <translation>文库无法保存 Semantic Scholar 返回的信息。</translation>
    </message>
    <message>
        <source>The library is busy.</source>
        <translation>文库正忙。</translation>
    </message>
    <message>
        <source>The library could not save.</source>
        <translation>文库无法保存。</translation>
    </message>
</context>
<context>
    <name>Sieve::Library::ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>阅读档案需要一个名称。</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>无法保存阅读档案。</translation>
    </message>
    <message>
        <source>The profile could not be removed.</source>
        <translation>无法删除阅读档案。</translation>
    </message>
    <message>
        <source>The profile could not be renamed.</source>
        <translation>无法重命名该阅读档案。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的阅读档案。</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>已有名为“%1”的阅读档案。</translation>
    </message>
    <message>
        <source>“%1” is the only profile and cannot be deleted.</source>
        <translation>“%1”是唯一的阅读档案，不能删除。</translation>
    </message>
</context>
<context>
    <name>Sieve::Library::RunStore</name>
    <message>
        <source>The price could not be saved.</source>
        <translation>无法保存价格。</translation>
    </message>
    <message>
        <source>The price could not be removed.</source>
        <translation>无法删除价格。</translation>
    </message>
</context>
<context>
    <name>Sieve::Net::Messages</name>
    <message numerus="yes">
        <source>%1 answered with HTTP %2 %n times; try again later.</source>
        <extracomment>%1 is a service such as arXiv, %2 an HTTP status code such as 503</extracomment>
        <translation>
            <numerusform>%1 已 %n 次返回 HTTP %2；请稍后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 asked us to wait %n minutes before the next request; try again later.</source>
        <translation>
            <numerusform>%1 要求在下一次请求前等待 %n 分钟；请稍后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The download from %1 was cancelled.</source>
        <translation>从 %1 的下载已取消。</translation>
    </message>
    <message>
        <source>%1 did not answer in time; check your connection and try again.</source>
        <translation>%1 未及时响应；请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established; check the system&apos;s date and certificates, then try again.</source>
        <translation>无法与 %1 建立安全连接；请检查系统日期和证书，然后重试。</translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere it cannot be followed safely; check its address.</source>
        <translation>%1 将请求重定向到了无法安全跟随的地址；请检查其地址。</translation>
    </message>
    <message>
        <source>%1 could not be reached; check your connection and try again.</source>
        <translation>无法连接 %1；请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP %2; check its address and try again.</source>
        <extracomment>%1 is a service such as arXiv, %2 an HTTP status code such as 404</extracomment>
        <translation>%1 以 HTTP %2 拒绝了请求；请检查其地址后重试。</translation>
    </message>
    <message>
        <source>%1 can only be fetched over a secure connection; give an https:// address.</source>
        <translation>%1 只能通过安全连接获取；请提供 https:// 地址。</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB, more than PaperSieve accepts; check its address.</source>
        <translation>%1 发送的数据超过 %2 MB，超出 PaperSieve 可接受的大小；请检查其地址。</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer was complete; try again in a few minutes.</source>
        <translation>%1 在响应传输完整之前关闭了连接；请几分钟后再试。</translation>
    </message>
</context>
<context>
    <name>Sieve::Platform::Autostart</name>
    <message>
        <source>Starting with the session could not be set up.</source>
        <translation>无法设置随会话启动。</translation>
    </message>
</context>
<context>
    <name>Sieve::Platform::KeychainSecretStore</name>
    <message>
        <source>The system keychain refused access: %1. Unlock it or allow PaperSieve to use it, then try again.</source>
        <translation>系统钥匙串拒绝访问：%1。请解锁钥匙串或允许 PaperSieve 使用它，然后重试。</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1. Keys cannot be stored on this machine until it is.</source>
        <translation>系统钥匙串不可用：%1。在其可用之前，本机无法保存密钥。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1.</source>
        <translation>系统钥匙串出错：%1。</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked and waiting for a password; unlock it and try again.</source>
        <translation>
            <numerusform>系统钥匙串在 %n 秒内没有响应。它可能已锁定并在等待密码；请解锁后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sieve::Ranker::Evaluation</name>
    <message>
        <source>The labels file %1 could not be opened; check its path and that you may read it.</source>
        <translation>无法打开标注文件 %1；请检查其路径以及是否有读取权限。</translation>
    </message>
    <message>
        <source>Line %1 of the labels file is not a JSON object with date, arxiv_id, title, abstract and relevance; fix or remove it.</source>
        <translation>标注文件第 %1 行不是包含 date、arxiv_id、title、abstract 和 relevance 的 JSON 对象；请修正或删除该行。</translation>
    </message>
</context>
<context>
    <name>Sieve::Ranker::LocalRanker</name>
    <message>
        <source>Keywords</source>
        <extracomment>Shown when a paper matched the keyword list of the criteria.</extracomment>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Your ratings</source>
        <extracomment>Shown when a paper resembles the papers the reader rated up.</extracomment>
        <translation>您的评分</translation>
    </message>
</context>
<context>
    <name>Sieve::Scoring</name>
    <message>
        <source>The prompt has no &quot;## Relevant Topics&quot; section. Add your topics under that heading.</source>
        <translation>提示词中没有“## Relevant Topics”一节。请在该标题下添加您的主题。</translation>
    </message>
</context>
<context>
    <name>Sieve::Scoring::Provider</name>
    <message>
        <source>%1 sent an answer that could not be read.</source>
        <translation>%1 返回的回答无法读取。</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP %2); check the key set for this provider.</source>
        <translation>%1 拒绝了 API 密钥（HTTP %2）；请检查为该提供商设置的密钥。</translation>
    </message>
</context>
<context>
    <name>Sieve::Scoring::ProviderJob</name>
    <message>
        <source>No network client is available.</source>
        <translation>没有可用的网络客户端。</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::AppShell</name>
    <message>
        <source>LLM run</source>
        <translation>LLM 运行</translation>
    </message>
    <message>
        <source>&amp;Fetch Latest Papers</source>
        <translation>获取最新论文(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch the newest announcement day of your categories (%1)</source>
        <translation>获取您所关注分类的最新公告日（%1）</translation>
    </message>
    <message>
        <source>Score This Day with the &amp;LLM…</source>
        <translation>用 LLM 为这一天评分(&amp;L)…</translation>
    </message>
    <message>
        <source>Show the run panel: estimate, progress and failures (%1)</source>
        <translation>显示运行面板：估算、进度和失败项（%1）</translation>
    </message>
    <message>
        <source>Edit &amp;Criteria…</source>
        <translation>编辑评判标准(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit what you care about and re-score the day (%1)</source>
        <translation>编辑您关心的内容并重新为这一天评分（%1）</translation>
    </message>
    <message>
        <source>Check for New Papers &amp;Automatically</source>
        <translation>自动检查新论文(&amp;A)</translation>
    </message>
    <message>
        <source>After arXiv announces (20:00 New York time, Sunday to Thursday), fetch and rank the new day once.</source>
        <translation>arXiv 发布公告后（纽约时间 20:00，周日至周四），获取新的一天并排序一次。</translation>
    </message>
    <message>
        <source>Start with the &amp;Session</source>
        <translation>随会话启动(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Show Icon in System &amp;Tray</source>
        <translation>在系统托盘中显示图标(&amp;T)</translation>
    </message>
    <message>
        <source>Choose the categories you follow in the settings first.</source>
        <translation>请先在设置中选择您关注的分类。</translation>
    </message>
    <message>
        <source>Fetched the latest day.</source>
        <translation>已获取最新的一天。</translation>
    </message>
    <message>
        <source>The LLM run was cancelled; the local ranker ordered the day.</source>
        <translation>LLM 运行已取消；当天的论文由本地排序器排序。</translation>
    </message>
    <message numerus="yes">
        <source>The LLM could not score %n paper(s); see the run panel.</source>
        <translation>
            <numerusform>LLM 未能为 %n 篇论文评分；请查看运行面板。</numerusform>
        </translation>
    </message>
    <message>
        <source>The LLM run failed; the local ranker ordered the day.</source>
        <translation>LLM 运行失败；当天的论文由本地排序器排序。</translation>
    </message>
    <message>
        <source>Start &amp;Minimised to the Tray</source>
        <translation>启动时最小化到托盘(&amp;M)</translation>
    </message>
    <message>
        <source>When the session starts PaperSieve, show only its tray icon; the window opens from there.</source>
        <translation>随会话启动 PaperSieve 时只显示托盘图标；可从托盘打开窗口。</translation>
    </message>
    <message>
        <source>Set &amp;Up a Feed…</source>
        <translation>设置订阅(&amp;U)…</translation>
    </message>
    <message>
        <source>Choose categories and criteria, and fetch today&apos;s papers, in one screen</source>
        <translation>在一个界面中选择分类和标准，并获取今天的论文</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::AuthorsPage</name>
    <message>
        <source>A name as papers list it, e.g. Hernández-Lobato, José Miguel; or s2:1741101</source>
        <translation>论文中列出的姓名，例如 Hernández-Lobato, José Miguel；或 s2:1741101</translation>
    </message>
    <message>
        <source>Follo&amp;w:</source>
        <translation>关注(&amp;W)：</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Author</source>
        <extracomment>Column headers of the followed authors: the entry, and how the matcher reads it</extracomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Followed authors</source>
        <translation>关注的作者</translation>
    </message>
    <message>
        <source>&amp;Followed authors:</source>
        <translation>关注的作者(&amp;F)：</translation>
    </message>
    <message>
        <source>Paste Authors</source>
        <translation>粘贴作者</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Add a l&amp;ist…</source>
        <translation>添加列表(&amp;I)…</translation>
    </message>
    <message>
        <source>Paste many authors at once, one per line (Ctrl+V in the list does the same)</source>
        <translation>一次粘贴多位作者，每行一位（在列表中按 Ctrl+V 效果相同）</translation>
    </message>
    <message>
        <source>Skip the LLM for papers without an author of &amp;h-index</source>
        <translation>论文若没有作者达到以下 h 指数则跳过 LLM(&amp;H)：</translation>
    </message>
    <message>
        <source> or more</source>
        <extracomment>After the h-index cutoff: &quot;... an author of h-index [10] or more&quot;</extracomment>
        <translation> 或以上</translation>
    </message>
    <message>
        <source>Least h-index</source>
        <translation>最低 h 指数</translation>
    </message>
    <message>
        <source> of 20</source>
        <extracomment>After the followed-author score: &quot;[20] of 20&quot;</extracomment>
        <translation> / 20</translation>
    </message>
    <message>
        <source>Semantic Scholar API key</source>
        <translation>Semantic Scholar API 密钥</translation>
    </message>
    <message>
        <source>Optional: paste a Semantic Scholar API key</source>
        <translation>可选：粘贴 Semantic Scholar API 密钥</translation>
    </message>
    <message>
        <source>Semantic Scholar is asked in a few requests per day. Papers it does not know yet, or cannot be asked about, go to the LLM as usual; followed authors&apos; papers always do.</source>
        <translation>每天只向 Semantic Scholar 发出少量请求。它尚未收录或无法查询的论文照常交给 LLM；关注作者的论文总会交给 LLM。</translation>
    </message>
    <message>
        <source>Sc&amp;ore of a followed author&apos;s paper:</source>
        <translation>关注作者论文的得分(&amp;O)：</translation>
    </message>
    <message>
        <source>Semantic Scholar API &amp;key:</source>
        <translation>Semantic Scholar API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Optional: Semantic Scholar answers without a key, more slowly when it is busy. The key is kept in the system keychain, never in a file.</source>
        <translation>可选：没有密钥 Semantic Scholar 也会回答，但繁忙时更慢。密钥保存在系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Semantic Scholar author %1, matched once Semantic Scholar knows the paper</source>
        <translation>Semantic Scholar 作者 %1，待 Semantic Scholar 收录该论文后即可匹配</translation>
    </message>
    <message>
        <source>Semantic Scholar author %1, or by name as “%2”</source>
        <translation>Semantic Scholar 作者 %1，或按姓名“%2”匹配</translation>
    </message>
    <message>
        <source>Not a Semantic Scholar id (s2: takes digits); read as the name “%1”</source>
        <translation>不是 Semantic Scholar 编号（s2: 后应为数字）；按姓名“%1”识别</translation>
    </message>
    <message>
        <source>Matches no one: the name has no letters</source>
        <translation>无法匹配任何人：姓名中没有字母</translation>
    </message>
    <message>
        <source>Only an author listed as just “%1”: add a given name or an initial</source>
        <translation>只匹配署名恰好为“%1”的作者：请加上名字或首字母</translation>
    </message>
    <message>
        <source>By name, read as “%1”; accents, initials, order and hyphens may differ</source>
        <translation>按姓名识别为“%1”；重音、首字母、顺序和连字符可以不同</translation>
    </message>
    <message numerus="yes">
        <source>Added %n author(s).</source>
        <translation>
            <numerusform>已添加 %n 位作者。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed.</source>
        <translation>
            <numerusform>%n 位已在关注中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Followed Authors</source>
        <translation>添加关注的作者</translation>
    </message>
    <message>
        <source>One author per line: a name, or s2: and a Semantic Scholar author id. Lines starting with # are skipped.</source>
        <translation>每行一位作者：姓名，或 s2: 加 Semantic Scholar 作者编号。以 # 开头的行会被跳过。</translation>
    </message>
    <message>
        <source>%1 is already followed.</source>
        <translation>%1 已在关注中。</translation>
    </message>
    <message>
        <source>Papers by followed authors rank first with the score below and pass every cutoff and filter.</source>
        <translation>关注作者的论文以下方的得分排在最前，并通过所有阈值和筛选。</translation>
    </message>
    <message>
        <source>Already followed.</source>
        <translation>已在关注中。</translation>
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
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::CategoryPicker</name>
    <message>
        <source>&amp;Find a category:</source>
        <translation>查找分类(&amp;F)：</translation>
    </message>
    <message>
        <source>A code, a subject or a field: cs.LG, machine learning, galaxies</source>
        <translation>代码、学科或领域：cs.LG、machine learning、星系</translation>
    </message>
    <message>
        <source>Find a category</source>
        <translation>查找分类</translation>
    </message>
    <message>
        <source>Matching categories</source>
        <translation>匹配的分类</translation>
    </message>
    <message>
        <source>Space or Enter follows or unfollows the selected category.</source>
        <translation>按空格或 Enter 关注或取消关注所选分类。</translation>
    </message>
    <message>
        <source>F&amp;ollowing:</source>
        <translation>已关注(&amp;O)：</translation>
    </message>
    <message>
        <source>Followed categories</source>
        <translation>已关注的分类</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
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
        <translation>重置列</translation>
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
        <translation>未列出</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评判标准</translation>
    </message>
    <message>
        <source>Start from a preset…</source>
        <extracomment>First entry of the presets list, a prompt rather than a preset</extracomment>
        <translation>从预设开始…</translation>
    </message>
    <message>
        <source>Replace the three texts with a preset; Undo brings yours back.</source>
        <translation>用预设替换这三段文本；撤销可恢复您的文本。</translation>
    </message>
    <message>
        <source>Import prompt file…</source>
        <translation>导入提示词文件…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last change in this text</source>
        <translation>撤销此文本中的上一次更改</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo what was undone in this text</source>
        <translation>重做此文本中已撤销的操作</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>Re-score this day</source>
        <translation>重新为这一天评分</translation>
    </message>
    <message>
        <source>Re-rank the day with the local ranker and the edited criteria. Free and offline; nothing is saved.</source>
        <translation>用本地排序器和编辑后的评判标准重新排序这一天。免费且离线；不会保存任何内容。</translation>
    </message>
    <message>
        <source>Also re-score with the LLM…</source>
        <translation>同时用 LLM 重新评分…</translation>
    </message>
    <message>
        <source>Show what an LLM run with the edited criteria would cost; papers whose answer cannot change are not paid for again.</source>
        <translation>显示用编辑后的评判标准运行 LLM 的费用；回答不会改变的论文不会重复计费。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Save the edited texts to this profile</source>
        <translation>将编辑后的文本保存到此阅读档案</translation>
    </message>
    <message>
        <source>Undo edit</source>
        <translation>撤销编辑</translation>
    </message>
    <message>
        <source>Bring back the texts as they were saved</source>
        <translation>恢复为已保存的文本</translation>
    </message>
    <message>
        <source>Machine learning (the default)</source>
        <translation>机器学习（默认）</translation>
    </message>
    <message>
        <source>Astrophysics: galaxies and dark matter</source>
        <translation>天体物理：星系与暗物质</translation>
    </message>
    <message>
        <source>Preset “%1” loaded. Undo brings your texts back.</source>
        <translation>已载入预设“%1”。撤销可恢复您的文本。</translation>
    </message>
    <message>
        <source>Import a prompt file</source>
        <translation>导入提示词文件</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Imported %1. Undo brings your texts back; Keep saves them.</source>
        <translation>已导入 %1。撤销可恢复您的文本；保留则保存它们。</translation>
    </message>
    <message>
        <source>%1 is not in the library.</source>
        <translation>%1 不在文库中。</translation>
    </message>
    <message>
        <source>Choose a day to re-score first.</source>
        <translation>请先选择要重新评分的日期。</translation>
    </message>
    <message>
        <source>Re-ranking with the local ranker…</source>
        <translation>正在用本地排序器重新排序…</translation>
    </message>
    <message>
        <source>Reading the LLM&apos;s current order…</source>
        <translation>正在读取 LLM 的当前排序…</translation>
    </message>
    <message>
        <source>Check the estimate, then press Start to re-score with the LLM.</source>
        <translation>请查看估算，然后按“开始”用 LLM 重新评分。</translation>
    </message>
    <message>
        <source>Local ranker</source>
        <translation>本地排序器</translation>
    </message>
    <message>
        <source>LLM (before: the local order, the day had no LLM scores)</source>
        <translation>LLM（之前：本地排序，这一天没有 LLM 评分）</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s) moved; %2 entered the top %3 and %4 left it.</source>
        <extracomment>%1 which ranking, %n papers moved, %2 top size, %3 entered, %4 left</extracomment>
        <translation>
            <numerusform>%1：%n 篇论文位置变动；%2 篇进入前 %3，%4 篇跌出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered the top %1</source>
        <translation>进入前 %1</translation>
    </message>
    <message>
        <source>Left the top %1</source>
        <translation>跌出前 %1</translation>
    </message>
    <message>
        <source>Criteria saved. The next runs use them.</source>
        <translation>评判标准已保存。之后的运行将使用它们。</translation>
    </message>
    <message>
        <source>Edit the criteria, then press “Re-score this day” to see how each paper of the day moves. Nothing is saved until you press Keep.</source>
        <translation>编辑标准后，按“重新为这一天评分”即可查看当天每篇论文的位置变化。按“保留”之前不会保存任何内容。</translation>
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
            <numerusform>%n 篇论文</numerusform>
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
            <numerusform>%n 篇相关</numerusform>
        </translation>
    </message>
    <message>
        <source>No announcement</source>
        <translation>无公告</translation>
    </message>
    <message>
        <source>Not announced yet</source>
        <translation>尚未公告</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1
arXiv had not announced this day yet; it is checked again later.</source>
        <extracomment>Tool tip of a day whose feed still showed the previous day</extracomment>
        <translation>%1
arXiv 尚未公告这一天；稍后会再次检查。</translation>
    </message>
    <message>
        <source>%1
Fetching failed: %2</source>
        <translation>%1
获取失败：%2</translation>
    </message>
    <message>
        <source>scored</source>
        <extracomment>A day the LLM scored</extracomment>
        <translation>已评分</translation>
    </message>
    <message>
        <source>sample</source>
        <extracomment>A bundled example day, shown before the reader has fetched their own</extracomment>
        <translation>示例</translation>
    </message>
    <message>
        <source>unscored</source>
        <extracomment>A day only the local ranker ranked</extracomment>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <extracomment>The button of a desktop notification that opens the paper it names</extracomment>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::InlineMessage</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::KeyField</name>
    <message>
        <source>Paste the API key</source>
        <translation>粘贴 API 密钥</translation>
    </message>
    <message>
        <source>Kept only in the system keychain.</source>
        <translation>仅保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>&amp;Save key to the system keychain</source>
        <translation>将密钥保存到系统钥匙串(&amp;S)</translation>
    </message>
    <message>
        <source>Remo&amp;ve key</source>
        <translation>删除密钥(&amp;V)</translation>
    </message>
    <message>
        <source>Talking to the system keychain</source>
        <translation>正在与系统钥匙串通信</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>正在将密钥保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>密钥已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>正在从系统钥匙串中删除密钥…</translation>
    </message>
    <message>
        <source>The key was removed from the system keychain.</source>
        <translation>密钥已从系统钥匙串中删除。</translation>
    </message>
    <message>
        <source>No system keychain available</source>
        <translation>没有可用的系统钥匙串</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>正在检查系统钥匙串…</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>已保存在系统钥匙串中</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::MainWindow</name>
    <message>
        <source>%1 topic “%2”</source>
        <extracomment>A topic of the reader&apos;s criteria that a paper matched, with its weight</extracomment>
        <translation>%1 主题“%2”</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tool tip followed by the action&apos;s keyboard shortcut, e.g. &quot;Star this paper (S)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>PaperSieve</source>
        <translation>PaperSieve</translation>
    </message>
    <message>
        <source>Ranking the papers of %1…</source>
        <translation>正在为 %1 的论文排序…</translation>
    </message>
    <message>
        <source>The papers of this day could not be read from the library.</source>
        <translation>无法从文库读取这一天的论文。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>阅读档案：</translation>
    </message>
    <message>
        <source>The reading profile whose criteria rank the papers</source>
        <translation>用其评判标准为论文排序的阅读档案</translation>
    </message>
    <message>
        <source>Filter this day — Enter searches the library</source>
        <translation>筛选这一天——按 Enter 搜索整个文库</translation>
    </message>
    <message>
        <source>Whole Library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <source>Search every stored day instead of filtering this one (Enter in the search box)</source>
        <translation>搜索所有已保存的日期，而不是筛选这一天（在搜索框中按 Enter）</translation>
    </message>
    <message>
        <source>Offline — fetching and LLM scoring need the network</source>
        <translation>离线——获取和 LLM 评分需要网络</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Next Paper</source>
        <translation>下一篇论文(&amp;N)</translation>
    </message>
    <message>
        <source>Select the next paper</source>
        <translation>选择下一篇论文</translation>
    </message>
    <message>
        <source>&amp;Previous Paper</source>
        <translation>上一篇论文(&amp;P)</translation>
    </message>
    <message>
        <source>Select the previous paper</source>
        <translation>选择上一篇论文</translation>
    </message>
    <message>
        <source>&amp;Go to Its Day</source>
        <translation>转到其所在日期(&amp;G)</translation>
    </message>
    <message>
        <source>Show the day of the paper found in the library</source>
        <translation>显示在文库中找到的论文所在的日期</translation>
    </message>
    <message>
        <source>N&amp;ewer Day</source>
        <translation>较新的一天(&amp;E)</translation>
    </message>
    <message>
        <source>Show the day after this one</source>
        <translation>显示这一天的后一天</translation>
    </message>
    <message>
        <source>&amp;Older Day</source>
        <translation>较早的一天(&amp;O)</translation>
    </message>
    <message>
        <source>Show the day before this one</source>
        <translation>显示这一天的前一天</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>论文(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <source>Read the PDF in PaperSieve</source>
        <translation>在 PaperSieve 中阅读 PDF</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>加星标(&amp;S)</translation>
    </message>
    <message>
        <source>Star or unstar this paper</source>
        <translation>为这篇论文添加或取消星标</translation>
    </message>
    <message>
        <source>&amp;Mark Read</source>
        <translation>标为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Mark this paper read or unread</source>
        <translation>将这篇论文标为已读或未读</translation>
    </message>
    <message>
        <source>Rate &amp;Up</source>
        <translation>好评(&amp;U)</translation>
    </message>
    <message>
        <source>More papers like this one</source>
        <translation>推荐更多类似的论文</translation>
    </message>
    <message>
        <source>Rate &amp;Down</source>
        <translation>差评(&amp;D)</translation>
    </message>
    <message>
        <source>Fewer papers like this one</source>
        <translation>减少类似的论文</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on this paper</source>
        <translation>为这篇论文写笔记</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter this day&apos;s papers</source>
        <translation>筛选这一天的论文</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Show every paper of the day again</source>
        <translation>重新显示这一天的所有论文</translation>
    </message>
    <message>
        <source>&amp;Ranking Order</source>
        <translation>按排序顺序(&amp;R)</translation>
    </message>
    <message>
        <source>Sort the papers as the ranking does</source>
        <translation>按排序结果排列论文</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>正在打开文库…</translation>
    </message>
    <message>
        <source>No day is stored yet.</source>
        <translation>尚未保存任何日期。</translation>
    </message>
    <message>
        <source>Nothing in the library matches “%1”.</source>
        <translation>文库中没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>Relevance %1/10 · novelty %2/10</source>
        <translation>相关性 %1/10 · 新颖性 %2/10</translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation>未评分：%1</translation>
    </message>
    <message>
        <source>Not sent to the LLM: %1</source>
        <translation>未发送给 LLM：%1</translation>
    </message>
    <message numerus="yes">
        <source>Rank %1 of %n</source>
        <translation>
            <numerusform>第 %1 名，共 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in the whole library for “%1”</source>
        <translation>
            <numerusform>在整个文库中找到 %n 条“%1”的结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relevant</source>
        <translation>
            <numerusform>%n 篇相关</numerusform>
        </translation>
    </message>
    <message>
        <source>scored by %1</source>
        <translation>由 %1 评分</translation>
    </message>
    <message>
        <source>ranked by the local ranker</source>
        <translation>由本地排序器排序</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <extracomment>Appended to the day&apos;s summary while a filter narrows the list</extracomment>
        <translation>
            <numerusform> · 显示 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>No paper of this day matches “%1”. Press Enter to search the whole library.</source>
        <translation>这一天没有与“%1”匹配的论文。按 Enter 搜索整个文库。</translation>
    </message>
    <message>
        <source>Starred.</source>
        <translation>已加星标。</translation>
    </message>
    <message>
        <source>Star removed.</source>
        <translation>已取消星标。</translation>
    </message>
    <message>
        <source>Marked read.</source>
        <translation>已标为已读。</translation>
    </message>
    <message>
        <source>Marked unread.</source>
        <translation>已标为未读。</translation>
    </message>
    <message>
        <source>Rated %1/5.</source>
        <translation>已评分 %1/5。</translation>
    </message>
    <message>
        <source>Not &amp;Interested</source>
        <translation>不感兴趣(&amp;I)</translation>
    </message>
    <message>
        <source>Far fewer papers like this one; again to take it back</source>
        <translation>大幅减少类似的论文；再按一次即可撤销</translation>
    </message>
    <message>
        <source>Score with the &amp;LLM</source>
        <translation>用 LLM 评分(&amp;L)</translation>
    </message>
    <message>
        <source>Send the chosen papers that skipped the LLM to it after all</source>
        <translation>仍将所选的已跳过论文发送给 LLM</translation>
    </message>
    <message>
        <source>Not interested: fewer papers like this one.</source>
        <translation>不感兴趣：减少类似的论文。</translation>
    </message>
    <message>
        <source>No longer marked not interested.</source>
        <translation>已取消“不感兴趣”标记。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>阅读档案</translation>
    </message>
    <message>
        <source>Make, rename, duplicate or delete reading profiles</source>
        <translation>新建、重命名、复制或删除阅读档案</translation>
    </message>
    <message>
        <source>Set Up Your Feed…</source>
        <translation>设置您的订阅…</translation>
    </message>
    <message>
        <source>Choose your categories and criteria in one screen, then fetch today&apos;s papers</source>
        <translation>在一个界面中选择分类和评判标准，然后获取今天的论文</translation>
    </message>
    <message>
        <source>Open PDF in System &amp;Viewer</source>
        <translation>在系统查看器中打开 PDF(&amp;V)</translation>
    </message>
    <message>
        <source>Download the PDF if needed and open it in your PDF viewer</source>
        <translation>如有需要先下载 PDF，然后在您的 PDF 查看器中打开</translation>
    </message>
    <message>
        <source>These are sample days from arXiv, ranked offline by the local ranker. Set up your own feed: your categories and what you care about, in one screen.</source>
        <translation>这些是来自 arXiv 的示例日期，由本地排序器离线排序。设置您自己的订阅：您的分类和您关心的内容，只需一个界面。</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>列(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::NoteEditor</name>
    <message>
        <source>Your note on this paper (N)</source>
        <translation>您对这篇论文的笔记（N）</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::PaperTableModel</name>
    <message>
        <source>%1 et al.</source>
        <extracomment>The first authors of a paper with more, e.g. &quot;A. Smith, B. Jones et al.&quot;</extracomment>
        <translation>%1 等</translation>
    </message>
    <message>
        <source>The local ranker&apos;s score: the LLM did not score this day</source>
        <translation>本地排序器的分数：LLM 未为这一天评分</translation>
    </message>
    <message>
        <source>Relevance plus novelty, as the LLM judged them</source>
        <translation>LLM 判断的相关性加新颖性</translation>
    </message>
    <message>
        <source>◆ Followed author: %1</source>
        <translation>◆ 关注的作者：%1</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 已加星标</translation>
    </message>
    <message>
        <source>Rated %1/5</source>
        <translation>已评分 %1/5</translation>
    </message>
    <message>
        <source>✎ Has a note</source>
        <translation>✎ 有笔记</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ 已读</translation>
    </message>
    <message>
        <source>⚠ Not scored: %1</source>
        <translation>⚠ 未评分：%1</translation>
    </message>
    <message>
        <source>↷ Not sent to the LLM: %1</source>
        <translation>↷ 未发送给 LLM：%1</translation>
    </message>
    <message>
        <source>Position in the ranked list; sort by it to get the ranking back</source>
        <translation>在排序列表中的位置；按此列排序可恢复排序结果</translation>
    </message>
    <message>
        <source>Relevance plus novelty, or the local ranker&apos;s score on unscored days</source>
        <translation>相关性加新颖性；未评分的日期显示本地排序器的分数</translation>
    </message>
    <message>
        <source>Followed author, star, rating, note, read, not scored</source>
        <translation>关注的作者、星标、评分、笔记、已读、未评分</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column header: position in the ranked list</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Rel</source>
        <extracomment>Column header, short for relevance (0 to 10)</extracomment>
        <translation>相关</translation>
    </message>
    <message>
        <source>Nov</source>
        <extracomment>Column header, short for novelty (0 to 10)</extracomment>
        <translation>新颖</translation>
    </message>
    <message>
        <source>Local</source>
        <extracomment>Column header: the local ranker&apos;s score</extracomment>
        <translation>本地</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Marks</source>
        <extracomment>Column header: the paper&apos;s marks (star, rating, read…)</extracomment>
        <translation>标记</translation>
    </message>
    <message>
        <source>⊘ Not interested</source>
        <translation>⊘ 不感兴趣</translation>
    </message>
    <message>
        <source>The local ranker&apos;s score; it ranks this paper #%1 of the day</source>
        <extracomment>Tool tip of the local ranker&apos;s score; %1 is the paper&apos;s place in the local ranking</extracomment>
        <translation>本地排序器的得分；它将这篇论文排在当天第 %1 位</translation>
    </message>
    <message>
        <source>Score given by the local ranker, which works offline; higher is more relevant</source>
        <translation>本地排序器给出的得分，离线可用；越高越相关</translation>
    </message>
    <message>
        <source>Rank</source>
        <extracomment>Column name in the header&apos;s menu: position in the ranked list</extracomment>
        <translation>排名</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>新颖性</translation>
    </message>
    <message>
        <source>Local Score</source>
        <extracomment>Column name in the header&apos;s menu: the local ranker&apos;s score</extracomment>
        <translation>本地分数</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::PdfOpener</name>
    <message>
        <source>Getting the PDF of %1…</source>
        <translation>正在获取 %1 的 PDF…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Title of the PDF window: the arXiv id, then the paper&apos;s title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Downloading the PDF: %1 %</source>
        <translation>正在下载 PDF：%1 %</translation>
    </message>
    <message>
        <source>Downloading the PDF: %1</source>
        <translation>正在下载 PDF：%1</translation>
    </message>
    <message>
        <source>Opened the PDF in your PDF viewer.</source>
        <translation>已在您的 PDF 查看器中打开该 PDF。</translation>
    </message>
    <message>
        <source>No program opened the PDF; it is kept at %1.</source>
        <translation>没有程序打开该 PDF；它保存在 %1。</translation>
    </message>
    <message>
        <source>You are offline and this PDF was never opened before; it opens once the network is back.</source>
        <translation>您处于离线状态，且此 PDF 从未打开过；网络恢复后即可打开。</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::PdfViewer</name>
    <message>
        <source>The PDF file is missing. Open the paper again to download it.</source>
        <translation>PDF 文件缺失。请重新打开论文以下载。</translation>
    </message>
    <message>
        <source>This PDF is protected and cannot be shown here. Open it in the browser instead.</source>
        <translation>此 PDF 受保护，无法在此显示。请改在浏览器中打开。</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF. Open the paper in the browser instead.</source>
        <translation>无法将此文件读取为 PDF。请改在浏览器中打开论文。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Open in System Viewer</source>
        <translation>在系统查看器中打开</translation>
    </message>
    <message>
        <source>Open this PDF in the desktop&apos;s viewer (%1)</source>
        <translation>在桌面的查看器中打开此 PDF（%1）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Downloading the PDF…</source>
        <translation>正在下载 PDF…</translation>
    </message>
    <message>
        <source>%1 of %2 kB</source>
        <translation>%1 / %2 kB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>First Page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <source>Last Page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>The zoom of the PDF&apos;s pages in per cent</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A button&apos;s tool tip: its name, then its keyboard shortcut</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find in this PDF</source>
        <translation>在此 PDF 中查找</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>The match shown of the matches found so far in the PDF</extracomment>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Next Match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Previous Match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::PreviewDocument</name>
    <message>
        <source>★ Starred</source>
        <translation>★ 已加星标</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Rated %1/5</source>
        <translation>已评分 %1/5</translation>
    </message>
    <message>
        <source>No paper selected.</source>
        <translation>未选择论文。</translation>
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
        <translation>本地排序器</translation>
    </message>
    <message>
        <source>◆ Followed author</source>
        <extracomment>The badge of a paper by an author the reader follows</extracomment>
        <translation>◆ 关注的作者</translation>
    </message>
    <message>
        <source>Followed author</source>
        <translation>关注的作者</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::ProfileMenu</name>
    <message>
        <source>&amp;Profiles</source>
        <translation>阅读档案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>新建阅读档案(&amp;N)…</translation>
    </message>
    <message>
        <source>A profile for another field, with its own categories, criteria and ratings</source>
        <translation>为另一个领域建立的阅读档案，有自己的分类、评判标准和评分</translation>
    </message>
    <message>
        <source>&amp;Duplicate “%1”…</source>
        <translation>复制“%1”(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Rename “%1”…</source>
        <translation>重命名“%1”(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete “%1”…</source>
        <translation>删除“%1”(&amp;L)…</translation>
    </message>
    <message>
        <source>Wait until the LLM run of this profile has ended.</source>
        <translation>请等待此阅读档案的 LLM 运行结束。</translation>
    </message>
    <message>
        <source>The only profile cannot be deleted.</source>
        <translation>不能删除唯一的阅读档案。</translation>
    </message>
    <message>
        <source>Made the profile “%1”.</source>
        <translation>已新建阅读档案“%1”。</translation>
    </message>
    <message>
        <source>Made the profile “%1”, a copy of “%2”.</source>
        <translation>已新建阅读档案“%1”，它是“%2”的副本。</translation>
    </message>
    <message>
        <source>Renamed the profile “%1” to “%2”.</source>
        <translation>已将阅读档案“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除阅读档案</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>删除阅读档案“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>The %n rating(s) given under it are deleted with it.</source>
        <translation>
            <numerusform>在其下给出的 %n 个评分将一并删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n LLM run(s) and their scores stay in the library, and so do the papers, your notes and your stars.</source>
        <translation>
            <numerusform>它的 %n 次 LLM 运行及其分数会保留在文库中，论文、您的笔记和星标也会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleted the profile “%1”.</source>
        <translation>已删除阅读档案“%1”。</translation>
    </message>
    <message>
        <source>The papers, your notes and your stars stay in the library.</source>
        <translation>论文、您的笔记和星标会保留在文库中。</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::ProfileNameDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>新建阅读档案</translation>
    </message>
    <message>
        <source>e.g. Machine learning</source>
        <translation>例如：机器学习</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>A copy of “%1”</source>
        <translation>“%1”的副本</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>起点(&amp;S)：</translation>
    </message>
    <message>
        <source>A preset brings its criteria and suggested categories; a copy brings everything of the profile, its ratings too. The settings open next, for the categories and criteria of the new profile.</source>
        <translation>预设带来其评判标准和建议的分类；副本带来该阅读档案的一切，包括评分。随后会打开设置，用于选择新阅读档案的分类和评判标准。</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>复制阅读档案</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The suggested name of a copy of a profile</extracomment>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>The copy starts with the categories, criteria, settings and ratings of “%1”; from then on each profile learns on its own.</source>
        <translation>副本以“%1”的分类、评判标准、设置和评分为起点；此后每个阅读档案各自学习。</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>重命名阅读档案</translation>
    </message>
    <message>
        <source>Its ratings, runs and scheduled days keep going with it.</source>
        <translation>它的评分、运行记录和计划的日期都会随之保留。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::RunPanel</name>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>An amount in US dollars, e.g. $0.0123</extracomment>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop now; answers already received are kept and a later start continues from there.</source>
        <translation>立即停止；已收到的回答会保留，之后再次开始时从此处继续。</translation>
    </message>
    <message>
        <source>%v of %m papers</source>
        <extracomment>Progress of a stage of a scoring run: papers settled of all papers</extracomment>
        <translation>%v / %m 篇论文</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ask again for the failed papers only</source>
        <translation>只为失败的论文重新询问</translation>
    </message>
    <message>
        <source>Show papers</source>
        <translation>显示论文</translation>
    </message>
    <message>
        <source>Set up a provider…</source>
        <translation>设置提供商…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Start a scoring run again where a cancelled or interrupted one stopped</extracomment>
        <translation>继续</translation>
    </message>
    <message>
        <source>no day chosen</source>
        <translation>未选择日期</translation>
    </message>
    <message>
        <source>LLM scoring · %1</source>
        <translation>LLM 评分 · %1</translation>
    </message>
    <message>
        <source>LLM scoring · %1 · %2</source>
        <translation>LLM 评分 · %1 · %2</translation>
    </message>
    <message>
        <source>Choose a day to score.</source>
        <translation>请选择要评分的日期。</translation>
    </message>
    <message numerus="yes">
        <source>All %n paper(s) are answered by earlier runs under these criteria: starting costs nothing.</source>
        <translation>
            <numerusform>全部 %n 篇论文已由先前在这些评判标准下的运行作答：开始不产生费用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n request(s) to send: %1, %2.</source>
        <extracomment>%n requests to send, %1 tokens, %2 the cost in dollars or &quot;cost unknown&quot;</extracomment>
        <translation>
            <numerusform>约需发送 %n 次请求：%1，%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) already answered by earlier runs cost nothing.</source>
        <translation>
            <numerusform>%n 篇已由先前运行作答的论文不产生费用。</numerusform>
        </translation>
    </message>
    <message>
        <source>No LLM provider is set up, so this day is ranked by the local ranker only. Add a provider and its key to score it with an LLM.</source>
        <translation>尚未设置 LLM 提供商，因此这一天仅由本地排序器排序。添加提供商及其密钥即可用 LLM 评分。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 次请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %1 of %n paper(s) settled. Their answers are kept: Start continues where the run stopped.</source>
        <translation>
            <numerusform>已取消，%n 篇论文中已完成 %1 篇。它们的回答会保留：“开始”将从运行停止处继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 scored, %n failed (%2).</source>
        <extracomment>%1 papers scored, %n papers failed, %2 the most common reason</extracomment>
        <translation>
            <numerusform>已评分 %1 篇，失败 %n 篇（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 scored; the budget ran out before %n paper(s).</source>
        <translation>
            <numerusform>已评分 %1 篇；预算在剩余 %n 篇论文之前用完。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paper(s) scored.</source>
        <translation>
            <numerusform>全部 %n 篇论文已评分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n paper(s) settled: %1 scored, %2 from earlier answers.</source>
        <translation>
            <numerusform>全部 %n 篇论文已完成：评分 %1 篇，%2 篇来自先前的回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n failed paper(s)</source>
        <translation>
            <numerusform>显示 %n 篇失败的论文</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the authors…</source>
        <translation>正在检查作者…</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) by followed authors</source>
        <translation>
            <numerusform>%n 篇论文来自关注的作者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n looked up on Semantic Scholar</source>
        <translation>
            <numerusform>%n 篇已在 Semantic Scholar 查询</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped by the h-index filter</source>
        <translation>
            <numerusform>%n 篇被 h 指数筛选跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>Authors: %1.</source>
        <extracomment>The author stage&apos;s counts, e.g. &quot;Authors: 2 papers by followed authors · 40 looked up…&quot;</extracomment>
        <translation>作者：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) not looked up on Semantic Scholar; the h-index filter let them through.</source>
        <translation>
            <numerusform>%n 篇论文未在 Semantic Scholar 查询；h 指数筛选已放行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It did not answer for %n of them; a later run asks again.</source>
        <translation>
            <numerusform>其中 %n 篇未得到回应；之后的运行会再次查询。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking the day locally…</source>
        <translation>正在本地为这一天排序…</translation>
    </message>
    <message numerus="yes">
        <source>Chosen: %n paper(s) that skipped the LLM.</source>
        <extracomment>The papers the reader chose in the list to send to the LLM after a filter skipped them</extracomment>
        <translation>
            <numerusform>已选择：%n 篇被跳过的论文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This day was not scored with these settings yet: Start scores the whole day, the %n chosen paper(s) included.</source>
        <translation>
            <numerusform>这一天尚未用这些设置评分：“开始”将为整天评分，包括所选的 %n 篇论文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to the LLM:</source>
        <translation>发送给 LLM：</translation>
    </message>
    <message>
        <source>Every paper</source>
        <extracomment>What a run sends to the LLM: every paper of the day</extracomment>
        <translation>全部论文</translation>
    </message>
    <message>
        <source>The local ranker&apos;s best</source>
        <extracomment>What a run sends to the LLM: the local ranker&apos;s best share of the day, e.g. 50 %</extracomment>
        <translation>本地排序器排名靠前的</translation>
    </message>
    <message>
        <source>Enough papers for a recall of</source>
        <extracomment>What a run sends to the LLM: the fewest papers expected to hold this share of the day&apos;s relevant ones, e.g. 95 %</extracomment>
        <translation>足以达到以下召回率的论文</translation>
    </message>
    <message>
        <source>The local ranker decides which papers are worth LLM tokens. The others are listed as skipped by the local ranker and can still be scored one by one. Papers by followed authors are always sent. The choice is kept with the profile.</source>
        <translation>本地排序器决定哪些论文值得花费 LLM 令牌。其余论文标记为被本地排序器跳过，仍可逐篇评分。关注作者的论文总会发送。该选择随阅读档案保存。</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Of the day&apos;s relevant papers, the share expected among those sent</source>
        <translation>当天的相关论文中，预计包含在已发送论文中的比例</translation>
    </message>
    <message>
        <source>The share of the day sent, best first</source>
        <translation>发送的当天论文比例，从最好的开始</translation>
    </message>
    <message>
        <source>The day could not be ranked locally for this profile. Choose the profile in the window, then start again.</source>
        <translation>无法为此阅读档案在本地对这一天排序。请在窗口中选择该阅读档案，然后重新开始。</translation>
    </message>
    <message numerus="yes">
        <source>Local ranker: %1 of %n paper(s) go to the LLM, expected to hold about %2 % of the relevant ones.</source>
        <extracomment>%1 papers sent of %n, %2 the expected share of the relevant papers among them in percent</extracomment>
        <translation>
            <numerusform>本地排序器：%n 篇论文中有 %1 篇发送给 LLM，预计包含约 %2% 的相关论文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Authors</source>
        <extracomment>A stage of a scoring run: looking up the papers&apos; authors on Semantic Scholar</extracomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Followed authors and the h-index filter</source>
        <translation>关注的作者和 h 指数筛选</translation>
    </message>
    <message>
        <source>Titles</source>
        <extracomment>A stage of a scoring run: the LLM judges the papers by their titles first</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Papers the LLM judged by their titles first</source>
        <translation>LLM 先按标题判断的论文</translation>
    </message>
    <message>
        <source>Abstracts</source>
        <extracomment>A stage of a scoring run: the LLM scores the papers from their abstracts</extracomment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Papers the LLM scored from their abstracts</source>
        <translation>LLM 根据摘要评分的论文</translation>
    </message>
    <message>
        <source>nothing to ask</source>
        <translation>无需询问</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The author stage of a scoring run was cancelled</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>The author stage of a scoring run has ended</extracomment>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::SettingsDialog</name>
    <message>
        <source>Set up PaperSieve</source>
        <translation>设置 PaperSieve</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>阅读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>评判标准(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;LLM</source>
        <translation>LLM(&amp;L)</translation>
    </message>
    <message>
        <source>Librar&amp;y</source>
        <translation>文库(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <source>The library is not open, so categories and criteria cannot be saved now.</source>
        <translation>文库未打开，因此现在无法保存分类和评判标准。</translation>
    </message>
    <message>
        <source>Listings to keep</source>
        <translation>要保留的列表</translation>
    </message>
    <message>
        <source>&amp;New papers</source>
        <translation>新论文(&amp;N)</translation>
    </message>
    <message>
        <source>Cross-lis&amp;ts from other categories</source>
        <translation>来自其他分类的交叉列表(&amp;T)</translation>
    </message>
    <message>
        <source>R&amp;eplacements (new versions)</source>
        <translation>替换（新版本）(&amp;E)</translation>
    </message>
    <message>
        <source>Replaced cross-l&amp;ists</source>
        <translation>被替换的交叉列表(&amp;I)</translation>
    </message>
    <message>
        <source>Only papers whose &amp;primary category I follow</source>
        <translation>仅限主分类为我所关注分类的论文(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>起点(&amp;S)：</translation>
    </message>
    <message>
        <source>Your own criteria</source>
        <extracomment>Shown in the preset chooser when the criteria are the reader&apos;s own</extracomment>
        <translation>您自己的评判标准</translation>
    </message>
    <message>
        <source>&amp;Use preset</source>
        <translation>使用预设(&amp;U)</translation>
    </message>
    <message>
        <source>Replaces the criteria below with the preset (Undo brings them back).</source>
        <translation>用预设替换下方的评判标准（撤销可恢复）。</translation>
    </message>
    <message>
        <source>&amp;Import prompt file…</source>
        <translation>导入提示词文件(&amp;I)…</translation>
    </message>
    <message>
        <source>What you care about, in plain &amp;words:</source>
        <translation>用通俗的语言描述您关心的内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评判标准</translation>
    </message>
    <message>
        <source>Number your topics and give each a Relevant and an Irrelevant line; the local ranker and the LLM both read them.</source>
        <translation>为您的主题编号，并为每个主题写一行 Relevant 和一行 Irrelevant；本地排序器和 LLM 都会读取它们。</translation>
    </message>
    <message>
        <source>OpenAI or a compatible endpoint</source>
        <translation>OpenAI 或兼容端点</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> 个并发</translation>
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
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Co&amp;ncurrency:</source>
        <translation>并发数(&amp;N)：</translation>
    </message>
    <message>
        <source>B&amp;udget per run:</source>
        <translation>每次运行预算(&amp;U)：</translation>
    </message>
    <message>
        <source>Requests per m&amp;inute:</source>
        <translation>每分钟请求数(&amp;I)：</translation>
    </message>
    <message>
        <source>Without a key, papers are ranked by the local ranker only. The key is kept in the system keychain, never in a file.</source>
        <translation>没有密钥时，论文仅由本地排序器排序。密钥保存在系统钥匙串中，从不写入文件。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Prices in US dollars per million tokens</source>
        <translation>价格，单位为美元/百万 token</translation>
    </message>
    <message>
        <source>&amp;Add model</source>
        <translation>添加模型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove model</source>
        <translation>删除模型(&amp;R)</translation>
    </message>
    <message>
        <source>US dollars per million tokens. A model missing here is shown as &quot;cost unknown&quot; and cannot be given a budget.</source>
        <translation>单位为美元/百万 token。此处缺少的模型显示为“费用未知”，且无法为其设置预算。</translation>
    </message>
    <message>
        <source>The price of %1 is not a number of dollars.</source>
        <translation>%1 的价格不是有效的美元金额。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Keep no PDFs</source>
        <extracomment>PDF cache limit 0</extracomment>
        <translation>不保留 PDF</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Leave empty for the default. A new folder is used from the next start; the current library is not moved.</source>
        <translation>留空则使用默认位置。新文件夹从下次启动起生效；当前文库不会被移动。</translation>
    </message>
    <message>
        <source>&amp;PDF cache limit:</source>
        <translation>PDF 缓存上限(&amp;P)：</translation>
    </message>
    <message>
        <source>The settings could not be written to %1. Check that the folder is writable.</source>
        <translation>无法将设置写入 %1。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Import a prompt file</source>
        <translation>导入提示词文件</translation>
    </message>
    <message>
        <source>Markdown or text (*.md *.txt);;All (*)</source>
        <translation>Markdown 或文本 (*.md *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Imported the criteria of %1. OK keeps them.</source>
        <translation>已导入 %1 中的评判标准。按“确定”保留。</translation>
    </message>
    <message>
        <source>Plain http:// would send your key unencrypted. Use an https:// address; http:// is only allowed for this computer (localhost).</source>
        <translation>使用 http:// 会以未加密方式发送您的密钥。请使用 https:// 地址；http:// 仅允许用于本机（localhost）。</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, for example %1.</source>
        <translation>请输入以 https:// 开头的网址，例如 %1。</translation>
    </message>
    <message>
        <source>Paste the provider&apos;s API key</source>
        <translation>粘贴提供商的 API 密钥</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The language choice that follows the system&apos;s language</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>The language applies at the next start.</source>
        <translation>语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation>每分钟令牌数(&amp;T)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>At once</source>
        <extracomment>Mark-read delay 0: a paper counts as read as soon as it is selected</extracomment>
        <translation>立即</translation>
    </message>
    <message>
        <source>Mark as read af&amp;ter:</source>
        <translation>标记为已读的延迟(&amp;T)：</translation>
    </message>
    <message>
        <source>How long a paper stays selected before it counts as read.</source>
        <translation>论文被选中多久后才算已读。</translation>
    </message>
    <message>
        <source>Set up PaperSieve · profile “%1”</source>
        <extracomment>The settings window&apos;s title; %1 is the reading profile whose categories and criteria it edits</extracomment>
        <translation>设置 PaperSieve · 阅读档案“%1”</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::SetupDialog</name>
    <message>
        <source>Set Up Your Feed</source>
        <translation>设置您的订阅</translation>
    </message>
    <message>
        <source>Three questions, and today&apos;s papers of your field are listed and ranked for you. Everything here can be changed later in Tools › Settings.</source>
        <translation>回答三个问题，即可列出并排序您所在领域今天的论文。这里的一切以后都可以在“工具 › 设置”中更改。</translation>
    </message>
    <message>
        <source>1. The categories you follow</source>
        <translation>1. 您关注的分类</translation>
    </message>
    <message>
        <source>2. What you care about</source>
        <translation>2. 您关心的内容</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>起点(&amp;S)：</translation>
    </message>
    <message>
        <source>Your own criteria</source>
        <extracomment>Shown in the preset chooser when the criteria are the reader&apos;s own</extracomment>
        <translation>您自己的评判标准</translation>
    </message>
    <message>
        <source>Then say it in your own &amp;words:</source>
        <translation>然后用您自己的话描述(&amp;W)：</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>评判标准</translation>
    </message>
    <message>
        <source>Each numbered topic has a Relevant and an Irrelevant line; the local ranker and the LLM both read them.</source>
        <translation>每个编号主题都有一行“Relevant”和一行“Irrelevant”；本地排序器和 LLM 都会读取它们。</translation>
    </message>
    <message>
        <source>3. An LLM to score the papers (optional)</source>
        <translation>3. 为论文评分的 LLM（可选）</translation>
    </message>
    <message>
        <source>OpenAI or a compatible endpoint</source>
        <translation>OpenAI 或兼容端点</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Paste the provider&apos;s API key, or leave it empty</source>
        <translation>粘贴提供商的 API 密钥，或留空</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>No key is needed: the local ranker orders the papers on this computer. A key is kept in the system keychain, never in a file; the model, address and limits are in Settings.</source>
        <translation>无需密钥：本地排序器在本机为论文排序。密钥只保存在系统钥匙串中，绝不写入文件；模型、地址和限额在“设置”中。</translation>
    </message>
    <message>
        <source>Follow at least one category and write what you care about.</source>
        <translation>请至少关注一个分类，并写下您关心的内容。</translation>
    </message>
    <message>
        <source>The settings could not be written to %1. Check that the folder is writable.</source>
        <translation>无法将设置写入 %1。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Finish and Fetch &amp;Today&apos;s Papers</source>
        <extracomment>Ends the first-start setup: saves it and fetches today&apos;s papers</extracomment>
        <translation>完成并获取今天的论文(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Sieve::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
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
        <translation>显示 PaperSieve(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>PaperSieve: %n unread pick(s)</source>
        <translation>
            <numerusform>PaperSieve：%n 篇未读精选</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing relevant arrived today.</source>
        <translation>今天没有相关的新论文。</translation>
    </message>
    <message numerus="yes">
        <source>%n relevant paper(s) arrived. Best: %1</source>
        <translation>
            <numerusform>收到 %n 篇相关论文。最佳：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>New papers for %1</source>
        <translation>%1 的新论文</translation>
    </message>
</context>
</TS>
