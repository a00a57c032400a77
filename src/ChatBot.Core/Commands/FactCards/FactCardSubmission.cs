using ChatBot.Core.FactCards;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>A card form as submitted: the slug (new cards), the content read from the fields, and what could not be read.</summary>
public sealed record FactCardSubmission(string Slug, FactCardContent Content, IReadOnlyList<FactCardProblem> Problems);
