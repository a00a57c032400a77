using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.WebApi;

public sealed record ViewsPublishRequest(string UserId, HomeView View);
