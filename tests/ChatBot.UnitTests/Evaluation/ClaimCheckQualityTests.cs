using System.Text.Json;
using ChatBot.Core.Checking;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Checking;
using Xunit.Abstractions;

namespace ChatBot.UnitTests.Evaluation;

/// <summary>
/// "Check with sources" on two labelled sets of claims about the bundled corpus. claims.jsonl (37: 15 the articles
/// state, 12 differing on a date or number, 10 not addressed) was written before the checker; its first measurement
/// was 28/37, and the changes that followed were made looking at it (36/37 now), so it is no longer blind.
/// claims-fresh.jsonl (24: 9, 9 including a negation, 6) was written after that measurement and before those changes,
/// and measured once they were done: 22/24. Floors are a little below the measured numbers.
/// </summary>
public sealed class ClaimCheckQualityTests(ITestOutputHelper output)
{
    private sealed record LabelledClaim(string Id, string Claim, string Expected, string? On, string? Evidence);

    [Theory]
    [InlineData("claims", 34)]
    [InlineData("claims-fresh", 21)]
    public void Check_GivesTheRightKindOfReply_OnTheLabelledClaims(string set, int floor)
    {
        var claims = Load(set);
        var (right, cited) = (0, 0);
        foreach (var labelled in claims)
        {
            var check = Assert.Single(ProductChecker.Check(labelled.Claim).Claims);
            var kind = check.Outcome switch { ClaimOutcome.Quoted => "quoted", ClaimOutcome.Differs => "differs", _ => "not_addressed" };
            var section = check.Outcome == ClaimOutcome.Differs ? check.Differing : check.Saying;
            var isRight = kind == labelled.Expected && (labelled.On is null || check.Differing.SelectMany(q => q.Differences).Any(d => d.Kind.ToString().Equals(labelled.On, StringComparison.OrdinalIgnoreCase)));
            var isCited = isRight && (labelled.Evidence is null || section.Any(q => q.Text.Contains(labelled.Evidence, StringComparison.Ordinal)));
            right += isRight ? 1 : 0;
            cited += isCited ? 1 : 0;
            output.WriteLine($"{(isCited ? "ok " : isRight ? "~  " : "NO ")} {labelled.Id} expected {labelled.Expected}{(labelled.On is null ? "" : $" ({labelled.On})")}, got {kind}: {string.Join(" | ", check.Differing.Concat(check.Saying).Select(q => q.Text[..Math.Min(70, q.Text.Length)] + string.Concat(q.Differences.Select(d => $" [{d.Kind}: {d.MessageSays} / {d.PassageSays}]"))))}");
        }

        foreach (var group in claims.GroupBy(c => c.Expected))
        {
            output.WriteLine($"{group.Key}: {group.Count()} claims");
        }

        output.WriteLine($"right kind {right}/{claims.Count}, right kind with the expected sentence quoted {cited}/{claims.Count}");
        Assert.True(right >= floor, $"right kind {right}/{claims.Count} < {floor}");
    }

    private static List<LabelledClaim> Load(string set)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return [.. File.ReadLines(EvaluationSet.RepositoryPath("tests", "evaluation", $"{set}.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<LabelledClaim>(l, options)!)];
    }
}
