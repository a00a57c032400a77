using System.Text;

using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ChatBot.Slack.Endpoints;

/// <summary>Parses an application/x-www-form-urlencoded body; null when it is not valid UTF-8 or not a form.</summary>
internal static class SlackForm
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Dictionary<string, StringValues>? Parse(byte[] body)
    {
        try
        {
            using var reader = new FormReader(StrictUtf8.GetString(body));
            return reader.ReadForm();
        }
        catch (Exception exception) when (exception is DecoderFallbackException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }

    public static string? Single(Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;
}
