namespace ChatBot.Core.Commands;

/// <summary>Says which requests will take long (an LLM answers them), so adapters defer at once.</summary>
public interface ISlowReplyPolicy
{
    bool IsSlow(CommandRequest request);
}
