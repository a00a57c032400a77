using System.Net.Http.Headers;
using System.Text.Json;

using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Rest;

/// <summary>
/// A message with files as Discord takes it: multipart/form-data with the message JSON in a payload_json part and
/// each file in a files[n] part, n being the id its <see cref="MessagePayload.Attachments"/> entry gives. Built into
/// bytes once, so a retry sends exactly the same body.
/// </summary>
internal static class MultipartMessage
{
    public static ByteArrayContent Create(MessagePayload message)
    {
        var files = message.Files ?? [];
        using var multipart = new MultipartFormDataContent("chatbot-" + Guid.NewGuid().ToString("N"));
        var json = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(message, DiscordJsonContext.Default.MessagePayload));
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        multipart.Add(json, "payload_json");
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content);
            file.Headers.ContentType = new MediaTypeHeaderValue(files[i].ContentType);
            multipart.Add(file, $"files[{i}]", files[i].FileName);
        }

        using var buffer = new MemoryStream();
        multipart.CopyTo(buffer, null, CancellationToken.None);
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = multipart.Headers.ContentType;
        return content;
    }
}
