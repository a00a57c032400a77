using ChatBot.Core.Checking;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Evaluation;

namespace ChatBot.UnitTests.Checking;

/// <summary>The claim checker as the product runs it: the product's answer engine over the bundled corpus with passage vectors.</summary>
internal static class ProductChecker
{
    private static readonly Lazy<ClaimChecker> Checker = new(() => new ClaimChecker(ProductEngine.Shared, new CorpusIndexHolder(TestCorpus.IndexWithVectors)));

    public static ClaimChecker Instance => Checker.Value;

    public static MessageCheck Check(string message) => Checker.Value.Check(message);
}
