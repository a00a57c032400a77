namespace ChatBot.Core.Admin;

/// <summary>A sentence the quote picker offers: its article and the sentence, verbatim.</summary>
public sealed record QuoteCandidate(string ArticleId, string ArticleTitle, string Sentence);
