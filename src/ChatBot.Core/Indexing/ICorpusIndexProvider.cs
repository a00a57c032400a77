namespace ChatBot.Core.Indexing;

/// <summary>
/// The current index. A reload swaps in a new <see cref="CorpusIndex"/> atomically; readers take
/// <see cref="Current"/> once per request and use that one throughout, so a swap never mixes two corpora.
/// </summary>
public interface ICorpusIndexProvider
{
    CorpusIndex Current { get; }
}
