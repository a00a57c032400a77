using ChatBot.Core.Timeline;

namespace ChatBot.UnitTests.Timeline;

public sealed class SentenceWordsTests
{
    private const string Sentence = "Officials VISITED Seoul in 2001; the officials met in Tokyo in 2002, and he was in Seoul by 2003.";

    [Fact]
    public void Groups_ShareAWord_WhateverItsCase()
    {
        using var words = new SentenceWords(Sentence);
        var first = words.Read(0, Sentence.IndexOf("2001", StringComparison.Ordinal));
        var second = words.Read(Sentence.IndexOf(';', StringComparison.Ordinal), Sentence.IndexOf("2002", StringComparison.Ordinal) - Sentence.IndexOf(';', StringComparison.Ordinal));

        Assert.True(words.Overlap(first, second));
        Assert.True(words.Overlap(second, first));
    }

    [Fact]
    public void StopwordsAndShortWords_AreNotContentWords()
    {
        const string text = "he was xy in it by the 2001 and xy was in it by the";
        using var words = new SentenceWords(text);
        var first = words.Read(0, text.IndexOf("2001", StringComparison.Ordinal));
        var second = words.Read(text.IndexOf("2001", StringComparison.Ordinal) + 4, text.Length - text.IndexOf("2001", StringComparison.Ordinal) - 4);

        Assert.False(words.Overlap(first, second));
    }

    [Fact]
    public void Join_AddsTheWordsOfOneGroupToAnother()
    {
        const string text = "talks resumed 2001 summit held 2002 summit ended 2003 talks";
        using var words = new SentenceWords(text);
        var talks = words.Read(0, 14);
        var summit = words.Read(18, 12);
        var ended = words.Read(35, 13);
        var last = words.Read(53, 6);

        Assert.False(words.Overlap(talks, ended));
        Assert.True(words.Overlap(summit, ended));
        words.Join(talks, summit);
        Assert.True(words.Overlap(talks, ended));
        Assert.True(words.Overlap(talks, last));
        Assert.False(words.Overlap(summit, last));
    }

    [Fact]
    public void WordsOfTheSameLetters_InDifferentPlaces_Differ()
    {
        const string text = "north 1990 south 1991 sound";
        using var words = new SentenceWords(text);

        Assert.False(words.Overlap(words.Read(0, 5), words.Read(11, 5)));
        Assert.False(words.Overlap(words.Read(11, 5), words.Read(22, 5)));
    }
}
