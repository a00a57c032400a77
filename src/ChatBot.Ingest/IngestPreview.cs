using ChatBot.Ingest.Extraction;

namespace ChatBot.Ingest;

/// <summary>An article ready to be added: what was extracted, the id it would get, and what a moderator should check.</summary>
public sealed record IngestPreview(ExtractedArticle Article, string ProposedId, IReadOnlyList<string> Warnings)
{
    /// <summary>The first two sentences of the body, for the preview.</summary>
    public string Opening
    {
        get
        {
            var text = string.Join(' ', Article.TextBlocks.Take(3).Select(b => b.Text));
            var end = 0;
            for (var sentences = 0; sentences < 2 && end < text.Length; sentences++)
            {
                var next = text.IndexOfAny(['.', '!', '?'], end);
                while (next >= 0 && next + 1 < text.Length && text[next + 1] != ' ')
                {
                    next = text.IndexOfAny(['.', '!', '?'], next + 1);
                }

                end = next < 0 ? text.Length : next + 1;
            }

            return end < text.Length ? text[..end] : text;
        }
    }
}
