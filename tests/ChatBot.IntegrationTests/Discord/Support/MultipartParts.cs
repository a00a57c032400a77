using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>Reads a multipart/form-data body into its parts the way a server would (null for any other content type).</summary>
public static class MultipartParts
{
    public static async Task<IReadOnlyList<MultipartPart>?> ReadAsync(byte[] body, string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media)
            || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(media.Boundary).Value!, new MemoryStream(body));
        var parts = new List<MultipartPart>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            var fileName = disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null;
            parts.Add(new MultipartPart(HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "", fileName, section.ContentType, content.ToArray()));
        }

        return parts;
    }
}
