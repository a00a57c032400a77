using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage.Copying;

/// <summary>A person's running quiz score in one channel, as a store keeps it.</summary>
public sealed record CopiedQuizScore(ChatPlatform Platform, string? WorkspaceId, string ChannelId, string UserId, string? DisplayName, int Correct, int Answered, DateTimeOffset FirstAt);
