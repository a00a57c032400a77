namespace ChatBot.Slack.WebApi;

/// <summary>
/// files.completeUploadExternal: shares the uploaded files in <see cref="ChannelId"/> (in <see cref="ThreadTs"/> when
/// set) with <see cref="InitialComment"/> as the message text. Everyone in that conversation sees them.
/// </summary>
public sealed record CompleteUploadRequest(IReadOnlyList<UploadedFile> Files, string ChannelId, string? ThreadTs = null, string? InitialComment = null);
