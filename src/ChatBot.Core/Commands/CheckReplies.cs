using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Core.Checking;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Commands;

/// <summary>
/// Turns a <see cref="MessageCheck"/> into the private reply of "Check with sources": per claim, the passages that
/// differ from it (naming the date, number, name or negation and what each side says), then what the articles say,
/// or that they don't address it. Only the quotes speak: no reply calls a message true or false.
/// </summary>
public static class CheckReplies
{
    public const string Title = "Checked against the indexed articles";

    public const string NotAddressed = "The indexed articles don't address this.";

    public const string NothingToCheck = "There's nothing in that message I can check against the articles: it needs a sentence that states something (links, mentions and code are left out).";

    public const string Note = "Only the quoted sentences speak here, not a verdict on the message. A difference is shown only where a sentence that otherwise matches gives another date, number, name or negation.";

    public static Reply For(MessageCheck check, CorpusIndex corpus)
    {
        if (!check.HasClaims)
        {
            return new Reply { Kind = ReplyKind.Invalid, Body = NothingToCheck };
        }

        var body = new StringBuilder();
        for (var i = 0; i < check.Claims.Count; i++)
        {
            var claim = check.Claims[i];
            body.Append(body.Length > 0 ? "\n\n" : "")
                .Append(check.Claims.Count == 1 ? "The message: " : $"{i + 1}. ")
                .Append('“').Append(claim.Claim).Append('”');
            Write(body, claim);
        }

        if (!check.Addressed && AnswerMessages.CoverageHint(corpus) is { Length: > 0 } hint)
        {
            body.Append("\n\n").Append(hint);
        }

        return new Reply
        {
            Kind = check.Addressed ? ReplyKind.Answer : ReplyKind.NotFound,
            Title = Title,
            Body = body.ToString(),
            Sources = AnswerReplies.Sources(check.Citations, corpus),
            Visibility = ReplyVisibility.Ephemeral,
            Shareable = check.Addressed,
            Footer = $"{Note} {AnswerReplies.Footer(corpus)}",
        };
    }

    private static void Write(StringBuilder body, ClaimCheck claim)
    {
        if (claim.Outcome == ClaimOutcome.NotAddressed)
        {
            body.Append('\n').Append(NotAddressed);
            return;
        }

        if (claim.Differing.Count > 0)
        {
            var topics = string.Join(" and ", claim.Differing.SelectMany(q => q.Differences).Select(d => d.Topic).Distinct());
            body.Append('\n').Append(claim.Differing.Count == 1 ? "This passage differs" : "These passages differ").Append(" from the message on ").Append(topics).Append(':');
            foreach (var quote in claim.Differing)
            {
                body.Append("\n• ").Append(quote.Text).Append(" — ").Append(string.Join("; ", quote.Differences.Select(Says))).Append('.');
            }
        }

        if (claim.Saying.Count > 0)
        {
            body.Append('\n').Append(claim.Differing.Count > 0 ? "The articles also say:" : "The articles say:");
            foreach (var quote in claim.Saying)
            {
                body.Append("\n• ").Append(quote.Text);
            }
        }
    }

    private static string Says(Difference difference) =>
        $"the message says “{difference.MessageSays}”, this passage “{difference.PassageSays}”";
}
