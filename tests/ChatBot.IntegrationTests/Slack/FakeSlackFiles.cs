using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// The fake Slack's external file uploads, checked the way Slack checks them: files.getUploadURLExternal needs a file
/// name and a positive length; the upload URL takes exactly that many bytes; files.completeUploadExternal needs files
/// that were uploaded, and a channel_id to share them in.
/// </summary>
internal sealed class FakeSlackFiles
{
    private readonly ConcurrentDictionary<string, (int Length, bool Received)> files = new();
    private int next;

    public string Reserve(string formBody, Uri baseUrl)
    {
        var fields = formBody.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => WebUtility.UrlDecode(p[1]));
        if (!fields.TryGetValue("filename", out var name) || name.Length == 0 || !fields.TryGetValue("length", out var text) || !int.TryParse(text, out var length) || length <= 0)
        {
            return """{"ok":false,"error":"invalid_arguments"}""";
        }

        var id = $"F{Interlocked.Increment(ref next):D4}";
        files[id] = (length, false);
        return $$"""{"ok":true,"upload_url":"{{baseUrl}}upload/{{id}}","file_id":"{{id}}"}""";
    }

    public bool Receive(string fileId, byte[] content)
    {
        if (!files.TryGetValue(fileId, out var file) || file.Length != content.Length)
        {
            return false;
        }

        files[fileId] = (file.Length, true);
        return true;
    }

    public string Complete(string jsonBody)
    {
        var body = JsonNode.Parse(jsonBody);
        var requested = body?["files"]?.AsArray().Select(f => (string?)f?["id"]).ToList() ?? [];
        if (requested.Count == 0 || requested.Any(id => id is null || !files.TryGetValue(id, out var file) || !file.Received))
        {
            return """{"ok":false,"error":"invalid_file_id"}""";
        }

        return (string?)body?["channel_id"] is { Length: > 0 }
            ? """{"ok":true,"files":[{"id":"shared"}]}"""
            : """{"ok":false,"error":"channel_not_found"}""";
    }
}
