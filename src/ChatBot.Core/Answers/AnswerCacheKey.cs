using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answers;

/// <summary>
/// Identifies a cached answer: the question with case, whitespace and punctuation folded, the corpus fingerprint
/// and the engine version. <see cref="Id"/> is a hash of all three.
/// </summary>
public sealed record AnswerCacheKey(string NormalizedQuestion, string Fingerprint, string EngineVersion)
{
    public string Id { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{EngineVersion}\n{Fingerprint}\n{NormalizedQuestion}")));

    public static AnswerCacheKey For(string question, string fingerprint, string? variant = null) =>
        new(Normalize(question) + (variant is null ? "" : $"\n{variant}"), fingerprint, EngineInfo.Version);

    /// <summary>"When did  North Korea admit…?" and "when did north korea admit" become the same text.</summary>
    public static string Normalize(string question)
    {
        var builder = new StringBuilder(question.Length);
        var space = false;
        foreach (var c in question)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                TextFolding.AppendFolded(builder, c);
                space = false;
            }
            else if (!TextFolding.IsApostrophe(c))
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
