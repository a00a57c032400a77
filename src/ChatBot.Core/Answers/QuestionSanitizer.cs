using System.Text;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answers;

/// <summary>
/// Cleans a question before anything else sees it: control, zero-width and bidirectional-override characters go,
/// whitespace collapses, mentions become inert words. Empty or over-long questions are refused with a message.
/// </summary>
public static class QuestionSanitizer
{
    public const int MaxLength = 1000;

    public static (string Question, string? Error) Sanitize(string? raw)
    {
        var question = MentionNeutralizer.Remove(IsClean(raw) ? raw! : Cleaned(raw));
        if (question.Length == 0)
        {
            return ("", "Please ask a question: the message was empty.");
        }

        if (question.Length > MaxLength)
        {
            return (question[..MaxLength], $"Questions are limited to {MaxLength:N0} characters; this one has {question.Length:N0}. Please shorten it.");
        }

        return (question, null);
    }

    /// <summary>
    /// Whether <see cref="Cleaned"/> would return the text as it is: no whitespace but single spaces between words, no
    /// control or invisible character. Most questions are, and are not copied.
    /// </summary>
    private static bool IsClean(string? raw)
    {
        if (string.IsNullOrEmpty(raw) || raw[0] == ' ' || raw[^1] == ' ')
        {
            return false;
        }

        var previous = 'x';
        foreach (var c in raw)
        {
            if ((char.IsWhiteSpace(c) && (c != ' ' || previous == ' ')) || char.IsControl(c) || InvisibleCharacters.IsInvisible(c))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    private static string Cleaned(string? raw)
    {
        var builder = new StringBuilder(raw?.Length ?? 0);
        var pendingSpace = false;
        foreach (var c in raw ?? "")
        {
            if (char.IsWhiteSpace(c) || (char.IsControl(c) && c != '\u0000'))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (InvisibleCharacters.IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
