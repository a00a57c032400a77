namespace ChatBot.Slack.WebApi;

/// <summary>A conversation as the Web API names it in answers ("channel": {"id": "D…"}).</summary>
public sealed record ConversationRef(string? Id = null);
