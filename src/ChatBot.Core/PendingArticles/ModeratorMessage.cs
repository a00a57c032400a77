using ChatBot.Core.Commands;

namespace ChatBot.Core.PendingArticles;

/// <summary>Where the message offering a feed item to moderators was posted; <see cref="MessageId"/> when the platform said.</summary>
public sealed record ModeratorMessage(ChatPlatform Platform, string ChannelId, string? MessageId);
