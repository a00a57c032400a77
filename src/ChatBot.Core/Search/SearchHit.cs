using ChatBot.Core.Indexing;

namespace ChatBot.Core.Search;

/// <summary>
/// A ranked passage. <see cref="Coverage"/> is the share of the query's concept weight the passage matches
/// (0–1); <see cref="MatchedConcepts"/> is a bit per concept of the plan.
/// </summary>
public sealed record SearchHit(int Rank, Passage Passage, float Score, float Coverage, ulong MatchedConcepts);
