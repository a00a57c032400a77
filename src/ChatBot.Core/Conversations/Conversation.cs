using ChatBot.Core.Commands;

namespace ChatBot.Core.Conversations;

/// <summary>Which conversation a command belongs to, and how long its memory lasts.</summary>
public static class Conversation
{
    /// <summary>A follow-up more than this after the previous question is read on its own.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>One person in one thread (or channel, or DM): two people in a channel never share a context.</summary>
    public static string KeyOf(CommandRequest request) =>
        $"{request.Platform}:{request.WorkspaceId}:{request.ChannelId}:{request.ThreadId}:{request.User.Id}";
}
