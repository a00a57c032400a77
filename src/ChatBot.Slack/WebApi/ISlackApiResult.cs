namespace ChatBot.Slack.WebApi;

/// <summary>Every Web API answer has "ok" and, when false, an "error" code.</summary>
internal interface ISlackApiResult
{
    bool Ok { get; }

    string? Error { get; }
}
