using ChatBot.Slack.BlockKit;

namespace ChatBot.Slack.WebApi;

public sealed record ViewsOpenRequest(string TriggerId, ModalView View);
