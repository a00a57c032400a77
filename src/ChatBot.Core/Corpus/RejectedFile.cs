namespace ChatBot.Core.Corpus;

/// <summary>A corpus file that could not be loaded, with a reason a maintainer can act on.</summary>
public sealed record RejectedFile(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
