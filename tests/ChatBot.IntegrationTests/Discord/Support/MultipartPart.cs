namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>One part of a multipart/form-data body a fake platform received.</summary>
public sealed record MultipartPart(string Name, string? FileName, string? ContentType, byte[] Content)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);
}
