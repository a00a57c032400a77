using ChatBot.Core.Commands;

namespace ChatBot.SemanticKernel;

/// <summary>
/// With a model answering, /ask (and every mention, which adapters send as "ask") may take seconds: adapters defer
/// at once (Discord's deferred response, Slack's response_url) instead of racing the platform's 3-second limit.
/// </summary>
internal sealed class LlmSlowReplyPolicy : ISlowReplyPolicy
{
    public bool IsSlow(CommandRequest request) => CommandNames.Is(request, CommandNames.Ask);
}
