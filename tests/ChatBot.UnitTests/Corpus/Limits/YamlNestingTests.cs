using ChatBot.Corpus.Limits;

namespace ChatBot.UnitTests.Corpus.Limits;

public sealed class YamlNestingTests
{
    [Theory]
    [InlineData("title: T\nauthor: A", 1, 1)]
    [InlineData("tags: [one, two]\npublished: 2020", 2, 1)]
    [InlineData("a:\n  b:\n    c: x\nd: y", 3, 3)]
    [InlineData("list:\n  - - - x", 5, 2)]
    [InlineData("x: {a: [1, {b: 2}]}", 4, 1)]
    [InlineData("x: '[[[[[[' # [[[[[[\ny: \"{{{{\"", 1, 1)]
    [InlineData("x: [1,\n  [2,\n    [3]]]", 4, 3)]
    public void Deepest_CountsIndentationEntriesAndFlowBrackets(string yaml, int depth, int line)
    {
        Assert.Equal((depth, line), YamlNesting.Deepest(yaml));
    }
}
