using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Ingest.Duplicates;
using ChatBot.Ingest.Extraction;
using ChatBot.Ingest.Fetching;
using ChatBot.Ingest.Writing;

namespace ChatBot.Ingest;

/// <summary>
/// Adds one address or file to a corpus folder: fetch (or read) within the limits, extract, refuse duplicates of
/// what the corpus already holds, preview, then write <c>articles/&lt;id&gt;.md</c> in one step so a running
/// bot's reload never sees half a file.
/// </summary>
public sealed class ArticleIngestor(SafeFetcher fetcher, ICorpusSource corpus, IngestOptions options, TimeProvider time)
{
    public async Task<IngestPreview> PreviewAsync(string source, string corpusDirectory, string? id = null, CancellationToken cancellationToken = default) =>
        await PreviewAsync(await ExtractAsync(source, cancellationToken), corpusDirectory, id, cancellationToken);

    /// <summary>A file a moderator uploaded (the console): the same checks as a file on disk, named by its file name.</summary>
    public Task<IngestPreview> PreviewUploadAsync(byte[] bytes, string fileName, string corpusDirectory, CancellationToken cancellationToken = default) =>
        PreviewAsync(ExtractBytes(bytes, Path.GetFileName(fileName), "upload:" + Uri.EscapeDataString(Path.GetFileName(fileName))), corpusDirectory, id: null, cancellationToken);

    private async Task<IngestPreview> PreviewAsync(ExtractedArticle article, string corpusDirectory, string? id, CancellationToken cancellationToken)
    {
        var existing = Directory.Exists(corpusDirectory) ? (await corpus.LoadAsync(corpusDirectory, cancellationToken: cancellationToken)).Articles : [];
        if (DuplicateChecker.FindDuplicate(article, existing) is { } duplicate)
        {
            throw new IngestException($"already in the corpus as {duplicate}") { Lasting = true };
        }

        if (id is not null && !ArticleIds.IsValid(id))
        {
            throw new IngestException($"'{id}' cannot be an article id: use letters, digits, '-', '_' and '.'");
        }

        var taken = existing.Select(a => a.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (id is not null && taken.Contains(id))
        {
            throw new IngestException($"the id '{id}' is already used in the corpus");
        }

        return new IngestPreview(article, id ?? ArticleIds.Propose(article.Title, article.Published, taken.Contains), Warnings(article));
    }

    public async Task<ExtractedArticle> ExtractAsync(string source, CancellationToken cancellationToken = default)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            var fetched = await fetcher.FetchAsync(url, cancellationToken);
            return Extract(fetched.Body, fetched.Kind, fetched.FinalUrl.ToString(), fetched.Charset);
        }

        if (url is { IsFile: false } && !File.Exists(source))
        {
            throw new IngestException($"only http and https addresses can be fetched, not '{source}'");
        }

        if (!File.Exists(source))
        {
            throw new IngestException($"not an http(s) address or an existing file: {source}");
        }

        var info = new FileInfo(source);
        if (info.Length > MaxFileBytes)
        {
            throw new IngestException($"{source} is {info.Length:N0} bytes; the limit is {MaxFileBytes:N0}");
        }

        return ExtractBytes(await File.ReadAllBytesAsync(source, cancellationToken), source, Path.GetFullPath(source));
    }

    /// <summary>The most a file may hold before its kind is known (a PDF's limit; a page or text is held to less below).</summary>
    public long MaxFileBytes => Math.Max(options.MaxHtmlBytes, options.MaxPdfBytes);

    /// <summary>The article in a file's bytes; <paramref name="location"/> is where it came from, as an absolute URI or path.</summary>
    private ExtractedArticle ExtractBytes(byte[] bytes, string name, string location)
    {
        if (bytes.Length > MaxFileBytes)
        {
            throw new IngestException($"{name} is {bytes.Length:N0} bytes; the limit is {MaxFileBytes:N0}");
        }

        var kind = ContentSniffer.FromBytes(bytes) ?? throw new IngestException($"{name} is not a web page, PDF or text file");
        if (kind != ContentKind.Pdf && bytes.Length > options.MaxHtmlBytes)
        {
            throw new IngestException($"{name} is {bytes.Length:N0} bytes; the limit is {options.MaxHtmlBytes:N0}");
        }

        return Extract(bytes, kind, location, charset: null);
    }

    public Task<string> WriteAsync(IngestPreview preview, string corpusDirectory, string addedBy, CancellationToken cancellationToken = default) =>
        WriteToAsync(preview, Path.Combine(corpusDirectory, "articles"), addedBy, cancellationToken);

    /// <summary>Writes the article file into <paramref name="folder"/> (the corpus's articles, or the pending folder).</summary>
    public async Task<string> WriteToAsync(IngestPreview preview, string folder, string addedBy, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, preview.ProposedId + ".md");
        if (File.Exists(path))
        {
            throw new IngestException($"{path} already exists");
        }

        var article = preview.Article with { Warnings = preview.Warnings };
        var temporary = Path.Combine(folder, "." + preview.ProposedId + ".md.tmp");
        await File.WriteAllTextAsync(temporary, CorpusMarkdownWriter.Render(article, addedBy, time.GetUtcNow()), new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, path);
        return path;
    }

    private static ExtractedArticle Extract(byte[] bytes, ContentKind kind, string source, string? charset) => kind switch
    {
        ContentKind.Html => HtmlArticleExtractor.Extract(TextDecoding.Decode(bytes, charset, html: true), new Uri(source)),
        ContentKind.Pdf => PdfArticleExtractor.Extract(bytes, source),
        ContentKind.Text => TextArticleExtractor.Extract(TextDecoding.Decode(bytes, charset, html: false), source),
        _ => throw new IngestException($"{source} is a feed, not an article: add it with 'chatbot corpus feeds add {source}'"),
    };

    private static List<string> Warnings(ExtractedArticle article)
    {
        var warnings = new List<string>(article.Warnings);
        if (article.Published is null)
        {
            warnings.Add("no publication date found");
        }

        if (article.Author is null)
        {
            warnings.Add("no author found");
        }

        if (article.Publisher is null)
        {
            warnings.Add("no publisher found");
        }

        if (article.WordCount < 150)
        {
            warnings.Add($"only {article.WordCount} words: check that the whole article was found");
        }

        return warnings;
    }
}
