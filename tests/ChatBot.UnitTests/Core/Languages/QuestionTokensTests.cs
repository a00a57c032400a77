using ChatBot.Core.Languages;

namespace ChatBot.UnitTests.Languages;

public sealed class QuestionTokensTests
{
    [Theory]
    [InlineData("NHK", WritingScript.Latin, true)]
    [InlineData("U2", WritingScript.Latin, true)]
    [InlineData("a", WritingScript.Latin, false)]
    [InlineData("I", WritingScript.Latin, true)]
    [InlineData("1977", WritingScript.Other, true)]
    [InlineData("拉致", WritingScript.Han, false)]
    [InlineData("ΟΗΕ", WritingScript.Greek, true)]
    [InlineData("jae-In", WritingScript.Latin, false)]
    public void Split_MarksScriptAndNameLikeWords(string word, WritingScript script, bool nameLike)
    {
        var token = QuestionTokens.Split("and " + word).Last();

        Assert.Equal(script, token.Script);
        Assert.Equal(nameLike, token.NameLike);
    }

    [Fact]
    public void Split_GivesEachTokenTheScriptOfItsFirstScriptedCharacter_AndAcronymsAsNameLike_OverTheLanguageQuestions()
    {
        var questions = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Languages", "language-questions.tsv"))
            .Concat(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Languages", "language-questions.heldout.tsv")))
            .Append("Who is KIM Jong-un? 2002年の日朝首脳会談 — Ö'BRIEN, l'ONU, ΟΗΕ, США, 12th, x2, ½, 1,000?")
            .ToList();
        var tokens = questions.SelectMany(QuestionTokens.Split).ToList();

        Assert.True(tokens.Count > 1000);
        Assert.All(tokens, t =>
        {
            // The LINQ the loops replaced, as the reference.
            Assert.Equal(t.Text.Select(WritingScripts.Of).FirstOrDefault(s => s != WritingScript.Other), t.Script);
            var acronym = t.Text.Length > 1 && t.Text.Where(char.IsLetter).All(char.IsUpper);
            Assert.Equal(char.IsUpper(t.Text[0]) || acronym || char.IsDigit(t.Text[0]), t.NameLike);
        });
    }
}
