namespace ChatBot.Discord.Wire;

/// <summary>Which mentions may ping. The bot always sends an empty <see cref="Parse"/> list: nobody is ever pinged.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse, bool? RepliedUser = null)
{
    public static AllowedMentions None { get; } = new([]);

    public static AllowedMentions NoneOnReply { get; } = new([], false);
}
