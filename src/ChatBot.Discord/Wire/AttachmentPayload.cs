namespace ChatBot.Discord.Wire;

/// <summary>An uploaded file as the message JSON names it: <see cref="Id"/> is the n of its files[n] part.</summary>
public sealed record AttachmentPayload(int Id, string Filename, string? Description = null);
