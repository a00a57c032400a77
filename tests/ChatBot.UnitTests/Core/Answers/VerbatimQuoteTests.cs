using ChatBot.Core.Answers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Answers;

/// <summary>Whatever the article's punctuation, every piece of an answer is verbatim text of the article it cites.</summary>
public sealed class VerbatimQuoteTests
{
    [Theory]
    [InlineData("The Ark of the Covenant was kept in the Temple in Jerusalem.[citation needed][original research?] It was carried by the priests of the tribe.", "Where was the Ark of the Covenant kept?")]
    [InlineData("The treaty (Hughes, 2002, p.61) was signed in Vienna by the delegates of eleven states after long talks.", "Where was the treaty signed?")]
    [InlineData("However, the fortress [12] was rebuilt in 1410; its walls (Smith 1999) still stand.", "When was the fortress rebuilt?")]
    [InlineData("Compared with patients with prior use of warfarin, patients with prior use of NOACs had a lower risk of in-hospital mortality (ARD, −5.7% [97.5% CI, −7.3% to −4.2%]; AOR, 0.75 [97.5% CI, 0.69 to 0.81]).", "Did patients with prior use of NOACs have a lower risk of in-hospital mortality?")]
    [InlineData("The walls were rebuilt by the town's masons in stone (see the survey [4]).", "Who rebuilt the walls?")]
    public void EveryAnswerPiece_IsVerbatimArticleText(string paragraph, string question)
    {
        var article = ArticleAssembler.Assemble("a", new ArticleMetadata { Title = "Test" }, [new ArticleBlock(BlockKind.Paragraph, paragraph)]);
        var index = new CorpusIndexBuilder(TestCorpus.Plain).Build(new CorpusLoadResult([article], []) { Fingerprint = "f" }, "f");
        var engine = new AnswerEngine(RuleBasedQuestionClassifier.Instance, new AnswerEngineOptions { Threshold = 0 });

        var answer = engine.Answer(question, index);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Empty(AnswerEvaluator.QuoteViolations(answer, index));
        foreach (var piece in AnswerEvaluator.Pieces(answer))
        {
            Assert.True(article.Text.Contains(piece, StringComparison.Ordinal) || article.Text.Contains(char.ToLowerInvariant(piece[0]) + piece[1..], StringComparison.Ordinal), $"not in the article: {piece}");
        }
    }

    [Theory]
    [InlineData("A lower risk (AOR, 0.75 [97.5% CI, 0.69 to 0.81]).", "A lower risk (AOR, 0.75 [97.5% CI, 0.69 to 0.81]).")]
    [InlineData("Among anticoagulants [OACs] and others [3].", "Among anticoagulants [OACs] and others")]
    [InlineData("Stone (see the survey [4]).", "Stone (see the survey … ).")]
    [InlineData("All forces are interactions between bodies,[Note 3] and thus none acts alone.", "All forces are interactions between bodies, … and thus none acts alone.")]
    [InlineData("Kept in Jerusalem.[citation needed][original research?]", "Kept in Jerusalem.")]
    [InlineData("Rebuilt in 1410 [12], [note 3] and again [5–7] later.", "Rebuilt in 1410 … , … and again … later.")]
    [InlineData("Growth doubled (Hughes, 2002).", "Growth doubled")]
    [InlineData("Growth doubled in 2002, with no reference.", "Growth doubled in 2002, with no reference.")]
    public void References_AreNumbersNotesAndEditorsRemarks_NotStatisticsOrAbbreviations(string sentence, string expected) =>
        Assert.Equal(expected, SentenceTrimmer.WithoutReferences(sentence));
}
