namespace ChatBot.Slack.WebApi;

/// <summary>A file of files.completeUploadExternal: the id files.getUploadURLExternal gave, and the title Slack shows.</summary>
public sealed record UploadedFile(string Id, string? Title = null);
