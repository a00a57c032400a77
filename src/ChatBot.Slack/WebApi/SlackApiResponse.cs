namespace ChatBot.Slack.WebApi;

/// <summary>The common Web API reply: <see cref="Ok"/> false carries an <see cref="Error"/> code such as "channel_not_found".</summary>
public sealed record SlackApiResponse(bool Ok, string? Error = null, string? Channel = null, string? Ts = null, string? MessageTs = null) : ISlackApiResult;
