namespace ChatBot.Core.Coordination;

/// <summary>A replica swapped to the corpus with this fingerprint.</summary>
public sealed record CorpusReloadNotice(string Replica, string Fingerprint);
