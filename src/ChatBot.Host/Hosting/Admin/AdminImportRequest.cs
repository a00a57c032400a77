using ChatBot.Core.FactCards;

namespace ChatBot.Host.Hosting.Admin;

/// <summary>`factcards import` through the running host: who imports (recorded as cli:NAME) and the file's cards.</summary>
internal sealed record AdminImportRequest(string By, IReadOnlyList<FactCardImportItem> Items);
