namespace ChatBot.Core.Commands;

/// <summary>Says which requests will take long (an LLM answers them), so <see cref="Delivery.ReplyRunner"/> defers them at once.</summary>
public interface ISlowReplyPolicy
{
    bool IsSlow(CommandRequest request);
}
