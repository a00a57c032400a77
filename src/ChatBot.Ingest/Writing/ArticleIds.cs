using System.Text;
using ChatBot.Core.Corpus;

namespace ChatBot.Ingest.Writing;

/// <summary>File names for new articles: the publication date and the title's first words, "2024-03-05-japan-urges-talks".</summary>
public static class ArticleIds
{
    public static string Propose(string title, PartialDate? published, Func<string, bool> taken)
    {
        var slug = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && (char.IsWhiteSpace(c) || char.IsPunctuation(c)))
            {
                slug.Append('-');
            }

            if (slug.Length >= 60)
            {
                break;
            }
        }

        var stem = (published is { } date ? date + "-" : "") + (slug.ToString().Trim('-') is { Length: > 0 } s ? s : "article");
        var id = stem;
        for (var n = 2; taken(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    /// <summary>An id a moderator typed: letters, digits, '-', '_' and '.', not starting with '.'.</summary>
    public static bool IsValid(string id) =>
        id.Length is > 0 and <= 120 && id[0] != '.' && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
