using Microsoft.Extensions.Options;

namespace ChatBot.Core.Indexing;

/// <summary>Checks <see cref="CorpusOptions"/> at start-up; each message names the key to fix.</summary>
internal sealed class CorpusOptionsValidator : IValidateOptions<CorpusOptions>
{
    public ValidateOptionsResult Validate(string? name, CorpusOptions options) => ChatBot.Core.ValidatedOptions.Result(Failures(options));

    private static IEnumerable<string> Failures(CorpusOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.Directory))
        {
            yield return "ChatBot:Corpus:Directory must not be empty";
        }

        if (o.MaxFileBytes <= 0)
        {
            yield return "ChatBot:Corpus:MaxFileBytes must be positive";
        }

        if (o.MaxNestingDepth <= 0)
        {
            yield return "ChatBot:Corpus:MaxNestingDepth must be positive";
        }

        if (o.MaxParseTime <= TimeSpan.Zero)
        {
            yield return "ChatBot:Corpus:MaxParseTime must be positive";
        }
    }
}
