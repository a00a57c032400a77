using ChatBot.Core.Indexing;

namespace ChatBot.Core.Generation;

/// <summary>A passage as given to the model: <see cref="N"/> is the number the model cites it by.</summary>
public sealed record NumberedPassage(int N, Passage Passage);
