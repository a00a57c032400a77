using ChatBot.Core.Corpus;
using ChatBot.Core.Storage;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Corpus;

/// <summary>
/// Reads the corpus's lexicon file (<c>lexicon.yaml</c> at the top of the corpus folder): a list of alias groups
/// under <c>aliases</c>. A missing file is an empty lexicon; a broken one is reported by line and ignored, so a
/// typo never takes the corpus down.
/// </summary>
public static class LexiconFile
{
    public const string FileName = "lexicon.yaml";

    /// <summary>Lexicon files over this size are refused: a lexicon is a short list written by hand.</summary>
    public const int MaxBytes = 1 << 20;

    public static string PathIn(string directory) => Path.Combine(directory, FileName);

    public static async Task<LexiconDefinition> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        var path = PathIn(directory);
        if (!File.Exists(path))
        {
            return LexiconDefinition.Empty;
        }

        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                return Problem($"the file is {info.Length:N0} bytes; a lexicon may be at most {MaxBytes:N0}");
            }

            return Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (FileFailure.Is(e))
        {
            return Problem($"cannot read the file: {e.Message}");
        }
    }

    public static LexiconDefinition Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return Problem($"line {e.Start.Line}: {e.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return LexiconDefinition.Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Problem("expected 'aliases:' followed by a list of groups");
        }

        var groups = new List<string>();
        foreach (var (key, value) in root.Children)
        {
            if (key is not YamlScalarNode { Value: "aliases" })
            {
                return Problem($"line {key.Start.Line}: unknown key '{key}' (expected 'aliases')");
            }

            if (value is YamlScalarNode { Value: null or "" })
            {
                continue;
            }

            if (value is not YamlSequenceNode list)
            {
                return Problem($"line {value.Start.Line}: 'aliases' must be a list of groups, one per line starting with '- '");
            }

            foreach (var item in list)
            {
                if (item is not YamlScalarNode { Value: { } group } || !group.Contains('|', StringComparison.Ordinal))
                {
                    return Problem($"line {item.Start.Line}: a group is words separated by '|', like \"north korea | dprk\"");
                }

                groups.Add(group);
            }
        }

        return new LexiconDefinition(groups, []);
    }

    private static LexiconDefinition Problem(string reason) => new([], [new RejectedFile(FileName, $"lexicon ignored: {reason}")]);
}
