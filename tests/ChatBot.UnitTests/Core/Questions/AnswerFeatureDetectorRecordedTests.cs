using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Questions;
using ChatBot.UnitTests.Timeline;

namespace ChatBot.UnitTests.Questions;

/// <summary>
/// A hash of the features detected in awkward generated sentences and the bundled corpus, recorded before detection
/// was made cheaper: a faster detector must flag the same sentences.
/// </summary>
public sealed class AnswerFeatureDetectorRecordedTests
{
    [Theory]
    [InlineData("generated", "7F269F5D4AE3114760613BCB8985E35686E8E37D65C8B53CEF0C58CEA4FB5B6B")]
    [InlineData("bundled", "6E3F0CDF3EDE61486A17977AC9747110FA85C97E60F112919D75010D9DF9CDA2")]
    public void Detect_FlagsTheRecordedFeatures(string source, string expected)
    {
        var text = new StringBuilder();
        foreach (var (sentence, _) in DateExtractorRecordedTests.Sentences(source))
        {
            text.Append((int)AnswerFeatureDetector.Detect(sentence)).Append(' ');
        }

        Assert.Equal(expected, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }

    /// <summary>
    /// The index build detects each sentence as a slice of its article: the characters around a slice (here a digit, a
    /// letter and brackets, which would change word boundaries, lookbehinds and citations if seen) must not count.
    /// </summary>
    [Theory]
    [InlineData("generated", "7F269F5D4AE3114760613BCB8985E35686E8E37D65C8B53CEF0C58CEA4FB5B6B")]
    [InlineData("bundled", "6E3F0CDF3EDE61486A17977AC9747110FA85C97E60F112919D75010D9DF9CDA2")]
    public void Detect_OnASliceOfALargerText_FlagsTheRecordedFeatures(string source, string expected)
    {
        const string Before = "(Smith 2002a";
        const string After = "9x, 2003)";
        var text = new StringBuilder();
        foreach (var (sentence, _) in DateExtractorRecordedTests.Sentences(source))
        {
            var around = Before + sentence + After;
            text.Append((int)AnswerFeatureDetector.Detect(around.AsSpan(Before.Length, sentence.Length))).Append(' ');
        }

        Assert.Equal(expected, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }
}
