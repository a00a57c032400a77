using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Storage;
using ChatBot.Core.Text;
using ChatBot.Corpus.Limits;
using ChatBot.Corpus.Readers;

namespace ChatBot.Corpus;

/// <summary>
/// Loads every supported file under a folder, recursively, in parallel. A file that cannot be read — malformed,
/// over a limit (size, nesting depth, parse time: <see cref="CorpusOptions"/>), or failing in any other way —
/// becomes a <see cref="RejectedFile"/> with its reason; the rest of the corpus still loads. Files are taken in
/// ordinal path order, so when two files claim the same id the first one wins, every time.
/// </summary>
public sealed class FileCorpusSource(CorpusOptions options, TimeProvider time) : ICorpusSource
{
    private static readonly IArticleReader[] Readers = [new MarkdownArticleReader(), new TextArticleReader(), new HtmlArticleReader()];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The default limits and the system clock.</summary>
    public FileCorpusSource()
        : this(new CorpusOptions(), TimeProvider.System)
    {
    }

    public static IReadOnlyList<string> SupportedExtensions { get; } = [.. Readers.SelectMany(r => r.Extensions)];

    /// <summary>The limits are part of the fingerprint: a file rejected under one limit may load under another.</summary>
    private string LimitsKey => FormattableString.Invariant($"limits {options.MaxFileBytes} {options.MaxNestingDepth} {options.MaxParseTime.Ticks}");

    public async Task<string> ComputeFingerprintAsync(string directory, CancellationToken cancellationToken = default)
    {
        var files = ListFiles(directory);
        var hashes = new string[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), cancellationToken, async (i, ct) =>
        {
            await using var stream = File.OpenRead(files[i].FullPath);
            hashes[i] = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
        });
        return Fingerprint(files.Select((f, i) => (f.RelativePath, hashes[i])).Append(await LexiconHashAsync(directory, cancellationToken)));
    }

    public Task<LexiconDefinition> LoadLexiconAsync(string directory, CancellationToken cancellationToken = default) =>
        LexiconFile.LoadAsync(directory, cancellationToken);

    public async Task<CorpusLoadResult> LoadAsync(string directory, IProgress<CorpusLoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = ListFiles(directory);
        var outcomes = new FileOutcome[files.Count];
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), cancellationToken, async (i, ct) =>
        {
            outcomes[i] = await LoadFileAsync(files[i], ct);
            progress?.Report(new CorpusLoadProgress(Interlocked.Increment(ref done), files.Count));
        });

        var articles = new List<Article>();
        var rejected = new List<RejectedFile>();
        var warnings = new List<RejectedFile>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var outcome in outcomes)
        {
            warnings.AddRange(outcome.Warnings.Select(w => new RejectedFile(outcome.Path, w)));
            if (outcome.Article is not { } article)
            {
                rejected.Add(new RejectedFile(outcome.Path, outcome.Error!));
            }
            else if (seen.TryGetValue(article.Id, out var first))
            {
                rejected.Add(new RejectedFile(outcome.Path, $"duplicate id '{article.Id}' (already loaded from {first})"));
            }
            else
            {
                seen[article.Id] = outcome.Path;
                articles.Add(article);
            }
        }

        var fingerprint = Fingerprint(outcomes.Select(o => (o.Path, o.Hash)).Append(await LexiconHashAsync(directory, cancellationToken)));
        return new CorpusLoadResult(articles, rejected) { Warnings = warnings, Fingerprint = fingerprint };
    }

    private string Fingerprint(IEnumerable<(string RelativePath, string Hash)> files)
    {
        var builder = new StringBuilder(EngineInfo.Version).Append('\n').Append(LimitsKey).Append('\n');
        foreach (var (path, hash) in files)
        {
            builder.Append(path).Append('\t').Append(hash).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())))[..32];
    }

    /// <summary>The lexicon changes how every article is indexed, so its bytes are part of the fingerprint.</summary>
    private static async Task<(string RelativePath, string Hash)> LexiconHashAsync(string directory, CancellationToken cancellationToken)
    {
        var path = LexiconFile.PathIn(directory);
        try
        {
            return (LexiconFile.FileName, File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken))) : "none");
        }
        catch (Exception e) when (FileFailure.Is(e))
        {
            return (LexiconFile.FileName, "unreadable");
        }
    }

    private static List<CorpusFile> ListFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"corpus folder not found: {directory}");
        }

        var root = Path.GetFullPath(directory);
        return [.. Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(path => SupportedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            .Select(path => new CorpusFile(path, Path.GetRelativePath(root, path).Replace('\\', '/')))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)];
    }

    private async Task<FileOutcome> LoadFileAsync(CorpusFile file, CancellationToken cancellationToken)
    {
        var hash = "unreadable";
        try
        {
            await using var stream = File.OpenRead(file.FullPath);
            if (stream.Length > options.MaxFileBytes)
            {
                hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
                return new FileOutcome(file.RelativePath, hash, null, $"the file is {stream.Length:N0} bytes; the limit is {options.MaxFileBytes:N0} (ChatBot:Corpus:MaxFileBytes)", []);
            }

            var bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
            hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var text = Decode(bytes);
            var reader = Readers.First(r => r.Extensions.Contains(Path.GetExtension(file.FullPath).ToLowerInvariant()));
            var parsed = reader.Read(text, new ReadLimits(options.MaxNestingDepth, new ParseBudget(time, options.MaxParseTime)));
            var id = Path.GetFileNameWithoutExtension(file.FullPath);
            var article = ArticleAssembler.Assemble(id, parsed.Metadata, parsed.Blocks, file.RelativePath, hash);
            return article.Blocks.Any(b => b.Kind != BlockKind.Heading)
                ? new FileOutcome(file.RelativePath, hash, article, null, parsed.Warnings)
                : new FileOutcome(file.RelativePath, hash, null, "empty body: the file has no article text", parsed.Warnings);
        }
        catch (CorpusFormatException e)
        {
            return new FileOutcome(file.RelativePath, hash, null, e.Message, []);
        }
        catch (Exception e) when (FileFailure.Is(e) || e is DecoderFallbackException)
        {
            var reason = e is DecoderFallbackException ? "invalid UTF-8: save the file as UTF-8" : $"cannot read the file: {e.Message}";
            return new FileOutcome(file.RelativePath, hash, null, reason, []);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A parser failing on input it cannot handle (Markdig throws ArgumentException past its own depth limit)
            // is this file's problem, never the corpus's: the file is rejected and the rest loads.
            return new FileOutcome(file.RelativePath, hash, null, $"could not be parsed ({e.GetType().Name}: {e.Message.Split('\n')[0].Trim()})", []);
        }
    }

    private static string Decode(byte[] bytes)
    {
        var text = StrictUtf8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private sealed record CorpusFile(string FullPath, string RelativePath);

    private sealed record FileOutcome(string Path, string Hash, Article? Article, string? Error, IReadOnlyList<string> Warnings);
}
