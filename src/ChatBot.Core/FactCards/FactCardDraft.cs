namespace ChatBot.Core.FactCards;

/// <summary>A card drafted from the corpus for a moderator to review; nothing is saved until a moderator saves it.</summary>
public sealed record FactCardDraft(string Slug, FactCardContent Content, string Topic);
