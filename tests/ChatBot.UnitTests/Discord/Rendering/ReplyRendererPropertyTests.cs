using ChatBot.Core.Commands;
using ChatBot.Discord.Rendering;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatBot.UnitTests.Discord.Rendering;

public sealed class ReplyRendererPropertyTests
{
    [Property(Arbitrary = [typeof(ReplyGenerators)], MaxTest = 300)]
    public Property Render_NeverPingsAndKeepsEveryDiscordLimit(Reply reply)
    {
        var problems = RenderedMessageAssert.Problems(ReplyRenderer.Render(reply));
        return (problems.Count == 0).Label(RenderedMessageAssert.Describe(problems));
    }

    [Property(Arbitrary = [typeof(ReplyGenerators)], MaxTest = 100)]
    public Property Render_KeepsAFieldForEveryCitedSource(Reply reply)
    {
        var embed = ReplyRenderer.Render(reply).Embeds.SingleOrDefault();
        var expected = Math.Min(ReplySourceGroup.Of(reply.Sources).Count, 25);
        var sourceFields = embed?.Fields?.Count(f => f.Name.StartsWith('[') || f.Name.StartsWith("Sources [", StringComparison.Ordinal)) ?? 0;
        return (embed is null ? reply.Sources.Count == 0 : sourceFields >= expected).Label($"{sourceFields} source fields for {reply.Sources.Count} sources");
    }
}
