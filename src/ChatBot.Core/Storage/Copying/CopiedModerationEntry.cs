using ChatBot.Core.Moderation;

namespace ChatBot.Core.Storage.Copying;

/// <summary>A moderation log entry with its id in the source, so copying it again finds it instead of adding it twice.</summary>
public sealed record CopiedModerationEntry(long SourceId, ModerationEntry Entry);
