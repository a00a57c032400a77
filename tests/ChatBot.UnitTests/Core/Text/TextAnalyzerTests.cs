using System.Security.Cryptography;
using System.Text;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Indexing;

namespace ChatBot.UnitTests.Text;

public sealed class TextAnalyzerTests
{
    /// <summary>
    /// Recorded from the analyzer as it was before the tokenizer wrote into a reused buffer (commit afc564a): every
    /// token of 3,000 seeded strings of awkward text — term, folded word, position, offsets, stopword and phrase flags.
    /// </summary>
    [Fact]
    public void Analyze_GivesTheRecordedTokens_OnAwkwardText()
    {
        var random = new Random(29);
        var output = new StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            var text = RandomTextCorpus.Text(random, random.Next(1, 40));
            foreach (var token in TestCorpus.Analyzer.Analyze(text))
            {
                output.Append(token.ToString()).Append('\n');
            }
        }

        Assert.Equal("360CEC3B3D886F797A32A9DE35C599E99CC0C0CAB7657C7DC73A20B642C1B27C", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(output.ToString()))));
    }
}
