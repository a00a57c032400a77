namespace ChatBot.Core.Reading;

/// <summary>Articles in the order to read them; <see cref="Topic"/> is null for the whole corpus.</summary>
public sealed record ReadingList(string? Topic, IReadOnlyList<ReadingItem> Items);
