using ChatBot.Corpus.Limits;

namespace ChatBot.UnitTests.Corpus.Limits;

public sealed class MarkdownNestingTests
{
    [Theory]
    [InlineData("Plain paragraph.\n\nAnother one.", 0, 0)]
    [InlineData("> quote\n> > nested\n> > > deeper", 3, 3)]
    [InlineData("- a\n  - b\n    - c\n      - d", 4, 4)]
    [InlineData("1. a\n   2) b\n\n- - - x", 3, 4)]
    [InlineData("---\n***\n- - -", 3, 3)]
    [InlineData("                                        indented prose, no list", 0, 0)]
    public void Deepest_CountsQuoteAndListLevels(string body, int depth, int line)
    {
        Assert.Equal((depth, line), MarkdownNesting.Deepest(body));
    }

    [Fact]
    public void FencedCode_IsNotCounted()
    {
        var body = "Text\n\n```\n" + string.Concat(Enumerable.Repeat("> > > > > > > > > >\n", 3)) + "```\n\n> one";

        Assert.Equal((1, 9), MarkdownNesting.Deepest(body));
    }
}
