using ChatBot.Core.Indexing;

namespace ChatBot.UnitTests.Search;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("abduction", "abdction", true)]
    [InlineData("abduction", "abducxtion", true)]
    [InlineData("abduction", "abdiction", true)]
    [InlineData("abduction", "abudction", true)]
    [InlineData("abduction", "abdctoin", false)]
    [InlineData("koizumi", "koizumi", false)]
    public void IsOneEdit_AcceptsOneInsertionDeletionSubstitutionOrTransposition(string a, string b, bool expected)
    {
        Assert.Equal(expected, SurfaceVocabulary.IsOneEdit(a, b));
    }

    [Fact]
    public void Correct_FindsTheCorpusWord_ForATypo()
    {
        var vocabulary = new SurfaceVocabulary(["abduction", "koizumi", "summit"], [0, 1, 2], [3, 1, 2]);
        Assert.Equal(0, vocabulary.Correct("abdction"));
        Assert.Equal(1, vocabulary.Correct("koizmi"));
        Assert.Null(vocabulary.Correct("sun"));
        Assert.Null(vocabulary.Correct("abduction"));
    }
}
