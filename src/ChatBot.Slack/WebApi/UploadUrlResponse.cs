namespace ChatBot.Slack.WebApi;

/// <summary>files.getUploadURLExternal: where to send the file's bytes, and the id that finishes the upload.</summary>
public sealed record UploadUrlResponse(bool Ok, string? Error = null, string? UploadUrl = null, string? FileId = null) : ISlackApiResult;
