namespace ChatBot.Slack.WebApi;

/// <summary>conversations.open: the direct-message conversation between the bot and a user.</summary>
public sealed record ConversationOpenResponse(bool Ok, string? Error = null, ConversationRef? Channel = null) : ISlackApiResult;
